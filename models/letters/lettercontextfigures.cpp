// Reading a panel report's figures about the area.
#include "letters/lettercontextfigures.h"
#include "domain/financialyear.h"
#include "letters/answerreading.h"
#include "letters/extractorsupport.h"

#include <QRegularExpression>

#include <algorithm>

namespace dapp {

// "(a) 2023 – 2024: £370,083.00 in total" under "Funding has been awarded …", and "The service in
// the year 2021/2022 provided support to 189 perpetrators, 188 victims and 341 …": figures with
// their period, labelled from their own words. The labels are suggestions: each needs a look.
void readContextFigures(const QString &text, LetterExtraction &out)
{
    static const QRegularExpression periodAmount(
        QStringLiteral("^[^\\n]*?\\b(\\d{4}\\s*[–/-]\\s*\\d{2,4})\\s*:\\s*(£\\s*[\\d,]+(?:\\.\\d{1,2})?)[^\\n]*$"),
        QRegularExpression::MultilineOption);
    static const QRegularExpression fundingWords(QStringLiteral("\\b(fund|award|grant|allocat)"), kCaseless);
    for (auto it = periodAmount.globalMatch(text); it.hasNext();) {
        const QRegularExpressionMatch m = it.next();
        const FinancialYearParse year = parseFinancialYear(m.captured(1).remove(QRegularExpression(QStringLiteral("\\s"))).replace(QChar(0x2013), QLatin1Char('-')));
        const QList<StatedNumber> amounts = statedNumbers(text, m.capturedStart(2), m.capturedEnd(2));
        if (year.year.isEmpty() || amounts.isEmpty() || !amounts.first().money)
            continue;
        // What the amounts are: the paragraph before them, in its words.
        const QString before = text.mid(std::max<qsizetype>(0, m.capturedStart(0) - 600), std::min<qsizetype>(600, m.capturedStart(0)));
        const bool funding = fundingWords.match(before).hasMatch();
        const bool homeOffice = before.contains(QLatin1String("Home Office"), Qt::CaseInsensitive)
                                || text.left(m.capturedStart(0)).contains(QLatin1String("Home Office"), Qt::CaseInsensitive);
        ProposedContextFigure c;
        c.figure.areaCode = out.letter.areaCode;
        c.figure.label = funding ? (homeOffice ? ExtractorText::tr("Home Office funding awarded")
                                               : ExtractorText::tr("Funding awarded"))
                                 : ExtractorText::tr("Amount");
        c.figure.period = year.year;
        c.figure.kind = FigureKind::Money;
        c.figure.figure = Figure::reported(amounts.first().value, m.captured(0).trimmed());
        c.evidence = evidenceAt(
            text, m.capturedStart(0), m.capturedEnd(0), Confidence::NeedsLook,
            ExtractorText::tr("a figure about the area, labelled from the letter's words: check its label"));
        c.figure.figure.setQuoteRange(c.evidence.range);
        out.contextFigures << c;
    }
    static const QRegularExpression supported(
        QStringLiteral("\\bin the year (\\d{4}\\s*/\\s*\\d{2,4})\\b[^.]*?\\b(?:support to|supported|worked with|helped)\\s+([^.]+)"),
        kCaseless);
    for (const Sentence &s : sentencesOf(text, 0, text.size())) {
        const QString sentence = s.text(text).toString();
        const QRegularExpressionMatch m = supported.match(sentence);
        if (!m.hasMatch())
            continue;
        const FinancialYearParse year = parseFinancialYear(m.captured(1).remove(QLatin1Char(' ')));
        if (year.year.isEmpty())
            continue;
        static const QRegularExpression counted(QStringLiteral("^(\\d[\\d,]*)\\s+(.+)$"));
        for (QString item : m.captured(2).split(QRegularExpression(QStringLiteral("\\s*,\\s*(?:and\\s+)?|\\s+and\\s+")),
                                                Qt::SkipEmptyParts)) {
            const QRegularExpressionMatch n = counted.match(item.trimmed());
            if (!n.hasMatch())
                continue;
            QString who = n.captured(2).trimmed();
            while (who.endsWith(QLatin1Char('.')))
                who.chop(1);
            ProposedContextFigure c;
            c.figure.areaCode = out.letter.areaCode;
            c.figure.label = ExtractorText::tr("%1 supported").arg(who.left(1).toUpper() + who.mid(1));
            c.figure.period = year.year;
            c.figure.kind = FigureKind::Count;
            c.figure.figure = Figure::reported(n.captured(1).remove(QLatin1Char(',')).toLongLong(), sentence.simplified());
            c.evidence = evidenceAt(
                text, s.start, s.end, Confidence::NeedsLook,
                ExtractorText::tr("a figure about the area, labelled from the letter's words: check its label"));
            c.figure.figure.setQuoteRange(c.evidence.range);
            out.contextFigures << c;
        }
    }
    if (!out.contextFigures.isEmpty())
        out.letter.kind = LetterKind::PanelReport;
}

} // namespace dapp
