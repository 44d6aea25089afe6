// Recovering what can be read of a damaged project file: a sound file comes back whole; a
// damaged page loses its own rows and no others, and the loss is counted and named; records whose
// parent is gone are dropped and said to be; the file and what lies beside it are never touched.
#include "domain/areas.h"
#include "storage/migrations.h"
#include "storage/projectjson.h"
#include "storage/projectstore.h"
#include "storage/salvage.h"
#include "pagedamage.h"
#include "testsupport.h"
#include "versionsix.h"
#include "versionthree.h"

#include <QDir>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QtTest>

#include <algorithm>
#include <set>

using namespace dapp;

namespace {
QString save(const ProjectData &data, const QString &path)
{
    ProjectStore store;
    QString error;
    if (!store.createNew(&error) || !store.replaceAll(data, &error) || !store.saveAs(path, &error))
        qWarning("could not save the project: %s", qPrintable(error));
    return path;
}

// The file as version `version` writes `data`: the latest, or 3 and 1 with a return's figures and
// lists in tables of their own.
QString saveAt(const ProjectData &data, const QString &path, int version);

// Runs statements on the file with foreign keys off, as another tool might.
bool execOn(const QString &path, const QStringList &statements)
{
    bool ok = true;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("edit"));
        db.setDatabaseName(path);
        ok = db.open();
        QSqlQuery q(db);
        for (const QString &s : statements) {
            if (ok && !q.exec(s)) {
                qWarning("%s: %s", qPrintable(s), qPrintable(q.lastError().text()));
                ok = false;
            }
        }
        q = QSqlQuery();
        db.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("edit"));
    return ok;
}

// A file as version 1 wrote it: no letter kinds, caveats without figure scopes, no context figures.
bool downgradeToVersionOne(const QString &path)
{
    return execOn(path, {QStringLiteral("ALTER TABLE programme_return DROP COLUMN source"),
                         QStringLiteral("ALTER TABLE letter DROP COLUMN kind"),
                         QStringLiteral("ALTER TABLE caveat DROP COLUMN fields"),
                         QStringLiteral("DROP TABLE context_figure"), QStringLiteral("PRAGMA user_version = 1"),
                         QStringLiteral("VACUUM")});
}

QString saveAt(const ProjectData &data, const QString &path, int version)
{
    if (version == latestSchemaVersion())
        return save(data, path);
    if (version == 6) {
        if (!test::writeVersionSix(data, path))
            qWarning("could not write a version 6 file");
        return path;
    }
    if (!test::writeVersionThree(data, path) || (version == 1 && !downgradeToVersionOne(path)))
        qWarning("could not write a version %d file", version);
    return path;
}

QString filler(const QString &text, int length)
{
    QString s;
    while (s.size() < length)
        s += text;
    return s.left(length);
}

// `count` letters, each with one programme, one return (seven figures, a referrer, a funder, a
// caveat) and, from version 2, one context figure; every table spans several pages. Record i
// of every table belongs with letter i.
ProjectData bigProject(int count, bool versionOne)
{
    ProjectData p;
    for (int i = 1; i <= count; ++i) {
        const QString area = Areas::all().at(i % 43).code;
        Letter l;
        l.id = i;
        l.kind = !versionOne && i % 5 == 0 ? LetterKind::PanelReport : LetterKind::FoiResponse;
        l.areaCode = area;
        l.issuingBody = QStringLiteral("OPCC %1").arg(i);
        l.foiReference = QStringLiteral("FOI %1/2023").arg(i);
        l.requestReceived = QDate(2023, 1, 1).addDays(i);
        l.responseDate = i % 3 ? QDate(2023, 3, 1).addDays(i) : QDate();
        l.financialYear = QStringLiteral("2022/23");
        l.cohort = i % 2 ? Cohort::Male : Cohort::Female;
        l.text = filler(QStringLiteral("Letter %1 answers the request. ").arg(i), 700);
        p.letters.insert(l.id, l);

        Programme pr{i, area, QStringLiteral("Programme %1").arg(i), QStringLiteral("Provider %1").arg(i),
                     QStringLiteral("high"), QStringLiteral("men"),
                     filler(QStringLiteral("What programme %1 does. ").arg(i), 300), QString(), QString()};
        p.programmes.insert(pr.id, pr);

        ProgrammeReturn r;
        r.id = i;
        r.letterId = i;
        r.programmeId = i;
        for (FigureField f : kAllFigureFields) {
            const int k = int(f);
            const QString quote = filler(QStringLiteral("Figure %1 of return %2. ").arg(k).arg(i), 120);
            r.figure(f) = (i + k) % 4 == 0 ? Figure::withStatus(FigureStatus::NotHeld, quote)
                                           : Figure::reported(i * 10 + k, quote);
        }
        r.referrers = {QStringLiteral("Police %1").arg(i)};
        r.referrersQuote = filler(QStringLiteral("Referred by the police of area %1. ").arg(i), 200);
        r.funders = {Funder{QStringLiteral("PCC"), qint64(1000) * i, std::nullopt}};
        r.fundersQuote = filler(QStringLiteral("Funded by the PCC %1. ").arg(i), 200);
        r.caveats = {Caveat{filler(QStringLiteral("Caveat %1 of the budget. ").arg(i), 200),
                            versionOne ? QList<FigureField>{} : QList<FigureField>{FigureField::Budget}}};
        p.returns.insert(r.id, r);

        if (!versionOne) {
            ContextFigure c;
            c.id = i;
            c.letterId = i;
            c.areaCode = area;
            c.label = QStringLiteral("Home Office funding %1").arg(i);
            c.period = QStringLiteral("2023/24");
            c.figure = Figure::reported(5000 * i, filler(QStringLiteral("Awarded %1. ").arg(i), 200));
            c.kind = FigureKind::Money;
            p.contextFigures.insert(c.id, c);
        }
    }
    return p;
}

