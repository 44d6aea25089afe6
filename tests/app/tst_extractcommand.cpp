// dapp-analyst extract: a letter in, its proposed returns out as the tidy CSV (or, with
// --explain, each value with its status, quote, place and confidence); nothing is written.
#include "formats/csv.h"
#include "storage/projectjson.h"
#include "storage/projectstore.h"

#include <QProcess>
#include <QTemporaryDir>
#include <QtTest>

#include <memory>

using namespace dapp;

class TestExtractCommand : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void tidyCsvOfATableLetter();
    void explainGivesEachValuesQuote();
    void windows1252LetterIsRead();
    void commitAddsTheLetterOnce();
    void aPanelReportAddsItsFiguresAboutTheArea();
    void usageErrors_data();
    void usageErrors();

private:
    QProcess *run(const QStringList &arguments);
    QString letterFile(const QString &foiReference);
    QTemporaryDir m_dir;
    std::unique_ptr<QProcess> m_process;
};

QProcess *TestExtractCommand::run(const QStringList &arguments)
{
    m_process = std::make_unique<QProcess>();
    m_process->start(QStringLiteral(DAPP_EXECUTABLE), QStringList{QStringLiteral("extract")} + arguments);
    if (!m_process->waitForFinished(60000))
        qWarning("the program did not finish");
    return m_process.get();
}

QString TestExtractCommand::letterFile(const QString &foiReference)
{
    for (const Letter &l : sampleProject().letters) {
        if (l.foiReference != foiReference)
            continue;
        const QString path = m_dir.filePath(QStringLiteral("letter-%1.txt").arg(l.id));
        QFile f(path);
        if (f.open(QIODevice::WriteOnly))
            f.write(l.text.toUtf8());
        return path;
    }
    return {};
}

void TestExtractCommand::initTestCase() { QVERIFY(m_dir.isValid()); }

void TestExtractCommand::tidyCsvOfATableLetter()
{
    const QString path = letterFile(QStringLiteral("FOI 27/2023"));
    const QByteArray before = [&] { QFile f(path); return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray(); }();
    QProcess *p = run({path});
    QCOMPARE(p->exitCode(), 0);
    const QList<QStringList> rows = parseCsv(QString::fromUtf8(p->readAllStandardOutput()));
    QCOMPARE(rows.size(), 5); // the header and Derbyshire's four programmes
    const QStringList header = rows.constFirst();
    const auto cell = [&](int row, const char *column) { return rows.at(row).value(header.indexOf(QLatin1String(column))); };
    QCOMPARE(cell(3, "programme"), QStringLiteral("Drive"));
    QCOMPARE(cell(3, "provider"), QStringLiteral("Glow"));
    QCOMPARE(cell(3, "agency_referred"), QStringLiteral("101"));
    QCOMPARE(cell(3, "budget_gbp"), QStringLiteral("299643.92"));
    QCOMPARE(cell(1, "area"), QStringLiteral("Derbyshire"));
    QCOMPARE(cell(1, "foi_reference"), QStringLiteral("FOI 27/2023"));
    QCOMPARE(cell(1, "cohort"), QStringLiteral("male"));
    QCOMPARE(QFileInfo(path).dir().entryList(QDir::Files).size(), 1); // nothing written beside the letter
    QFile f(path);
    QVERIFY(f.open(QIODevice::ReadOnly));
    QCOMPARE(f.readAll(), before);
}

