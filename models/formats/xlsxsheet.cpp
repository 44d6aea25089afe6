// XLSX: the package's relationships, the workbook's sheets, shared strings, the styles that make
// a number a date, and one worksheet's cells.
#include "formats/xlsxsheet.h"

#include "formats/sheetgrid.h"
#include "formats/zipcontainer.h"

#include <QCoreApplication>
#include <QHash>
#include <QRegularExpression>
#include <QUrl>

namespace dapp {

namespace {

struct XlsxSheetText
{
    Q_DECLARE_TR_FUNCTIONS(XlsxSheet)
};

using Step = ZipContainer::Step;

bool isElement(const QXmlStreamReader &xml, QLatin1String name)
{
    return xml.name() == name;
}

// A part's folder ("xl/" for "xl/workbook.xml") and where its relationships are (the package's
// own, of the part "", are _rels/.rels).
QString folderOf(const QString &part)
{
    const qsizetype slash = part.lastIndexOf(QLatin1Char('/'));
    return slash < 0 ? QString() : part.left(slash + 1);
}

QString relationshipsOf(const QString &part)
{
    const qsizetype slash = part.lastIndexOf(QLatin1Char('/'));
    return folderOf(part) + QStringLiteral("_rels/") + part.mid(slash + 1) + QStringLiteral(".rels");
}

// A relationship's target as a part name: relative to `folder`, or from the root when it starts
// with "/"; "." and ".." resolved.
QString resolveTarget(const QString &folder, const QString &target)
{
    const QString decoded = QUrl::fromPercentEncoding(target.toUtf8());
    const QString path = decoded.startsWith(QLatin1Char('/')) ? decoded.mid(1) : folder + decoded;
    QStringList parts;
    for (const QString &segment : path.split(QLatin1Char('/'), Qt::SkipEmptyParts)) {
        if (segment == QLatin1String("..")) {
            if (!parts.isEmpty())
                parts.removeLast();
        } else if (segment != QLatin1String(".")) {
            parts << segment;
        }
    }
    return parts.join(QLatin1Char('/'));
}

struct Relationship
{
    QString type; // its last word: "worksheet", "sharedStrings", "styles", "officeDocument"
    QString part;
};

// The relationships of a part, by id; an absent relationships part has none.
std::optional<QHash<QString, Relationship>> readRelationships(ZipContainer &zip, const QString &part, QString *error)
{
    QHash<QString, Relationship> relationships;
    const QString rels = relationshipsOf(part);
    if (!zip.contains(rels))
        return relationships;
    const QString folder = folderOf(part);
    const bool ok = zip.readXml(rels, [&](QXmlStreamReader &xml) {
        if (xml.isStartElement() && isElement(xml, QLatin1String("Relationship"))
            && xmlAttribute(xml, QLatin1String("TargetMode")) != QLatin1String("External")) {
            const QString type = xmlAttribute(xml, QLatin1String("Type"));
            relationships.insert(xmlAttribute(xml, QLatin1String("Id")),
                                 {type.mid(type.lastIndexOf(QLatin1Char('/')) + 1),
                                  resolveTarget(folder, xmlAttribute(xml, QLatin1String("Target")))});
        }
        return Step::Continue;
    }, error);
    if (!ok)
        return std::nullopt;
    return relationships;
}

struct Workbook
{
    struct SheetRef
    {
        QString name;
        QString part;
    };
    QList<SheetRef> sheets; // worksheets only: a chart sheet holds no cells
    bool date1904 = false;
    QString sharedStrings, styles; // parts; empty when the workbook has none
};

std::optional<Workbook> readWorkbook(ZipContainer &zip, QString *error)
{
    const QString part = xlsxWorkbookPart(zip);
    const auto relationships = readRelationships(zip, part, error);
    if (!relationships)
        return std::nullopt;
    Workbook book;
    for (const Relationship &r : *relationships) {
        if (r.type == QLatin1String("sharedStrings"))
            book.sharedStrings = r.part;
        else if (r.type == QLatin1String("styles"))
            book.styles = r.part;
    }
    const bool ok = zip.readXml(part, [&](QXmlStreamReader &xml) {
        if (!xml.isStartElement())
            return Step::Continue;
        if (isElement(xml, QLatin1String("workbookPr"))) {
            const QString value = xmlAttribute(xml, QLatin1String("date1904"));
            book.date1904 = value == QLatin1String("1") || value == QLatin1String("true");
        } else if (isElement(xml, QLatin1String("sheet"))) {
            // r:id, in the transitional or the strict relationships namespace.
            QString id;
            const QXmlStreamAttributes attributes = xml.attributes();
            for (const QXmlStreamAttribute &a : attributes) {
                if (a.name() == QLatin1String("id") && !a.namespaceUri().isEmpty())
                    id = a.value().toString();
            }
            const Relationship r = relationships->value(id);
            if (r.type == QLatin1String("worksheet"))
                book.sheets.append({xmlAttribute(xml, QLatin1String("name")), r.part});
        }
        return Step::Continue;
    }, error);
    if (!ok)
        return std::nullopt;
    return book;
}

// Excel escapes characters XML cannot hold as _xHHHH_ (a carriage return is _x000D_).
QString unescaped(const QString &text)
{
    if (!text.contains(QLatin1String("_x")))
        return text;
    static const QRegularExpression escape(QStringLiteral("_x([0-9A-Fa-f]{4})_"));
    QString out;
    qsizetype from = 0;
    for (QRegularExpressionMatchIterator it = escape.globalMatch(text); it.hasNext();) {
        const QRegularExpressionMatch m = it.next();
        out += QStringView(text).mid(from, m.capturedStart() - from);
        out += QChar(char16_t(m.captured(1).toUShort(nullptr, 16)));
        from = m.capturedEnd();
    }
    out += QStringView(text).mid(from);
    return out;
}

// Rich text: the runs' <t> joined; phonetic guides (<rPh>) left out.
struct RichText
{
    QString text;
    bool inText = false;
    int phonetic = 0;

