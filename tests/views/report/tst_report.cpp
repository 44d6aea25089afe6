// The PDF report, read back with poppler's pdftotext and pdfinfo: what it says (titles,
// programmes, FOI references, status words never 0, notes numbered as the table's marks), how
// it paginates (the header row on every table page), and that a cancel or a failure leaves
// no file and an old file as it was.
#include "report/reportrenderer.h"
#include "report/summarytable.h"
#include "storage/projectjson.h"
#include "testsupport.h"
#include "views/report/generatedcomparison.h"

#include <QBuffer>
#include <QElapsedTimer>
#include <QPainter>
#include <QPdfWriter>
#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QtTest>

using namespace dapp;

namespace {
// A chart as another engineer's code would hand it over: a frame and a label.
ReportChart testChart(const QString &title, const QString &label, qreal heightForWidth)
{
    return ReportChart {title, heightForWidth, [label](QPainter *p, const QRectF &target) {
                            p->setPen(QPen(Qt::darkBlue, target.width() / 400));
                            p->drawRect(target.adjusted(1, 1, -1, -1));
                            QFont font = p->font();
                            font.setPointSizeF(14);
                            p->setFont(font);
                            p->drawText(target, Qt::AlignCenter, label);
                        }};
}

ReportOptions sampleOptions()
{
    ReportOptions o;
    o.scope = {QStringLiteral("All areas"), QStringLiteral("Financial year: all")};
    o.projectName = QStringLiteral("Sample project");
    o.created = QDateTime(QDate(2025, 3, 14), QTime(10, 32));
    return o;
}

// Runs a poppler tool; fails the test when it is not installed rather than skipping.
QString run(const QString &program, const QStringList &arguments)
{
    const QString exe = QStandardPaths::findExecutable(program);
    if (exe.isEmpty()) {
        QTest::qFail(
            qPrintable(QStringLiteral("%1 not found: install poppler-utils with scripts/install-deps.sh").arg(program)),
            __FILE__, __LINE__);
        return {};
    }
    QProcess process;
    process.start(exe, arguments);
    if (!process.waitForFinished(60000) || process.exitCode() != 0) {
        QTest::qFail(
            qPrintable(program + QStringLiteral(" failed: ") + QString::fromUtf8(process.readAllStandardError())),
            __FILE__, __LINE__);
        return {};
    }
    return QString::fromUtf8(process.readAllStandardOutput());
}

int pdfPages(const QString &pdf)
{
    const QRegularExpressionMatch m
        = QRegularExpression(QStringLiteral("^Pages:\\s+(\\d+)"), QRegularExpression::MultilineOption)
              .match(run(QStringLiteral("pdfinfo"), {pdf}));
    return m.hasMatch() ? m.captured(1).toInt() : -1;
}

QString pdfText(const QString &pdf, int page = 0)
{
    QStringList args {QStringLiteral("-layout"), QStringLiteral("-enc"), QStringLiteral("UTF-8")};
    if (page > 0)
        args << QStringLiteral("-f") << QString::number(page) << QStringLiteral("-l") << QString::number(page);
    return run(QStringLiteral("pdftotext"), args << pdf << QStringLiteral("-"));
}

// The files in a folder, hidden ones too: a failed or cancelled write must leave none.
QStringList filesIn(const QString &folder)
{
    return QDir(folder).entryList(QDir::Files | QDir::Hidden);
}
} // namespace

class TestReport : public QObject {
    Q_OBJECT
private slots:
    void initTestCase();
    void sampleReportSaysWhatTheLettersSay();
    void missingFigureIsNeverZero();
    void longTableRepeatsItsHeaderOnEveryPage();
    void emptyComparisonIsAReportToo();
    void cancelLeavesNoFileAndTheOldOneAsItWas();
    void missingFolderIsAnErrorNamingThePath();
    void footnoteMarksShortenRuns();
    void chartTallerThanAPageIsScaledToFit();

private:
    QTemporaryDir m_dir;
};

