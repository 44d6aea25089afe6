// CSV and TSV as the importer reads them: encodings, delimiters, line ends, quoting, the
// clipboard, the fixtures typed by hand, and every refusal with its exact message.
#include "formats/csv.h"
#include "formats/delimitedtext.h"

#include <QStringEncoder>
#include <QTemporaryDir>
#include <QtTest>

using namespace dapp;

namespace {

using Rows = QList<QStringList>;

QString fixture(const QString &name) { return QStringLiteral(DAPP_SOURCE_DIR "/tests/formats/fixtures/") + name; }

QByteArray utf16(const QString &text, QStringConverter::Encoding encoding)
{
    QStringEncoder encoder(encoding, QStringEncoder::Flag::WriteBom);
    return encoder(text);
}

} // namespace

class TestDelimitedText : public QObject
{
    Q_OBJECT
private slots:
    void reads_data();
    void reads();
    void refuses_data();
    void refuses();
    void givenDelimiterIsUsed();
    void quoteCannotBeTheDelimiter();
    void limitsRefuseTooManyCellsAndBytes();
    void clipboardBlockFromASpreadsheet();
    void handTypedFixtures();
    void fileNamesTheSheetAndIsRefusedWhenMissing();
    void fileLargerThanTheLimitIsRefused();
    void fiftyMegabyteFileIsReadWhole();
    void aLargeTextIsReadInHalvesAsInOne_data();
    void aLargeTextIsReadInHalvesAsInOne();
    void aLargeTextIsDecodedInHalvesAsInOne_data();
    void aLargeTextIsDecodedInHalvesAsInOne();
};