const SalvageReport::Table *tableOf(const SalvageReport &report, const QString &table)
{
    for (const SalvageReport::Table &t : report.tables)
        if (t.table == table)
            return &t;
    return nullptr;
}

// Rows of every table of a file at `version`: what a whole recovery reads. From version 4 a
// return's figures and lists are in its own row.
QMap<QString, int> rowCounts(const ProjectData &p, int version = latestSchemaVersion())
{
    QMap<QString, int> counts{{QStringLiteral("letter"), int(p.letters.size())},
                              {QStringLiteral("programme"), int(p.programmes.size())},
                              {QStringLiteral("programme_return"), int(p.returns.size())},
                              {QStringLiteral("context_figure"), int(p.contextFigures.size())}};
    if (version >= 4)
        return counts;
    if (version < 2)
        counts.remove(QStringLiteral("context_figure")); // panel reports came with version 2
    counts.insert(QStringLiteral("figure"), int(p.returns.size()) * 7);
    for (const QString &list : {QStringLiteral("referrer"), QStringLiteral("funder"), QStringLiteral("caveat")})
        counts.insert(list, 0);
    for (const ProgrammeReturn &r : p.returns) {
        counts[QStringLiteral("referrer")] += int(r.referrers.size());
        counts[QStringLiteral("funder")] += int(r.funders.size());
        counts[QStringLiteral("caveat")] += int(r.caveats.size());
    }
    return counts;
}

QStringList filesIn(const QString &dir)
{
    return QDir(dir).entryList(QDir::Files | QDir::Hidden | QDir::NoDotAndDotDot, QDir::Name);
}

// The return ids on a leaf page of `table` and, for figures and lists, the second key column.
QList<std::pair<qint64, QString>> keysOnPage(const QString &path, const QString &table, const test::LeafPage &page)
{
    const bool child = table == QLatin1String("figure") || table == QLatin1String("caveat");
    const QString second = table == QLatin1String("figure") ? QStringLiteral("field") : QStringLiteral("position");
    const QVariantList rows = test::queryColumn(
        path, child ? QStringLiteral("SELECT rowid || ' ' || return_id || ' ' || %1 FROM %2").arg(second, table)
                    : QStringLiteral("SELECT rowid || ' ' || id FROM %1").arg(table));
    QHash<qint64, std::pair<qint64, QString>> byRowid;
    for (const QVariant &v : rows) {
        const QStringList parts = v.toString().split(QLatin1Char(' '));
        byRowid.insert(parts.value(0).toLongLong(), {parts.value(1).toLongLong(), parts.value(2)});
    }
    QList<std::pair<qint64, QString>> keys;
    for (qint64 rowid : page.rowids)
        keys << byRowid.value(rowid);
    return keys;
}
} // namespace

class TestSalvage : public QObject
{
    Q_OBJECT
private slots:
    void soundFileComesBackWhole_data();
    void soundFileComesBackWhole();
    void damagedPageLosesOnlyItsOwnRows_data();
    void damagedPageLosesOnlyItsOwnRows();
    void twoDamagedPagesOfOneTable();
    void pageThatSilentlyHoldsFewerRows();
    void recordsOfValuesNoProjectHolds_data();
    void recordsOfValuesNoProjectHolds();
    void flippedBytesOfTheFirstTablePage();
    void orphansAreDroppedAndSaidToBe_data();
    void orphansAreDroppedAndSaidToBe();
    void whatIsNoProjectGivesNothing_data();
    void whatIsNoProjectGivesNothing();
    void damagedListOfTablesGivesNothing();
    void journalAndLogBesideAreLeftAlone();
    void olderSchemaIsMigratedOnTheCopy();
    void truncatedFileSaysWhatIsLost();

private:
    QTemporaryDir m_dir;
};

void TestSalvage::soundFileComesBackWhole_data()
{
    QTest::addColumn<ProjectData>("project");
    QTest::addColumn<int>("version");
    QTest::newRow("sample") << sampleProject() << latestSchemaVersion();
    QTest::newRow("many pages") << bigProject(60, false) << latestSchemaVersion();
    QTest::newRow("empty") << ProjectData() << latestSchemaVersion();
    QTest::newRow("sample, version 3") << sampleProject() << 3;
    QTest::newRow("many pages, version 3") << bigProject(60, false) << 3;
}

