// Helpers shared by the tests: a store holding the sample project, file hashing, and the damage
// planted in files (a flipped page, a zip that lies about its size).
#pragma once

#include "domain/figurefield.h"
#include "storage/projectdatabase.h"
#include "storage/projectjson.h"
#include "storage/projectstore.h"

#include <QCryptographicHash>
#include <QFile>
#include <QTest>

#include <memory>

namespace dapp::test {

// Makes the zip claim `size` as the part's unpacked size, in its local header and its directory,
// as a zip bomb that understates itself would.
inline bool claimUnpackedSize(QByteArray &zip, const QByteArray &part, quint32 size)
{
    const auto u16 = [&](qsizetype at) { return qsizetype(quint8(zip[at])) | (qsizetype(quint8(zip[at + 1])) << 8); };
    const auto u32 = [&](qsizetype at) { return u16(at) | (u16(at + 2) << 16); };
    const auto put32 = [&](qsizetype at, quint32 value) {
        for (int i = 0; i < 4; ++i)
            zip[at + i] = char((value >> (8 * i)) & 0xFF);
    };
    for (qsizetype at = zip.indexOf("PK\x01\x02"); at >= 0; at = zip.indexOf("PK\x01\x02", at + 4)) {
        const qsizetype nameLength = u16(at + 28);
        if (zip.mid(at + 46, nameLength) != part)
            continue;
        put32(at + 24, size);
        const qsizetype local = u32(at + 42);
        if (zip.mid(local, 4) != "PK\x03\x04")
            return false;
        put32(local + 22, size);
        return true;
    }
    return false;
}

inline QByteArray fileHash(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    return QCryptographicHash::hash(f.readAll(), QCryptographicHash::Sha256);
}

// Damages a saved project as a bad disk or copy would: fifty bytes of its first table leaf page
// (after the schema's) inverted. SQLite still opens such a file and reads part of it without an
// error. False when the file has no such page.
inline bool flipBytesOfATablePage(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadWrite))
        return false;
    QByteArray bytes = file.readAll();
    if (bytes.size() < 100)
        return false;
    const int pageSize = (quint8(bytes[16]) << 8) | quint8(bytes[17]);
    qsizetype page = -1;
    for (qsizetype p = 2; pageSize >= 512 && p * pageSize <= bytes.size() && page < 0; ++p)
        if (quint8(bytes[(p - 1) * pageSize]) == 0x0D) // a table's leaf page
            page = p;
    if (page < 0)
        return false;
    for (int i = 1; i <= 50; ++i)
        bytes[(page - 1) * pageSize + i] = char(~bytes[(page - 1) * pageSize + i]);
    return file.seek(0) && file.write(bytes) == bytes.size();
}

// A new untitled project holding the sample; fails the test when it cannot be made.
inline std::unique_ptr<ProjectStore> sampleStore()
{
    auto store = std::make_unique<ProjectStore>();
    QString error;
    if (!store->createNew(&error) || !store->replaceAll(sampleProject(), &error))
        QTest::qFail(qPrintable(error), __FILE__, __LINE__);
    return store;
}

// The project's first return given `value` as its Referred (self), as one edit; fails the test
// when the store refuses it.
inline void editFirstReturn(ProjectStore &store, qint64 value)
{
    ProjectData before, after;
    const ProgrammeReturn r = store.data().returns.first();
    before.returns.insert(r.id, r);
    ProgrammeReturn changed = r;
    changed.figure(FigureField::SelfReferred) = Figure::reported(value);
    after.returns.insert(r.id, changed);
    QString error;
    if (!store.apply(before, after, &error))
        QTest::qFail(qPrintable(error), __FILE__, __LINE__);
}

// Two writers sharing one database (PostgreSQL, later) and each working from its own copy:
// `db` holds the sample. Neither may quietly overwrite or re-create what the other did.
inline void checkWritersCollideLoudly(QSqlDatabase &db)
{
    const ProjectData sample = sampleProject();
    QString error;
    // Both add a letter with the next free id, as each session's own counter would give it.
    Letter mine = sample.letters.first();
    mine.id = sample.letters.lastKey() + 1;
    mine.foiReference = QStringLiteral("first writer");
    Letter theirs = mine;
    theirs.foiReference = QStringLiteral("second writer");
    ProjectData added, clash;
    added.letters.insert(mine.id, mine);
    clash.letters.insert(theirs.id, theirs);
    QVERIFY2(writeChange(db, ProjectData{}, added, &error), qPrintable(error));
    QVERIFY(!writeChange(db, ProjectData{}, clash, &error));
    QCOMPARE(loadProject(db, &error)->letters.value(mine.id).foiReference, QStringLiteral("first writer"));

    // One removes the letter; the other's edit of it, and its removal of it, then fail.
    QVERIFY2(writeChange(db, added, ProjectData{}, &error), qPrintable(error));
    ProjectData edited = added;
    edited.letters[mine.id].foiReference = QStringLiteral("edited");
    QVERIFY(!writeChange(db, added, edited, &error));
    QVERIFY2(error.contains(QStringLiteral("no longer in the database")), qPrintable(error));
    QVERIFY(!loadProject(db, &error)->letters.contains(mine.id)); // not written again
    QVERIFY(!writeChange(db, added, ProjectData{}, &error));
    QVERIFY(*loadProject(db, &error) == sample);
}

} // namespace dapp::test
