// A letter's text laid out to be read: its tables (tab-separated rows) drawn as tables, one
// cell per column with the heading row above, and markup markers (**bold**, "- * " bullets)
// hidden. Keeps the way back from a place in the letter's text to a place in the document,
// so a quote found in the text is selected where it is drawn.
#pragma once

#include "domain/lettertable.h"
#include "letters/quotelocation.h"

#include <QList>
#include <QString>

#include <vector>

class QTextCursor;
class QTextDocument;
class QTextTable;

namespace dapp {

class LetterDocument
{
public:
    // Replaces the content of `document` with `text` laid out.
    void build(QTextDocument *document, const QString &text);
    // The document position of the character at `textOffset` of the text (its end for text.size()).
    int documentPosition(qsizetype textOffset) const;
    const QString &text() const { return m_text; }

    // Where a figure's quote stands: for a row of one of the letter's tables, the cell in the
    // programme's own column (the whole row when the column cannot be told); otherwise where
    // locateQuote finds it under its question.
    // `stored` is where the figure was read from, when the project keeps it: used while the
    // letter's text still holds the quote there, else the quote is looked for.
    TextRange figureRange(const QString &quote, int questionNumber, const Programme &programme,
                          const TextRange &stored = {}) const;
    // The quote a selection makes: inside a table, the whole row it lies in (a row is what
    // says which question a number answers); elsewhere the selected text.
    QString quoteOfSelection(const QTextCursor &cursor) const;

private:
    QString m_text;
    std::vector<int> m_positions; // one per character of the text, and one for its end
    QList<LetterTable> m_tables;
    QList<QTextTable *> m_drawnTables; // owned by the document, in the same order
};

} // namespace dapp