void TestDelimitedText::reads_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("encoding");
    QTest::addColumn<QString>("delimiter");
    QTest::addColumn<QString>("lineEnds");
    QTest::addColumn<Rows>("rows");

    const QString pound = QStringLiteral("£");
    QTest::newRow("utf-8 commas") << QByteArray("Area,Budget\nDerbyshire,264244.70\n") << "a.csv"
                                  << "UTF-8" << ","
                                  << "LF" << Rows{{"Area", "Budget"}, {"Derbyshire", "264244.70"}};
    QTest::newRow("utf-8 pound sign") << QByteArray("Area,Budget\nDerbyshire,\xC2\xA3" "44161\n") << "a.csv"
                                      << "UTF-8" << ","
                                      << "LF" << Rows{{"Area", "Budget"}, {"Derbyshire", pound + "44161"}};
    QTest::newRow("utf-8 bom semicolons")
        << QByteArray("\xEF\xBB\xBF" "Area;Budget\r\nDerbyshire;\xC2\xA3" "264,244.70\r\n") << "a.csv"
        << "UTF-8 with BOM" << ";"
        << "CRLF" << Rows{{"Area", "Budget"}, {"Derbyshire", pound + "264,244.70"}};
    QTest::newRow("windows-1252 pound sign")
        << QByteArray("Area,Budget\r\nDerbyshire,\xA3" "44161\r\n") << "a.csv"
        << "Windows-1252" << ","
        << "CRLF" << Rows{{"Area", "Budget"}, {"Derbyshire", pound + "44161"}};
    QTest::newRow("windows-1252 curly apostrophe and dash")
        << QByteArray("Programme,Risk\r\nDena\x92s Group,Standard \x96 Adults\r\n") << "a.csv"
        << "Windows-1252" << ","
        << "CRLF"
        << Rows{{"Programme", "Risk"}, {QStringLiteral("Dena’s Group"), QStringLiteral("Standard – Adults")}};
    QTest::newRow("utf-8 with some windows-1252")
        << QByteArray("Programme,Budget\nDena\xE2\x80\x99s Group,\xA3" "5\n") << "a.csv"
        << "UTF-8 with some Windows-1252 characters" << ","
        << "LF" << Rows{{"Programme", "Budget"}, {QStringLiteral("Dena’s Group"), pound + "5"}};
    QTest::newRow("utf-16le with bom, tabs")
        << utf16(QStringLiteral("Area\tBudget\r\nDerbyshire\t£44161\r\n"), QStringConverter::Utf16LE) << "a.txt"
        << "UTF-16LE with BOM" << "\t"
        << "CRLF" << Rows{{"Area", "Budget"}, {"Derbyshire", pound + "44161"}};
    QTest::newRow("utf-16be with bom, commas")
        << utf16(QStringLiteral("Area,Budget\nDerbyshire,£44161\n"), QStringConverter::Utf16BE) << "a.csv"
        << "UTF-16BE with BOM" << ","
        << "LF" << Rows{{"Area", "Budget"}, {"Derbyshire", pound + "44161"}};
    QTest::newRow("tabs") << QByteArray("a\tb\tc\n1\t2\t3\n") << "a.txt"
                          << "UTF-8" << "\t"
                          << "LF" << Rows{{"a", "b", "c"}, {"1", "2", "3"}};
    QTest::newRow("pipes") << QByteArray("a|b|c\n1|2|3\n") << "a.txt"
                           << "UTF-8" << "|"
                           << "LF" << Rows{{"a", "b", "c"}, {"1", "2", "3"}};
    QTest::newRow("CR line ends") << QByteArray("a,b\r1,2\r") << "a.csv"
                                  << "UTF-8" << ","
                                  << "CR" << Rows{{"a", "b"}, {"1", "2"}};
    QTest::newRow("mixed line ends") << QByteArray("a,b\r\n1,2\n3,4\r5,6") << "a.csv"
                                     << "UTF-8" << ","
                                     << "mixed" << Rows{{"a", "b"}, {"1", "2"}, {"3", "4"}, {"5", "6"}};
    QTest::newRow("one line without an end") << QByteArray("a,b") << "a.csv"
                                             << "UTF-8" << ","
                                             << "none" << Rows{{"a", "b"}};
    QTest::newRow("quoted newline") << QByteArray("a,b\r\n\"two\r\nlines\",x\r\n\"and\nthree\rkinds\",y\r\n") << "a.csv"
                                    << "UTF-8" << ","
                                    << "CRLF" << Rows{{"a", "b"}, {"two\r\nlines", "x"}, {"and\nthree\rkinds", "y"}};
    QTest::newRow("quoted delimiters and quotes")
        << QByteArray("name,what\n\"New Dawn, New Day\",\"the \"\"Drive\"\" project\"\n") << "a.csv"
        << "UTF-8" << ","
        << "LF" << Rows{{"name", "what"}, {"New Dawn, New Day", "the \"Drive\" project"}};
    QTest::newRow("ragged rows kept") << QByteArray("a,b,c\n1,2\n1,2,3,4\n") << "a.csv"
                                      << "UTF-8" << ","
                                      << "LF" << Rows{{"a", "b", "c"}, {"1", "2"}, {"1", "2", "3", "4"}};
    QTest::newRow("trailing empty cells kept") << QByteArray("a,b,,\n1,,,\n") << "a.csv"
                                               << "UTF-8" << ","
                                               << "LF" << Rows{{"a", "b", "", ""}, {"1", "", "", ""}};
    QTest::newRow("blank line is a row") << QByteArray("a,b\n\n1,2\n") << "a.csv"
                                         << "UTF-8" << ","
                                         << "LF" << Rows{{"a", "b"}, {""}, {"1", "2"}};
    QTest::newRow("semicolons with decimal commas")
        << QByteArray("area;budget;rate\nDerbyshire;264244,70;0,5\nGlow;1,5;2\n") << "a.csv"
        << "UTF-8" << ";"
        << "LF" << Rows{{"area", "budget", "rate"}, {"Derbyshire", "264244,70", "0,5"}, {"Glow", "1,5", "2"}};
    QTest::newRow("tabs with commas in cells")
        << QByteArray("\tGlow\tSalcare\n8. Referrers\tSocial Workers, Probation, Police\tPolice/MARAC\n") << "t.txt"
        << "UTF-8" << "\t"
        << "LF"
        << Rows{{"", "Glow", "Salcare"}, {"8. Referrers", "Social Workers, Probation, Police", "Police/MARAC"}};
    QTest::newRow("one column, csv name") << QByteArray("Area\nDerbyshire\n") << "a.csv"
                                          << "UTF-8" << ","
                                          << "LF" << Rows{{"Area"}, {"Derbyshire"}};
    QTest::newRow("one column, tsv name") << QByteArray("Area\nDerbyshire\n") << "a.tsv"
                                          << "UTF-8" << "\t"
                                          << "LF" << Rows{{"Area"}, {"Derbyshire"}};
    QTest::newRow("a tsv name prefers tabs on a tie") << QByteArray("a,b\tc\n") << "a.tsv"
                                                      << "UTF-8" << "\t"
                                                      << "LF" << Rows{{"a,b", "c"}};
}

