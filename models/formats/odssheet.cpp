// ODS: the tables of content.xml, their rows and cells, repeated ones expanded only as far as
// there is content.
#include "formats/odssheet.h"

#include "formats/sheetgrid.h"
#include "formats/zipcontainer.h"

#include <QCoreApplication>
#include <QRegularExpression>

#include <algorithm>

namespace dapp {

namespace {

struct OdsText
{
    Q_DECLARE_TR_FUNCTIONS(OdsSheet)
};

using Step = ZipContainer::Step;

const QLatin1String kOffice("urn:oasis:names:tc:opendocument:xmlns:office:1.0");
const QLatin1String kTable("urn:oasis:names:tc:opendocument:xmlns:table:1.0");
const QLatin1String kText("urn:oasis:names:tc:opendocument:xmlns:text:1.0");
const QLatin1String kDraw("urn:oasis:names:tc:opendocument:xmlns:drawing:1.0");
const QLatin1String kContent("content.xml");

bool is(const QXmlStreamReader &xml, QLatin1String namespaceUri, QLatin1String name)
{
    return xml.name() == name && xml.namespaceUri() == namespaceUri;
}

// table:number-rows-repeated and -columns-repeated: at least 1; a count past any sheet's size
// means the same as that size.
qint64 repeatCount(const QXmlStreamReader &xml, QLatin1String attribute)
{
    bool ok = false;
    const qint64 n = xmlAttribute(xml, attribute, kTable).toLongLong(&ok);
    return ok ? std::clamp<qint64>(n, 1, kSheetMaxRows * kSheetMaxColumns) : 1;
}

// text:s stands for text:c spaces (1 when it does not say).
int spaceCount(const QXmlStreamReader &xml)
{
    bool ok = false;
    const qint64 n = xmlAttribute(xml, QLatin1String("c"), kText).toLongLong(&ok);
    return ok ? int(std::clamp<qint64>(n, 1, 1024)) : 1;
}

// An ISO 8601 duration (office:time-value, "PT12H30M00S") as "12:30" or "36:00:15".
QString durationText(const QString &duration)
{
    static const QRegularExpression pattern(
        QStringLiteral("^-?P(?:(\\d+)D)?(?:T(?:(\\d+)H)?(?:(\\d+)M)?(?:(\\d+(?:\\.\\d+)?)S)?)?$"));
    const QRegularExpressionMatch m = pattern.match(duration.trimmed());
    if (!m.hasMatch())
        return {};
    const qint64 seconds = m.captured(1).toLongLong() * 86400 + m.captured(2).toLongLong() * 3600
                           + m.captured(3).toLongLong() * 60 + qRound64(m.captured(4).toDouble());
    const QString hoursMinutes = QStringLiteral("%1:%2").arg(seconds / 3600, 2, 10, QLatin1Char('0')).arg(seconds / 60 % 60, 2, 10, QLatin1Char('0'));
    return seconds % 60 == 0 ? hoursMinutes : hoursMinutes + QStringLiteral(":%1").arg(seconds % 60, 2, 10, QLatin1Char('0'));
}

// One cell: its value attributes and its paragraphs' text, white space as ODF lays it out
// (runs of spaces and line breaks in the XML are one space; text:s, text:tab and
// text:line-break are the ones that count).
struct OdsCell
{
    qint64 repeat = 1;
    bool covered = false; // hidden by a merged cell: shows nothing
    QString valueType, value, dateValue, timeValue, booleanValue;
    QString text;
    int paragraphs = 0;
    int paragraphDepth = 0;
    bool pendingSpace = false;
    int skipDepth = 0; // inside an annotation, a drawing or a table in the cell: not its text

    bool lineStart = true; // white space here is layout, not text

    void startParagraph()
    {
        if (paragraphs++ > 0)
            text += QLatin1Char('\n');
        pendingSpace = false;
        lineStart = true;
    }
    void addText(QStringView chars)
    {
        for (const QChar c : chars) {
            if (c == QLatin1Char(' ') || c == QLatin1Char('\t') || c == QLatin1Char('\n') || c == QLatin1Char('\r')) {
                pendingSpace = !lineStart;
                continue;
            }
            addExplicit(QString(c));
        }
    }
    void addExplicit(const QString &chars)
    {
        if (pendingSpace)
            text += QLatin1Char(' ');
        pendingSpace = false;
        lineStart = false;
        text += chars;
    }