void TestSalvage::soundFileComesBackWhole()
{
    QFETCH(ProjectData, project);
    QFETCH(int, version);
    QTemporaryDir dir;
    const QString path = saveAt(project, dir.filePath(QStringLiteral("sound.dapp")), version);
    const QByteArray hash = test::fileHash(path);
    ProjectStore opened;
    QString error;
    QVERIFY2(opened.open(path, &error, OpenAccess::ReadOnly), qPrintable(error));

    SalvageReport report;
    const auto salvaged = salvageProject(path, &report, &error);
    QVERIFY2(salvaged, qPrintable(error));
    QVERIFY(*salvaged == opened.data());
    QVERIFY(*salvaged == project);
    QVERIFY(!report.anythingLost());
    const QMap<QString, int> counts = rowCounts(project, version);
    QCOMPARE(report.tables.size(), counts.size());
    for (const SalvageReport::Table &t : report.tables) {
        QCOMPARE(t.read, counts.value(t.table));
        QCOMPARE(t.lost, 0);
        QVERIFY(t.lostCountKnown);
        QVERIFY2(t.problems.isEmpty(), qPrintable(t.problems.join(QLatin1Char('\n'))));
    }
    // An older file is said to have been brought up to this version, and nothing else.
    QCOMPARE(report.notes.size(), version == latestSchemaVersion() ? 0 : 1);
    QCOMPARE(report.summaryLines().constFirst(),
             QStringLiteral("letters: %1 read, nothing lost").arg(project.letters.size()));
    QCOMPARE(test::fileHash(path), hash);
    QCOMPARE(filesIn(dir.path()), QStringList{QStringLiteral("sound.dapp")});
}

void TestSalvage::damagedPageLosesOnlyItsOwnRows_data()
{
    QTest::addColumn<QString>("table");
    QTest::addColumn<int>("version");
    for (int version : {latestSchemaVersion(), 3, 1}) {
        for (const QString &table : {QStringLiteral("letter"), QStringLiteral("programme"), QStringLiteral("programme_return"),
                                     QStringLiteral("figure"), QStringLiteral("caveat"), QStringLiteral("context_figure")}) {
            if (version == 1 && table == QLatin1String("context_figure"))
                continue;
            const bool ownTable = table == QLatin1String("figure") || table == QLatin1String("caveat");
            if (version >= 4 && ownTable)
                continue; // in the return's own row
            QTest::newRow(qPrintable(QStringLiteral("%1, version %2").arg(table).arg(version))) << table << version;
        }
    }
}