void TestDelimitedText::reads()
{
    QFETCH(QByteArray, bytes);
    QFETCH(QString, name);
    QFETCH(QString, encoding);
    QFETCH(QString, delimiter);
    QFETCH(QString, lineEnds);
    QFETCH(Rows, rows);
    TextLayout layout;
    QString error;
    const auto sheet = readDelimitedText(bytes, name, &layout, &error);
    QVERIFY2(sheet, qPrintable(error));
    QVERIFY(error.isEmpty());
    QCOMPARE(sheet->name, name);
    QCOMPARE(sheet->rows, rows);
    QCOMPARE(layout.encoding, encoding);
    QCOMPARE(QString(layout.delimiter), delimiter);
    QCOMPARE(layout.lineEnds, lineEnds);
}

void TestDelimitedText::refuses_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<QString>("error");

    QByteArray elf("\x7F" "ELF\x02\x01\x01", 7);
    elf.append(QByteArray(64, '\0'));
    QByteArray controls;
    for (int i = 0; i < 20; ++i)
        controls += "ab\x01\x02\x03";
    QTest::newRow("empty file") << QByteArray() << "“x.csv” cannot be read: it is empty (0 bytes)";
    QTest::newRow("only blank lines and delimiters")
        << QByteArray("\r\n\r\n , ,\r\n") << "“x.csv” cannot be read: it holds no values, only blank lines, spaces and delimiters";
    QTest::newRow("only a byte-order mark")
        << QByteArray("\xEF\xBB\xBF") << "“x.csv” cannot be read: it holds no values, only blank lines, spaces and delimiters";
    QTest::newRow("binary file") << elf
                                 << "“x.csv” cannot be read: it is not text: byte 8 is a NUL (zero) byte, which no CSV or "
                                    "TSV text holds";
    QTest::newRow("utf-16 holding a NUL")
        << utf16(QStringLiteral("ab") + QChar(0) + QStringLiteral("c"), QStringConverter::Utf16LE)
        << "“x.csv” cannot be read: it is not text: byte 7 is a NUL (zero) byte, which no CSV or TSV text holds";
    QTest::newRow("utf-16 with half a surrogate pair")
        << QByteArray("\xFF\xFE" "a\0\x00\xD8" "b\0", 8)
        << "“x.csv” cannot be read: it starts with a UTF-16 byte-order mark but is not UTF-16 text";
    QTest::newRow("control characters")
        << controls << "“x.csv” cannot be read: it is not text: 60 of its characters are control characters (the first is byte 3)";
    QTest::newRow("truncated quote")
        << QByteArray("Provider,Programme\nThe Elm Foundation,Changes\n\"Glow,The Keys Project\n")
        << "“x.csv” cannot be read: row 3, column 1: a quoted field is never closed (it starts with “Glow,The Keys Project”)";
    QTest::newRow("truncated quote after a quoted newline")
        << QByteArray("a,\"two\nlines\"\nb,\"Glow")
        << "“x.csv” cannot be read: row 2 (line 3), column 2: a quoted field is never closed (it starts with “Glow”)";
    QTest::newRow("truncated quote shows only its start")
        << QByteArray("a,\"The Name/Title/Scope of the commissioned programme\n")
        << "“x.csv” cannot be read: row 1, column 2: a quoted field is never closed (it starts with “The Name/Title/Scope of the "
           "co”)";
    QTest::newRow("xlsx given as csv") << QByteArray("PK\x03\x04\x14\x00\x00\x00", 8)
                                       << "“x.csv” cannot be read: it is a zip archive (an XLSX or ODS workbook?), not CSV or "
                                          "TSV text";
    QTest::newRow("xls given as csv") << QByteArray("\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1\x00\x00", 10)
                                      << "“x.csv” cannot be read: it is an Excel 97–2003 workbook (.xls) or another Office "
                                         "file, not CSV or TSV text";
    QTest::newRow("pdf given as csv") << QByteArray("%PDF-1.7\n%\xE2\xE3\xCF\xD3\n")
                                      << "“x.csv” cannot be read: it is a PDF document, not CSV or TSV text";
}

