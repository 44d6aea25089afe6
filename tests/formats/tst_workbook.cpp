// XLSX and ODS read as sheets of text: the fixtures LibreOffice made, workbooks written here to
// show each kind of cell, repeated rows that must not be allocated, zip bombs refused before (or
// while) they are inflated, and every other refusal with its exact message.
#include "domain/comparison.h"
#include "formats/csv.h"
#include "formats/sheet.h"
#include "formats/workbook.h"
#include "formats/zipcontainer.h"
#include "interchange/comparisoncsv.h"
#include "interchange/comparisonxlsx.h"
#include "storage/projectjson.h"
#include "testsupport.h"

#include <QTemporaryDir>
#include <QtTest>

#include <quazip.h>
#include <quazipfile.h>
#include <quazipnewinfo.h>

#include <zlib.h>

#include <functional>

using namespace dapp;

Q_DECLARE_METATYPE(dapp::SheetFormat)

namespace {

using Rows = QList<QStringList>;
using Parts = QList<std::pair<QString, QByteArray>>;

QString fixture(const QString &name) { return QStringLiteral(DAPP_SOURCE_DIR "/tests/formats/fixtures/") + name; }

bool writeZip(const QString &path, const Parts &parts)
{
    QuaZip zip(path);
    if (!zip.open(QuaZip::mdCreate))
        return false;
    for (const auto &[name, bytes] : parts) {
        QuaZipFile file(&zip);
        // The mimetype of an ODS is stored, not deflated, as OpenDocument asks.
        const int method = name == QLatin1String("mimetype") ? 0 : Z_DEFLATED;
        if (!file.open(QIODevice::WriteOnly, QuaZipNewInfo(name), nullptr, 0, method, Z_BEST_COMPRESSION)
            || file.write(bytes) != bytes.size())
            return false;
        file.close();
    }
    zip.close();
    return zip.getZipError() == UNZ_OK;
}

bool writeFile(const QString &path, const QByteArray &bytes)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly | QIODevice::Truncate) && file.write(bytes) == bytes.size();
}