// DAPP_KEEP_REPORTS=1 keeps the PDFs to look at (pdftoppm -r 60 -png).
void TestReport::initTestCase()
{
    QVERIFY(m_dir.isValid());
    if (qEnvironmentVariableIsSet("DAPP_KEEP_REPORTS")) {
        m_dir.setAutoRemove(false);
        qInfo("reports kept in %s", qPrintable(m_dir.path()));
    }
}

void TestReport::sampleReportSaysWhatTheLettersSay()
{
    const Comparison c = computeComparison(sampleProject());
    const QString pdf = m_dir.filePath(QStringLiteral("sample.pdf"));
    QString error;
    int pages = 0;
    const QList<ReportChart> charts {testChart(QStringLiteral("Referral funnel"), QStringLiteral("TEST CHART A"), 0.6),
        testChart(QStringLiteral("Budgets"), QStringLiteral("TEST CHART B"), 0.5)};
    QVERIFY2(writeReportPdf(pdf, c, sampleOptions(), charts, &error, {}, &pages), qPrintable(error));
    QVERIFY(error.isEmpty());
    QCOMPARE(pdfPages(pdf), pages);

    const QString text = pdfText(pdf);
    QVERIFY(text.contains(defaultReportTitle()));
    QVERIFY(text.contains(QStringLiteral("Created 14 Mar 2025 at 10:32")));
    QVERIFY(text.contains(QStringLiteral("Sample project")));
    QVERIFY(text.contains(QStringLiteral("Financial year: all")));
    // Key figures: 8 returns from 4 letters (the panel report has none) in 4 areas.
    QVERIFY(text.contains(QRegularExpression(QStringLiteral("^\\s*8\\s+4\\s+4\\s*\\n\\s*Returns\\s+Letters\\s+Areas"),
        QRegularExpression::MultilineOption)));
    // Single words: a narrow column may wrap a name between its words.
    for (const QString &name : {QStringLiteral("Drive"), QStringLiteral("Changes"), QStringLiteral("Keys"),
             QStringLiteral("Dena’s"), QStringLiteral("Jenkins"), QStringLiteral("Cranstoun")})
        QVERIFY2(text.contains(name), qPrintable(name));
    for (const ComparisonLetter &l : c.letters)
        QVERIFY2(text.contains(l.foiReference), qPrintable(l.foiReference));
    for (const QString &word : {QStringLiteral("n/a"), QStringLiteral("not held"), QStringLiteral("not provided")})
        QVERIFY2(text.contains(word), qPrintable(word));
    QVERIFY(text.contains(QStringLiteral("TEST CHART A")));
    QVERIFY(text.contains(QStringLiteral("TEST CHART B")));
    // Every page's footer numbers it; every page after the first has the title in its header.
    for (int page = 1; page <= pages; ++page) {
        const QString pageText = pdfText(pdf, page);
        QVERIFY2(pageText.contains(QStringLiteral("Page %1 of %2").arg(page).arg(pages)), qPrintable(pageText));
        if (page > 1)
            QVERIFY(pageText.trimmed().startsWith(defaultReportTitle()));
    }

    // Every caveat is a note under the number the table's marks use.
    for (qsizetype i = 0; i < c.footnotes.size(); ++i) {
        const QString start = c.footnotes[i].left(30);
        const QRegularExpression note(
            QStringLiteral("^\\s*%1\\.\\s+%2").arg(i + 1).arg(QRegularExpression::escape(start)),
            QRegularExpression::MultilineOption);
        QVERIFY2(note.match(text).hasMatch(), qPrintable(c.footnotes[i]));
    }
    QVERIFY(c.footnotes.contains(QStringLiteral("covers all crime types, not just DA")));

    // Leicestershire's OOCR agency figures carry that note's number as their mark.
    const int oocr = int(c.footnotes.indexOf(QStringLiteral("covers all crime types, not just DA"))) + 1;
    const QString tablePage = pdfText(pdf, 2);
    QString oocrLine;
    for (const QString &line : tablePage.split(QLatin1Char('\n')))
        if (line.contains(QStringLiteral("Leicestershire")) && line.contains(QStringLiteral("138")))
            oocrLine = line;
    QVERIFY2(
        oocrLine.contains(QStringLiteral("138%1").arg(oocr)) || oocrLine.contains(QStringLiteral("138 %1").arg(oocr)),
        qPrintable(oocrLine));
}