void TestDelimitedText::refuses()
{
    QFETCH(QByteArray, bytes);
    QFETCH(QString, error);
    TextLayout layout{QStringLiteral("untouched"), QLatin1Char('x'), QStringLiteral("untouched")};
    QString message;
    QVERIFY(!readDelimitedText(bytes, QStringLiteral("x.csv"), &layout, &message));
    QCOMPARE(message, error);
    QCOMPARE(layout.encoding, QStringLiteral("untouched"));
}

void TestDelimitedText::givenDelimiterIsUsed()
{
    TextLayout layout;
    QString error;
    const auto sheet = readDelimitedText("a;b,c\n1;2,3\n", QStringLiteral("a.csv"), &layout, &error, QLatin1Char(','));
    QVERIFY2(sheet, qPrintable(error));
    QCOMPARE(sheet->rows, (Rows{{"a;b", "c"}, {"1;2", "3"}}));
    QCOMPARE(layout.delimiter, QLatin1Char(','));
    // Without it, the semicolon is as consistent and comes with the same count: the order decides.
    QVERIFY(readDelimitedText("a;b,c\n1;2,3\n", QStringLiteral("a.csv"), &layout, &error));
    QCOMPARE(layout.delimiter, QLatin1Char(','));
}

void TestDelimitedText::quoteCannotBeTheDelimiter()
{
    QString error;
    QVERIFY(!readDelimitedText("a,b\n", QStringLiteral("a.csv"), nullptr, &error, QLatin1Char('"')));
    QCOMPARE(error, QStringLiteral("“a.csv” cannot be read: “\"” cannot separate its fields"));
}

void TestDelimitedText::limitsRefuseTooManyCellsAndBytes()
{
    QString error;
    SheetLimits limits;
    limits.maxCells = 5;
    QVERIFY(readDelimitedText("a,b\n1,2\n3\n", QStringLiteral("a.csv"), nullptr, &error, std::nullopt, limits));
    QVERIFY(!readDelimitedText("a,b\n1,2\n3,4\n", QStringLiteral("a.csv"), nullptr, &error, std::nullopt, limits));
    QCOMPARE(error, QStringLiteral("“a.csv” cannot be read: it holds more than 5 cells, more than can be imported"));

    limits = {};
    limits.maxInputBytes = 10;
    QVERIFY(!readDelimitedText("Area,Budget\n", QStringLiteral("a.csv"), nullptr, &error, std::nullopt, limits));
    QCOMPARE(error, QStringLiteral("“a.csv” cannot be read: it is 12 bytes, larger than the 10 bytes that can be imported"));
}