void TestSalvage::damagedPageLosesOnlyItsOwnRows()
{
    QFETCH(QString, table);
    QFETCH(int, version);
    constexpr int kCount = 60;
    const ProjectData original = bigProject(kCount, version == 1);
    QTemporaryDir dir;
    const QString path = saveAt(original, dir.filePath(QStringLiteral("damaged.dapp")), version);
    const QList<test::LeafPage> leaves = test::tableLeafPages(path, table);
    QVERIFY2(leaves.size() >= 3, qPrintable(QStringLiteral("%1 leaf pages").arg(leaves.size())));
    const test::LeafPage damaged = leaves.at(leaves.size() / 2);
    const QList<std::pair<qint64, QString>> lostKeys = keysOnPage(path, table, damaged);
    QVERIFY(!lostKeys.isEmpty());
    QVERIFY(test::flipBytesOfPage(path, damaged.page));
    const QByteArray hash = test::fileHash(path);

    SalvageReport report;
    QString error;
    const auto salvaged = salvageProject(path, &report, &error);
    QVERIFY2(salvaged, qPrintable(error));
    QCOMPARE(test::fileHash(path), hash);
    QCOMPARE(filesIn(dir.path()), QStringList{QStringLiteral("damaged.dapp")});
    QVERIFY(report.anythingLost());

    // What should come back: everything but the page's rows and what hangs off them.
    ProjectData expected = original;
    std::set<qint64> lostIds;
    for (const auto &k : lostKeys)
        lostIds.insert(k.first);
    QMap<QString, int> lost;
    const auto dropReturn = [&](Id id) {
        const ProgrammeReturn r = expected.returns.take(id);
        lost[QStringLiteral("programme_return")] += 1;
        if (version >= 4)
            return;
        lost[QStringLiteral("figure")] += 7;
        lost[QStringLiteral("referrer")] += int(r.referrers.size());
        lost[QStringLiteral("funder")] += int(r.funders.size());
        lost[QStringLiteral("caveat")] += int(r.caveats.size());
    };
    if (table == QLatin1String("letter")) {
        for (qint64 id : lostIds) {
            expected.letters.remove(id);
            dropReturn(id);
            if (expected.contextFigures.remove(id))
                lost[QStringLiteral("context_figure")] += 1;
        }
        lost[QStringLiteral("letter")] = int(lostIds.size());
    } else if (table == QLatin1String("programme")) {
        for (qint64 id : lostIds) {
            expected.programmes.remove(id);
            dropReturn(id);
        }
        lost[QStringLiteral("programme")] = int(lostIds.size());
    } else if (table == QLatin1String("programme_return")) {
        for (qint64 id : lostIds)
            dropReturn(id);
    } else if (table == QLatin1String("context_figure")) {
        for (qint64 id : lostIds)
            expected.contextFigures.remove(id);
        lost[QStringLiteral("context_figure")] = int(lostIds.size());
    } else if (table == QLatin1String("figure")) {
        // The return stays; each lost figure is "not provided" with a note, never a number, and a
        // caveat scoped to the lost figures says what happened.
        QMap<Id, QList<FigureField>> lostFields;
        for (const auto &k : lostKeys)
            lostFields[k.first] << *fieldFromKey(k.second);
        for (auto it = lostFields.begin(); it != lostFields.end(); ++it) {
            std::sort(it->begin(), it->end());
            const ProgrammeReturn &got = salvaged->returns.value(it.key());
            ProgrammeReturn &want = expected.returns[it.key()];
            for (FigureField f : *it) {
                QCOMPARE(got.figure(f).status, FigureStatus::NotProvided);
                QVERIFY(!got.figure(f).isReported());
                QVERIFY2(got.figure(f).note().contains(QStringLiteral("could not be read")), qPrintable(got.figure(f).note()));
                want.figure(f) = got.figure(f);
            }
            QCOMPARE(got.caveats.size(), want.caveats.size() + 1);
            QCOMPARE(got.caveats.constLast().fields, *it);
            QVERIFY2(got.caveats.constLast().text.contains(fieldLabel(it->constFirst())),
                     qPrintable(got.caveats.constLast().text));
            want.caveats << got.caveats.constLast();
        }
        lost[QStringLiteral("figure")] = int(lostKeys.size());
    } else if (table == QLatin1String("caveat")) {
        // Each return had one caveat; one that lost it gets a caveat, on the whole return, saying so.
        for (qint64 id : lostIds) {
            const ProgrammeReturn &got = salvaged->returns.value(id);
            QCOMPARE(got.caveats.size(), 1);
            QVERIFY2(got.caveats.constFirst().text.contains(QStringLiteral("the caveat at position 1 could not be read")),
                     qPrintable(got.caveats.constFirst().text));
            QVERIFY(got.caveats.constFirst().fields.isEmpty());
            expected.returns[id].caveats = got.caveats;
        }
        lost[QStringLiteral("caveat")] = int(lostIds.size());
    }

    // The rows on either side of the damaged page came back.
    if (table != QLatin1String("figure") && table != QLatin1String("caveat")) {
        const qint64 before = *lostIds.begin() - 1;
        const qint64 after = *lostIds.rbegin() + 1;
        QVERIFY(before >= 1 && after <= kCount);
        QVERIFY(expected.returns.contains(before) || table == QLatin1String("context_figure"));
    }
    QCOMPARE(salvaged->letters, expected.letters);
    QCOMPARE(salvaged->programmes, expected.programmes);
    QCOMPARE(salvaged->returns.keys(), expected.returns.keys());
    QCOMPARE(salvaged->returns, expected.returns);
    QCOMPARE(salvaged->contextFigures, expected.contextFigures);

    const QMap<QString, int> counts = rowCounts(original, version);
    QCOMPARE(report.tables.size(), counts.size());
    for (const SalvageReport::Table &t : report.tables) {
        QVERIFY2(t.lostCountKnown, qPrintable(t.table)); // the index counted them
        QCOMPARE(t.lost, lost.value(t.table));
        QCOMPARE(t.read, counts.value(t.table) - lost.value(t.table));
    }
    const SalvageReport::Table *damagedTable = tableOf(report, table);
    QVERIFY(damagedTable);
    const QString problems = damagedTable->problems.join(QLatin1Char('\n'));
    if (table == QLatin1String("figure") || table == QLatin1String("caveat")) {
        // Named by return, with its area and programme.
        const qint64 id = *lostIds.begin();
        QVERIFY2(problems.contains(QStringLiteral("return %1 (%2 · Programme %1)")
                                       .arg(id)
                                       .arg(Areas::nameOf(original.letters.value(id).areaCode))),
                 qPrintable(problems));
    } else {
        const QString ids = lostIds.size() == 1 ? QString::number(*lostIds.begin())
                                                : QStringLiteral("%1–%2").arg(*lostIds.begin()).arg(*lostIds.rbegin());
        QVERIFY2(problems.contains(QStringLiteral("ids %1 could not be read (damaged page)").arg(ids)), qPrintable(problems));
    }
    const QString line = report.summaryLines().at(int(damagedTable - report.tables.constData()));
    QVERIFY2(line.startsWith(QStringLiteral("%1: %2 read, %3 lost — ")
                                 .arg(damagedTable->shownName)
                                 .arg(damagedTable->read)
                                 .arg(damagedTable->lost)),
             qPrintable(line));
    QCOMPARE(report.notes.isEmpty(), version == latestSchemaVersion());
}

void TestSalvage::twoDamagedPagesOfOneTable()
{
    // Two pages of letters with a sound one between them, and its index damaged too: the rows
    // between come back, and without the index the loss is bounded, not counted.
    const ProjectData original = bigProject(60, false);
    const QString path = save(original, m_dir.filePath(QStringLiteral("two.dapp")));
    const QList<test::LeafPage> leaves = test::tableLeafPages(path, QStringLiteral("letter"));
    QVERIFY(leaves.size() >= 5);
    const QVariantList indexRoot = test::queryColumn(
        path, QStringLiteral("SELECT rootpage FROM sqlite_master WHERE name = 'sqlite_autoindex_letter_1'"));
    QCOMPARE(indexRoot.size(), 1);
    std::set<qint64> lostIds;
    for (int i : {1, 3})
        for (const auto &k : keysOnPage(path, QStringLiteral("letter"), leaves.at(i)))
            lostIds.insert(k.first);
    QVERIFY(test::flipBytesOfPage(path, leaves.at(1).page));
    QVERIFY(test::flipBytesOfPage(path, leaves.at(3).page));
    QVERIFY(test::flipBytesOfPage(path, indexRoot.constFirst().toLongLong()));

    SalvageReport report;
    QString error;
    const auto salvaged = salvageProject(path, &report, &error);
    QVERIFY2(salvaged, qPrintable(error));
    QList<Id> expectedIds;
    for (Id id = 1; id <= 60; ++id)
        if (!lostIds.count(id))
            expectedIds << id;
    QCOMPARE(salvaged->letters.keys(), expectedIds); // pages 0, 2 and 4 on all read
    const SalvageReport::Table *letters = tableOf(report, QStringLiteral("letter"));
    QVERIFY(letters);
    QCOMPARE(letters->read, int(expectedIds.size()));
    QVERIFY(!letters->lostCountKnown);
    QVERIFY(report.anythingLost());
    const QString problems = letters->problems.join(QLatin1Char('\n'));
    // Rowids follow ids here, so the bound is the page's own rows.
    QVERIFY2(problems.contains(QStringLiteral("rows between id %1 and id %2 could not be read (damaged page); at most %3 of them")
                                   .arg(*lostIds.begin() - 1)
                                   .arg(*lostIds.begin() + leaves.at(1).rowids.size())
                                   .arg(leaves.at(1).rowids.size())),
             qPrintable(problems));
    QVERIFY2(problems.contains(QStringLiteral("index is damaged too")), qPrintable(problems));
    QVERIFY2(report.summaryLines().constFirst().startsWith(QStringLiteral("letters: 50 read, an unknown number lost — ")),
             qPrintable(report.summaryLines().constFirst()));
}

