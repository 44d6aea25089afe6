// Letters read from files into text: the five sample letters as DOCX and PDF (LibreOffice made
// them, tests/letters/fixtures/README.md), their text in each encoding, and every kind of file
// that is refused, each with its exact sentence.
#include "letters/letterfile.h"
#include "letters/pdfpagetext.h"
#include "testsupport.h"

#include <QRandomGenerator>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QtTest>

#include <quazip.h>
#include <quazipfile.h>
#include <quazipnewinfo.h>

using namespace dapp;

Q_DECLARE_METATYPE(dapp::LetterFormat)

namespace {

const QString kDerbyshire = QStringLiteral("derbyshire-opcc-foi-27-2023");

QString fixture(const QString &name) { return QStringLiteral(DAPP_SOURCE_DIR "/tests/letters/fixtures/") + name; }

QString sampleText(const QString &letter)
{
    QFile file(QStringLiteral(DAPP_SOURCE_DIR "/resources/sample/letters/") + letter + QStringLiteral(".txt"));
    return file.open(QIODevice::ReadOnly) ? QString::fromUtf8(file.readAll()) : QString();
}

// The words, in order, whatever spaces, tabs and line ends stand between them.
QString words(const QString &text) { return text.simplified(); }

// Where two texts part, with a little of each from there, for a failure to show.
QByteArray whereTheyDiffer(const QString &actual, const QString &expected)
{
    qsizetype at = 0;
    while (at < actual.size() && at < expected.size() && actual[at] == expected[at])
        ++at;
    const auto around = [&](const QString &text) { return text.mid(std::max<qsizetype>(0, at - 40), 100); };
    return QStringLiteral("at %1: read «%2», expected «%3»").arg(at).arg(around(actual), around(expected)).toUtf8();
}

QStringList tableRows(const QString &text)
{
    QStringList rows;
    for (const QString &line : text.split(QLatin1Char('\n')))
        if (line.contains(QLatin1Char('\t')))
            rows.append(line);
    return rows;
}

QByteArray readFile(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

bool writeFile(const QString &path, const QByteArray &bytes)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly | QIODevice::Truncate) && file.write(bytes) == bytes.size();
}

bool writeZip(const QString &path, const QList<std::pair<QString, QByteArray>> &parts)
{
    QuaZip zip(path);
    if (!zip.open(QuaZip::mdCreate))
        return false;
    for (const auto &[name, bytes] : parts) {
        QuaZipFile file(&zip);
        if (!file.open(QIODevice::WriteOnly, QuaZipNewInfo(name)) || file.write(bytes) != bytes.size())
            return false;
        file.close();
    }
    zip.close();
    return zip.getZipError() == UNZ_OK;
}

const QByteArray kWordNamespace = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";

} // namespace

class TestLetterFile : public QObject
{
    Q_OBJECT
private slots:
    void sampleLettersReadBackAsTheirText_data();
    void sampleLettersReadBackAsTheirText();
    void derbyshireTableRowsAreOneLineEach_data();
    void derbyshireTableRowsAreOneLineEach();
    void plainText_data();
    void plainText();
    void renamedTextIsReadAsText();
    void docxBody();
    void refusals_data();
    void refusals();
    void zipBombIsRefusedBeforeInflating();
    void limits();
    void pastedText();
    void pageLayout();

private:
    QTemporaryDir m_dir;
    QString path(const QString &name) const { return m_dir.filePath(name); }
};

void TestLetterFile::sampleLettersReadBackAsTheirText_data()
{
    QTest::addColumn<QString>("letter");
    QTest::addColumn<QString>("extension");
    QTest::addColumn<LetterFormat>("format");
    for (const QString &letter : {QStringLiteral("avon-somerset-opcc-foi753"), kDerbyshire,
                                 QStringLiteral("leicestershire-panel-report-2023-07-26"),
                                 QStringLiteral("leicestershire-rutland-opcc-foi-0013-24"),
                                 QStringLiteral("unnamed-opcc-2023-24-023")}) {
        QTest::addRow("%s as docx", qPrintable(letter)) << letter << QStringLiteral("docx") << LetterFormat::Docx;
        QTest::addRow("%s as pdf", qPrintable(letter)) << letter << QStringLiteral("pdf") << LetterFormat::Pdf;
    }
}

