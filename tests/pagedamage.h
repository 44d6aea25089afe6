// Damage aimed at one page of one table of a saved project, for the tests of recovery: the
// table's leaf pages are found by walking its b-tree in the file's bytes, so a test knows which
// rows live on the page it damages and can check exactly what comes back and what is lost.
#pragma once

#include <QFile>
#include <QList>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QString>
#include <QUuid>
#include <QVariant>

#include <functional>

namespace dapp::test {

struct LeafPage
{
    qsizetype page = 0;    // 1-based, as SQLite numbers pages
    QList<qint64> rowids;  // the rows it holds, in order
};

// A query's first column for each row of `sql`, run on a connection of its own to `path`.
inline QVariantList queryColumn(const QString &path, const QString &sql)
{
    QVariantList values;
    const QString name = QStringLiteral("pagedamage-") + QUuid::createUuid().toString(QUuid::WithoutBraces);
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(path);
        if (db.open()) {
            QSqlQuery q(db);
            if (q.exec(sql))
                while (q.next())
                    values << q.value(0);
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
    return values;
}

// Runs one statement on `path` (a damage made on purpose, or a write the database must refuse):
// whether it succeeded.
inline bool execOn(const QString &path, const QString &sql)
{
    bool ok = false;
    const QString name = QStringLiteral("pagedamage-") + QUuid::createUuid().toString(QUuid::WithoutBraces);
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(path);
        if (db.open()) {
            QSqlQuery q(db);
            ok = q.exec(sql);
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
    return ok;
}

namespace detail {
inline quint64 readVarint(const QByteArray &bytes, qsizetype *at)
{
    quint64 value = 0;
    for (int i = 0; i < 9; ++i) {
        const quint8 b = quint8(bytes[(*at)++]);
        if (i == 8)
            return (value << 8) | b;
        value = (value << 7) | (b & 0x7f);
        if (!(b & 0x80))
            return value;
    }
    return value;
}

inline int word(const QByteArray &bytes, qsizetype at) { return (quint8(bytes[at]) << 8) | quint8(bytes[at + 1]); }
} // namespace detail

// The leaf pages of `table`'s b-tree in rowid order, read from the file's bytes (the file must be
// sound: call before damaging it).
inline QList<LeafPage> tableLeafPages(const QString &path, const QString &table)
{
    const QVariantList root = queryColumn(path, QStringLiteral("SELECT rootpage FROM sqlite_master WHERE type = 'table' "
                                                               "AND name = '%1'").arg(table));
    QFile file(path);
    if (root.isEmpty() || !file.open(QIODevice::ReadOnly))
        return {};
    const QByteArray bytes = file.readAll();
    const qsizetype pageSize = detail::word(bytes, 16) == 1 ? 65536 : detail::word(bytes, 16);
    QList<LeafPage> leaves;
    std::function<void(qsizetype)> walk = [&](qsizetype page) {
        const qsizetype start = (page - 1) * pageSize;
        const qsizetype headerAt = page == 1 ? 100 : start;
        const quint8 type = quint8(bytes[headerAt]);
        const int cells = detail::word(bytes, headerAt + 3);
        if (type == 0x05) { // interior: left children in order, then the right-most
            for (int i = 0; i < cells; ++i) {
                const qsizetype cell = start + detail::word(bytes, headerAt + 12 + 2 * i);
                walk(qsizetype((quint32(quint8(bytes[cell])) << 24) | (quint32(quint8(bytes[cell + 1])) << 16)
                               | (quint32(quint8(bytes[cell + 2])) << 8) | quint32(quint8(bytes[cell + 3]))));
            }
            const qsizetype right = headerAt + 8;
            walk(qsizetype((quint32(quint8(bytes[right])) << 24) | (quint32(quint8(bytes[right + 1])) << 16)
                           | (quint32(quint8(bytes[right + 2])) << 8) | quint32(quint8(bytes[right + 3]))));
        } else if (type == 0x0D) {
            LeafPage leaf;
            leaf.page = page;
            for (int i = 0; i < cells; ++i) {
                qsizetype at = start + detail::word(bytes, headerAt + 8 + 2 * i);
                detail::readVarint(bytes, &at); // payload size
                leaf.rowids << qint64(detail::readVarint(bytes, &at));
            }
            leaves << leaf;
        }
    };
    walk(root.constFirst().toLongLong());
    return leaves;
}

// Fifty bytes of the page (its header and cell pointers) inverted, as flipBytesOfATablePage does
// to the first table page it finds.
inline bool flipBytesOfPage(const QString &path, qsizetype page)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadWrite))
        return false;
    QByteArray bytes = file.readAll();
    const qsizetype pageSize = detail::word(bytes, 16) == 1 ? 65536 : detail::word(bytes, 16);
    if (page < 2 || page * pageSize > bytes.size())
        return false;
    for (int i = 1; i <= 50; ++i)
        bytes[(page - 1) * pageSize + i] = char(~bytes[(page - 1) * pageSize + i]);
    return file.seek(0) && file.write(bytes) == bytes.size();
}

} // namespace dapp::test