void TestSalvage::pageThatSilentlyHoldsFewerRows()
{
    // A page whose cell count was damaged downwards reads without any error, two rows short: the
    // index, which lists them, has the loss counted and named.
    const ProjectData original = bigProject(60, false);
    const QString path = save(original, m_dir.filePath(QStringLiteral("short.dapp")));
    const QList<test::LeafPage> leaves = test::tableLeafPages(path, QStringLiteral("letter"));
    QVERIFY(leaves.size() >= 3);
    const test::LeafPage page = leaves.at(leaves.size() / 2);
    const QList<std::pair<qint64, QString>> keys = keysOnPage(path, QStringLiteral("letter"), page);
    QVERIFY(keys.size() >= 3);
    {
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadWrite));
        const QByteArray header = file.read(100);
        const qint64 at = (page.page - 1) * test::detail::word(header, 16) + 3; // the page's cell count
        QVERIFY(file.seek(at));
        const QByteArray count = file.read(2);
        QCOMPARE((quint8(count[0]) << 8) | quint8(count[1]), int(keys.size()));
        QVERIFY(file.seek(at));
        const int shorter = int(keys.size()) - 2;
        QByteArray bytes(2, '\0');
        bytes[0] = char(shorter >> 8);
        bytes[1] = char(shorter & 0xff);
        QVERIFY(file.write(bytes) == 2);
    }
    SalvageReport report;
    QString error;
    const auto salvaged = salvageProject(path, &report, &error);
    QVERIFY2(salvaged, qPrintable(error));
    const qint64 first = keys.at(keys.size() - 2).first;
    const qint64 last = keys.constLast().first;
    QVERIFY(!salvaged->letters.contains(first) && !salvaged->letters.contains(last));
    QCOMPARE(salvaged->letters.size(), 58);
    const SalvageReport::Table *letters = tableOf(report, QStringLiteral("letter"));
    QCOMPARE(letters->lost, 2);
    QVERIFY(letters->lostCountKnown);
    QVERIFY2(letters->problems.contains(QStringLiteral("ids %1–%2 could not be read (damaged page)").arg(first).arg(last)),
             qPrintable(letters->problems.join(QLatin1Char('\n'))));
    QCOMPARE(tableOf(report, QStringLiteral("programme_return"))->lost, 2); // their returns, dropped
}

void TestSalvage::recordsOfValuesNoProjectHolds_data()
{
    QTest::addColumn<int>("version");
    QTest::newRow("latest") << latestSchemaVersion();
    QTest::newRow("version 6") << 6;
    QTest::newRow("version 3") << 3;
}

