// dapp-analyst import, run as users run it: a new project made from a CSV, the same file again
// refused as duplicates unless told what to do, a bad file refused with every problem named and
// the project unchanged, --dry-run writing nothing, and usage errors exiting 2.
#include "interchange/tidycsv.h"
#include "storage/projectjson.h"
#include "storage/projectstore.h"
#include "testsupport.h"

#include <QProcess>
#include <QTemporaryDir>
#include <QtTest>

using namespace dapp;

class TestImportCommand : public QObject
{
    Q_OBJECT
private slots:
    void aNewProjectIsMadeFromTheSampleCsv();
    void theSameFileAgainIsRefusedUnlessToldWhatToDo();
    void filesOfOneImportSeeEachOther();
    void aBadFileImportsNothingAndSaysWhereEachProblemIs();
    void everyBadInputLeavesTheProjectAsItWas_data();
    void everyBadInputLeavesTheProjectAsItWas();
    void aDryRunWritesNothing();
    void derbyshiresLetterTableGivesTheSamplesLines();
    void workbooksImportAsTheirTextDoes_data();
    void workbooksImportAsTheirTextDoes();
    void aWorkbooksProblemsNameItsSheet();
    void usageErrors_data();
    void usageErrors();

private:
    QProcess *run(const QStringList &arguments);
    QString writeFile(const QString &name, const QByteArray &bytes);
    static QByteArray exported(const QString &project);
    static QString sampleCsv() { return QStringLiteral(DAPP_SOURCE_DIR "/resources/sample/sample-returns.csv"); }

    QTemporaryDir m_dir;
    std::unique_ptr<QProcess> m_process;
};

QProcess *TestImportCommand::run(const QStringList &arguments)
{
    m_process = std::make_unique<QProcess>();
    m_process->start(QStringLiteral(DAPP_EXECUTABLE), arguments);
    if (!m_process->waitForFinished(60000))
        qWarning("the program did not finish");
    return m_process.get();
}

QString TestImportCommand::writeFile(const QString &name, const QByteArray &bytes)
{
    const QString path = m_dir.filePath(name);
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size())
        QTest::qFail("could not write the input", __FILE__, __LINE__);
    return path;
}

QByteArray TestImportCommand::exported(const QString &project)
{
    ProjectStore store;
    QString error;
    if (!store.open(project, &error, OpenAccess::ReadOnly))
        return error.toUtf8();
    return exportTidyCsv(store.data());
}

void TestImportCommand::aNewProjectIsMadeFromTheSampleCsv()
{
    const QString project = m_dir.filePath(QStringLiteral("new.dapp"));
    QProcess *p = run({QStringLiteral("import"), QStringLiteral("--project"), project, sampleCsv()});
    const QString said = QString::fromUtf8(p->readAllStandardOutput());
    QCOMPARE(p->exitCode(), 0);
    QVERIFY2(said.contains(QStringLiteral("8 returns added, 0 replaced, 0 skipped")), qPrintable(said));
    // The project holds exactly what the file says: its export is the file.
    QFile csv(sampleCsv());
    QVERIFY(csv.open(QIODevice::ReadOnly));
    QCOMPARE(exported(project), csv.readAll());
}