void TestReport::missingFigureIsNeverZero()
{
    const Comparison c = computeComparison(sampleProject());
    const QString pdf = m_dir.filePath(QStringLiteral("zero.pdf"));
    QString error;
    QVERIFY2(writeReportPdf(pdf, c, sampleOptions(), {}, &error), qPrintable(error));
    // Avon and Somerset's Drive: self-referral is not possible (n/a), agency 3 and 3, completed
    // held by the provider. Its row's first line holds the figures: no 0 among them.
    QString avon;
    for (const QString &line : pdfText(pdf, 2).split(QLatin1Char('\n'))) {
        if (line.contains(QStringLiteral("Avon"))) {
            avon = line;
            break; // the table's row, not the flags' heading below it
        }
    }
    QVERIFY2(!avon.isEmpty(), "Avon and Somerset's row is not on the table's first page");
    QVERIFY2(avon.contains(QStringLiteral("n/a")), qPrintable(avon));
    QVERIFY2(avon.contains(QStringLiteral("held by")), qPrintable(avon));
    const QStringList tokens = avon.split(QRegularExpression(QStringLiteral("\\s+")), Qt::SkipEmptyParts);
    QVERIFY2(!tokens.contains(QStringLiteral("0")), qPrintable(avon));
    // ...while the unnamed area's Drive states a real zero, and shows it.
    QString unknown;
    for (const QString &line : pdfText(pdf, 2).split(QLatin1Char('\n'))) {
        if (line.contains(QStringLiteral("Unknown"))) {
            unknown = line;
            break;
        }
    }
    QVERIFY2(
        unknown.split(QRegularExpression(QStringLiteral("\\s+"))).contains(QStringLiteral("0")), qPrintable(unknown));
}

void TestReport::longTableRepeatsItsHeaderOnEveryPage()
{
    const Comparison c = test::generatedComparison(400);
    QCOMPARE(c.rows.size(), 400);
    const QString pdf = m_dir.filePath(QStringLiteral("long.pdf"));
    QString error;
    int pages = 0;
    QElapsedTimer timer;
    timer.start();
    QVERIFY2(writeReportPdf(pdf, c, sampleOptions(), {}, &error, {}, &pages), qPrintable(error));
    qInfo("400 returns: %d pages written in %lld ms", pages, timer.elapsed());
    QCOMPARE(pdfPages(pdf), pages);

    // A page of the table is one that lists returns (a financial year in a row).
    const QRegularExpression year(QStringLiteral("\\b20\\d\\d/\\d\\d\\b"));
    int tablePages = 0;
    for (int page = 2; page <= pages; ++page) {
        const QString text = pdfText(pdf, page);
        if (!text.contains(QStringLiteral("Summary of returns")) || !year.match(text).hasMatch())
            continue;
        ++tablePages;
        QVERIFY2(text.contains(QRegularExpression(
                     QStringLiteral("^\\s*Area\\s+Programme\\s+Year\\s+Cohort"), QRegularExpression::MultilineOption)),
            qPrintable(QStringLiteral("page %1 has no header row").arg(page)));
        QVERIFY2(text.contains(QStringLiteral("Agency referrals")), qPrintable(QString::number(page)));
    }
    QVERIFY2(tablePages >= 3, qPrintable(QString::number(tablePages)));
    QVERIFY(pdfText(pdf, 1).contains(
        QRegularExpression(QStringLiteral("^\\s*400\\s+100\\s+43\\s*$"), QRegularExpression::MultilineOption)));
}

void TestReport::emptyComparisonIsAReportToo()
{
    ComparisonFilter none;
    none.financialYears = {QStringLiteral("2019/20")};
    const Comparison c = computeComparison(sampleProject(), none);
    QVERIFY(c.rows.isEmpty());
    const QString pdf = m_dir.filePath(QStringLiteral("empty.pdf"));
    QString error;
    int pages = 0;
    QVERIFY2(writeReportPdf(pdf, c, sampleOptions(), {}, &error, {}, &pages), qPrintable(error));
    QCOMPARE(pdfPages(pdf), pages);
    const QString text = pdfText(pdf);
    QVERIFY(text.contains(QStringLiteral("No returns match the filters.")));
    QVERIFY(text.contains(QStringLiteral("No flags")));
}