void TestSalvage::recordsOfValuesNoProjectHolds()
{
    // Values this version never writes are a damaged record: a figure's status no project knows
    // is left out, never made a number, as is a programme in an area that does not exist (with
    // its returns). In version 3 the figure was a row of its own: the return stays with that
    // figure marked lost. From version 4 it is part of the return's row, which is left out whole;
    // so is a return whose list of funders is not one this version writes.
    QFETCH(int, version);
    const ProjectData sample = sampleProject();
    const QString path = saveAt(sample, m_dir.filePath(QStringLiteral("values-%1.dapp").arg(version)), version);
    const ProgrammeReturn figureReturn = sample.returns.first();
    const ProgrammeReturn listReturn = *std::next(sample.returns.begin());
    const ProgrammeReturn notesReturn = *std::next(sample.returns.begin(), 2);
    Id badProgramme = 0;
    for (const ProgrammeReturn &r : sample.returns)
        if (r.programmeId != figureReturn.programmeId && r.programmeId != listReturn.programmeId
            && r.programmeId != notesReturn.programmeId)
            badProgramme = r.programmeId;
    QVERIFY(badProgramme != 0);
    const QString badFigure =
        version >= 4 ? QStringLiteral("UPDATE programme_return SET budget_gbp_status = 'nearly', budget_gbp_value = NULL "
                                      "WHERE id = %1")
                           .arg(figureReturn.id)
                     : QStringLiteral("UPDATE figure SET status = 'nearly', value = NULL WHERE return_id = %1 AND "
                                      "field = 'budget_gbp'")
                           .arg(figureReturn.id);
    QStringList damage{badFigure, QStringLiteral("PRAGMA foreign_keys = OFF"),
                       QStringLiteral("UPDATE programme SET area_code = 'NOWHERE' WHERE id = %1").arg(badProgramme)};
    if (version >= 4)
        damage << QStringLiteral("UPDATE programme_return SET funders = '[{\"name\": 7}]' WHERE id = %1").arg(listReturn.id);
    // Version 7's notes, quotes and places are one JSON object; version 6's were columns.
    damage << (version >= 7 ? QStringLiteral("UPDATE programme_return SET figure_notes = '{\"budget_gbp\":{\"quote_start\":3}}' "
                                             "WHERE id = %1")
                                  .arg(notesReturn.id)
               // Within version 5's CHECK, but a place no project keeps (version 7 would refuse it).
               : version >= 5 ? QStringLiteral("UPDATE programme_return SET budget_gbp_quote_start = 72057594037927936, "
                                               "budget_gbp_quote_length = 3 WHERE id = %1")
                                    .arg(notesReturn.id)
                              : QString());
    damage.removeAll(QString());
    if (version >= 5)
        damage.prepend(QStringLiteral("PRAGMA ignore_check_constraints = ON"));
    QVERIFY(execOn(path, damage));
    SalvageReport report;
    QString error;
    const auto salvaged = salvageProject(path, &report, &error);
    QVERIFY2(salvaged, qPrintable(error));
    if (version >= 4) {
        QVERIFY(!salvaged->returns.contains(figureReturn.id));
        QVERIFY(!salvaged->returns.contains(listReturn.id));
        QVERIFY(!salvaged->returns.contains(notesReturn.id));
        QVERIFY(salvaged->returns.contains(std::next(sample.returns.begin(), 3).key()));
        const SalvageReport::Table *returns = tableOf(report, QStringLiteral("programme_return"));
        const QString words = returns->problems.join(QLatin1Char('\n'));
        QVERIFY2(words.contains(QStringLiteral("(damaged records) were left out: ids")), qPrintable(words));
        QCOMPARE(notesReturn.id, figureReturn.id + 2); // the three in a row, said as one run of ids
        QVERIFY2(words.contains(QStringLiteral("left out: ids %1–%2").arg(figureReturn.id).arg(notesReturn.id)), qPrintable(words));
        QVERIFY(!tableOf(report, QStringLiteral("figure")));
    } else {
        const Figure budget = salvaged->returns.value(figureReturn.id).figure(FigureField::Budget);
        QCOMPARE(budget.status, FigureStatus::NotProvided);
        QVERIFY(budget.note().contains(QStringLiteral("could not be read")));
        QVERIFY(salvaged->returns.value(figureReturn.id).caveats.constLast().text.contains(fieldLabel(FigureField::Budget)));
        const SalvageReport::Table *figures = tableOf(report, QStringLiteral("figure"));
        const QString words = figures->problems.join(QLatin1Char('\n'));
        QVERIFY2(words.contains(QStringLiteral("damaged records")) && words.contains(QStringLiteral("return %1 (").arg(figureReturn.id)),
                 qPrintable(words));
    }
    QVERIFY(report.anythingLost());
    QVERIFY(!salvaged->programmes.contains(badProgramme));
    const SalvageReport::Table *programmes = tableOf(report, QStringLiteral("programme"));
    QCOMPARE(programmes->lost, 1);
    QVERIFY(programmes->problems.join(QLatin1Char('\n')).contains(QStringLiteral("(damaged records) were left out: ids %1").arg(badProgramme)));
    for (const ProgrammeReturn &r : salvaged->returns)
        QVERIFY(r.programmeId != badProgramme);
}

void TestSalvage::flippedBytesOfTheFirstTablePage()
{
    // The helper the other tests damage files with hits the first table page after the schema's:
    // the list of police force areas. That list is reference data this version ships, so the
    // project comes back whole, and the report says what was damaged.
    const QString path = save(sampleProject(), m_dir.filePath(QStringLiteral("flipped.dapp")));
    QVERIFY(test::flipBytesOfATablePage(path));
    const QByteArray hash = test::fileHash(path);
    ProjectStore store;
    QString error;
    QVERIFY(!store.open(path, &error)); // the file is refused as damaged...

    SalvageReport report;
    const auto salvaged = salvageProject(path, &report, &error);
    QVERIFY2(salvaged, qPrintable(error));
    QVERIFY(*salvaged == sampleProject()); // ...and nothing of the project was on that page
    QVERIFY(!report.anythingLost());
    QCOMPARE(report.notes.size(), 1);
    QVERIFY2(report.notes.constFirst().contains(QStringLiteral("police force areas")), qPrintable(report.notes.constFirst()));
    QVERIFY(report.summaryLines().contains(report.notes.constFirst()));
    QCOMPARE(test::fileHash(path), hash);
}

void TestSalvage::orphansAreDroppedAndSaidToBe_data()
{
    QTest::addColumn<int>("version");
    QTest::newRow("latest") << latestSchemaVersion();
    QTest::newRow("version 3") << 3;
}