QByteArray readFile(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

const QByteArray kMain("http://schemas.openxmlformats.org/spreadsheetml/2006/main");
const QByteArray kRelationships("http://schemas.openxmlformats.org/officeDocument/2006/relationships");

// A workbook as Excel lays it out, with the sheets given (name, worksheet XML), shared strings and
// styles when given, and a chart sheet, which holds no cells.
Parts xlsx(const QList<std::pair<QByteArray, QByteArray>> &sheets, const QByteArray &sharedStrings = {},
           const QByteArray &styles = {}, const QByteArray &workbookProperties = {})
{
    const QByteArray relType = kRelationships + '/';
    QByteArray workbook = "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n<workbook xmlns=\"" + kMain
                          + "\" xmlns:r=\"" + kRelationships + "\">" + workbookProperties + "<sheets>";
    QByteArray rels = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<Relationships "
                      "xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">";
    Parts parts;
    for (qsizetype i = 0; i < sheets.size(); ++i) {
        const QByteArray n = QByteArray::number(i + 1);
        workbook += "<sheet name=\"" + sheets[i].first + "\" sheetId=\"" + n + "\" r:id=\"rId" + n + "\"/>";
        rels += "<Relationship Id=\"rId" + n + "\" Type=\"" + relType + "worksheet\" Target=\"worksheets/sheet" + n + ".xml\"/>";
        parts.append({QStringLiteral("xl/worksheets/sheet%1.xml").arg(i + 1),
                      "<worksheet xmlns=\"" + kMain + "\">" + sheets[i].second + "</worksheet>"});
    }
    workbook += "<sheet name=\"Chart1\" sheetId=\"99\" r:id=\"rId99\"/></sheets></workbook>";
    rels += "<Relationship Id=\"rId99\" Type=\"" + relType + "chartsheet\" Target=\"/xl/chartsheets/sheet1.xml\"/>";
    if (!sharedStrings.isEmpty()) {
        rels += "<Relationship Id=\"rIdS\" Type=\"" + relType + "sharedStrings\" Target=\"sharedStrings.xml\"/>";
        parts.append({QStringLiteral("xl/sharedStrings.xml"), "<sst xmlns=\"" + kMain + "\">" + sharedStrings + "</sst>"});
    }
    if (!styles.isEmpty()) {
        rels += "<Relationship Id=\"rIdT\" Type=\"" + relType + "styles\" Target=\"./styles.xml\"/>";
        parts.append({QStringLiteral("xl/styles.xml"), "<styleSheet xmlns=\"" + kMain + "\">" + styles + "</styleSheet>"});
    }
    rels += "</Relationships>";
    parts.prepend({QStringLiteral("xl/_rels/workbook.xml.rels"), rels});
    parts.prepend({QStringLiteral("xl/workbook.xml"), workbook});
    parts.prepend({QStringLiteral("_rels/.rels"),
                   "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\"><Relationship "
                   "Id=\"rId1\" Type=\"" + relType + "officeDocument\" Target=\"xl/workbook.xml\"/></Relationships>"});
    parts.prepend({QStringLiteral("[Content_Types].xml"),
                   "<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\"/>"});
    parts.append({QStringLiteral("xl/chartsheets/sheet1.xml"), "<chartsheet xmlns=\"" + kMain + "\"/>"});
    return parts;
}

Parts ods(const QByteArray &tables, const QByteArray &mimetype = "application/vnd.oasis.opendocument.spreadsheet",
          const QByteArray &body = "spreadsheet")
{
    return {{QStringLiteral("mimetype"), mimetype},
            {QStringLiteral("content.xml"),
             "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<office:document-content "
             "xmlns:office=\"urn:oasis:names:tc:opendocument:xmlns:office:1.0\" "
             "xmlns:table=\"urn:oasis:names:tc:opendocument:xmlns:table:1.0\" "
             "xmlns:text=\"urn:oasis:names:tc:opendocument:xmlns:text:1.0\" "
             "xmlns:draw=\"urn:oasis:names:tc:opendocument:xmlns:drawing:1.0\" "
             "xmlns:xlink=\"http://www.w3.org/1999/xlink\" office:version=\"1.3\"><office:body><office:"
                 + body + ">" + tables + "</office:" + body + "></office:body></office:document-content>"},
            {QStringLiteral("META-INF/manifest.xml"),
             "<manifest:manifest xmlns:manifest=\"urn:oasis:names:tc:opendocument:xmlns:manifest:1.0\"/>"}};
}

// Rows of features, each row what a user sees in the cells (see the worksheet below).
const QByteArray kSharedStrings = "<si><t>Glow</t></si>"
                                  "<si><r><t xml:space=\"preserve\">Dena\xE2\x80\x99s </t></r><r><rPr><b/></rPr><t>Group</t></r>"
                                  "<rPh sb=\"0\" eb=\"1\"><t>ignored</t></rPh></si>"
                                  "<si><t>two_x000D_\nlines</t></si>"
                                  "<si><t></t></si>";
const QByteArray kStyles = "<numFmts count=\"4\"><numFmt numFmtId=\"164\" formatCode=\"dd/mm/yyyy\"/>"
                           "<numFmt numFmtId=\"165\" formatCode=\"#,##0.00&quot; days&quot;\"/>"
                           "<numFmt numFmtId=\"166\" formatCode=\"[$\xC2\xA3-809]#,##0.00\"/>"
                           "<numFmt numFmtId=\"167\" formatCode=\"mmm yy\"/></numFmts>"
                           "<cellStyleXfs count=\"1\"><xf numFmtId=\"14\"/></cellStyleXfs>" // not a cell's style
                           "<cellXfs count=\"8\"><xf numFmtId=\"0\"/><xf numFmtId=\"14\"/><xf numFmtId=\"164\"/>"
                           "<xf numFmtId=\"20\"/><xf numFmtId=\"22\"/><xf numFmtId=\"165\"/><xf numFmtId=\"166\"/>"
                           "<xf numFmtId=\"167\"/></cellXfs>";
const QByteArray kFeatures =
    "<sheetData>"
    "<row r=\"1\"><c r=\"A1\" t=\"s\"><v>0</v></c><c r=\"B1\" t=\"s\"><v>1</v></c>"
    "<c r=\"C1\" t=\"inlineStr\"><is><t>inline</t></is></c>"
    "<c r=\"D1\" t=\"inlineStr\"><is><r><t xml:space=\"preserve\">in</t></r><r><t>line runs</t></r></is></c>"
    "<c r=\"E1\" t=\"s\"><v>2</v></c></row>"
    "<row r=\"2\"><c r=\"A2\"><v>264244.70000000001</v></c><c r=\"B2\" t=\"n\"><v>17</v></c><c r=\"C2\"><v>0.5</v></c>"
    "<c r=\"D2\"><v>1000000</v></c><c r=\"E2\"><v>1E-10</v></c><c r=\"F2\"><v>-0</v></c>"
    "<c r=\"G2\"><v>0.30000000000000004</v></c><c r=\"H2\"><v>-12.5</v></c></row>"
    "<row r=\"3\"><c r=\"A3\" s=\"1\"><v>45132</v></c><c r=\"B3\" s=\"2\"><v>45132</v></c><c r=\"C3\" s=\"3\"><v>0.5</v></c>"
    "<c r=\"D3\" s=\"4\"><v>45132.75</v></c><c r=\"E3\" s=\"4\"><v>45132</v></c><c r=\"F3\" s=\"5\"><v>3</v></c>"
    "<c r=\"G3\" s=\"6\"><v>264244.7</v></c><c r=\"H3\" s=\"7\"><v>45132</v></c><c r=\"I3\" s=\"1\"><v>60</v></c>"
    "<c r=\"J3\" s=\"1\"><v>61</v></c><c r=\"K3\" s=\"1\"><v>1</v></c></row>"
    "<row r=\"4\"><c r=\"A4\" t=\"b\"><v>1</v></c><c r=\"B4\" t=\"b\"><v>0</v></c><c r=\"C4\" t=\"e\"><v>#N/A</v></c>"
    "<c r=\"D4\" t=\"str\"><f>A1&amp;\"x\"</f><v>Glowx</v></c><c r=\"E4\" t=\"d\"><v>2023-07-25T00:00:00</v></c>"
    "<c r=\"F4\"><f>1/0</f></c><c r=\"G4\" s=\"1\"/><c r=\"H4\" t=\"s\"><v>3</v></c><c r=\"I4\" t=\"s\"/></row>"
    "<row r=\"5\"><c><v>1</v></c><c><v>2</v></c><c r=\"E5\"><v>5</v></c><c><v>6</v></c></row>"
    "<row><c><v>7</v></c></row>"
    "<row r=\"8\"><c r=\"A8\" t=\"inlineStr\"><is><t>top</t></is></c><c r=\"B8\" t=\"inlineStr\"><is><t>hidden</t></is></c></row>"
    "<row r=\"9\"><c r=\"B9\" t=\"inlineStr\"><is><t>hidden too</t></is></c></row>"
    "<row r=\"10\" spans=\"1:3\"/>"
    "<row r=\"11\"><c r=\"A11\" t=\"inlineStr\"><is><t>after the gap</t></is></c></row>"
    "<row r=\"1048576\"/>"
    "</sheetData><mergeCells count=\"1\"><mergeCell ref=\"A8:C9\"/></mergeCells>";

const QByteArray kOdsFeatures =
    "<table:table table:name=\"Features\"><table:table-column table:number-columns-repeated=\"16384\"/>"
    "<table:table-header-rows><table:table-row>"
    "<table:table-cell office:value-type=\"string\"><text:p>Avon &amp; <text:span>Somerset</text:span></text:p></table:table-cell>"
    "<table:table-cell office:value-type=\"string\"><text:p>a<text:s text:c=\"3\"/>b<text:tab/>c<text:line-break/>d</text:p></table:table-cell>"
    "<table:table-cell office:value-type=\"string\"><text:p>first</text:p><text:p>second</text:p></table:table-cell>"
    "<table:table-cell office:value-type=\"string\"><office:annotation><text:p>a comment</text:p></office:annotation>"
    "<text:p>with a comment</text:p></table:table-cell>"
    "<table:table-cell office:value-type=\"string\"><text:p>\n      laid   out\n    </text:p></table:table-cell>"
    "<table:table-cell><text:p><text:a xlink:href=\"https://example.org\">a link</text:a></text:p></table:table-cell>"
    "<table:table-cell><draw:frame><draw:text-box><text:p>in a frame</text:p></draw:text-box></draw:frame>"
    "<text:p>cell text</text:p></table:table-cell>"
    "</table:table-row></table:table-header-rows>"
    "<table:table-row>"
    "<table:table-cell office:value-type=\"float\" office:value=\"264244.70000000001\"><text:p>\xC2\xA3" "264,244.70</text:p></table:table-cell>"
    "<table:table-cell office:value-type=\"percentage\" office:value=\"0.4\"><text:p>40%</text:p></table:table-cell>"
    "<table:table-cell office:value-type=\"currency\" office:currency=\"GBP\" office:value=\"44161\"><text:p>\xC2\xA3" "44,161</text:p></table:table-cell>"
    "<table:table-cell office:value-type=\"date\" office:date-value=\"2023-07-25\"><text:p>25/07/23</text:p></table:table-cell>"
    "<table:table-cell office:value-type=\"date\" office:date-value=\"2024-05-19T14:30:00\"><text:p>19/05/24 14:30</text:p></table:table-cell>"
    "<table:table-cell office:value-type=\"time\" office:time-value=\"PT12H30M00S\"><text:p>12:30</text:p></table:table-cell>"
    "<table:table-cell office:value-type=\"boolean\" office:boolean-value=\"true\"><text:p>TRUE</text:p></table:table-cell>"
    "<table:table-cell office:value-type=\"boolean\" office:boolean-value=\"false\"><text:p>FALSE</text:p></table:table-cell>"
    "<table:table-cell office:value-type=\"float\"><text:p>7</text:p></table:table-cell>"
    "</table:table-row>"
    "<table:table-row table:number-rows-repeated=\"2\">"
    "<table:table-cell table:number-columns-repeated=\"3\" office:value-type=\"float\" office:value=\"0\"><text:p>0</text:p></table:table-cell>"
    "<table:table-cell table:number-columns-repeated=\"1000\"/>"
    "<table:table-cell office:value-type=\"string\"><text:p>far</text:p></table:table-cell>"
    "<table:table-cell table:number-columns-repeated=\"15380\"/>"
    "</table:table-row>"
    "<table:table-row><table:table-cell table:number-columns-spanned=\"2\" office:value-type=\"string\"><text:p>top</text:p></table:table-cell>"
    "<table:covered-table-cell office:value-type=\"string\"><text:p>hidden</text:p></table:covered-table-cell>"
    "<table:table-cell office:value-type=\"string\"><text:p>after</text:p></table:table-cell></table:table-row>"
    "<table:table-row table:number-rows-repeated=\"1000000\"><table:table-cell table:number-columns-repeated=\"16384\"/></table:table-row>"
    "<table:table-row-group><table:table-row><table:table-cell office:value-type=\"string\"><text:p>after a million empty rows</text:p>"
    "</table:table-cell></table:table-row></table:table-row-group>"
    "<table:table-row table:number-rows-repeated=\"48570\"><table:table-cell table:number-columns-repeated=\"16384\"/></table:table-row>"
    "</table:table>"
    "<table:table table:name=\"Empty rows only\"><table:table-row table:number-rows-repeated=\"1048576\">"
    "<table:table-cell table:number-columns-repeated=\"16384\"/></table:table-row></table:table>"
    "<table:table table:name=\"Second\"><table:table-row><table:table-cell/><table:table-cell office:value-type=\"string\">"
    "<text:p>second</text:p></table:table-cell></table:table-row></table:table>";

const Rows kMessyReturns{
    {"Area", "Financial Year", "Cohort", "Programme", "Provider", "Self referred", "Agency referred", "Completed", "Budget",
     "Response date", "Notes"},
    {"Avon & Somerset", "2022/23", "Male", "Drive", "provider", "N/A", "101", "77", "299643.92", "2023-07-25"},
    {"avon & somerset", "2022/23", "male", "Changes Program", "The Elm Foundation", "15", "54", "26", "264244.7",
     "2024-05-19", "covers all crime types"},
    {"DERBYSHIRE", "2022/2023", "ALL", "The Keys Project", "Glow", "1", "23", "3", "154810.22", "2023-08-21"},
    {"Derbyshire", "FY22/23", "Male", QStringLiteral("Dena’s Group"), "Salcare", "23", "50", "", "44161", "",
     "see letter, question 10"},
    {"Leicestershire", "2022/23", "female", "", "Not held", "not held", "withheld", "0", "0", "not yet",
     "two lines:\n\"quoted\" and, a comma"},
};

} // namespace