void TestReport::cancelLeavesNoFileAndTheOldOneAsItWas()
{
    QTemporaryDir dir;
    const Comparison c = computeComparison(sampleProject());
    int calls = 0;
    const ReportProgress stopAfterFirstPage = [&](int done, int total) {
        ++calls;
        return done < 1 && total > 0;
    };
    QString error = QStringLiteral("stale");
    const QString fresh = dir.filePath(QStringLiteral("new.pdf"));
    QVERIFY(!writeReportPdf(fresh, c, sampleOptions(), {}, &error, stopAfterFirstPage));
    QCOMPARE(calls, 1);
    QVERIFY2(error.isEmpty(), qPrintable(error)); // a cancel is no error
    QVERIFY(filesIn(dir.path()).isEmpty());

    const QString old = dir.filePath(QStringLiteral("old.pdf"));
    {
        QFile f(old);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("an earlier report");
    }
    const QByteArray before = test::fileHash(old);
    QVERIFY(!writeReportPdf(old, c, sampleOptions(), {}, &error, stopAfterFirstPage));
    QCOMPARE(test::fileHash(old), before);
    QCOMPARE(filesIn(dir.path()), QStringList {QStringLiteral("old.pdf")});

    // Without a cancel the same call replaces it.
    QVERIFY2(writeReportPdf(old, c, sampleOptions(), {}, &error), qPrintable(error));
    QVERIFY(test::fileHash(old) != before);
}

void TestReport::missingFolderIsAnErrorNamingThePath()
{
    const QString path = m_dir.filePath(QStringLiteral("no such folder/report.pdf"));
    QString error;
    QVERIFY(!writeReportPdf(path, computeComparison(sampleProject()), sampleOptions(), {}, &error));
    QVERIFY2(error.contains(QDir::toNativeSeparators(path)), qPrintable(error));
    QVERIFY(!QFile::exists(path));
}

void TestReport::footnoteMarksShortenRuns()
{
    QCOMPARE(footnoteMarks({}), QString());
    QCOMPARE(footnoteMarks({4}), QStringLiteral("4"));
    QCOMPARE(footnoteMarks({1, 2}), QStringLiteral("1,2"));
    QCOMPARE(footnoteMarks({1, 2, 3, 5}), QStringLiteral("1–3,5"));
}

void TestReport::chartTallerThanAPageIsScaledToFit()
{
    QBuffer buffer;
    QVERIFY(buffer.open(QIODevice::WriteOnly));
    QPdfWriter writer(&buffer);
    writer.setPageLayout(QPageLayout(
        QPageSize(QPageSize::A4), QPageLayout::Portrait, QMarginsF(18, 18, 18, 18), QPageLayout::Millimeter));
    QList<QRectF> targets;
    ReportChart tall {QStringLiteral("Tall"), 3.0, [&](QPainter *, const QRectF &target) { targets << target; }};
    ReportChart wide {QStringLiteral("Wide"), 0.5, [&](QPainter *, const QRectF &target) { targets << target; }};
    const int pages = renderReport(&writer, computeComparison(sampleProject()), sampleOptions(), {tall, wide});
    QVERIFY(pages > 0);
    QCOMPARE(targets.size(), 2);
    const QRectF page(0, 0, writer.width(), writer.height());
    for (const QRectF &t : targets)
        QVERIFY(page.contains(t));
    QVERIFY(targets[0].width() < page.width()); // made smaller...
    QCOMPARE(qRound(targets[0].height() / targets[0].width() * 100), 300); // ...keeping its shape
    QCOMPARE(qRound(targets[1].width()), qRound(page.width())); // a wide one spans the page
}

QTEST_MAIN(TestReport)
#include "tst_report.moc"