void TestSalvage::orphansAreDroppedAndSaidToBe()
{
    // Written with foreign keys off by another tool: a letter with returns is gone, and the
    // programme of another letter's return.
    QFETCH(int, version);
    const ProjectData sample = sampleProject();
    const QString path = saveAt(sample, m_dir.filePath(QStringLiteral("orphans-%1.dapp").arg(version)), version);
    const Id goneLetter = sample.returns.first().letterId;
    Id goneProgramme = 0;
    for (const ProgrammeReturn &r : sample.returns)
        if (r.letterId != goneLetter)
            goneProgramme = r.programmeId;
    QVERIFY(goneProgramme != 0);
    QVERIFY(execOn(path, {QStringLiteral("PRAGMA foreign_keys = OFF"),
                          QStringLiteral("DELETE FROM letter WHERE id = %1").arg(goneLetter),
                          QStringLiteral("DELETE FROM programme WHERE id = %1").arg(goneProgramme)}));
    const QByteArray hash = test::fileHash(path);

    ProjectData expected = sample;
    expected.letters.remove(goneLetter);
    expected.programmes.remove(goneProgramme);
    QMap<QString, int> lost;
    std::set<qint64> lostReturns;
    for (const ProgrammeReturn &r : sample.returns) {
        if (r.letterId != goneLetter && r.programmeId != goneProgramme)
            continue;
        expected.returns.remove(r.id);
        lostReturns.insert(r.id);
        lost[QStringLiteral("programme_return")] += 1;
        if (version >= 4)
            continue; // its figures and lists went with its row
        lost[QStringLiteral("figure")] += 7;
        lost[QStringLiteral("referrer")] += int(r.referrers.size());
        lost[QStringLiteral("funder")] += int(r.funders.size());
        lost[QStringLiteral("caveat")] += int(r.caveats.size());
    }
    for (const ContextFigure &c : sample.contextFigures) {
        if (c.letterId == goneLetter) {
            expected.contextFigures.remove(c.id);
            lost[QStringLiteral("context_figure")] += 1;
        }
    }
    QVERIFY(lost.value(QStringLiteral("programme_return")) >= 2);

    SalvageReport report;
    QString error;
    const auto salvaged = salvageProject(path, &report, &error);
    QVERIFY2(salvaged, qPrintable(error));
    QVERIFY(*salvaged == expected);
    QVERIFY(report.anythingLost());
    const QMap<QString, int> counts = rowCounts(sample, version);
    QCOMPARE(report.tables.size(), counts.size());
    for (const SalvageReport::Table &t : report.tables) {
        QCOMPARE(t.lost, lost.value(t.table));
        QVERIFY(t.lostCountKnown);
        const int gone = t.table == QLatin1String("letter") || t.table == QLatin1String("programme") ? 1 : 0;
        QCOMPARE(t.read, counts.value(t.table) - lost.value(t.table) - gone); // the deleted ones were never there
    }
    const QString returns = tableOf(report, QStringLiteral("programme_return"))->problems.join(QLatin1Char('\n'));
    QVERIFY2(returns.contains(QStringLiteral("dropped because their letter is missing: ids")), qPrintable(returns));
    QVERIFY2(returns.contains(QStringLiteral("dropped because their programme is missing: ids")), qPrintable(returns));
    if (version < 4) {
        const QString figures = tableOf(report, QStringLiteral("figure"))->problems.join(QLatin1Char('\n'));
        QVERIFY2(figures.contains(QStringLiteral("dropped because their return is missing: rows of returns")),
                 qPrintable(figures));
    }
    QCOMPARE(test::fileHash(path), hash);
}

void TestSalvage::whatIsNoProjectGivesNothing_data()
{
    QTest::addColumn<QByteArray>("content");
    QTest::addColumn<QString>("kind");
    QTest::addColumn<QString>("message");
    QTest::newRow("text file") << QByteArray("area,financial_year\n") << QString() << QStringLiteral("not an SQLite database");
    QTest::newRow("empty file") << QByteArray() << QString() << QStringLiteral("not an SQLite database");
    QTest::newRow("half a header") << QByteArray("SQLite format 3\0", 16) + QByteArray(20, '\1') << QString()
                                   << QStringLiteral("ends inside its database header");
    QTest::newRow("another database") << QByteArray() << QStringLiteral("sqlite") << QStringLiteral("not a DAPP Analyst project");
    QTest::newRow("missing") << QByteArray() << QStringLiteral("missing") << QStringLiteral("does not exist");
    QTest::newRow("folder") << QByteArray() << QStringLiteral("folder") << QStringLiteral("is not a file");
}

void TestSalvage::whatIsNoProjectGivesNothing()
{
    QFETCH(QByteArray, content);
    QFETCH(QString, kind);
    QFETCH(QString, message);
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("not-a-project.dapp"));
    if (kind == QLatin1String("sqlite")) {
        QVERIFY(execOn(path, {QStringLiteral("CREATE TABLE t (x INTEGER)"), QStringLiteral("INSERT INTO t VALUES (1)")}));
    } else if (kind == QLatin1String("folder")) {
        QVERIFY(QDir(dir.path()).mkdir(QStringLiteral("not-a-project.dapp")));
    } else if (kind.isEmpty()) {
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(content);
    }
    const QByteArray hash = test::fileHash(path);
    const QStringList files = filesIn(dir.path());
    SalvageReport report;
    QString error;
    QVERIFY(!salvageProject(path, &report, &error));
    QVERIFY2(error.contains(message), qPrintable(error));
    if (kind != QLatin1String("missing"))
        QVERIFY2(error.contains(QStringLiteral("not-a-project.dapp")), qPrintable(error)); // says which file
    QVERIFY(report.tables.isEmpty());
    QCOMPARE(test::fileHash(path), hash);
    QCOMPARE(filesIn(dir.path()), files);
}