class TestWorkbook : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void sheetNames_data();
    void sheetNames();
    void messyReturnsFromLibreOffice_data();
    void messyReturnsFromLibreOffice();
    void derbyshireLetterTable_data();
    void derbyshireLetterTable();
    void choosingASheet_data();
    void choosingASheet();
    void xlsxCells();
    void xlsxDates1904();
    void odsCells();
    void odsEmptyRepeatedRowsAllocateNothing();
    void refuses_data();
    void refuses();
    void zipBombRefusedBeforeInflating();
    void zipBombThatUnderstatesItsSizeIsStoppedWhileInflating();
    void limits_data();
    void limits();
    void detectsFormat_data();
    void detectsFormat();
    void appsOwnWorkbookReadsBack();

private:
    QString path(const QString &name) const { return m_dir.filePath(name); }
    QTemporaryDir m_dir;
};

void TestWorkbook::initTestCase()
{
    QVERIFY(m_dir.isValid());
    QVERIFY(writeZip(path(QStringLiteral("features.xlsx")),
                     xlsx({{"Features", kFeatures},
                           {"Second", "<sheetData><row r=\"2\"><c r=\"B2\" t=\"inlineStr\"><is><t>second</t></is></c>"
                                      "</row></sheetData>"}},
                          kSharedStrings, kStyles)));
    QVERIFY(writeZip(path(QStringLiteral("features.ods")), ods(kOdsFeatures)));
}