    QString shown() const
    {
        if (covered)
            return {};
        if (valueType == QLatin1String("float") || valueType == QLatin1String("percentage")
            || valueType == QLatin1String("currency")) {
            bool ok = false;
            const double number = value.toDouble(&ok);
            return ok ? numberText(number) : text;
        }
        if (valueType == QLatin1String("date")) {
            const QString date = isoDateText(dateValue);
            return date.isEmpty() ? text : date;
        }
        if (valueType == QLatin1String("time")) {
            const QString time = durationText(timeValue);
            return time.isEmpty() ? text : time;
        }
        if (valueType == QLatin1String("boolean"))
            return booleanValue == QLatin1String("true") ? QStringLiteral("TRUE")
                   : booleanValue == QLatin1String("false") ? QStringLiteral("FALSE")
                                                            : text;
        return text;
    }
};

// The names of the spreadsheet's tables in order (a table inside a cell is not a sheet), and,
// while reading one of them, its rows and cells.
class OdsReader
{
public:
    // Reads the first table named `target` exactly (empty: the first table); namesOnly: none.
    OdsReader(const QString &target, bool namesOnly, qint64 maxCells)
        : m_target(target)
        , m_namesOnly(namesOnly)
        , m_grid(maxCells)
        , m_maxCells(maxCells)
    {
    }

    Step step(QXmlStreamReader &xml);
    QStringList names;
    bool isSpreadsheet = false;
    QString error;
    bool found = false; // the table wanted was read
    SheetRows takeRows() { return m_grid.take(); }

private:
    Step cellStep(QXmlStreamReader &xml);
    Step endRow();
    Step fail(const QString &clause)
    {
        error = clause;
        return Step::Failed;
    }