void TestSalvage::damagedListOfTablesGivesNothing()
{
    // The schema's own page (page 1, after the 100-byte header) damaged: no table can be found.
    const QString path = save(sampleProject(), m_dir.filePath(QStringLiteral("schema.dapp")));
    {
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadWrite));
        QByteArray bytes = file.readAll();
        for (int i = 101; i <= 150; ++i)
            bytes[i] = char(~bytes[i]);
        QVERIFY(file.seek(0) && file.write(bytes) == bytes.size());
    }
    const QByteArray hash = test::fileHash(path);
    SalvageReport report;
    QString error;
    QVERIFY(!salvageProject(path, &report, &error));
    QVERIFY2(error.contains(QStringLiteral("schema.dapp")) && error.contains(QStringLiteral("lists its tables")),
             qPrintable(error));
    QCOMPARE(test::fileHash(path), hash);
}

void TestSalvage::journalAndLogBesideAreLeftAlone()
{
    QTemporaryDir dir;
    const QString path = save(sampleProject(), dir.filePath(QStringLiteral("beside.dapp")));
    QFile journal(path + QStringLiteral("-journal"));
    QVERIFY(journal.open(QIODevice::WriteOnly));
    journal.write(QByteArray::fromHex("d9d505f920a163d7") + QByteArray(504, 'j')); // an unfinished write
    journal.close();
    QFile log(path + QStringLiteral("-wal"));
    QVERIFY(log.open(QIODevice::WriteOnly));
    log.write(QByteArray(4096, 'w'));
    log.close();
    const QStringList files = filesIn(dir.path());
    QCOMPARE(files.size(), 3);
    QMap<QString, QByteArray> hashes;
    for (const QString &f : files)
        hashes.insert(f, test::fileHash(dir.filePath(f)));

    SalvageReport report;
    QString error;
    const auto salvaged = salvageProject(path, &report, &error);
    QVERIFY2(salvaged, qPrintable(error));
    QVERIFY(*salvaged == sampleProject()); // the file as it is on disk
    QVERIFY(!report.anythingLost());
    const QString notes = report.notes.join(QLatin1Char('\n'));
    QVERIFY2(notes.contains(QStringLiteral("beside.dapp-journal")) && notes.contains(QStringLiteral("unfinished write")),
             qPrintable(notes));
    QVERIFY2(notes.contains(QStringLiteral("beside.dapp-wal")) && notes.contains(QStringLiteral("not read")), qPrintable(notes));
    QCOMPARE(filesIn(dir.path()), files); // nothing new beside it (no -shm), nothing removed
    for (const QString &f : files)
        QCOMPARE(test::fileHash(dir.filePath(f)), hashes.value(f));
}

void TestSalvage::olderSchemaIsMigratedOnTheCopy()
{
    const ProjectData original = bigProject(12, true);
    const QString path = saveAt(original, m_dir.filePath(QStringLiteral("v1.dapp")), 1);
    const QByteArray hash = test::fileHash(path);
    ProjectStore opened;
    QString error;
    QVERIFY2(opened.open(path, &error, OpenAccess::ReadOnly), qPrintable(error));

    SalvageReport report;
    const auto salvaged = salvageProject(path, &report, &error);
    QVERIFY2(salvaged, qPrintable(error));
    QVERIFY(*salvaged == opened.data());
    QVERIFY(*salvaged == original);
    QVERIFY(!report.anythingLost());
    QVERIFY(!tableOf(report, QStringLiteral("context_figure"))); // version 1 has none
    QCOMPARE(report.notes.size(), 1);
    QVERIFY2(report.notes.constFirst().contains(QStringLiteral("version 1")), qPrintable(report.notes.constFirst()));
    QCOMPARE(test::fileHash(path), hash);
    QCOMPARE(test::queryColumn(path, QStringLiteral("PRAGMA user_version")).value(0).toInt(), 1);
}

void TestSalvage::truncatedFileSaysWhatIsLost()
{
    // The second half of the file gone (a copy cut short), which SQLite refuses whole: what lies
    // in the first half comes back as it was, and every row is accounted for, read or lost,
    // wherever the count is said to be known.
    const ProjectData original = bigProject(60, false);
    const QString path = save(original, m_dir.filePath(QStringLiteral("truncated.dapp")));
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadWrite));
    QVERIFY(file.resize(file.size() / 2));
    file.close();
    const QByteArray hash = test::fileHash(path);
    SalvageReport report;
    QString error;
    const auto salvaged = salvageProject(path, &report, &error);
    QVERIFY2(salvaged, qPrintable(error));
    QVERIFY(report.anythingLost());
    QVERIFY(!salvaged->letters.isEmpty());
    for (const Letter &l : salvaged->letters)
        QVERIFY(l == original.letters.value(l.id)); // no record of garbage
    for (const Programme &pr : salvaged->programmes)
        QVERIFY(pr == original.programmes.value(pr.id));
    const QMap<QString, int> counts = rowCounts(original);
    for (const SalvageReport::Table &t : report.tables) {
        if (t.lostCountKnown)
            QCOMPARE(t.read + t.lost, counts.value(t.table));
        else
            QVERIFY(t.read + t.lost <= counts.value(t.table));
    }
    QCOMPARE(test::fileHash(path), hash);
}

QTEST_GUILESS_MAIN(TestSalvage)
#include "tst_salvage.moc"
