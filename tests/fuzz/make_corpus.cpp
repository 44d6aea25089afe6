// Writes the fuzzer's seed corpus (tests/fuzz/corpus/): projects made by the app's own code, and
// edge files made from them. Each file is a fuzz input: its first byte chooses the layout
// (0: the rest is the project file; 1: two bytes give the project file's length, and what
// follows it is the FILE-journal beside it), as fuzz_projectopen.cpp reads it.
//
//   build/tests/fuzz/fuzz_make_corpus tests/fuzz/corpus
#include "storage/migrations.h"
#include "storage/projectjson.h"
#include "storage/projectstore.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QtEndian>

#include <cstdio>

namespace {

QDir out;
QTemporaryDir scratch;

[[noreturn]] void die(const QString &what)
{
    std::fprintf(stderr, "fuzz_make_corpus: %s\n", qPrintable(what));
    std::exit(1);
}

QByteArray readFile(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        die(QStringLiteral("cannot read ") + path);
    return f.readAll();
}

void writeInput(const QString &name, const QByteArray &project, const QByteArray *journal = nullptr)
{
    QByteArray input;
    if (journal) {
        if (project.size() > 0xffff)
            die(name + QStringLiteral(": a project beside a journal must be under 64 KiB"));
        input.append(char(1)).append(char(project.size() >> 8)).append(char(project.size() & 0xff));
        input += project + *journal;
    } else {
        input.append(char(0)).append(project);
    }
    QFile f(out.filePath(name));
    if (!f.open(QIODevice::WriteOnly | QIODevice::Truncate) || f.write(input) != input.size())
        die(QStringLiteral("cannot write ") + f.fileName());
    std::printf("%s: %lld bytes\n", qPrintable(name), static_cast<long long>(input.size()));
}

// A project saved by the app itself.
QByteArray saved(const dapp::ProjectData &data, const QString &name)
{
    dapp::ProjectStore store;
    QString error;
    const QString path = scratch.filePath(name);
    if (!store.createNew(&error) || !store.replaceAll(data, &error) || !store.saveAs(path, &error))
        die(error);
    return readFile(path);
}

void exec(QSqlDatabase &db, const QString &sql)
{
    QSqlQuery q(db);
    if (!q.exec(sql))
        die(sql + QStringLiteral(": ") + q.lastError().text());
}

// The same file with 512-byte pages: every table's root page is then small, so most of the
// fuzzer's changes land on something the opener reads rather than on empty space.
QByteArray compacted(const QByteArray &project, const QString &name)
{
    const QString path = scratch.filePath(name);
    {
        QFile f(path);
        if (!f.open(QIODevice::WriteOnly) || f.write(project) != project.size())
            die(path);
    }
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(path);
        if (!db.open())
            die(db.lastError().text());
        exec(db, QStringLiteral("PRAGMA page_size = 512"));
        exec(db, QStringLiteral("VACUUM"));
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
    return readFile(path);
}

// A project of schema version 1 (before letter kinds, context figures and scoped caveats), as
// an older version wrote it: opening it migrates the working copy.
QByteArray versionOne()
{
    const QString path = scratch.filePath(QStringLiteral("v1.dapp"));
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("v1"));
        db.setDatabaseName(path);
        QString error;
        if (!db.open() || !dapp::migrate(db, &error, 1))
            die(error + db.lastError().text());
        exec(db, QStringLiteral("PRAGMA page_size = 512"));
        exec(db, QStringLiteral("VACUUM"));
        exec(db, QStringLiteral("INSERT INTO letter VALUES (1, 'E23000036', 'OPCC', 'FOI 1/2023', '2023-04-01', "
                                "'2023-05-02', '2022/23', 'male', 'Referrals: 12. Accepted: 7.')"));
        exec(db, QStringLiteral("INSERT INTO programme VALUES (1, 'E23000036', 'Drive', 'Safe Lives', 'high', "
                                "'men', 'one to one', 'county', '')"));
        exec(db, QStringLiteral("INSERT INTO programme_return VALUES (1, 1, 1, 'police', 'OPCC')"));
        exec(db, QStringLiteral("INSERT INTO figure VALUES (1, 'self_referred', 'not_applicable', NULL, '', ''), "
                                "(1, 'agency_referred', 'reported', 12, '', 'Referrals: 12.'), "
                                "(1, 'agency_accepted', 'reported', 7, 'n', 'Accepted: 7.'), "
                                "(1, 'budget_gbp', 'reported', 2644470, '', '')"));
        exec(db, QStringLiteral("INSERT INTO referrer VALUES (1, 0, 'police')"));
        exec(db, QStringLiteral("INSERT INTO funder VALUES (1, 0, 'OPCC', 100000, NULL), (1, 1, 'Home Office', NULL, 40)"));
        exec(db, QStringLiteral("INSERT INTO caveat VALUES (1, 0, 'estimated')"));
        db.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("v1"));
    return readFile(path);
}