void TestImportCommand::theSameFileAgainIsRefusedUnlessToldWhatToDo()
{
    const QString project = m_dir.filePath(QStringLiteral("twice.dapp"));
    QCOMPARE(run({QStringLiteral("import"), QStringLiteral("--project"), project, sampleCsv()})->exitCode(), 0);
    const QByteArray before = test::fileHash(project);
    QProcess *p = run({QStringLiteral("import"), QStringLiteral("--project"), project, sampleCsv()});
    const QString said = QString::fromUtf8(p->readAllStandardError());
    QCOMPARE(p->exitCode(), 1);
    QVERIFY2(said.contains(QStringLiteral("error: sample-returns.csv, row 2: the project already has this return")), qPrintable(said));
    QVERIFY2(said.contains(QStringLiteral("nothing was imported, because of the errors listed above (8 in all)")), qPrintable(said));
    QCOMPARE(test::fileHash(project), before);
    // Every row skipped: nothing to write, and nothing is (no FILE~ made either).
    p = run({QStringLiteral("import"), QStringLiteral("--project"), project, QStringLiteral("--on-duplicate"),
             QStringLiteral("skip"), sampleCsv()});
    QCOMPARE(p->exitCode(), 0);
    QVERIFY(QString::fromUtf8(p->readAllStandardOutput())
                .contains(QStringLiteral("Nothing to import: 0 returns added, 0 replaced, 8 skipped")));
    QCOMPARE(test::fileHash(project), before);
    QVERIFY(!QFileInfo::exists(project + QLatin1Char('~')));
    p = run({QStringLiteral("import"), QStringLiteral("--project"), project, QStringLiteral("--on-duplicate"),
             QStringLiteral("keep"), sampleCsv()});
    QCOMPARE(p->exitCode(), 0);
    ProjectStore store;
    QString error;
    QVERIFY2(store.open(project, &error, OpenAccess::ReadOnly), qPrintable(error));
    QCOMPARE(store.data().returns.size(), 16);

    // Replacing: the second file's returns replace the first's, and the counts say so, adding up
    // to the rows read (found by review: they were counted as nothing).
    QVERIFY(QFile::remove(project));
    p = run({QStringLiteral("import"), QStringLiteral("--project"), project, QStringLiteral("--on-duplicate"),
             QStringLiteral("replace"), sampleCsv(), sampleCsv()});
    QCOMPARE(p->exitCode(), 0);
    const QString counts = QString::fromUtf8(p->readAllStandardOutput());
    QVERIFY2(counts.contains(QStringLiteral("8 returns added, 0 replaced, 0 skipped; ")) &&
                 counts.contains(QStringLiteral("; 8 rows replaced the values of a return read before them.")),
             qPrintable(counts));
}

// Several files in one import: each is planned against the project as the files before it
// leave it, and all of them are one change.
void TestImportCommand::filesOfOneImportSeeEachOther()
{
    const QString project = m_dir.filePath(QStringLiteral("two-files.dapp"));
    QProcess *p = run({QStringLiteral("import"), QStringLiteral("--project"), project, sampleCsv(), sampleCsv()});
    QCOMPARE(p->exitCode(), 1); // the second file repeats the first, and says where
    const QString said = QString::fromUtf8(p->readAllStandardError());
    // Two files of one name are named by their paths as given.
    const QString path = QDir::toNativeSeparators(sampleCsv());
    QVERIFY2(said.contains(QStringLiteral("error: %1, row 2: the same return (area, programme, provider, year and cohort) as "
                                          "%1, row 2; choose to skip, replace or keep both")
                               .arg(path)),
             qPrintable(said));
    QVERIFY(!QFileInfo::exists(project)); // all or nothing: not even the first file
    // A letter's details given two ways by two files are an error, as by two rows of one file;
    // a blank one file leaves is filled by the next (found by review: the files were told
    // "the project's is kept", and both dates were lost).
    const QByteArray header = "Area,Year,Cohort,Programme,Provider,FOI reference,Response date\n";
    const QString a = writeFile(QStringLiteral("a.csv"), header + "Derbyshire,2030/31,male,Alpha,P1,FOI 1,\n");
    const QString b = writeFile(QStringLiteral("b.csv"), header + "Derbyshire,2030/31,male,Beta,P1,FOI 1,2031-01-01\n");
    const QString c = writeFile(QStringLiteral("c.csv"), header + "Derbyshire,2030/31,male,Gamma,P1,FOI 1,2031-02-02\n");
    p = run({QStringLiteral("import"), QStringLiteral("--project"), project, a, b, c});
    QCOMPARE(p->exitCode(), 1);
    const QString conflict = QString::fromUtf8(p->readAllStandardError());
    QVERIFY2(conflict.contains(QStringLiteral("error: c.csv, row 2, column “Response date”: the response date is “2031-02-02”, "
                                              "but b.csv, row 2 gives “2031-01-01” for the same letter; correct one of them")),
             qPrintable(conflict));
    QVERIFY(!QFileInfo::exists(project));
    p = run({QStringLiteral("import"), QStringLiteral("--project"), project, a, b});
    QCOMPARE(p->exitCode(), 0);
    QVERIFY(exported(project).contains("Derbyshire,2030/31,male,Alpha,P1,,,,,,,,,,,,FOI 1,2031-01-01,"));
    QVERIFY(QFile::remove(project));
    p = run({QStringLiteral("import"), QStringLiteral("--project"), project, QStringLiteral("--on-duplicate"),
             QStringLiteral("keep"), sampleCsv(), sampleCsv()});
    QCOMPARE(p->exitCode(), 0);
    QVERIFY2(QString::fromUtf8(p->readAllStandardOutput()).contains(QStringLiteral("16 returns added")),
             qPrintable(p->errorString()));
    ProjectStore store;
    QString error;
    QVERIFY2(store.open(project, &error, OpenAccess::ReadOnly), qPrintable(error));
    QCOMPARE(store.data().returns.size(), 16);
}