void TestDelimitedText::clipboardBlockFromASpreadsheet()
{
    // What Excel and LibreOffice put on the clipboard: tabs, CRLF, a cell with a line break quoted.
    TextLayout layout;
    QString error;
    const auto sheet = readDelimitedText("Glow\t\"two\nlines\"\t15\r\nSalcare\t\t23\r\n", QStringLiteral("Clipboard"), &layout,
                                         &error, QLatin1Char('\t'));
    QVERIFY2(sheet, qPrintable(error));
    QCOMPARE(sheet->name, QStringLiteral("Clipboard"));
    QCOMPARE(sheet->rows, (Rows{{"Glow", "two\nlines", "15"}, {"Salcare", "", "23"}}));
    QCOMPARE(layout.lineEnds, QStringLiteral("CRLF"));
}

void TestDelimitedText::handTypedFixtures()
{
    TextLayout layout;
    QString error;
    const auto messy = readDelimitedFile(fixture(QStringLiteral("messy-returns.csv")), &layout, &error);
    QVERIFY2(messy, qPrintable(error));
    QCOMPARE(messy->name, QStringLiteral("messy-returns.csv"));
    QCOMPARE(layout.encoding, QStringLiteral("UTF-8"));
    QCOMPARE(layout.delimiter, QLatin1Char(','));
    QCOMPARE(layout.lineEnds, QStringLiteral("LF"));
    QCOMPARE(messy->rows.size(), 6);
    QCOMPARE(messy->rows.at(1), (QStringList{"Avon & Somerset", "2022/23", "Male", "Drive", "provider", "N/A", "101", "77",
                                          QStringLiteral("£299,643.92"), "25/07/2023", ""}));
    QCOMPARE(messy->rows.at(4)[3], QStringLiteral("Dena’s Group"));
    QCOMPARE(messy->rows.at(5)[10], QStringLiteral("two lines:\n\"quoted\" and, a comma"));

    const auto letter = readDelimitedFile(fixture(QStringLiteral("derbyshire-letter-table.tsv")), &layout, &error);
    QVERIFY2(letter, qPrintable(error));
    QCOMPARE(layout.delimiter, QLatin1Char('\t'));
    QCOMPARE(letter->rows.size(), 12);
    QCOMPARE(letter->rows.at(0), (QStringList{"", "The Elm Foundation", "Glow", "Glow", "Salcare"}));
    QCOMPARE(letter->rows.at(9), QStringList{"Link to evaluation of programme efficacy:"});
    QCOMPARE(letter->rows.at(11), (QStringList{"10. Budget inclusive of Running Costs", QStringLiteral("£264,244.70"),
                                            QStringLiteral("£154,810.22"), QStringLiteral("£299,643.92"),
                                            QStringLiteral("£44,161")}));
}

void TestDelimitedText::fileNamesTheSheetAndIsRefusedWhenMissing()
{
    QString error;
    QVERIFY(!readDelimitedFile(QStringLiteral("/nonexistent/returns.csv"), nullptr, &error));
    QCOMPARE(error, QStringLiteral("“returns.csv” cannot be read: it does not exist"));
    QTemporaryDir dir;
    QVERIFY(!readDelimitedFile(dir.path(), nullptr, &error));
    QVERIFY2(error.endsWith(QStringLiteral("cannot be read: it is a folder, not a file")), qPrintable(error));
}

void TestDelimitedText::fileLargerThanTheLimitIsRefused()
{
    SheetLimits limits;
    limits.maxInputBytes = 100;
    QString error;
    QVERIFY(!readDelimitedFile(fixture(QStringLiteral("messy-returns.csv")), nullptr, &error, std::nullopt, limits));
    QCOMPARE(error, QStringLiteral("“messy-returns.csv” cannot be read: it is 589 bytes, larger than the 100 bytes that can "
                                   "be imported"));
}