void TestWorkbook::sheetNames_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<QStringList>("names");
    const QStringList messy{"2022-23 returns", "Notes"};
    QTest::newRow("xlsx made by LibreOffice") << fixture(QStringLiteral("messy-returns.xlsx")) << messy;
    QTest::newRow("ods made by LibreOffice") << fixture(QStringLiteral("messy-returns.ods")) << messy;
    QTest::newRow("xlsx letter table") << fixture(QStringLiteral("derbyshire-letter-table.xlsx"))
                                       << QStringList{"derbyshire-letter-table"};
    QTest::newRow("ods letter table") << fixture(QStringLiteral("derbyshire-letter-table.ods"))
                                      << QStringList{"derbyshire-letter-table"};
    QTest::newRow("xlsx without its chart sheet") << path(QStringLiteral("features.xlsx")) << QStringList{"Features", "Second"};
    QTest::newRow("ods in order") << path(QStringLiteral("features.ods"))
                                  << QStringList{"Features", "Empty rows only", "Second"};
}

void TestWorkbook::sheetNames()
{
    QFETCH(QString, file);
    QFETCH(QStringList, names);
    QString error;
    const auto read = workbookSheetNames(file, &error);
    QVERIFY2(read, qPrintable(error));
    QCOMPARE(*read, names);
}

void TestWorkbook::messyReturnsFromLibreOffice_data()
{
    QTest::addColumn<QString>("file");
    QTest::newRow("xlsx") << fixture(QStringLiteral("messy-returns.xlsx"));
    QTest::newRow("ods") << fixture(QStringLiteral("messy-returns.ods"));
}

void TestWorkbook::messyReturnsFromLibreOffice()
{
    QFETCH(QString, file);
    QString error;
    const auto returns = readWorkbookSheet(file, QStringLiteral("2022-23 returns"), &error);
    QVERIFY2(returns, qPrintable(error));
    QCOMPARE(returns->name, QStringLiteral("2022-23 returns"));
    QCOMPARE(returns->rows, kMessyReturns);
    // Merged A1:B1 over a value LibreOffice keeps hidden; a boolean, a percentage, a date and time.
    const auto notes = readWorkbookSheet(file, QStringLiteral("Notes"), &error);
    QVERIFY2(notes, qPrintable(error));
    QCOMPARE(notes->rows, (Rows{{"About this sheet"},
                                {"Entered by", "A. Analyst"},
                                {"Checked", "TRUE"},
                                {"Share funded by the PCC", "0.4"},
                                {"Last checked", "2024-05-19 14:30"}}));
}

void TestWorkbook::derbyshireLetterTable_data()
{
    QTest::addColumn<QString>("file");
    QTest::newRow("xlsx") << fixture(QStringLiteral("derbyshire-letter-table.xlsx"));
    QTest::newRow("ods") << fixture(QStringLiteral("derbyshire-letter-table.ods"));
}

void TestWorkbook::derbyshireLetterTable()
{
    QFETCH(QString, file);
    QString error;
    const auto sheet = readWorkbookSheet(file, QString(), &error);
    QVERIFY2(sheet, qPrintable(error));
    QCOMPARE(sheet->name, QStringLiteral("derbyshire-letter-table"));
    // The same cells as the TSV LibreOffice read, but for the budgets, which it read as money.
    QFile tsv(fixture(QStringLiteral("derbyshire-letter-table.tsv")));
    QVERIFY(tsv.open(QIODevice::ReadOnly));
    Rows expected;
    for (const QByteArray &line : tsv.readAll().split('\n')) {
        if (!line.isEmpty())
            expected << QString::fromUtf8(line).split(QLatin1Char('\t'));
    }
    expected[11] = QStringList{"10. Budget inclusive of Running Costs", "264244.7", "154810.22", "299643.92", "44161"};
    QCOMPARE(sheet->rows, expected);
    QCOMPARE(sheet->rows.at(0), (QStringList{"", "The Elm Foundation", "Glow", "Glow", "Salcare"}));
    QCOMPARE(sheet->rows.at(9), QStringList{"Link to evaluation of programme efficacy:"});
}