    QString m_target;
    bool m_namesOnly;
    int m_tableDepth = 0;
    bool m_inTarget = false;
    qint64 m_row = 0, m_rowRepeat = 1, m_column = 0;
    QList<std::pair<qint64, QString>> m_rowCells; // the current row's non-empty cells by column
    std::optional<OdsCell> m_cell;
    SheetGrid m_grid;
    qint64 m_maxCells;
};

Step OdsReader::step(QXmlStreamReader &xml)
{
    if (m_cell)
        return cellStep(xml);
    if (xml.isStartElement()) {
        if (is(xml, kOffice, QLatin1String("spreadsheet"))) {
            isSpreadsheet = true;
        } else if (is(xml, kTable, QLatin1String("table"))) {
            if (m_tableDepth++ == 0) {
                names << xmlAttribute(xml, QLatin1String("name"), kTable);
                m_inTarget = !m_namesOnly && !found && (m_target.isEmpty() || names.constLast() == m_target);
                found = found || m_inTarget;
            }
        } else if (m_inTarget && is(xml, kTable, QLatin1String("table-row"))) {
            m_rowRepeat = repeatCount(xml, QLatin1String("number-rows-repeated"));
            m_column = 0;
            m_rowCells.clear();
        } else if (m_inTarget
                   && (is(xml, kTable, QLatin1String("table-cell")) || is(xml, kTable, QLatin1String("covered-table-cell")))) {
            OdsCell cell;
            cell.repeat = repeatCount(xml, QLatin1String("number-columns-repeated"));
            cell.covered = xml.name() == QLatin1String("covered-table-cell");
            cell.valueType = xmlAttribute(xml, QLatin1String("value-type"), kOffice);
            cell.value = xmlAttribute(xml, QLatin1String("value"), kOffice);
            cell.dateValue = xmlAttribute(xml, QLatin1String("date-value"), kOffice);
            cell.timeValue = xmlAttribute(xml, QLatin1String("time-value"), kOffice);
            cell.booleanValue = xmlAttribute(xml, QLatin1String("boolean-value"), kOffice);
            m_cell = std::move(cell);
        }
    } else if (xml.isEndElement()) {
        if (is(xml, kTable, QLatin1String("table")) && --m_tableDepth == 0 && m_inTarget)
            return Step::Done;
        if (m_inTarget && is(xml, kTable, QLatin1String("table-row")))
            return endRow();
    }
    return Step::Continue;
}

Step OdsReader::cellStep(QXmlStreamReader &xml)
{
    OdsCell &cell = *m_cell;
    if (cell.skipDepth > 0) {
        if (xml.isStartElement())
            ++cell.skipDepth;
        else if (xml.isEndElement())
            --cell.skipDepth;
        return Step::Continue;
    }
    if (xml.isStartElement()) {
        if (is(xml, kOffice, QLatin1String("annotation")) || xml.namespaceUri() == kDraw || is(xml, kTable, QLatin1String("table")))
            cell.skipDepth = 1;
        else if ((is(xml, kText, QLatin1String("p")) || is(xml, kText, QLatin1String("h"))) && cell.paragraphDepth++ == 0)
            cell.startParagraph();
        else if (is(xml, kText, QLatin1String("s")))
            cell.addExplicit(QString(spaceCount(xml), QLatin1Char(' ')));
        else if (is(xml, kText, QLatin1String("tab")))
            cell.addExplicit(QStringLiteral("\t"));
        else if (is(xml, kText, QLatin1String("line-break")))
            cell.addExplicit(QStringLiteral("\n"));
        return Step::Continue;
    }
    if (xml.isCharacters() && cell.paragraphDepth > 0) {
        cell.addText(xml.text());
        return Step::Continue;
    }
    if (!xml.isEndElement())
        return Step::Continue;
    if (is(xml, kText, QLatin1String("p")) || is(xml, kText, QLatin1String("h"))) {
        --cell.paragraphDepth;
        cell.pendingSpace = false; // white space at a paragraph's end is layout
        return Step::Continue;
    }
    if (!is(xml, kTable, QLatin1String("table-cell")) && !is(xml, kTable, QLatin1String("covered-table-cell")))
        return Step::Continue;
    const QString shown = cell.shown();
    if (!shown.isEmpty()) {
        for (qint64 i = 0; i < cell.repeat; ++i) {
            if (m_column + i >= kSheetMaxColumns)
                return fail(OdsText::tr("its sheet “%1” has a cell beyond the last column a sheet has").arg(names.constLast()));
            m_rowCells.append({m_column + i, shown});
        }
    }
    m_column = std::min(m_column + cell.repeat, kSheetMaxColumns * 2); // empty cells past the end are harmless
    m_cell.reset();
    return Step::Continue;
}

// A row's cells go into the grid as many times as it repeats; a run of empty rows only moves on.
Step OdsReader::endRow()
{
    for (qint64 r = 0; !m_rowCells.isEmpty() && r < m_rowRepeat; ++r) {
        for (const auto &[column, text] : std::as_const(m_rowCells)) {
            switch (m_grid.set(m_row + r, column, text)) {
            case SheetGrid::Set::Done:
                break;
            case SheetGrid::Set::OutOfSheet:
                return fail(OdsText::tr("its sheet “%1” has a cell beyond the last row a sheet has").arg(names.constLast()));
            case SheetGrid::Set::TooManyCells:
                return fail(OdsText::tr("its sheet “%1” holds more than %2 cells, more than can be imported")
                                .arg(names.constLast())
                                .arg(m_maxCells));
            case SheetGrid::Set::TooMuchText:
                return fail(OdsText::tr("the cells of its sheet “%1” hold more than %2 characters of text, more than "
                                        "can be imported")
                                .arg(names.constLast())
                                .arg(kSheetMaxCharacters));
            }
        }
    }
    m_row = std::min(m_row + m_rowRepeat, kSheetMaxRows * 2);
    m_rowCells.clear();
    return Step::Continue;
}

} // namespace

OpenDocumentKind openDocumentKind(ZipContainer &zip, QString *what)
{
    if (!zip.contains(kContent))
        return OpenDocumentKind::NotOpenDocument;
    if (!zip.contains(QStringLiteral("mimetype")))
        return OpenDocumentKind::Spreadsheet; // content.xml says whether it is one
    QString ignored;
    const QByteArray mimetype = zip.read(QStringLiteral("mimetype"), &ignored).value_or(QByteArray()).trimmed();
    if (mimetype.startsWith("application/vnd.oasis.opendocument.spreadsheet"))
        return OpenDocumentKind::Spreadsheet;
    if (what) {
        if (mimetype.startsWith("application/vnd.oasis.opendocument.text"))
            *what = OdsText::tr("an OpenDocument text document");
        else if (mimetype.startsWith("application/vnd.oasis.opendocument.presentation"))
            *what = OdsText::tr("an OpenDocument presentation");
        else
            *what = OdsText::tr("a document of the type %1").arg(QString::fromLatin1(mimetype.left(100)));
    }
    return OpenDocumentKind::OtherDocument;
}

namespace {

bool readContent(ZipContainer &zip, OdsReader &reader, QString *error)
{
    if (!zip.readXml(kContent, [&](QXmlStreamReader &xml) { return reader.step(xml); }, error)) {
        if (!reader.error.isEmpty())
            *error = reader.error;
        else if (zip.contains(QStringLiteral("META-INF/manifest.xml"))) {
            // An encrypted content.xml is not XML: say why rather than where it breaks.
            QString ignored;
            if (zip.read(QStringLiteral("META-INF/manifest.xml"), &ignored).value_or(QByteArray()).contains("encryption-data"))
                *error = OdsText::tr("it is protected by a password");
        }
        return false;
    }
    if (!reader.isSpreadsheet) {
        *error = OdsText::tr("it is an OpenDocument file but not a spreadsheet");
        return false;
    }
    return true;
}

} // namespace

std::optional<QStringList> odsSheetNames(ZipContainer &zip, QString *error)
{
    OdsReader reader(QString(), true, 0);
    if (!readContent(zip, reader, error))
        return std::nullopt;
    return reader.names;
}

std::optional<Sheet> readOdsSheet(ZipContainer &zip, const QString &sheetName, qint64 maxCells, QString *error)
{
    // One pass reads the sheet named exactly so; a name that differs in case takes a second.
    OdsReader reader(sheetName, false, maxCells);
    if (!readContent(zip, reader, error))
        return std::nullopt;
    if (!reader.found) {
        const qsizetype index = chooseSheet(reader.names, sheetName, error);
        if (index < 0)
            return std::nullopt;
        return readOdsSheet(zip, reader.names[index], maxCells, error);
    }
    return Sheet{reader.names.constLast(), reader.takeRows()};
}

} // namespace dapp