void TestDelimitedText::fiftyMegabyteFileIsReadWhole()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("large.csv"));
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    const QByteArray header("area,financial_year,cohort,programme,provider,budget_gbp,referrers,caveats\r\n");
    const QByteArray note(300, 'x');
    file.write(header);
    qint64 rows = 0;
    while (file.size() < 50LL * 1024 * 1024) {
        file.write(QByteArrayLiteral("Avon & Somerset,2022/23,male,Drive ") + QByteArray::number(rows)
                   + QByteArrayLiteral(",provider,\"\xC2\xA3" "264,244.70\",\"Police, Probation\",") + note + "\r\n");
        ++rows;
    }
    file.close();
    TextLayout layout;
    QString error;
    const auto sheet = readDelimitedFile(path, &layout, &error);
    QVERIFY2(sheet, qPrintable(error));
    QCOMPARE(sheet->rows.size(), qsizetype(rows + 1));
    QCOMPARE(sheet->rows.at(sheet->rows.size() - 1).size(), 8);
    QCOMPARE(sheet->rows.at(sheet->rows.size() - 1)[3], QStringLiteral("Drive %1").arg(rows - 1));
    QCOMPARE(sheet->rows.at(sheet->rows.size() - 1)[5], QStringLiteral("£264,244.70"));
    QCOMPARE(layout.delimiter, QLatin1Char(','));
    QCOMPARE(layout.lineEnds, QStringLiteral("CRLF"));
}

// A text of millions of characters is read in two halves at once, cut at a line feed near its
// middle: the rows, line ends and refusals are what one reading gives, also when that line
// feed is inside a quoted field, and when a quote is left open in the second half.
void TestDelimitedText::aLargeTextIsReadInHalvesAsInOne_data()
{
    QTest::addColumn<QString>("middle"); // what is put at the middle of the text
    QTest::addColumn<QString>("end");    // and at its end
    QTest::addColumn<QString>("lineEnd");
    QTest::newRow("plain") << QString() << QString() << QStringLiteral("\n");
    QTest::newRow("CR LF") << QString() << QString() << QStringLiteral("\r\n");
    QTest::newRow("a quoted field across the middle")
        << QStringLiteral("\"a note\n%1\n%1\nof many lines\",x,y\n").arg(QString(200, QLatin1Char('z'))) << QString()
        << QStringLiteral("\n");
    QTest::newRow("a quote left open in the second half")
        << QStringLiteral("\"one\ntwo\",x,y\r\n") << QStringLiteral("\"never\nclosed,x\n") << QStringLiteral("\r\n");
}

void TestDelimitedText::aLargeTextIsReadInHalvesAsInOne()
{
    QFETCH(QString, middle);
    QFETCH(QString, end);
    QFETCH(QString, lineEnd);
    QString text = QStringLiteral("a,b,c") + lineEnd;
    const int rows = 160000; // over 4 million characters
    for (int i = 0; i < rows; ++i)
        text += QStringLiteral("Row %1,\"Police, Probation\",%2").arg(i).arg(i % 97) + lineEnd;
    // At the start of a row a little before the middle, so that the middle falls inside it.
    text.insert(text.indexOf(lineEnd, text.size() / 2 - 100) + lineEnd.size(), middle);
    text += end;
    QVERIFY(text.size() > (4 << 20));
    const CsvScan one = scanCsv(text, QLatin1Char(','));
    QString error;
    TextLayout layout;
    const std::optional<Sheet> read = readDelimitedText(text.toUtf8(), QStringLiteral("big.csv"), &layout, &error);
    if (one.openQuoteRow > 0) {
        QVERIFY(!read);
        QCOMPARE(error, QStringLiteral("“big.csv” cannot be read: row %1 (line %2), column 1: a quoted field is never "
                                       "closed (it starts with “never”)")
                            .arg(one.openQuoteRow)
                            .arg(one.openQuoteLine));
        QCOMPARE(one.openQuoteRow, rows + 3);
        return;
    }
    QVERIFY2(read, qPrintable(error));
    QCOMPARE(read->rows.size(), one.rows.size());
    QVERIFY(read->rows == one.rows);
    QCOMPARE(layout.lineEnds, lineEnd == QLatin1String("\n") ? QStringLiteral("LF") : QStringLiteral("CRLF"));
}