void TestWorkbook::choosingASheet_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<QString>("wanted");
    QTest::addColumn<QString>("chosen");
    QTest::addColumn<QString>("error");
    for (const QString &suffix : {QStringLiteral("xlsx"), QStringLiteral("ods")}) {
        const QString file = fixture(QStringLiteral("messy-returns.") + suffix);
        QTest::addRow("%s: empty is the first", qPrintable(suffix)) << file << QString() << "2022-23 returns" << QString();
        QTest::addRow("%s: another case", qPrintable(suffix)) << file << "notes"
                                                              << "Notes" << QString();
        QTest::addRow("%s: none of that name", qPrintable(suffix))
            << file << "2021-22" << QString()
            << "“messy-returns." + suffix + "” cannot be read: it has no sheet named “2021-22” (its sheets: “2022-23 returns”, "
               "“Notes”)";
    }
}

void TestWorkbook::choosingASheet()
{
    QFETCH(QString, file);
    QFETCH(QString, wanted);
    QFETCH(QString, chosen);
    QFETCH(QString, error);
    QString message;
    const auto sheet = readWorkbookSheet(file, wanted, &message);
    QCOMPARE(message, error);
    QCOMPARE(sheet.has_value(), error.isEmpty());
    if (sheet)
        QCOMPARE(sheet->name, chosen);
}

void TestWorkbook::xlsxCells()
{
    QString error;
    const auto sheet = readWorkbookSheet(path(QStringLiteral("features.xlsx")), QString(), &error);
    QVERIFY2(sheet, qPrintable(error));
    const Rows expected{
        {"Glow", QStringLiteral("Dena’s Group"), "inline", "inline runs", "two\r\nlines"},
        {"264244.7", "17", "0.5", "1000000", "1e-10", "0", "0.3", "-12.5"},
        {"2023-07-25", "2023-07-25", "12:00", "2023-07-25 18:00", "2023-07-25", "3", "264244.7", "2023-07-25", "1900-02-29",
         "1900-03-01", "1900-01-01"},
        {"TRUE", "FALSE", "#N/A", "Glowx", "2023-07-25"},
        {"1", "2", "", "", "5", "6"},
        {"7"},
        {},
        {"top"},
        {},
        {},
        {"after the gap"},
    };
    for (qsizetype r = 0; r < std::min(sheet->rows.size(), expected.size()); ++r)
        QCOMPARE(sheet->rows.at(r), expected[r]);
    QCOMPARE(sheet->rows.size(), expected.size());
    const auto second = readWorkbookSheet(path(QStringLiteral("features.xlsx")), QStringLiteral("Second"), &error);
    QVERIFY2(second, qPrintable(error));
    QCOMPARE(second->rows, (Rows{{}, {"", "second"}}));
}

void TestWorkbook::xlsxDates1904()
{
    const QString file = path(QStringLiteral("1904.xlsx"));
    QVERIFY(writeZip(file, xlsx({{"Mac", "<sheetData><row r=\"1\"><c r=\"A1\" s=\"1\"><v>43670</v></c></row></sheetData>"}}, {},
                                kStyles, "<workbookPr date1904=\"1\"/>")));
    QString error;
    const auto sheet = readWorkbookSheet(file, QString(), &error);
    QVERIFY2(sheet, qPrintable(error));
    QCOMPARE(sheet->rows, Rows{{"2023-07-25"}});
}

void TestWorkbook::odsCells()
{
    QString error;
    const auto sheet = readWorkbookSheet(path(QStringLiteral("features.ods")), QString(), &error);
    QVERIFY2(sheet, qPrintable(error));
    QCOMPARE(sheet->rows.size(), 1'000'006);
    QCOMPARE(sheet->rows.at(0), (QStringList{"Avon & Somerset", "a   b\tc\nd", "first\nsecond", "with a comment", "laid out",
                                          "a link", "cell text"}));
    QCOMPARE(sheet->rows.at(1), (QStringList{"264244.7", "0.4", "44161", "2023-07-25", "2024-05-19 14:30", "12:30", "TRUE",
                                          "FALSE", "7"}));
    QStringList repeated{"0", "0", "0"};
    for (int i = 0; i < 1000; ++i)
        repeated << QString();
    repeated << QStringLiteral("far");
    QCOMPARE(sheet->rows.at(2), repeated);
    QCOMPARE(sheet->rows.at(3), repeated);
    QCOMPARE(sheet->rows.at(4), (QStringList{"top", "", "after"}));
    QVERIFY(sheet->rows.at(5).isEmpty() && sheet->rows.at(1'000'004).isEmpty());
    QCOMPARE(sheet->rows.at(1'000'005), QStringList{"after a million empty rows"});
    const auto second = readWorkbookSheet(path(QStringLiteral("features.ods")), QStringLiteral("Second"), &error);
    QVERIFY2(second, qPrintable(error));
    QCOMPARE(second->rows, (Rows{{"", "second"}}));
}

void TestWorkbook::odsEmptyRepeatedRowsAllocateNothing()
{
    // 1,048,576 rows of 16,384 empty cells: nothing to allocate, and a cell limit of one is enough.
    SheetLimits limits;
    limits.maxCells = 1;
    QString error;
    const auto sheet = readWorkbookSheet(path(QStringLiteral("features.ods")), QStringLiteral("Empty rows only"), &error, limits);
    QVERIFY2(sheet, qPrintable(error));
    QVERIFY(sheet->rows.isEmpty());
}