void TestImportCommand::aBadFileImportsNothingAndSaysWhereEachProblemIs()
{
    const QString project = m_dir.filePath(QStringLiteral("kept.dapp"));
    QCOMPARE(run({QStringLiteral("import"), QStringLiteral("--project"), project, sampleCsv()})->exitCode(), 0);
    const QByteArray before = exported(project);
    const QString bad = writeFile(QStringLiteral("messy.csv"),
                                  "Police force area,Year,Gender,Programme,Delivered by,Self referrals,Accepted (self)\n"
                                  "Avon & Somerset,2023-24,Males,New Programme,Someone,4,3\n"
                                  "Derbyshire,2023/24,M,Another,,twenty,1\n"
                                  "Derbyshre,2023/24,M,A third,,1,1\n");
    QProcess *p = run({QStringLiteral("import"), QStringLiteral("--project"), project, bad});
    const QString said = QString::fromUtf8(p->readAllStandardError());
    QCOMPARE(p->exitCode(), 1);
    QVERIFY2(said.contains(QStringLiteral("warning: messy.csv, row 2, column “Police force area”: “Avon & Somerset” read as "
                                          "Avon and Somerset\n")),
             qPrintable(said));
    QVERIFY2(said.contains(QStringLiteral("error: messy.csv, row 3, column “Self referrals”: “twenty” is neither a number "
                                          "nor a status word")),
             qPrintable(said));
    QVERIFY2(said.contains(QStringLiteral("error: messy.csv, row 4, column “Police force area”: “Derbyshre” is not a police "
                                          "force area; did you mean Derbyshire?")),
             qPrintable(said));
    QVERIFY2(said.contains(QStringLiteral("nothing was imported, because of the errors listed above (2 in all)")), qPrintable(said));
    // The good row was not imported either: all or nothing.
    QCOMPARE(exported(project), before);
}