void TestLetterFile::sampleLettersReadBackAsTheirText()
{
    QFETCH(QString, letter);
    QFETCH(QString, extension);
    QFETCH(LetterFormat, format);
    const QString expected = sampleText(letter);
    QVERIFY(!expected.isEmpty());
    QString error;
    const std::optional<LetterFile> read = readLetterFile(fixture(letter + QLatin1Char('.') + extension), &error);
    QVERIFY2(read, qPrintable(error));
    QCOMPARE(read->format, format);
    QVERIFY(!read->text.contains(QLatin1Char('\r')));
    // The words, exactly. LibreOffice neither hyphenates these letters nor leaves ligatures in the
    // PDF's text, but it does break a line after a hyphen of the text ("LLR-" / "wide"), and a PDF
    // keeps its lines: a line that ends in a hyphen is joined to the next, in both texts alike.
    const auto joinedAtHyphens = [](QString text) {
        static const QRegularExpression hyphenAtLineEnd(QStringLiteral("-[ \\t]*\\n\\s*"));
        return text.replace(hyphenAtLineEnd, QStringLiteral("-"));
    };
    const QString readWords = words(joinedAtHyphens(read->text));
    const QString expectedWords = words(joinedAtHyphens(expected));
    QVERIFY2(readWords == expectedWords, whereTheyDiffer(readWords, expectedWords));
    // A DOCX keeps a paragraph a line, an empty one too: the text as written (but the file's last
    // line end, as no paragraph follows it).
    if (format == LetterFormat::Docx) {
        const QString asWritten = expected.endsWith(QLatin1Char('\n')) ? expected.chopped(1) : expected;
        QVERIFY2(read->text == asWritten, whereTheyDiffer(read->text, asWritten));
    }
}

void TestLetterFile::derbyshireTableRowsAreOneLineEach_data()
{
    QTest::addColumn<QString>("extension");
    QTest::newRow("docx") << QStringLiteral("docx");
    QTest::newRow("pdf") << QStringLiteral("pdf");
}

void TestLetterFile::derbyshireTableRowsAreOneLineEach()
{
    QFETCH(QString, extension);
    QString error;
    const std::optional<LetterFile> read = readLetterFile(fixture(kDerbyshire + QLatin1Char('.') + extension), &error);
    QVERIFY2(read, qPrintable(error));
    const QStringList expected = tableRows(sampleText(kDerbyshire));
    QCOMPARE(expected.size(), 11);
    const QStringList rows = tableRows(read->text);
    QCOMPARE(rows.size(), expected.size());
    for (qsizetype i = 0; i < rows.size(); ++i)
        QCOMPARE(rows[i].split(QLatin1Char('\t')), expected[i].split(QLatin1Char('\t')));
    // The rows stand together, one after another, as findLetterTables needs them.
    QVERIFY(read->text.contains(expected.join(QLatin1Char('\n'))));
    const QString selfReferred = QStringLiteral("2. The total number of males who self-referred into the programme");
    const auto row = std::find_if(rows.begin(), rows.end(), [&](const QString &r) { return r.startsWith(selfReferred); });
    QVERIFY(row != rows.end());
    QCOMPARE(row->split(QLatin1Char('\t')),
             QStringList({selfReferred, QStringLiteral("15"), QStringLiteral("1"), QStringLiteral("0"),
                          QStringLiteral("23")}));
    // The header's first cell is empty: the row starts with a TAB.
    QCOMPARE(rows.first(), QStringLiteral("\tThe Elm Foundation\tGlow\tGlow\tSalcare"));
}

void TestLetterFile::plainText_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<QString>("text");
    const QString pounds = QStringLiteral("Budget: £264,244.70\nTotal: 15");
    QTest::newRow("utf-8 with bom") << QByteArray("\xEF\xBB\xBF" "Budget: \xC2\xA3" "264,244.70\nTotal: 15") << pounds;
    QTest::newRow("utf-8 without bom") << QByteArray("Budget: \xC2\xA3" "264,244.70\nTotal: 15") << pounds;
    QTest::newRow("windows-1252 pound sign") << QByteArray("Budget: \xA3" "264,244.70\nTotal: 15") << pounds;
    QTest::newRow("windows-1252 dash and quotes")
        << QByteArray("Drive \x96 High Risk, \x93" "Dena\x92s Group\x94") << QStringLiteral("Drive – High Risk, “Dena’s Group”");
    QTest::newRow("crlf line ends") << QByteArray("Budget: \xC2\xA3" "264,244.70\r\nTotal: 15") << pounds;
    QTest::newRow("cr line ends") << QByteArray("Budget: \xA3" "264,244.70\rTotal: 15") << pounds;
    QTest::newRow("blank lines and tabs kept")
        << QByteArray("Dear Sir\r\n\r\n\tGlow\tSalcare\r\n") << QStringLiteral("Dear Sir\n\n\tGlow\tSalcare\n");
    QTest::newRow("utf-16 with bom") << QByteArray("\xFF\xFE\xA3\x00" "5\x00\r\x00\n\x00", 10) << QStringLiteral("£5\n");
}