void TestWorkbook::refuses_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<QString>("error");

    QTest::newRow("empty file") << "empty.xlsx"
                                << "“empty.xlsx” cannot be read: it is empty (0 bytes)";
    QTest::newRow("renamed text file") << "returns.xlsx"
                                       << "“returns.xlsx” cannot be read: it is text, not the zip archive an XLSX or ODS "
                                          "workbook is (a CSV or TSV file given the name of a workbook?)";
    QTest::newRow("binary file") << "binary.ods"
                                 << "“binary.ods” cannot be read: it is not the zip archive an XLSX or ODS workbook is";
    QTest::newRow("xls file") << "old.xlsx"
                              << "“old.xlsx” cannot be read: it is an Excel 97–2003 workbook (.xls) or a workbook protected by "
                                 "a password; save it from the spreadsheet as .xlsx or .ods without a password";
    QTest::newRow("missing file") << "missing.xlsx"
                                  << "“missing.xlsx” cannot be read: it does not exist";
    QTest::newRow("zip without workbook") << "photos.xlsx"
                                          << "“photos.xlsx” cannot be read: it is a zip archive but not a workbook: it holds "
                                             "neither xl/workbook.xml (XLSX) nor content.xml (ODS)";
    QTest::newRow("word document") << "letter.xlsx"
                                   << "“letter.xlsx” cannot be read: it is a Word document, not a workbook";
    QTest::newRow("opendocument text") << "letter.ods"
                                       << "“letter.ods” cannot be read: it is an OpenDocument text document, not a "
                                          "spreadsheet";
    QTest::newRow("opendocument body not a spreadsheet") << "body.ods"
                                                         << "“body.ods” cannot be read: it is an OpenDocument file but not "
                                                            "a spreadsheet";
    QTest::newRow("damaged zip") << "cut.xlsx"
                                 << "“cut.xlsx” cannot be read: it is a damaged zip archive: its directory cannot be read";
    QTest::newRow("malformed xml") << "malformed.xlsx"
                                   << "“malformed.xlsx” cannot be read: its part xl/worksheets/sheet1.xml is not well-formed "
                                      "XML (line 1, column ";
    QTest::newRow("xml that ends early") << "short.xlsx"
                                         << "“short.xlsx” cannot be read: its part xl/worksheets/sheet1.xml ends before its "
                                            "XML does";
    QTest::newRow("shared string it does not have") << "strings.xlsx"
                                                    << "“strings.xlsx” cannot be read: cell B2 of sheet “Sheet1” refers to "
                                                       "shared string 99, which the workbook does not have";
    QTest::newRow("cell beyond the last column") << "wide.xlsx"
                                                 << "“wide.xlsx” cannot be read: its sheet “Sheet1” has a cell beyond the "
                                                    "last row or column a sheet has";
    QTest::newRow("reference that names no cell") << "reference.xlsx"
                                                  << "“reference.xlsx” cannot be read: its sheet “Sheet1” has a cell “1A”, "
                                                     "which names no cell";
    QTest::newRow("ods cell beyond the last row") << "tall.ods"
                                                  << "“tall.ods” cannot be read: its sheet “Sheet1” has a cell beyond the "
                                                     "last row a sheet has";
    QTest::newRow("workbook part missing its sheet") << "nosheet.xlsx"
                                                     << "“nosheet.xlsx” cannot be read: it has no part "
                                                        "xl/worksheets/sheet1.xml, which holds its sheet “Sheet1”";
}

void TestWorkbook::refuses()
{
    QFETCH(QString, file);
    QFETCH(QString, error);
    const QString target = path(file);
    const QByteArray oneCell = "<sheetData><row r=\"1\"><c r=\"A1\"><v>1</v></c></row></sheetData>";
    const QHash<QString, std::function<bool()>> make{
        {"empty.xlsx", [&] { return writeFile(target, {}); }},
        {"returns.xlsx", [&] { return writeFile(target, readFile(fixture(QStringLiteral("messy-returns.csv")))); }},
        {"binary.ods", [&] { return writeFile(target, QByteArray("\x7F" "ELF\x02\x01\x01\x00\x00\x00\x00\x00", 12)); }},
        {"old.xlsx", [&] { return writeFile(target, QByteArray("\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1", 8) + QByteArray(504, '\0')); }},
        {"missing.xlsx", [] { return true; }},
        {"photos.xlsx", [&] { return writeZip(target, {{QStringLiteral("photo.txt"), "not a photo"}}); }},
        {"letter.xlsx",
         [&] {
             return writeZip(target, {{QStringLiteral("[Content_Types].xml"), "<Types/>"},
                                      {QStringLiteral("word/document.xml"), "<document/>"}});
         }},
        {"letter.ods", [&] { return writeZip(target, ods({}, "application/vnd.oasis.opendocument.text")); }},
        {"body.ods",
         [&] {
             Parts parts = ods("<text:p>words</text:p>", {}, "text");
             parts.removeFirst(); // the mimetype: content.xml says what it is
             return writeZip(target, parts);
         }},
        {"cut.xlsx",
         [&] {
             const QByteArray whole = readFile(fixture(QStringLiteral("messy-returns.xlsx")));
             return writeFile(target, whole.left(whole.size() / 2));
         }},
        {"malformed.xlsx", [&] { return writeZip(target, xlsx({{"Sheet1", "<sheetData><row></sheetData>"}})); }},
        {"short.xlsx",
         [&] {
             Parts parts = xlsx({{"Sheet1", oneCell}});
             for (auto &[name, bytes] : parts) {
                 if (name == QLatin1String("xl/worksheets/sheet1.xml"))
                     bytes.chop(30);
             }
             return writeZip(target, parts);
         }},
        {"strings.xlsx",
         [&] {
             return writeZip(target, xlsx({{"Sheet1", "<sheetData><row r=\"2\"><c r=\"B2\" t=\"s\"><v>99</v></c></row></sheetData>"}},
                                          "<si><t>only</t></si>"));
         }},
        {"wide.xlsx",
         [&] { return writeZip(target, xlsx({{"Sheet1", "<sheetData><row r=\"1\"><c r=\"XFE1\"><v>1</v></c></row></sheetData>"}})); }},
        {"reference.xlsx",
         [&] { return writeZip(target, xlsx({{"Sheet1", "<sheetData><row r=\"1\"><c r=\"1A\"><v>1</v></c></row></sheetData>"}})); }},
        {"tall.ods",
         [&] {
             return writeZip(target, ods("<table:table table:name=\"Sheet1\"><table:table-row table:number-rows-repeated=\"1048576\">"
                                         "<table:table-cell/></table:table-row><table:table-row><table:table-cell "
                                         "office:value-type=\"string\"><text:p>too far</text:p></table:table-cell>"
                                         "</table:table-row></table:table>"));
         }},
        {"nosheet.xlsx",
         [&] {
             Parts parts = xlsx({{"Sheet1", oneCell}});
             parts.removeIf([](const auto &part) { return part.first == QLatin1String("xl/worksheets/sheet1.xml"); });
             return writeZip(target, parts);
         }},
    };
    QVERIFY(make.contains(file));
    QVERIFY(make.value(file)());
    QString message;
    QVERIFY(!readWorkbookSheet(target, QString(), &message));
    if (error.endsWith(QLatin1String("column "))) // Qt's own words follow
        QVERIFY2(message.startsWith(error), qPrintable(message));
    else
        QCOMPARE(message, error);
    // The sheet names are refused alike, but for what only reading a sheet finds.
    QString namesMessage;
    const auto names = workbookSheetNames(target, &namesMessage);
    if (!names)
        QVERIFY2(namesMessage.startsWith(QStringLiteral("“%1” cannot be read: ").arg(file)), qPrintable(namesMessage));
}

