// Runs SQLite's integrity pragmas and collects what they report; recognises a hot journal.
#include "storage/integrity.h"

#include <QCoreApplication>
#include <QFile>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

namespace dapp {

bool isHotJournal(const QString &journalPath)
{
    QFile journal(journalPath);
    if (!journal.open(QIODevice::ReadOnly))
        return false;
    static const QByteArray magic = QByteArray::fromHex("d9d505f920a163d7");
    return journal.read(magic.size()) == magic;
}

namespace {
struct IntegrityText
{
    Q_DECLARE_TR_FUNCTIONS(Integrity)
};
} // namespace

QStringList sqliteIntegrityProblems(QSqlDatabase &db, int limit)
{
    QStringList problems;
    QSqlQuery q(db);
    // integrity_check reads every page and b-tree, and checks that each index holds exactly
    // its table's rows (quick_check does not: a flipped bit in a record then reads as another
    // value through its index, or a row is missing from one, and the loader reads through
    // indexes). It answers "ok", or one row per problem. At 100,000 returns it takes about
    // 0.7 s more than quick_check.
    if (!q.exec(QStringLiteral("PRAGMA integrity_check(%1)").arg(limit))) {
        problems << q.lastError().databaseText(); // "file is not a database", "database disk image is malformed"
        return problems;
    }
    while (q.next()) {
        // One row may hold several lines, under a heading naming the database ("*** in database
        // main ***") that says nothing to a reader.
        for (const QString &line : q.value(0).toString().split(QLatin1Char('\n'), Qt::SkipEmptyParts))
            if (line != QLatin1String("ok") && !line.startsWith(QLatin1String("*** in database")))
                problems << line.trimmed();
    }
    if (!problems.isEmpty())
        return problems;
    // Records whose parent is gone: a letter's return without its letter, say.
    if (!q.exec(QStringLiteral("PRAGMA foreign_key_check"))) {
        problems << q.lastError().databaseText();
        return problems;
    }
    while (q.next() && problems.size() < limit)
        problems << IntegrityText::tr("a record of %1 (row %2) refers to a %3 that is not there")
                        .arg(q.value(0).toString(), q.value(1).toString(), q.value(2).toString());
    return problems;
}

} // namespace dapp