void TestLetterFile::plainText()
{
    QFETCH(QByteArray, bytes);
    QFETCH(QString, text);
    const QString file = path(QStringLiteral("letter.txt"));
    QVERIFY(writeFile(file, bytes));
    QString error;
    const std::optional<LetterFile> read = readLetterFile(file, &error);
    QVERIFY2(read, qPrintable(error));
    QCOMPARE(read->format, LetterFormat::Text);
    QCOMPARE(read->text, text);
}

void TestLetterFile::renamedTextIsReadAsText()
{
    // What a file is comes from its bytes: a text file named .docx is text, and read.
    QString error;
    const std::optional<LetterFile> read = readLetterFile(fixture(QStringLiteral("renamed-text.docx")), &error);
    QVERIFY2(read, qPrintable(error));
    QCOMPARE(read->format, LetterFormat::Text);
    QCOMPARE(read->text, sampleText(QStringLiteral("unnamed-opcc-2023-24-023")));
}

void TestLetterFile::docxBody()
{
    // What Word writes that LibreOffice's fixtures do not: tab stops that are no text, breaks,
    // a cell of two paragraphs, a nested table, a drawing's fallback copy, deleted text.
    const QByteArray body =
        "<w:p><w:pPr><w:tabs><w:tab w:val=\"left\" w:pos=\"720\"/></w:tabs></w:pPr>"
        "<w:r><w:t>Ref:</w:t></w:r><w:r><w:tab/><w:t xml:space=\"preserve\">FOI 27 </w:t></w:r>"
        "<w:del><w:r><w:delText>withdrawn</w:delText></w:r></w:del><w:r><w:t>2023</w:t><w:br/><w:t>Line two</w:t></w:r></w:p>"
        "<w:p/>"
        "<w:tbl><w:tr><w:tc><w:p/></w:tc><w:tc><w:p><w:r><w:t>Glow</w:t></w:r></w:p></w:tc></w:tr>"
        "<w:tr><w:tc><w:p><w:r><w:t>Link to evaluation:</w:t></w:r></w:p><w:p><w:r><w:t>9. Funders</w:t></w:r></w:p></w:tc>"
        "<w:tc><w:tbl><w:tr><w:tc><w:p><w:r><w:t>PCC,</w:t></w:r></w:p></w:tc><w:tc><w:p><w:r><w:t>Home</w:t><w:tab/>"
        "<w:t>Office</w:t></w:r></w:p></w:tc></w:tr></w:tbl></w:tc></w:tr></w:tbl>"
        "<w:p><w:r><mc:AlternateContent><mc:Choice Requires=\"wps\"><w:t>Boxed</w:t></mc:Choice>"
        "<mc:Fallback><w:t>Boxed</w:t></mc:Fallback></mc:AlternateContent></w:r></w:p>";
    const QString file = path(QStringLiteral("word.docx"));
    QVERIFY(writeZip(file, {{QStringLiteral("word/document.xml"),
                             "<?xml version=\"1.0\"?><w:document xmlns:w=\"" + kWordNamespace
                                 + "\" xmlns:mc=\"http://schemas.openxmlformats.org/markup-compatibility/2006\"><w:body>"
                                 + body + "<w:sectPr/></w:body></w:document>"}}));
    QString error;
    const std::optional<LetterFile> read = readLetterFile(file, &error);
    QVERIFY2(read, qPrintable(error));
    QCOMPARE(read->format, LetterFormat::Docx);
    QCOMPARE(read->text, QStringLiteral("Ref:\tFOI 27 2023\nLine two\n\n\tGlow\nLink to evaluation: 9. Funders\tPCC, Home Office\nBoxed"));
}