    void read(const QXmlStreamReader &xml)
    {
        if (xml.isStartElement()) {
            if (isElement(xml, QLatin1String("rPh")))
                ++phonetic;
            else if (isElement(xml, QLatin1String("t")))
                inText = phonetic == 0;
        } else if (xml.isEndElement()) {
            if (isElement(xml, QLatin1String("rPh")))
                --phonetic;
            else if (isElement(xml, QLatin1String("t")))
                inText = false;
        } else if (xml.isCharacters() && inText) {
            text += xml.text();
        }
    }
};

std::optional<QStringList> readSharedStrings(ZipContainer &zip, const QString &part, QString *error)
{
    QStringList strings;
    if (part.isEmpty() || !zip.contains(part))
        return strings;
    std::optional<RichText> item;
    const bool ok = zip.readXml(part, [&](QXmlStreamReader &xml) {
        if (xml.isStartElement() && isElement(xml, QLatin1String("si"))) {
            item.emplace();
        } else if (xml.isEndElement() && isElement(xml, QLatin1String("si")) && item) {
            strings.append(unescaped(item->text));
            item.reset();
        } else if (item) {
            item->read(xml);
        }
        return Step::Continue;
    }, error);
    if (!ok)
        return std::nullopt;
    return strings;
}

// What a number format shows of a number: a date, a time, both, or neither. Quoted text, escaped
// and padding characters and [colours]/[$locales] do not count; [h] [m] [s] are elapsed time.
DateKind formatKind(const QString &code)
{
    QString letters;
    bool elapsed = false;
    for (qsizetype i = 0; i < code.size(); ++i) {
        const QChar c = code[i];
        if (c == QLatin1Char(';'))
            break; // the first section (positive numbers) decides
        if (c == QLatin1Char('"')) {
            const qsizetype close = code.indexOf(QLatin1Char('"'), i + 1);
            i = close < 0 ? code.size() : close;
        } else if (c == QLatin1Char('\\') || c == QLatin1Char('_') || c == QLatin1Char('*')) {
            ++i;
        } else if (c == QLatin1Char('[')) {
            const qsizetype close = code.indexOf(QLatin1Char(']'), i + 1);
            const QString inside = code.mid(i + 1, close < 0 ? -1 : close - i - 1).toLower();
            static const QRegularExpression elapsedTime(QStringLiteral("^(h+|m+|s+)$"));
            elapsed = elapsed || elapsedTime.match(inside).hasMatch();
            i = close < 0 ? code.size() : close;
        } else {
            letters += c.toLower();
        }
    }
    letters.remove(QLatin1String("am/pm")).remove(QLatin1String("a/p"));
    const bool time = elapsed || letters.contains(QLatin1Char('h')) || letters.contains(QLatin1Char('s'));
    const bool date = letters.contains(QLatin1Char('y')) || letters.contains(QLatin1Char('d'))
                      || (!time && letters.contains(QLatin1Char('m'))); // "mmm": a month; "h:mm": minutes
    return date && time ? DateKind::DateTime : date ? DateKind::Date : time ? DateKind::Time : DateKind::None;
}

// The built-in formats that show dates and times (ECMA-376 §18.8.30; 27–36 and 50–58 are the
// East Asian dates).
DateKind builtInKind(int id)
{
    if ((id >= 14 && id <= 17) || (id >= 27 && id <= 31) || (id >= 34 && id <= 36) || (id >= 50 && id <= 58))
        return DateKind::Date;
    if ((id >= 18 && id <= 21) || (id >= 32 && id <= 33) || (id >= 45 && id <= 47))
        return DateKind::Time;
    return id == 22 ? DateKind::DateTime : DateKind::None;
}

// For each cell style (the s attribute of a cell), what its number format shows.
std::optional<QList<DateKind>> readStyles(ZipContainer &zip, const QString &part, QString *error)
{
    QList<DateKind> kinds;
    if (part.isEmpty() || !zip.contains(part))
        return kinds;
    QHash<int, QString> custom;
    QList<int> formatIds;
    bool inCellFormats = false;
    const bool ok = zip.readXml(part, [&](QXmlStreamReader &xml) {
        if (xml.isStartElement()) {
            if (isElement(xml, QLatin1String("numFmt")))
                custom.insert(xmlAttribute(xml, QLatin1String("numFmtId")).toInt(),
                              xmlAttribute(xml, QLatin1String("formatCode")));
            else if (isElement(xml, QLatin1String("cellXfs")))
                inCellFormats = true;
            else if (inCellFormats && isElement(xml, QLatin1String("xf")))
                formatIds.append(xmlAttribute(xml, QLatin1String("numFmtId")).toInt());
        } else if (xml.isEndElement() && isElement(xml, QLatin1String("cellXfs"))) {
            inCellFormats = false;
        }
        return Step::Continue;
    }, error);
    if (!ok)
        return std::nullopt;
    for (const int id : std::as_const(formatIds))
        kinds.append(custom.contains(id) ? formatKind(custom.value(id)) : builtInKind(id));
    return kinds;
}

// "AB12" as (row 11, column 27); false when it names no cell. Dollar signs are allowed.
bool parseCellReference(QStringView reference, qint64 *row, qint64 *column)
{
    qint64 c = 0, r = 0;
    qsizetype i = 0, letters = 0, digits = 0;
    if (i < reference.size() && reference[i] == QLatin1Char('$'))
        ++i;
    for (; i < reference.size() && reference[i].isLetter() && reference[i].unicode() < 128 && letters < 4; ++i, ++letters)
        c = c * 26 + (reference[i].toUpper().unicode() - 'A' + 1);
    if (i < reference.size() && reference[i] == QLatin1Char('$'))
        ++i;
    for (; i < reference.size() && reference[i].isDigit() && reference[i].unicode() < 128 && digits < 8; ++i, ++digits)
        r = r * 10 + (reference[i].unicode() - '0');
    if (i != reference.size() || letters == 0 || digits == 0 || r == 0)
        return false;
    *row = r - 1;
    *column = c - 1;
    return true;
}

QString cellName(qint64 row, qint64 column)
{
    QString letters;
    for (qint64 c = column + 1; c > 0; c = (c - 1) / 26)
        letters.prepend(QChar(char16_t('A' + (c - 1) % 26)));
    return letters + QString::number(row + 1);
}

} // namespace

QString xlsxWorkbookPart(ZipContainer &zip)
{
    // The package's own relationships name the workbook; Excel's is always xl/workbook.xml.
    QString ignored;
    if (const auto root = readRelationships(zip, QString(), &ignored)) { // _rels/.rels
        for (const Relationship &r : *root) {
            if (r.type == QLatin1String("officeDocument") && r.part.endsWith(QLatin1String("workbook.xml"), Qt::CaseInsensitive)
                && zip.contains(r.part))
                return r.part;
        }
    }
    return zip.contains(QStringLiteral("xl/workbook.xml")) ? QStringLiteral("xl/workbook.xml") : QString();
}

std::optional<QStringList> xlsxSheetNames(ZipContainer &zip, QString *error)
{
    const auto book = readWorkbook(zip, error);
    if (!book)
        return std::nullopt;
    QStringList names;
    for (const Workbook::SheetRef &sheet : book->sheets)
        names << sheet.name;
    return names;
}

std::optional<Sheet> readXlsxSheet(ZipContainer &zip, const QString &sheetName, qint64 maxCells, QString *error)
{
    const auto book = readWorkbook(zip, error);
    if (!book)
        return std::nullopt;
    QStringList names;
    for (const Workbook::SheetRef &sheet : book->sheets)
        names << sheet.name;
    const qsizetype index = chooseSheet(names, sheetName, error);
    if (index < 0)
        return std::nullopt;
    const Workbook::SheetRef &chosen = book->sheets[index];
    if (!zip.contains(chosen.part)) {
        *error = XlsxSheetText::tr("it has no part %1, which holds its sheet “%2”").arg(chosen.part, chosen.name);
        return std::nullopt;
    }
    const auto strings = readSharedStrings(zip, book->sharedStrings, error);
    if (!strings)
        return std::nullopt;
    const auto styles = readStyles(zip, book->styles, error);
    if (!styles)
        return std::nullopt;

    SheetGrid grid(maxCells);
    struct Cell
    {
        qint64 row = 0, column = 0;
        QString type, value;
        int style = 0;
        bool inValue = false;
        RichText inlineText;
    };
    std::optional<Cell> cell;
    qint64 row = -1, nextColumn = 0;
    QStringList merges;
    const auto fail = [&](const QString &clause) {
        *error = clause;
        return Step::Failed;
    };
    const auto cellText = [&](const Cell &c, QString *text) {
        if (c.type == QLatin1String("s")) {
            if (c.value.trimmed().isEmpty())
                return true; // a string cell with no string: empty
            bool ok = false;
            const qint64 i = c.value.trimmed().toLongLong(&ok);
            if (!ok || i < 0 || i >= strings->size())
                return false;
            *text = strings->at(i);
        } else if (c.type == QLatin1String("inlineStr")) {
            *text = unescaped(c.inlineText.text);
        } else if (c.type == QLatin1String("str") || c.type == QLatin1String("e")) {
            *text = unescaped(c.value);
        } else if (c.type == QLatin1String("b")) {
            const QString v = c.value.trimmed();
            *text = v == QLatin1String("1") || v == QLatin1String("true") ? QStringLiteral("TRUE")
                    : v == QLatin1String("0") || v == QLatin1String("false") ? QStringLiteral("FALSE")
                                                                             : v;
        } else if (c.type == QLatin1String("d")) {
            const QString date = isoDateText(c.value);
            *text = date.isEmpty() ? c.value : date;
        } else { // "n", or no type: a number
            bool ok = false;
            const double number = c.value.trimmed().toDouble(&ok);
            if (!ok) {
                *text = c.value;
                return true;
            }
            const DateKind kind = c.style >= 0 && c.style < styles->size() ? styles->at(c.style) : DateKind::None;
            const QString date = serialDateText(number, kind, book->date1904);
            *text = date.isEmpty() ? numberText(number) : date;
        }
        return true;
    };
    const bool ok = zip.readXml(chosen.part, [&](QXmlStreamReader &xml) {
        if (cell) {
            if (xml.isEndElement() && isElement(xml, QLatin1String("c"))) {
                QString text;
                if (!cellText(*cell, &text))
                    return fail(XlsxSheetText::tr("cell %1 of sheet “%2” refers to shared string %3, which the workbook "
                                                  "does not have")
                                    .arg(cellName(cell->row, cell->column), chosen.name, cell->value.trimmed()));
                switch (grid.set(cell->row, cell->column, text)) {
                case SheetGrid::Set::Done:
                    break;
                case SheetGrid::Set::OutOfSheet:
                    return fail(XlsxSheetText::tr("its sheet “%1” has a cell beyond the last row or column a sheet has")
                                    .arg(chosen.name));
                case SheetGrid::Set::TooManyCells:
                    return fail(XlsxSheetText::tr("its sheet “%1” holds more than %2 cells, more than can be imported")
                                    .arg(chosen.name)
                                    .arg(maxCells));
                case SheetGrid::Set::TooMuchText:
                    return fail(XlsxSheetText::tr("the cells of its sheet “%1” hold more than %2 characters of text, more "
                                                  "than can be imported")
                                    .arg(chosen.name)
                                    .arg(kSheetMaxCharacters));
                }
                nextColumn = cell->column + 1;
                cell.reset();
            } else if (isElement(xml, QLatin1String("v"))) {
                cell->inValue = xml.isStartElement();
            } else if (xml.isCharacters() && cell->inValue) {
                cell->value += xml.text();
            } else {
                cell->inlineText.read(xml);
            }
            return Step::Continue;
        }
        if (!xml.isStartElement())
            return Step::Continue;
        if (isElement(xml, QLatin1String("row"))) {
            const QString r = xmlAttribute(xml, QLatin1String("r"));
            bool valid = true;
            row = r.isEmpty() ? row + 1 : r.toLongLong(&valid) - 1;
            if (!valid || row < 0 || row >= kSheetMaxRows)
                return fail(XlsxSheetText::tr("its sheet “%1” has a row numbered “%2”, which no sheet has").arg(chosen.name, r));
            nextColumn = 0;
        } else if (isElement(xml, QLatin1String("c"))) {
            Cell c;
            const QString reference = xmlAttribute(xml, QLatin1String("r"));
            if (reference.isEmpty()) {
                c.row = std::max<qint64>(row, 0);
                c.column = nextColumn;
            } else if (!parseCellReference(reference, &c.row, &c.column)) {
                return fail(XlsxSheetText::tr("its sheet “%1” has a cell “%2”, which names no cell").arg(chosen.name, reference));
            }
            c.type = xmlAttribute(xml, QLatin1String("t"));
            c.style = xmlAttribute(xml, QLatin1String("s")).toInt();
            cell = std::move(c);
        } else if (isElement(xml, QLatin1String("mergeCell"))) {
            merges << xmlAttribute(xml, QLatin1String("ref"));
        }
        return Step::Continue;
    }, error);
    if (!ok)
        return std::nullopt;

    // A merged range shows its top-left cell; whatever the others hold is hidden.
    qint64 budget = 2 * maxCells + 1024; // overlapping ranges (which Excel refuses) cannot loop for ever
    for (const QString &range : std::as_const(merges)) {
        const QStringList corners = range.split(QLatin1Char(':'));
        qint64 top = 0, left = 0, bottom = 0, right = 0;
        if (corners.size() != 2 || !parseCellReference(corners[0], &top, &left)
            || !parseCellReference(corners[1], &bottom, &right))
            continue; // a range that names no cells hides none
        for (qint64 r = top; r <= std::min(bottom, grid.rowCount() - 1) && budget > 0; ++r) {
            for (qint64 c = left; c <= std::min(right, grid.columnCount(r) - 1) && budget > 0; ++c, --budget) {
                if (r != top || c != left)
                    grid.clear(r, c);
            }
        }
    }
    return Sheet{chosen.name, grid.take()};
}

} // namespace dapp
