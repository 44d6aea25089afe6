// The lines of a Word document's body, from its WordprocessingML.
#include "letters/docxbody.h"

namespace dapp {

namespace {

bool isWord(QStringView namespaceUri)
{
    // Transitional Office Open XML, as Word and LibreOffice write it, and ISO 29500 Strict.
    return namespaceUri == u"http://schemas.openxmlformats.org/wordprocessingml/2006/main"
        || namespaceUri == u"http://purl.oclc.org/ooxml/wordprocessingml/main";
}

bool isFallback(const QXmlStreamReader &xml)
{
    // mc:AlternateContent holds the same content twice (a Choice and its Fallback): read one.
    return xml.name() == u"Fallback"
        && xml.namespaceUri() == u"http://schemas.openxmlformats.org/markup-compatibility/2006";
}

// A cell's text stays on its row's line: its tabs and breaks become spaces.
QString onOneLine(QString text)
{
    text.replace(QLatin1Char('\t'), QLatin1Char(' '));
    text.replace(QLatin1Char('\n'), QLatin1Char(' '));
    return text.simplified();
}

} // namespace

void DocxBody::take(const QXmlStreamReader &xml)
{
    switch (xml.tokenType()) {
    case QXmlStreamReader::StartElement:
        if (m_skipDepth > 0 || isFallback(xml)) {
            ++m_skipDepth;
        } else if (isWord(xml.namespaceUri())) {
            start(xml.name());
        }
        break;
    case QXmlStreamReader::EndElement:
        if (m_skipDepth > 0) {
            --m_skipDepth;
        } else if (isWord(xml.namespaceUri())) {
            end(xml.name());
        }
        break;
    case QXmlStreamReader::Characters:
        if (m_skipDepth == 0 && m_textDepth > 0 && m_runDepth > 0)
            append(xml.text().toString());
        break;
    default:
        break;
    }
}

void DocxBody::start(QStringView name)
{
    if (name == u"body") {
        ++m_bodyDepth;
        return;
    }
    if (m_bodyDepth == 0)
        return;
    if (name == u"p") {
        if (++m_paragraphDepth > 1 && !m_paragraph.isEmpty())
            m_paragraph += QLatin1Char(' '); // a text box's paragraph, inside this one
    } else if (name == u"tbl") {
        ++m_tableDepth;
    } else if (name == u"tr" && m_tableDepth == 1) {
        m_cells.clear();
    } else if (name == u"tc" && m_tableDepth == 1) {
        m_cellParagraphs.clear();
    } else if (name == u"r") {
        ++m_runDepth;
    } else if (m_runDepth > 0) {
        // Inside a run only: a paragraph's tab stops (w:pPr/w:tabs/w:tab) are no text.
        if (name == u"t")
            ++m_textDepth;
        else if (name == u"tab")
            append(QStringLiteral("\t"));
        else if (name == u"br" || name == u"cr")
            append(QStringLiteral("\n"));
        else if (name == u"noBreakHyphen")
            append(QStringLiteral("-"));
    }
}

void DocxBody::end(QStringView name)
{
    if (name == u"body") {
        --m_bodyDepth;
        return;
    }
    if (m_bodyDepth == 0)
        return;
    if (name == u"p") {
        if (m_paragraphDepth > 0 && --m_paragraphDepth == 0)
            endParagraph();
    } else if (name == u"tbl") {
        if (m_tableDepth > 0)
            --m_tableDepth;
    } else if (name == u"tr" && m_tableDepth == 1) {
        m_lines.append(m_cells.join(QLatin1Char('\t')));
    } else if (name == u"tc" && m_tableDepth == 1) {
        m_cells.append(m_cellParagraphs.join(QLatin1Char(' ')));
    } else if (name == u"r") {
        if (m_runDepth > 0)
            --m_runDepth;
    } else if (name == u"t") {
        if (m_textDepth > 0)
            --m_textDepth;
    }
}

void DocxBody::endParagraph()
{
    QString text = std::exchange(m_paragraph, QString());
    if (m_tableDepth == 0) {
        m_lines.append(text);
        return;
    }
    // In a table (a nested table's cells too): one more piece of the outermost cell's text.
    text = onOneLine(text);
    if (!text.isEmpty())
        m_cellParagraphs.append(text);
}

void DocxBody::append(const QString &text) { m_paragraph += text; }

} // namespace dapp