// Each kind of bad input the import meets, run through the command as a user would: it exits 1,
// says what and where, and the project's file and export are what they were.
void TestImportCommand::everyBadInputLeavesTheProjectAsItWas_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<QString>("said");

    const QByteArray header = "area,financial_year,cohort,programme,provider,self_referred,self_accepted\n";
    const auto row = [&](const QByteArray &cells) { return header + "Derbyshire,2023/24,male,Drive,Glow,5,4\n" + cells + "\n"; };
    QTest::newRow("ragged row") << "ragged.csv" << row("Derbyshire,2023/24,male,Inspire,Glow,5,4,extra")
                                << "ragged.csv, row 3: the row has a value (“extra”) in column 8, past the last column of the header";
    QTest::newRow("unknown status word") << "status.csv" << row("Derbyshire,2023/24,male,Inspire,Glow,maybe,4")
                                         << "status.csv, row 3, column “self_referred”: “maybe” is neither a number nor a status word";
    QTest::newRow("negative count") << "negative.csv" << row("Derbyshire,2023/24,male,Inspire,Glow,-3,4")
                                    << "negative.csv, row 3, column “self_referred”: “-3” is negative; a count of people cannot be below zero";
    QTest::newRow("fractional count") << "fraction.csv" << row("Derbyshire,2023/24,male,Inspire,Glow,2.5,4")
                                      << "fraction.csv, row 3, column “self_referred”: “2.5” is not a whole number of people";
    QTest::newRow("text in a number") << "text.csv" << row("Derbyshire,2023/24,male,Inspire,Glow,twelve,4")
                                      << "text.csv, row 3, column “self_referred”: “twelve” is neither a number nor a status word";
    QTest::newRow("unknown area") << "area.csv" << row("Derbyshre,2023/24,male,Inspire,Glow,5,4")
                                  << "area.csv, row 3, column “area”: “Derbyshre” is not a police force area; did you mean Derbyshire?";
    QTest::newRow("duplicate header") << "header.csv"
                                      << QByteArray("area,financial_year,cohort,programme,provider,Self referrals,self_referred\n"
                                                    "Derbyshire,2023/24,male,Drive,Glow,5,4\n")
                                      << "header.csv, row 1: columns “Self referrals” and “self_referred” both name";
    QTest::newRow("truncated quote") << "quote.csv" << row("Derbyshire,2023/24,male,\"Inspire,Glow,5,4")
                                     << "“quote.csv” cannot be read: row 3, column 4: a quoted field is never closed";
    QTest::newRow("empty file") << "empty.csv" << QByteArray() << "“empty.csv” cannot be read: it is empty (0 bytes)";
    QTest::newRow("binary file") << "binary.csv" << QByteArray("area,year\n\x01\x02\x00\x03", 14)
                                 << "“binary.csv” cannot be read: it is not text";
    QTest::newRow("XLSX that is a renamed text file") << "returns.xlsx" << row("Derbyshire,2023/24,male,Inspire,Glow,5,4")
                                                      << "“returns.xlsx” cannot be read: it is text, not the zip archive an "
                                                         "XLSX or ODS workbook is";
    QFile workbook(QStringLiteral(DAPP_SOURCE_DIR "/tests/formats/fixtures/messy-returns.xlsx"));
    QByteArray bomb = workbook.open(QIODevice::ReadOnly) ? workbook.readAll() : QByteArray();
    QVERIFY(test::claimUnpackedSize(bomb, "xl/worksheets/sheet1.xml", 3'000'000'000u));
    QTest::newRow("XLSX whose part would unpack to gigabytes") << "bomb.xlsx" << bomb
                                                               << "“bomb.xlsx” cannot be read: its part xl/worksheets/sheet1.xml "
                                                                  "would unpack to 2861 MB, more than the 512 MB allowed (a zip bomb?)";
}

void TestImportCommand::everyBadInputLeavesTheProjectAsItWas()
{
    QFETCH(QString, name);
    QFETCH(QByteArray, bytes);
    QFETCH(QString, said);
    const QString project = m_dir.filePath(QStringLiteral("unchanged-%1.dapp").arg(QTest::currentDataTag()).replace(QLatin1Char(' '), QLatin1Char('-')));
    QCOMPARE(run({QStringLiteral("import"), QStringLiteral("--project"), project, sampleCsv()})->exitCode(), 0);
    const QByteArray exportBefore = exported(project);
    const QByteArray fileBefore = test::fileHash(project);
    QProcess *p = run({QStringLiteral("import"), QStringLiteral("--project"), project, writeFile(name, bytes)});
    const QString stderrText = QString::fromUtf8(p->readAllStandardError());
    QCOMPARE(p->exitCode(), 1);
    QVERIFY2(stderrText.contains(said), qPrintable(stderrText));
    QVERIFY2(stderrText.contains(QStringLiteral("nothing was imported")), qPrintable(stderrText));
    QCOMPARE(test::fileHash(project), fileBefore);
    QCOMPARE(exported(project), exportBefore);
}

void TestImportCommand::aDryRunWritesNothing()
{
    const QString project = m_dir.filePath(QStringLiteral("dry.dapp"));
    QProcess *p = run({QStringLiteral("import"), QStringLiteral("--dry-run"), QStringLiteral("--project"), project, sampleCsv()});
    QCOMPARE(p->exitCode(), 0);
    QVERIFY(QString::fromUtf8(p->readAllStandardOutput()).contains(QStringLiteral("Nothing was written (--dry-run)")));
    QVERIFY(!QFileInfo::exists(project));
    p = run({QStringLiteral("import"), QStringLiteral("--dry-run"), sampleCsv()});
    QCOMPARE(p->exitCode(), 0);
    // Options only a letter table uses are said to be unused for a tidy file (found by review).
    p = run({QStringLiteral("import"), QStringLiteral("--dry-run"), QStringLiteral("--area"), QStringLiteral("Kent"),
             QStringLiteral("--year"), QStringLiteral("2022/23"), sampleCsv()});
    QCOMPARE(p->exitCode(), 0);
    QVERIFY(QString::fromUtf8(p->readAllStandardError())
                .contains(QStringLiteral("warning: sample-returns.csv: a file in the tidy layout names each row's area, "
                                         "year and cohort itself; --area, --year are not used for it")));
}

void TestImportCommand::derbyshiresLetterTableGivesTheSamplesLines()
{
    const QString table = QStringLiteral(DAPP_SOURCE_DIR "/tests/interchange/fixtures/derbyshire-letter-table.tsv");
    const QString project = m_dir.filePath(QStringLiteral("derbyshire.dapp"));
    QProcess *p = run({QStringLiteral("import"), QStringLiteral("--project"), project, table});
    QCOMPARE(p->exitCode(), 2);
    QVERIFY(QString::fromUtf8(p->readAllStandardError()).contains(QStringLiteral("is a letter table, which names no area or financial year")));
    QVERIFY(!QFileInfo::exists(project));
    p = run({QStringLiteral("import"), QStringLiteral("--project"), project, QStringLiteral("--area"), QStringLiteral("Derbyshire"),
             QStringLiteral("--year"), QStringLiteral("2022/23"), QStringLiteral("--foi-reference"), QStringLiteral("FOI 27/2023"), table});
    QCOMPARE(p->exitCode(), 0);
    // Every line the table gives is the sample's own line for that return. The one difference is
    // the analyst's: the sample splits the letter's "Police/MARAC" into two referrers, a "/"
    // the table keeps, as it keeps "Social Workers/Social Care" whole.
    auto same = [](QByteArray line) { return line.replace("Police/MARAC", "Police; MARAC"); };
    QFile sample(sampleCsv());
    QVERIFY(sample.open(QIODevice::ReadOnly));
    const QList<QByteArray> sampleLines = sample.readAll().split('\n');
    const QList<QByteArray> lines = exported(project).split('\n');
    QCOMPARE(lines.size(), 4 + 2); // header, four returns, the empty end
    for (qsizetype i = 1; i < lines.size() - 1; ++i)
        QVERIFY2(sampleLines.contains(same(lines.at(i))), lines.at(i).constData());
}

void TestImportCommand::workbooksImportAsTheirTextDoes_data()
{
    QTest::addColumn<QString>("workbook");
    QTest::newRow("xlsx, made by LibreOffice") << QStringLiteral("derbyshire-letter-table.xlsx");
    QTest::newRow("ods, made by LibreOffice") << QStringLiteral("derbyshire-letter-table.ods");
}

void TestImportCommand::workbooksImportAsTheirTextDoes()
{
    QFETCH(QString, workbook);
    const QString fixtures = QStringLiteral(DAPP_SOURCE_DIR "/tests/formats/fixtures/");
    const QStringList context = {QStringLiteral("--area"), QStringLiteral("Derbyshire"), QStringLiteral("--year"),
                                 QStringLiteral("2022/23"), QStringLiteral("--foi-reference"), QStringLiteral("FOI 27/2023")};
    const QString fromText = m_dir.filePath(QStringLiteral("from-text-%1.dapp").arg(workbook));
    const QString fromBook = m_dir.filePath(QStringLiteral("from-book-%1.dapp").arg(workbook));
    QCOMPARE(run(QStringList{QStringLiteral("import"), QStringLiteral("--project"), fromText} + context
                 + QStringList{fixtures + QStringLiteral("derbyshire-letter-table.tsv")})
                 ->exitCode(),
             0);
    QProcess *p = run(QStringList{QStringLiteral("import"), QStringLiteral("--project"), fromBook} + context
                      + QStringList{fixtures + workbook});
    QVERIFY2(p->exitCode() == 0, p->readAllStandardError().constData());
    QCOMPARE(exported(fromBook), exported(fromText));
}

void TestImportCommand::aWorkbooksProblemsNameItsSheet()
{
    const QString project = m_dir.filePath(QStringLiteral("messy.dapp"));
    QProcess *p = run({QStringLiteral("import"), QStringLiteral("--project"), project,
                       QStringLiteral(DAPP_SOURCE_DIR "/tests/formats/fixtures/messy-returns.xlsx")});
    const QString said = QString::fromUtf8(p->readAllStandardError());
    QCOMPARE(p->exitCode(), 1);
    QVERIFY2(said.contains(QStringLiteral("error: messy-returns.xlsx, sheet “2022-23 returns”, row 6, column “Programme”: "
                                          "no programme name is given")),
             qPrintable(said));
    QVERIFY(!QFileInfo::exists(project));
    p = run({QStringLiteral("import"), QStringLiteral("--dry-run"), QStringLiteral("--sheet"), QStringLiteral("Nope"),
             QStringLiteral(DAPP_SOURCE_DIR "/tests/formats/fixtures/messy-returns.ods")});
    QCOMPARE(p->exitCode(), 1);
    QVERIFY(QString::fromUtf8(p->readAllStandardError()).contains(QStringLiteral("has no sheet “Nope”; its sheets are: 2022-23 returns, Notes")));
}

void TestImportCommand::usageErrors_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QString>("said");
    QTest::newRow("no input") << QStringList{QStringLiteral("import"), QStringLiteral("--project"), QStringLiteral("x.dapp")}
                              << QStringLiteral("import needs at least one file to read.");
    QTest::newRow("no project") << QStringList{QStringLiteral("import"), QStringLiteral("in.csv")}
                                << QStringLiteral("import needs --project FILE");
    QTest::newRow("unknown layout") << QStringList{QStringLiteral("import"), QStringLiteral("--layout"), QStringLiteral("wide"),
                                                   QStringLiteral("--dry-run"), QStringLiteral("in.csv")}
                                    << QStringLiteral("unknown layout “wide”; use tidy or letter-table.");
    QTest::newRow("unknown duplicate action")
        << QStringList{QStringLiteral("import"), QStringLiteral("--on-duplicate"), QStringLiteral("merge"), QStringLiteral("--dry-run"),
                       QStringLiteral("in.csv")}
        << QStringLiteral("unknown --on-duplicate “merge”; use skip, replace or keep.");
}

void TestImportCommand::usageErrors()
{
    QFETCH(QStringList, arguments);
    QFETCH(QString, said);
    QProcess *p = run(arguments);
    QCOMPARE(p->exitCode(), 2);
    const QString err = QString::fromUtf8(p->readAllStandardError());
    QVERIFY2(err.contains(said), qPrintable(err));
}

QTEST_GUILESS_MAIN(TestImportCommand)
#include "tst_importcommand.moc"