void TestLetterFile::refusals_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<QString>("error");
    QTest::newRow("encrypted pdf")
        << fixture(QStringLiteral("encrypted.pdf"))
        << "“encrypted.pdf” is protected by a password, so its text cannot be read; open it in a PDF reader and "
           "save a copy without the password.";
    QTest::newRow("scanned pdf")
        << fixture(QStringLiteral("scanned.pdf"))
        << "“scanned.pdf” is a scanned PDF with no text layer, so there is no text to read; run it through OCR first.";
    QTest::newRow("pdf cut in half")
        << fixture(QStringLiteral("corrupt.pdf"))
        << "“corrupt.pdf” is a damaged PDF: it cannot be opened (cut short, perhaps, or not a PDF inside).";
    QTest::newRow("empty file") << QStringLiteral("empty.txt")
                                << "“empty.txt” is empty (0 bytes): there is no letter in it.";
    QTest::newRow("missing file") << QStringLiteral("missing.pdf")
                                  << "“missing.pdf” cannot be read: there is no such file.";
    QTest::newRow("folder") << QStringLiteral("folder.docx") << "“folder.docx” is a folder, not a letter.";
    QTest::newRow("random bytes") << QStringLiteral("noise.pdf")
                                  << "“noise.pdf” is not a letter this version reads (text, PDF or Word .docx).";
    QTest::newRow("text with a nul further in")
        << QStringLiteral("nul.txt") << "“nul.txt” is not a letter this version reads (text, PDF or Word .docx).";
    QTest::newRow("word 97-2003")
        << QStringLiteral("old.doc")
        << "“old.doc” is a Word 97–2003 document (.doc) or an Office file protected by a password, not a letter "
           "this version reads (text, PDF or Word .docx); save it from Word as .docx without a password.";
    QTest::newRow("zip that is no word document")
        << QStringLiteral("photos.docx")
        << "“photos.docx” is a zip archive but not a Word document (it has no word/document.xml), so it is not a "
           "letter this version reads (text, PDF or Word .docx).";
    QTest::newRow("malformed xml")
        << QStringLiteral("malformed.docx")
        << "“malformed.docx” is a damaged Word document: its part word/document.xml is not well-formed XML (line 1, "
           "column 105: Opening and ending tag mismatch.).";
    QTest::newRow("damaged zip")
        << QStringLiteral("cut.docx")
        << "“cut.docx” cannot be read: it is a damaged zip archive: its directory cannot be read.";
}

void TestLetterFile::refusals()
{
    QFETCH(QString, file);
    QFETCH(QString, error);
    // The files not kept as fixtures are made here, each named by its row.
    if (!QFileInfo(file).isAbsolute()) {
        const QString name = file;
        file = path(name);
        if (name == QLatin1String("empty.txt")) {
            QVERIFY(writeFile(file, {}));
        } else if (name == QLatin1String("folder.docx")) {
            QVERIFY(QDir().mkpath(file));
        } else if (name == QLatin1String("noise.pdf")) {
            QRandomGenerator random(16); // the same noise every run
            QByteArray noise(4096, Qt::Uninitialized);
            for (char &c : noise)
                c = char(random.bounded(256));
            noise[0] = '\0'; // what sniffing sees first, whatever the seed gives
            QVERIFY(writeFile(file, noise));
        } else if (name == QLatin1String("nul.txt")) {
            QVERIFY(writeFile(file, QByteArray(5000, 'a') + QByteArray(1, '\0') + "b"));
        } else if (name == QLatin1String("old.doc")) {
            QVERIFY(writeFile(file, QByteArray("\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1") + QByteArray(512, '\0')));
        } else if (name == QLatin1String("photos.docx")) {
            QVERIFY(writeZip(file, {{QStringLiteral("photo.txt"), "not a photo"}}));
        } else if (name == QLatin1String("malformed.docx")) {
            QVERIFY(writeZip(file, {{QStringLiteral("word/document.xml"),
                                     "<w:document xmlns:w=\"" + kWordNamespace + "\"><w:body><w:p></w:body></w:document>"}}));
        } else if (name == QLatin1String("cut.docx")) {
            const QByteArray docx = readFile(fixture(kDerbyshire + QStringLiteral(".docx")));
            QVERIFY(writeFile(file, docx.left(docx.size() / 2)));
        }
    }
    QString actual;
    QVERIFY(!readLetterFile(file, &actual));
    QCOMPARE(actual, error);
}