// The project with `sql` run on it, as another tool might have: a file whose values no damage
// made, but which this version would not have written.
QByteArray edited(const QByteArray &project, const QString &name, const QString &sql)
{
    const QString path = scratch.filePath(name);
    {
        QFile f(path);
        if (!f.open(QIODevice::WriteOnly) || f.write(project) != project.size())
            die(path);
    }
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(path);
        if (!db.open())
            die(db.lastError().text());
        for (const QString &statement : sql.split(QLatin1Char(';'), Qt::SkipEmptyParts))
            exec(db, statement);
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
    return readFile(path);
}

QByteArray withWord(QByteArray project, int offset, quint32 value)
{
    qToBigEndian(value, project.data() + offset);
    return project;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    if (argc != 2)
        die(QStringLiteral("usage: fuzz_make_corpus FOLDER"));
    out = QDir(QString::fromLocal8Bit(argv[1]));
    if (!out.mkpath(QStringLiteral(".")) || !scratch.isValid())
        die(QStringLiteral("cannot make the folders"));

    // The sample as the app saves it (4 KiB pages), and small projects with small pages.
    const dapp::ProjectData sample = dapp::sampleProject();
    writeInput(QStringLiteral("sample.dapp"), saved(sample, QStringLiteral("sample.dapp")));
    dapp::ProjectData small = sample;
    for (dapp::Letter &l : small.letters)
        l.text = l.text.left(400);
    const QByteArray compact = compacted(saved(small, QStringLiteral("small.dapp")), QStringLiteral("small"));
    writeInput(QStringLiteral("small-512-byte-pages.dapp"), compact);
    dapp::ProjectData one = small.letterWithDependants(small.letters.firstKey());
    writeInput(QStringLiteral("one-letter.dapp"),
               compacted(saved(one, QStringLiteral("one.dapp")), QStringLiteral("one")));
    // The largest figures a letter can give (6-byte integers in SQLite's records), so that the
    // fuzzer's changes reach numbers beyond them.
    dapp::ProjectData largest = one;
    for (dapp::ProgrammeReturn &r : largest.returns) {
        for (dapp::FigureField f : dapp::kAllFigureFields)
            r.figure(f) = dapp::Figure::reported(dapp::largestFigureValue(dapp::figureKind(f)));
        r.funders = {{QStringLiteral("OPCC"), dapp::largestFigureValue(dapp::FigureKind::Money), 100.0}};
    }
    writeInput(QStringLiteral("largest-figures.dapp"),
               compacted(saved(largest, QStringLiteral("largest.dapp")), QStringLiteral("largest")));
    writeInput(QStringLiteral("empty-project.dapp"),
               compacted(saved(dapp::ProjectData{}, QStringLiteral("empty.dapp")), QStringLiteral("empty")));
    writeInput(QStringLiteral("schema-version-1.dapp"), versionOne());

    // A letter and a programme of an area not among the 43, which the file's own area table holds.
    writeInput(QStringLiteral("area-not-among-the-43.dapp"),
               edited(compact, QStringLiteral("area"),
                      QStringLiteral("INSERT INTO area VALUES ('XYZ', 'Atlantis', 'Nowhere', 'PCC');"
                                     "UPDATE letter SET area_code = 'XYZ' WHERE id = (SELECT min(id) FROM letter);"
                                     "UPDATE programme SET area_code = 'XYZ'")));

    // Files the header check refuses.
    writeInput(QStringLiteral("zero-bytes"), {});
    writeInput(QStringLiteral("not-sqlite.txt"), QByteArrayLiteral("letter,area\n1,Derbyshire\n"));
    writeInput(QStringLiteral("header-only"), compact.left(100));
    writeInput(QStringLiteral("truncated-header"), compact.left(60));
    writeInput(QStringLiteral("truncated-half"), compact.left(compact.size() / 2));
    QByteArray wal = compact;
    wal[18] = 2;
    wal[19] = 2;
    writeInput(QStringLiteral("wal-mode"), wal);
    writeInput(QStringLiteral("wrong-application-id"), withWord(compact, 68, 0x12345678));
    writeInput(QStringLiteral("newer-schema-version"), withWord(compact, 60, quint32(dapp::latestSchemaVersion() + 1)));
    writeInput(QStringLiteral("no-schema-version"), withWord(compact, 60, 0));
    writeInput(QStringLiteral("negative-schema-version"), withWord(compact, 60, 0xffffffffu));

    // A journal beside the file: a hot one (the journal magic) is refused; one left in PERSIST
    // mode (a zeroed header) is harmless.
    const QByteArray magic = QByteArray::fromHex("d9d505f920a163d7");
    QByteArray hot = magic + QByteArray::fromHex("ffffffff00000000") + QByteArray(512 - 16, '\0');
    hot += compact.left(512);
    writeInput(QStringLiteral("hot-journal"), compact, &hot);
    const QByteArray persisted(512, '\0');
    writeInput(QStringLiteral("persisted-journal"), compact, &persisted);
    const QByteArray shortJournal = magic.left(5);
    writeInput(QStringLiteral("short-journal"), compact, &shortJournal);
    return 0;
}