void TestExtractCommand::explainGivesEachValuesQuote()
{
    const QString path = letterFile(QStringLiteral("2023-24-023"));
    QProcess *p = run({path, QStringLiteral("--explain")});
    QCOMPARE(p->exitCode(), 0);
    const QList<QStringList> rows = parseCsv(QString::fromUtf8(p->readAllStandardOutput()));
    const QStringList header = rows.constFirst();
    QCOMPARE(header, (QStringList{QStringLiteral("programme"), QStringLiteral("field"), QStringLiteral("value"),
                                  QStringLiteral("status"), QStringLiteral("confidence"), QStringLiteral("why"),
                                  QStringLiteral("quote_start"), QStringLiteral("quote_length"), QStringLiteral("quote")}));
    QString text;
    for (const Letter &l : sampleProject().letters)
        if (l.foiReference == QLatin1String("2023-24-023"))
            text = l.text;
    bool sawZero = false;
    for (const QStringList &row : rows.mid(1)) {
        if (!row.value(6).isEmpty()) // the quote stands at its place in the letter
            QCOMPARE(text.mid(row.value(6).toLongLong(), row.value(7).toLongLong()), row.value(8));
        if (row.value(4) == QLatin1String("needs a look"))
            QVERIFY2(!row.value(5).isEmpty(), qPrintable(row.join(QLatin1Char('|'))));
        if (row.value(1) == QLatin1String("self_referred")) {
            QCOMPARE(row.value(2), QStringLiteral("0"));
            QCOMPARE(row.value(3), QStringLiteral("reported"));
            QCOMPARE(row.value(4), QStringLiteral("certain"));
            QCOMPARE(row.value(8), QStringLiteral("The answer to this question is zero."));
            sawZero = true;
        }
        if (row.value(1) == QLatin1String("self_accepted"))
            QCOMPARE(row.value(3), QStringLiteral("not_applicable"));
    }
    QVERIFY(sawZero);
}

void TestExtractCommand::windows1252LetterIsRead()
{
    const QString path = m_dir.filePath(QStringLiteral("cp1252.txt"));
    QFile f(path);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write("Please provide the following information for the 2022/2023 Financial Year\n"
            "2. The total number of males who self-referred into the programme\n"
            "3. The total number of self-referred males who were accepted onto the programme\n"
            "4. The total number of self-referred males who have completed the programme\n"
            "5. The total number of males referred by an agency into the programme\n"
            "Our response:\n1. The programme is called 'Change'.\n2. Nil.\n3. Not applicable.\n4. Not applicable.\n"
            "5. 12 males were referred.\n10. The budget was \xa3" "12,500.50.\n");
    f.close();
    QProcess *p = run({path});
    QCOMPARE(p->exitCode(), 0);
    const QList<QStringList> rows = parseCsv(QString::fromUtf8(p->readAllStandardOutput()));
    QCOMPARE(rows.size(), 2);
    const QStringList header = rows.constFirst();
    QCOMPARE(rows.at(1).value(header.indexOf(QLatin1String("budget_gbp"))), QStringLiteral("12500.50"));
    QCOMPARE(rows.at(1).value(header.indexOf(QLatin1String("agency_referred"))), QStringLiteral("12"));
    QCOMPARE(rows.at(1).value(header.indexOf(QLatin1String("self_referred"))), QStringLiteral("0"));
}

void TestExtractCommand::commitAddsTheLetterOnce()
{
    const QString target = m_dir.filePath(QStringLiteral("committed.dapp"));
    const QString avon = letterFile(QStringLiteral("FOI753"));
    QProcess *p = run({avon, QStringLiteral("--project"), target, QStringLiteral("--commit")});
    QCOMPARE(p->exitCode(), 0);
    const QString said = QString::fromUtf8(p->readAllStandardOutput());
    QVERIFY2(said.contains(QStringLiteral("the letter FOI753 with 1 return;")), qPrintable(said));
    ProjectData data;
    {
        ProjectStore store;
        QString error;
        QVERIFY2(store.open(target, &error, OpenAccess::ReadOnly), qPrintable(error));
        data = store.data();
    }
    QCOMPARE(data.letters.size(), 1);
    const Letter letter = data.letters.first();
    QCOMPARE(letter.foiReference, QStringLiteral("FOI753"));
    QCOMPARE(letter.cohort, Cohort::Female);
    QVERIFY(letter.text.contains(QStringLiteral("Total cost of the Drive programme"))); // the letter is kept whole
    QCOMPARE(data.returns.size(), 1);
    const ProgrammeReturn r = data.returns.first();
    const Figure budget = r.figure(FigureField::Budget);
    QCOMPARE(budget.value, 30990030);
    QCOMPARE(budget.quote(), QStringLiteral("Total cost of the Drive programme for 22/23 was £309,900.30"));
    // Where the quote stands in the letter is kept, to the character (schema 5).
    QVERIFY(budget.quoteRange().isValid());
    QCOMPARE(letter.text.mid(budget.quoteRange().start, budget.quoteRange().length), budget.quote());
    QCOMPARE(r.figure(FigureField::AgencyCompleted).status, FigureStatus::HeldByProvider);
    QVERIFY(r.source.contains(QFileInfo(avon).fileName()));
    // The figure the reader was not sure of says so where analysts will see it.
    QVERIFY2(r.figure(FigureField::AgencyReferred).note().contains(QStringLiteral("needs a look")),
             qPrintable(r.figure(FigureField::AgencyReferred).note()));

    // The same letter again: refused, and the file is as it was.
    const QByteArray before = [&] { QFile f(target); return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray(); }();
    p = run({avon, QStringLiteral("--project"), target, QStringLiteral("--commit")});
    QCOMPARE(p->exitCode(), 1);
    const QString refused = QString::fromUtf8(p->readAllStandardError());
    QVERIFY2(refused.contains(QStringLiteral("already holds this letter")), qPrintable(refused));
    QFile f(target);
    QVERIFY(f.open(QIODevice::ReadOnly));
    QCOMPARE(f.readAll(), before);
}