void TestLetterFile::zipBombIsRefusedBeforeInflating()
{
    // A real letter whose zip claims its body unpacks to 2.8 GB: refused from the zip's directory,
    // before anything is inflated ("would unpack" is said only then; while inflating the words are
    // "unpacks to").
    QByteArray zip = readFile(fixture(kDerbyshire + QStringLiteral(".docx")));
    QVERIFY(test::claimUnpackedSize(zip, "word/document.xml", 3'000'000'000u));
    const QString bomb = path(QStringLiteral("bomb.docx"));
    QVERIFY(writeFile(bomb, zip));
    QString error;
    QVERIFY(!readLetterFile(bomb, &error));
    QCOMPARE(error, QStringLiteral("“bomb.docx” cannot be read: its part word/document.xml would unpack to 2861 MB, "
                                   "more than the 64 MB allowed (a zip bomb?)."));

    // One that understates its body's size is stopped at the size it claims, while inflating.
    zip = readFile(fixture(kDerbyshire + QStringLiteral(".docx")));
    QVERIFY(test::claimUnpackedSize(zip, "word/document.xml", 100));
    const QString liar = path(QStringLiteral("liar.docx"));
    QVERIFY(writeFile(liar, zip));
    QVERIFY(!readLetterFile(liar, &error));
    QCOMPARE(error, QStringLiteral("“liar.docx” is a damaged Word document: its part word/document.xml is damaged: it "
                                   "does not unpack to what its header says (a damaged file, or a zip bomb that "
                                   "understates its size)."));
}

void TestLetterFile::limits()
{
    QString error;
    LetterFileLimits small;
    small.maxFileBytes = 4096;
    QVERIFY(!readLetterFile(fixture(kDerbyshire + QStringLiteral(".pdf")), &error, small));
    QCOMPARE(error, QStringLiteral("“derbyshire-opcc-foi-27-2023.pdf” is 30 KB, larger than the 4 KB a letter may be."));

    LetterFileLimits onePage;
    onePage.maxPages = 1;
    QVERIFY(!readLetterFile(fixture(kDerbyshire + QStringLiteral(".pdf")), &error, onePage));
    QCOMPARE(error, QStringLiteral("“derbyshire-opcc-foi-27-2023.pdf” has 3 pages, more than the 1 a letter may have."));

    LetterFileLimits tight;
    tight.maxUnpackedBytes = 1024;
    QVERIFY(!readLetterFile(fixture(kDerbyshire + QStringLiteral(".docx")), &error, tight));
    QCOMPARE(error, QStringLiteral("“derbyshire-opcc-foi-27-2023.docx” cannot be read: its parts would unpack to more "
                                   "than the 1 KB allowed (a zip bomb?)."));
}

void TestLetterFile::pastedText()
{
    QCOMPARE(letterTextFromPaste(QStringLiteral("Dear Sir\r\n\r\n\tGlow\r£5 \u00A0\n")),
             QStringLiteral("Dear Sir\n\n\tGlow\n£5 \u00A0\n"));
}

void TestLetterFile::pageLayout()
{
    // Words placed as a PDF places them: a line of text, a paragraph's gap, then a table whose
    // header row starts with an empty cell and whose numbers are set flush right.
    const auto word = [](const char *text, double x, double y, double width, bool spaceAfter = true) {
        return PlacedWord{QString::fromUtf8(text), QRectF(x, y, width, 10), spaceAfter};
    };
    const QList<PlacedWord> words{
        word("Total", 10, 62, 25), word("101", 150, 62, 15), word("15", 100, 62, 10), // out of order
        word("Dear", 10, 10, 20), word("Sir,", 33, 10, 20), word("Fund", 56, 10, 20, false), word("ing", 76, 10, 15),
        word("Glow", 95, 50, 20), word("Salcare", 140, 50, 30),
        PlacedWord{QStringLiteral("nowhere"), QRectF(qQNaN(), 0, 10, 10), true}, // a box no one can place
    };
    QCOMPARE(layoutPageText(words), QStringLiteral("Dear Sir, Funding\n\n\tGlow\tSalcare\nTotal\t15\t101"));
    QCOMPARE(layoutPageText({}), QString());
}

QTEST_GUILESS_MAIN(TestLetterFile)
#include "tst_letterfile.moc"