void TestWorkbook::zipBombRefusedBeforeInflating()
{
    // A worksheet of 4 MB of blanks deflates to a few KB; the limit here is 1 MB.
    const QByteArray blanks(4 * 1024 * 1024, ' ');
    const QString bomb = path(QStringLiteral("bomb.xlsx"));
    QVERIFY(writeZip(bomb, xlsx({{"Sheet1", "<sheetData>" + blanks + "</sheetData>"}})));
    QVERIFY(QFileInfo(bomb).size() < 16 * 1024);
    SheetLimits limits;
    limits.maxUnpackedBytes = 1024 * 1024;
    QString error;
    QVERIFY(!readWorkbookSheet(bomb, QString(), &error, limits));
    QCOMPARE(error, QStringLiteral("“bomb.xlsx” cannot be read: its part xl/worksheets/sheet1.xml would unpack to 4 MB, more "
                                   "than the 1 MB allowed (a zip bomb?)"));
    QVERIFY(!workbookSheetNames(bomb, &error, limits));
    // Refused when it was opened: not a byte of it inflated.
    ZipContainer zip(limits);
    QVERIFY(!zip.open(bomb, &error));
    QCOMPARE(zip.inflatedBytes(), qint64(0));

    // Parts that are each under the limit but together over it.
    const QString pair = path(QStringLiteral("pair.xlsx"));
    const QByteArray half(700 * 1024, ' ');
    QVERIFY(writeZip(pair, xlsx({{"Sheet1", "<sheetData>" + half + "</sheetData>"}}, "<si><t>x</t></si>" + half)));
    QVERIFY(!readWorkbookSheet(pair, QString(), &error, limits));
    QCOMPARE(error, QStringLiteral("“pair.xlsx” cannot be read: its parts would unpack to more than the 1 MB allowed (a zip bomb?)"));
    // With the default limits both are read.
    QVERIFY2(readWorkbookSheet(pair, QString(), &error), qPrintable(error));
}

void TestWorkbook::zipBombThatUnderstatesItsSizeIsStoppedWhileInflating()
{
    // The same 4 MB of blanks, its headers claiming 10 KB: inflating stops at the 10 KB claimed,
    // and the part is refused as not what its header says.
    const QString bomb = path(QStringLiteral("liar.xlsx"));
    QVERIFY(writeZip(bomb, xlsx({{"Sheet1", "<sheetData>" + QByteArray(4 * 1024 * 1024, ' ') + "</sheetData>"}})));
    QByteArray zip = readFile(bomb);
    QVERIFY(test::claimUnpackedSize(zip, "xl/worksheets/sheet1.xml", 10 * 1024));
    QVERIFY(writeFile(bomb, zip));
    SheetLimits limits;
    limits.maxUnpackedBytes = 1024 * 1024;
    QString error;
    QVERIFY(!readWorkbookSheet(bomb, QString(), &error, limits));
    QCOMPARE(error, QStringLiteral("“liar.xlsx” cannot be read: its part xl/worksheets/sheet1.xml is damaged: it does not "
                                   "unpack to what its header says (a damaged file, or a zip bomb that understates its "
                                   "size)"));
    ZipContainer container(limits);
    QVERIFY(container.open(bomb, &error));
    QVERIFY(!container.read(QStringLiteral("xl/worksheets/sheet1.xml"), &error));
    QVERIFY2(container.inflatedBytes() <= 10 * 1024, qPrintable(QString::number(container.inflatedBytes())));
}

