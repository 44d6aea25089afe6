// Walks a Word document's XML (word/document.xml) token by token, collecting the lines of its body.
#pragma once

#include <QString>
#include <QStringList>
#include <QXmlStreamReader>

namespace dapp {

class DocxBody
{
public:
    // Takes the reader's current token; call once for each token, in order.
    void take(const QXmlStreamReader &xml);
    // The body's lines so far.
    const QStringList &lines() const { return m_lines; }

private:
    void start(QStringView name);
    void end(QStringView name);
    void endParagraph();
    void append(const QString &text);

    QStringList m_lines;
    int m_bodyDepth = 0;      // > 0 inside w:body
    int m_skipDepth = 0;      // > 0 inside what is not the letter's text (a drawing's fallback copy)
    int m_runDepth = 0;       // > 0 inside w:r, where w:t, w:tab and w:br are text
    int m_textDepth = 0;      // > 0 inside w:t
    int m_tableDepth = 0;     // nesting of w:tbl; only the outermost table's rows make lines
    int m_paragraphDepth = 0; // nesting of w:p (a text box's paragraphs inside a paragraph)
    QString m_paragraph;      // the paragraph being read
    QStringList m_cells;      // the outermost table's row being read
    QStringList m_cellParagraphs; // the cell being read
};

} // namespace dapp