void TestExtractCommand::aPanelReportAddsItsFiguresAboutTheArea()
{
    const QString target = m_dir.filePath(QStringLiteral("panel.dapp"));
    QString report;
    for (const Letter &l : sampleProject().letters)
        if (l.kind == LetterKind::PanelReport)
            report = letterFile(l.foiReference);
    QVERIFY(!report.isEmpty());
    QProcess *p = run({report, QStringLiteral("--project"), target, QStringLiteral("--commit")});
    QCOMPARE(p->exitCode(), 0);
    ProjectStore store;
    QString error;
    QVERIFY2(store.open(target, &error, OpenAccess::ReadOnly), qPrintable(error));
    QCOMPARE(store.data().letters.size(), 1);
    QCOMPARE(store.data().letters.first().kind, LetterKind::PanelReport);
    QVERIFY(store.data().returns.isEmpty());
    QCOMPARE(store.data().contextFigures.size(), sampleProject().contextFigures.size());
    for (const ContextFigure &c : store.data().contextFigures) {
        QCOMPARE(c.letterId, store.data().letters.firstKey());
        QVERIFY(c.figure.quoteRange().isValid()); // where it was read, kept
    }
}

void TestExtractCommand::usageErrors_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<int>("exitCode");
    QTest::addColumn<QString>("said");
    QTest::newRow("no letter") << QStringList() << 2 << QStringLiteral("extract needs the letter to read");
    QTest::newRow("two letters") << QStringList{QStringLiteral("a.txt"), QStringLiteral("b.txt")} << 2
                                 << QStringLiteral("unexpected “b.txt”");
    QTest::newRow("an unknown option") << QStringList{QStringLiteral("--explian"), QStringLiteral("a.txt")} << 2
                                       << QStringLiteral("--explian");
    QTest::newRow("commit without a project") << QStringList{QStringLiteral("a.txt"), QStringLiteral("--commit")} << 2
                                              << QStringLiteral("--commit needs --project FILE");
    QTest::newRow("a project without commit") << QStringList{QStringLiteral("a.txt"), QStringLiteral("--project"),
                                                             QStringLiteral("p.dapp")}
                                              << 2 << QStringLiteral("without --commit, extract writes nothing");
    QTest::newRow("a missing letter") << QStringList{QStringLiteral("/nonexistent/letter.txt")} << 1
                                      << QStringLiteral("“letter.txt” cannot be read: there is no such file");
}

void TestExtractCommand::usageErrors()
{
    QFETCH(QStringList, arguments);
    QFETCH(int, exitCode);
    QFETCH(QString, said);
    QProcess *p = run(arguments);
    QCOMPARE(p->exitCode(), exitCode);
    const QString err = QString::fromUtf8(p->readAllStandardError());
    QVERIFY2(err.contains(said), qPrintable(err));
    QVERIFY(p->readAllStandardOutput().isEmpty());
}

QTEST_GUILESS_MAIN(TestExtractCommand)
#include "tst_extractcommand.moc"