void TestWorkbook::limits_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<qint64>("maxInputBytes");
    QTest::addColumn<qint64>("maxCells");
    QTest::addColumn<QString>("error");
    QTest::newRow("xlsx larger than the input limit")
        << fixture(QStringLiteral("messy-returns.xlsx")) << qint64(4096) << qint64(1000)
        << "“messy-returns.xlsx” cannot be read: it is 7 KB, larger than the 4 KB that can be imported";
    QTest::newRow("xlsx with more cells than the limit")
        << fixture(QStringLiteral("messy-returns.xlsx")) << qint64(1 << 20) << qint64(20)
        << "“messy-returns.xlsx” cannot be read: its sheet “2022-23 returns” holds more than 20 cells, more than can be "
           "imported";
    QTest::newRow("ods with more cells than the limit")
        << fixture(QStringLiteral("messy-returns.ods")) << qint64(1 << 20) << qint64(20)
        << "“messy-returns.ods” cannot be read: its sheet “2022-23 returns” holds more than 20 cells, more than can be "
           "imported";
    QTest::newRow("ods repeating a cell past the limit")
        << path(QStringLiteral("features.ods")) << qint64(1 << 20) << qint64(1000)
        << "“features.ods” cannot be read: its sheet “Features” holds more than 1000 cells, more than can be imported";
}

void TestWorkbook::limits()
{
    QFETCH(QString, file);
    QFETCH(qint64, maxInputBytes);
    QFETCH(qint64, maxCells);
    QFETCH(QString, error);
    SheetLimits limits;
    limits.maxInputBytes = maxInputBytes;
    limits.maxCells = maxCells;
    QString message;
    QVERIFY(!readWorkbookSheet(file, QString(), &message, limits));
    QCOMPARE(message, error);
}

void TestWorkbook::detectsFormat_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<QByteArray>("copyOf"); // a fixture copied under the file's name; empty: the file as it is
    QTest::addColumn<SheetFormat>("format");
    QTest::newRow("xlsx") << fixture(QStringLiteral("messy-returns.xlsx")) << QByteArray() << SheetFormat::Xlsx;
    QTest::newRow("ods") << fixture(QStringLiteral("messy-returns.ods")) << QByteArray() << SheetFormat::Ods;
    QTest::newRow("csv") << fixture(QStringLiteral("messy-returns.csv")) << QByteArray() << SheetFormat::DelimitedText;
    QTest::newRow("tsv") << fixture(QStringLiteral("derbyshire-letter-table.tsv")) << QByteArray() << SheetFormat::DelimitedText;
    QTest::newRow("xlsx named .csv") << path(QStringLiteral("workbook.csv")) << QByteArray("messy-returns.xlsx")
                                     << SheetFormat::Xlsx;
    QTest::newRow("ods named .xlsx") << path(QStringLiteral("workbook.xlsx")) << QByteArray("messy-returns.ods")
                                     << SheetFormat::Ods;
    QTest::newRow("text named .xlsx") << path(QStringLiteral("text.xlsx")) << QByteArray("messy-returns.csv")
                                      << SheetFormat::Xlsx;
    QTest::newRow("text named .dat") << path(QStringLiteral("text.dat")) << QByteArray("messy-returns.csv")
                                     << SheetFormat::DelimitedText;
    QTest::newRow("zip named .zip") << path(QStringLiteral("other.zip")) << QByteArray("zip") << SheetFormat::Unknown;
    QTest::newRow("binary named .bin") << path(QStringLiteral("binary.bin")) << QByteArray("binary") << SheetFormat::Unknown;
}

void TestWorkbook::detectsFormat()
{
    QFETCH(QString, file);
    QFETCH(QByteArray, copyOf);
    QFETCH(SheetFormat, format);
    if (copyOf == "zip")
        QVERIFY(writeZip(file, {{QStringLiteral("a.txt"), "a"}}));
    else if (copyOf == "binary")
        QVERIFY(writeFile(file, QByteArray("\x01\x02\x00\x00\x03", 5)));
    else if (!copyOf.isEmpty())
        QVERIFY(writeFile(file, readFile(fixture(QString::fromLatin1(copyOf)))));
    QCOMPARE(detectSheetFormat(file), format);
}

void TestWorkbook::appsOwnWorkbookReadsBack()
{
    // libxlsxwriter (writing) and QuaZip (reading) in one process: each carries a minizip under
    // the same names (formats/xlsxzip.cpp). The comparison workbook the app exports reads back
    // with the CSV export's header and a row for each of its rows, then the totals.
    const Comparison comparison = computeComparison(sampleProject());
    const QString file = path(QStringLiteral("comparison.xlsx"));
    QString error;
    QVERIFY2(writeComparisonXlsx(comparison, file, &error), qPrintable(error));
    const auto names = workbookSheetNames(file, &error);
    QVERIFY2(names, qPrintable(error));
    QVERIFY(names->contains(QStringLiteral("Comparison")));
    const auto sheet = readWorkbookSheet(file, QStringLiteral("Comparison"), &error);
    QVERIFY2(sheet, qPrintable(error));
    const QList<QStringList> csv = parseCsv(QString::fromUtf8(exportComparisonCsv(comparison)));
    QVERIFY(csv.size() > 1);
    QCOMPARE(sheet->rows.at(0), csv.constFirst());
    QVERIFY(sheet->rows.size() > csv.size()); // then a blank row and the totals
    for (qsizetype r = 1; r < csv.size(); ++r)
        QCOMPARE(sheet->rows.at(r).value(0), csv[r].value(0)); // the area
    QVERIFY(sheet->rows.at(csv.size()).isEmpty());
}

QTEST_GUILESS_MAIN(TestWorkbook)
#include "tst_workbook.moc"