// Millions of bytes of UTF-8 are checked and decoded in two halves at once, cut after a line
// feed near the middle: characters of two to four bytes on both sides of the cut, a NUL or a
// Windows-1252 byte in the second half, and control characters in both halves give what one
// pass over the whole gives.
void TestDelimitedText::aLargeTextIsDecodedInHalvesAsInOne_data()
{
    QTest::addColumn<QByteArray>("middle"); // put at the start of a row just after the middle
    QTest::addColumn<QByteArray>("end");    // and at the end
    QTest::addColumn<QString>("expected");  // the encoding, or the refusal
    QTest::newRow("UTF-8 on both sides") << QByteArray("\xC2\xA3" "5,\xF0\x9F\x98\x80,\xE2\x80\x9Cq\xE2\x80\x9D\n")
                                         << QByteArray("\xC3\xA9t\xC3\xA9,x,y\n") << QStringLiteral("UTF-8");
    QTest::newRow("a Windows-1252 pound in the second half")
        << QByteArray("\xA3" "5,x,y\n") << QByteArray() << QStringLiteral("UTF-8 with some Windows-1252 characters");
    QTest::newRow("a NUL in the second half") << QByteArray("a\0b,x,y\n", 8) << QByteArray()
                                              << QStringLiteral("NUL at the middle");
    QTest::newRow("control characters in both halves")
        << QByteArray("\x01,x,y\n") << QByteArray("\x02,x,y\n") << QStringLiteral("UTF-8");
    // More than one character in a hundred, all but one in the second half: counted together,
    // the first (in the first half) named by its place in the file.
    QTest::newRow("too many control characters in the second half")
        << QByteArray("\x01,x,y\n") << QByteArray(60000, '\x02') + '\n' << QStringLiteral("controls");
}

void TestDelimitedText::aLargeTextIsDecodedInHalvesAsInOne()
{
    QFETCH(QByteArray, middle);
    QFETCH(QByteArray, end);
    QFETCH(QString, expected);
    QByteArray bytes("a,b,c\n");
    for (int i = 0; bytes.size() < (5 << 20); ++i)
        bytes += "Row " + QByteArray::number(i) + ",\xC2\xA3" + QByteArray::number(i % 97) + ",\xE2\x80\x94\n";
    const qsizetype at = bytes.indexOf('\n', bytes.size() / 2 + 10) + 1;
    bytes.insert(at, middle);
    bytes += end;
    QString error;
    TextLayout layout;
    const std::optional<Sheet> read = readDelimitedText(bytes, QStringLiteral("big.csv"), &layout, &error);
    if (expected == QLatin1String("controls")) {
        QVERIFY(!read);
        QCOMPARE(error, QStringLiteral("“big.csv” cannot be read: it is not text: 60001 of its characters are control "
                                       "characters (the first is byte %1)")
                            .arg(at + 1));
        return;
    }
    if (expected.startsWith(QLatin1String("NUL"))) {
        QVERIFY(!read);
        QCOMPARE(error, QStringLiteral("“big.csv” cannot be read: it is not text: byte %1 is a NUL (zero) byte, which no "
                                       "CSV or TSV text holds")
                            .arg(at + 2));
        return;
    }
    QVERIFY2(read, qPrintable(error));
    QCOMPARE(layout.encoding, expected);
    // What one pass gives: each byte that is not UTF-8 read as Windows-1252 (here only 0xA3, £).
    QString whole = QString::fromUtf8(bytes);
    whole.replace(QChar::ReplacementCharacter, QChar(0xA3));
    QVERIFY(read->rows == scanCsv(whole, QLatin1Char(',')).rows);
    QVERIFY(read->rows.size() > 100000);
}

QTEST_GUILESS_MAIN(TestDelimitedText)
#include "tst_delimitedtext.moc"
