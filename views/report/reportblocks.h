// The report's running text: headings, wrapped paragraphs and numbered items placed on the
// page flow, and the translation context every report string shares.
#pragma once

#include "report/reportstyle.h"

#include <QCoreApplication>
#include <QDate>
#include <QString>

namespace dapp {

class PageFlow;

// Gives the report's strings one translation context.
struct ReportText {
    Q_DECLARE_TR_FUNCTIONS(Report)
};

// "19 May 2024"; the same in every locale of the machine, like the figures' £ and commas.
QString reportDate(const QDate &date);

// A numbered section heading, kept on a page with room for a few lines after it.
void flowHeading(PageFlow &flow, const ReportStyle &style, int number, const QString &title);
// Wraps `text` to the flow's width (less `indent`) and places it line by line, so that a long
// paragraph continues on the next page.
void flowParagraph(PageFlow &flow, const ReportFace &face, const QString &text, const QColor &colour, qreal indent = 0);
// A paragraph with a label in a hanging gutter of `gutter` width: "12." then the note's text.
void flowLabelled(PageFlow &flow, const ReportFace &face, const QString &label, const QString &text,
    const QColor &colour, qreal gutter);

} // namespace dapp
