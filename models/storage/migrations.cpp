// Migrations: version 1 holds letters, programmes and returns; version 2 adds panel reports
// (letter kinds and context figures) and caveats scoped to figures; version 3 where an imported
// return came from; version 4 moves a return's figures and lists into its own row; version 5
// keeps where each figure's quote stands in its letter; version 6 a revision on every record, and
// on PostgreSQL the sequences that give ids; version 7 keeps a return's notes, quotes and their
// places in one JSON column.
// The SQL is kept portable to PostgreSQL: BIGINT keys given by the application, TEXT dates
// (ISO 8601), no AUTOINCREMENT; SQLite-only PRAGMAs are the sole exceptions.
#include "storage/migrations.h"
#include "storage/serverlock.h"
#include "domain/areas.h"
#include "storage/returnlists.h"

#include <QCoreApplication>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

#include <QHash>
#include <QSet>

#include <functional>

namespace dapp {

namespace {
// Gives this file's strings one translation context.
struct MigrationsText
{
    Q_DECLARE_TR_FUNCTIONS(Migrations)
};

bool exec(QSqlDatabase &db, const QString &sql, QString *error)
{
    QSqlQuery q(db);
    if (!q.exec(sql)) {
        *error = MigrationsText::tr("Database error: %1 (in “%2”)").arg(q.lastError().text(), sql.simplified().left(80));
        return false;
    }
    return true;
}

bool execAll(QSqlDatabase &db, const QStringList &statements, QString *error)
{
    for (const QString &s : statements)
        if (!exec(db, s, error))
            return false;
    return true;
}

bool toVersion1(QSqlDatabase &db, QString *error)
{
    const QStringList ddl = {
        QStringLiteral("CREATE TABLE area (code TEXT PRIMARY KEY, name TEXT NOT NULL, country TEXT NOT NULL, "
                       "governance TEXT NOT NULL)"),
        QStringLiteral("CREATE TABLE letter (id BIGINT PRIMARY KEY, area_code TEXT NOT NULL REFERENCES area(code), "
                       "issuing_body TEXT NOT NULL, foi_reference TEXT NOT NULL, request_received TEXT, "
                       "response_date TEXT, financial_year TEXT NOT NULL, "
                       "cohort TEXT NOT NULL CHECK (cohort IN ('male', 'female', 'all')), body TEXT NOT NULL)"),
        QStringLiteral("CREATE TABLE programme (id BIGINT PRIMARY KEY, area_code TEXT NOT NULL REFERENCES area(code), "
                       "name TEXT NOT NULL, provider TEXT NOT NULL, risk_level TEXT NOT NULL, audience TEXT NOT NULL, "
                       "scope TEXT NOT NULL, coverage TEXT NOT NULL, evaluation_url TEXT NOT NULL)"),
        QStringLiteral("CREATE TABLE programme_return (id BIGINT PRIMARY KEY, "
                       "letter_id BIGINT NOT NULL REFERENCES letter(id) ON DELETE CASCADE, "
                       "programme_id BIGINT NOT NULL REFERENCES programme(id), "
                       "referrers_quote TEXT NOT NULL, funders_quote TEXT NOT NULL)"),
        QStringLiteral("CREATE TABLE figure (return_id BIGINT NOT NULL REFERENCES programme_return(id) ON DELETE CASCADE, "
                       "field TEXT NOT NULL, status TEXT NOT NULL, value BIGINT, note TEXT NOT NULL, "
                       "quote TEXT NOT NULL, PRIMARY KEY (return_id, field), "
                       "CHECK ((status = 'reported') = (value IS NOT NULL)))"),
        QStringLiteral("CREATE TABLE referrer (return_id BIGINT NOT NULL REFERENCES programme_return(id) ON DELETE CASCADE, "
                       "position INTEGER NOT NULL, name TEXT NOT NULL, PRIMARY KEY (return_id, position))"),
        QStringLiteral("CREATE TABLE funder (return_id BIGINT NOT NULL REFERENCES programme_return(id) ON DELETE CASCADE, "
                       "position INTEGER NOT NULL, name TEXT NOT NULL, amount_pence BIGINT, "
                       "share_percent DOUBLE PRECISION, PRIMARY KEY (return_id, position))"),
        QStringLiteral("CREATE TABLE caveat (return_id BIGINT NOT NULL REFERENCES programme_return(id) ON DELETE CASCADE, "
                       "position INTEGER NOT NULL, text TEXT NOT NULL, PRIMARY KEY (return_id, position))"),
    };
    if (!execAll(db, ddl, error))
        return false;
    QSqlQuery insert(db);
    insert.prepare(QStringLiteral("INSERT INTO area (code, name, country, governance) VALUES (?, ?, ?, ?)"));
    for (const Area &a : Areas::all()) {
        insert.addBindValue(a.code);
        insert.addBindValue(a.code == kUnknownAreaCode ? QStringLiteral("Unknown") : a.name);
        insert.addBindValue(a.country.isNull() ? QStringLiteral("") : a.country);
        insert.addBindValue(a.governance);
        if (!insert.exec()) {
            *error = MigrationsText::tr("Could not store the area list: %1").arg(insert.lastError().text());
            return false;
        }
    }
    return true;
}

bool toVersion2(QSqlDatabase &db, QString *error)
{
    return execAll(
        db,
        {
            QStringLiteral("ALTER TABLE letter ADD COLUMN kind TEXT NOT NULL DEFAULT 'foi_response'"),
            // Space-separated figure keys the caveat qualifies; empty: the whole return.
            QStringLiteral("ALTER TABLE caveat ADD COLUMN fields TEXT NOT NULL DEFAULT ''"),
            QStringLiteral("CREATE TABLE context_figure (id BIGINT PRIMARY KEY, "
                           "letter_id BIGINT NOT NULL REFERENCES letter(id) ON DELETE CASCADE, "
                           "area_code TEXT NOT NULL REFERENCES area(code), label TEXT NOT NULL, "
                           "period TEXT NOT NULL, kind TEXT NOT NULL, status TEXT NOT NULL, value BIGINT, "
                           "note TEXT NOT NULL, quote TEXT NOT NULL)"),
        },
        error);
}

// Where an imported return came from: file, sheet, row (empty for a return typed in).
bool toVersion3(QSqlDatabase &db, QString *error)
{
    return execAll(db, {QStringLiteral("ALTER TABLE programme_return ADD COLUMN source TEXT NOT NULL DEFAULT ''")}, error);
}

bool isSqlite(const QSqlDatabase &db) { return db.driverName() == QLatin1String("QSQLITE"); }

// The CHECK that keeps "missing is never zero" in the database itself: a figure has a number
// exactly when it is reported.
QString reportedCheck(const QString &key)
{
    return QStringLiteral("CHECK ((%1_status = 'reported') = (%1_value IS NOT NULL))").arg(key);
}

// Runs `sql` (a SELECT of return_id first) and hands each row to `take`.
template <typename Take>
bool eachRow(QSqlDatabase &db, const QString &sql, QString *error, Take take)
{
    QSqlQuery q(db);
    q.setForwardOnly(true);
    if (!q.exec(sql)) {
        *error = MigrationsText::tr("Database error: %1 (in “%2”)").arg(q.lastError().text(), sql.left(80));
        return false;
    }
    while (q.next())
        if (!take(q))
            return false;
    if (q.lastError().isValid()) {
        *error = q.lastError().text();
        return false;
    }
    return true;
}

// Version 4: a return's seven figures become columns of its row (self_referred_status,
// _value, _note, _quote, ...) and its referrers, funders and caveats one JSON list each
// (returnlists.h). An import of 100,000 returns wrote 1.3 million rows; it now writes 100,000.
// The figures and lists of version 3 are moved across as they are stored; a figure a return
// had no row for stays "not provided".
bool toVersion4(QSqlDatabase &db, QString *error)
{
    const bool sqlite = isSqlite(db);
    QStringList ddl;
    for (FigureField f : kAllFigureFields) {
        const QString k = fieldKey(f);
        ddl << QStringLiteral("ALTER TABLE programme_return ADD COLUMN %1_status TEXT NOT NULL DEFAULT 'not_provided'").arg(k)
            // SQLite cannot add a constraint to a table, only with a column.
            << QStringLiteral("ALTER TABLE programme_return ADD COLUMN %1_value BIGINT%2")
                   .arg(k, sqlite ? QStringLiteral(" ") + reportedCheck(k) : QString())
            << QStringLiteral("ALTER TABLE programme_return ADD COLUMN %1_note TEXT NOT NULL DEFAULT ''").arg(k)
            << QStringLiteral("ALTER TABLE programme_return ADD COLUMN %1_quote TEXT NOT NULL DEFAULT ''").arg(k);
    }
    for (const char *list : {"referrers", "funders", "caveats"})
        ddl << QStringLiteral("ALTER TABLE programme_return ADD COLUMN %1 TEXT NOT NULL DEFAULT '[]'").arg(QLatin1String(list));
    if (!execAll(db, ddl, error))
        return false;

    // Every row is read before any is written: PostgreSQL's driver reads a result row by row,
    // and a statement run meanwhile on the same connection would lose the rest of it.
    struct StoredFigure
    {
        Id returnId;
        QString key;
        QVariantList values; // status, value, note, quote
    };
    QList<StoredFigure> figures;
    const bool figuresRead = eachRow(
        db, QStringLiteral("SELECT return_id, field, status, value, note, quote FROM figure"), error, [&](QSqlQuery &q) {
            if (!fieldFromKey(q.value(1).toString())) {
                *error = MigrationsText::tr("A figure of return %1 is “%2”, which no return has.")
                             .arg(q.value(0).toString(), q.value(1).toString().left(40));
                return false;
            }
            figures << StoredFigure{q.value(0).toLongLong(), q.value(1).toString(),
                                    {q.value(2), q.value(3), q.value(4), q.value(5)}};
            return true;
        });
    if (!figuresRead)
        return false;
    QHash<QString, QSqlQuery> figureUpdates;
    for (FigureField f : kAllFigureFields) {
        QSqlQuery update(db);
        const QString k = fieldKey(f);
        if (!update.prepare(QStringLiteral("UPDATE programme_return SET %1_status = ?, %1_value = ?, %1_note = ?, "
                                           "%1_quote = ? WHERE id = ?")
                                .arg(k))) {
            *error = update.lastError().text();
            return false;
        }
        figureUpdates.insert(k, update);
    }
    for (const StoredFigure &figure : std::as_const(figures)) {
        QSqlQuery &update = figureUpdates[figure.key];
        for (int i = 0; i < 4; ++i)
            update.bindValue(i, figure.values.at(i));
        update.bindValue(4, figure.returnId);
        if (!update.exec()) {
            *error = update.lastError().text();
            return false;
        }
    }
    figures.clear();

    QHash<qint64, QStringList> referrers;
    QHash<qint64, QList<Funder>> funders;
    QHash<qint64, QList<Caveat>> caveats;
    QSet<qint64> withLists;
    const auto id = [&withLists](QSqlQuery &q) {
        withLists.insert(q.value(0).toLongLong());
        return q.value(0).toLongLong();
    };
    const bool listsRead =
        eachRow(db, QStringLiteral("SELECT return_id, name FROM referrer ORDER BY return_id, position"), error,
                [&](QSqlQuery &q) {
                    referrers[id(q)] << q.value(1).toString();
                    return true;
                })
        && eachRow(db, QStringLiteral("SELECT return_id, name, amount_pence, share_percent FROM funder "
                                      "ORDER BY return_id, position"),
                   error,
                   [&](QSqlQuery &q) {
                       Funder f{q.value(1).toString(), std::nullopt, std::nullopt};
                       if (!q.value(2).isNull())
                           f.amountPence = q.value(2).toLongLong();
                       if (!q.value(3).isNull())
                           f.sharePercent = q.value(3).toDouble();
                       funders[id(q)] << f;
                       return true;
                   })
        && eachRow(db, QStringLiteral("SELECT return_id, text, fields FROM caveat ORDER BY return_id, position"), error,
                   [&](QSqlQuery &q) {
                       Caveat c{q.value(1).toString(), {}};
                       for (const QString &key : q.value(2).toString().split(QLatin1Char(' '), Qt::SkipEmptyParts)) {
                           const std::optional<FigureField> field = fieldFromKey(key);
                           if (!field) {
                               *error = MigrationsText::tr("A caveat of return %1 names the figure “%2”, which no "
                                                          "return has.")
                                            .arg(q.value(0).toString(), key.left(40));
                               return false;
                           }
                           c.fields << *field;
                       }
                       caveats[id(q)] << c;
                       return true;
                   });
    if (!listsRead)
        return false;
    QSqlQuery listUpdate(db);
    if (!listUpdate.prepare(QStringLiteral("UPDATE programme_return SET referrers = ?, funders = ?, caveats = ? "
                                           "WHERE id = ?"))) {
        *error = listUpdate.lastError().text();
        return false;
    }
    for (const qint64 returnId : std::as_const(withLists)) {
        listUpdate.bindValue(0, referrersToJson(referrers.value(returnId)));
        listUpdate.bindValue(1, fundersToJson(funders.value(returnId)));
        listUpdate.bindValue(2, caveatsToJson(caveats.value(returnId)));
        listUpdate.bindValue(3, returnId);
        if (!listUpdate.exec()) {
            *error = listUpdate.lastError().text();
            return false;
        }
    }

    QStringList after;
    if (!sqlite)
        for (FigureField f : kAllFigureFields)
            after << QStringLiteral("ALTER TABLE programme_return ADD CONSTRAINT programme_return_%1_reported %2")
                         .arg(fieldKey(f), reportedCheck(fieldKey(f)));
    after << QStringLiteral("DROP TABLE figure") << QStringLiteral("DROP TABLE referrer")
          << QStringLiteral("DROP TABLE funder") << QStringLiteral("DROP TABLE caveat");
    return execAll(db, after, error);
}

// Version 5: where each figure's quote stands in its letter's text (the extractor knows it to
// the character), so that provenance survives saving: a start and a length, both NULL when not
// known (figures typed in, or from a project before it), never one without the other.
bool toVersion5(QSqlDatabase &db, QString *error)
{
    const bool sqlite = isSqlite(db);
    const auto rangeCheck = [](const QString &prefix) {
        return QStringLiteral("CHECK ((%1_start IS NULL) = (%1_length IS NULL) AND %1_start >= 0 AND %1_length >= 0)")
            .arg(prefix);
    };
    QStringList ddl;
    QStringList constraints;
    const auto addRange = [&](const QString &table, const QString &prefix) {
        ddl << QStringLiteral("ALTER TABLE %1 ADD COLUMN %2_start BIGINT").arg(table, prefix)
            << QStringLiteral("ALTER TABLE %1 ADD COLUMN %2_length BIGINT%3")
                   .arg(table, prefix, sqlite ? QStringLiteral(" ") + rangeCheck(prefix) : QString());
        constraints << QStringLiteral("ALTER TABLE %1 ADD CONSTRAINT %1_%2_range %3").arg(table, prefix, rangeCheck(prefix));
    };
    for (FigureField f : kAllFigureFields)
        addRange(QStringLiteral("programme_return"), fieldKey(f) + QStringLiteral("_quote"));
    addRange(QStringLiteral("context_figure"), QStringLiteral("quote"));
    return execAll(db, ddl, error) && (sqlite || execAll(db, constraints, error));
}

// Version 6: what a shared database needs so that several analysts edit it at once. Each
// record carries a revision (an update or delete applies only to the revision its editor saw)
// and who changed it last, and when (the message when an edit is refused says so). On
// PostgreSQL, ids come from the server's sequences, so two analysts adding records never clash;
// a file has one writer and keeps giving ids itself.
bool toVersion6(QSqlDatabase &db, QString *error)
{
    QStringList ddl;
    for (const char *table : {"letter", "programme", "programme_return", "context_figure"}) {
        const QString t = QString::fromLatin1(table);
        ddl << QStringLiteral("ALTER TABLE %1 ADD COLUMN revision BIGINT NOT NULL DEFAULT 1").arg(t)
            << QStringLiteral("ALTER TABLE %1 ADD COLUMN changed_by TEXT NOT NULL DEFAULT ''").arg(t)
            << QStringLiteral("ALTER TABLE %1 ADD COLUMN changed_at TEXT NOT NULL DEFAULT ''").arg(t);
        if (!isSqlite(db)) {
            // The sequence starts past the ids already given (a published file keeps its ids).
            ddl << QStringLiteral("CREATE SEQUENCE %1_id_seq OWNED BY %1.id").arg(t)
                << QStringLiteral("SELECT setval('%1_id_seq', COALESCE((SELECT max(id) FROM %1), 0) + 1, false)").arg(t);
        }
    }
    return execAll(db, ddl, error);
}

// Version 7: a return's seven notes, quotes and the quotes' places (28 columns and 7 CHECKs)
// become one JSON object, figure_notes (returnlists.h). Nearly every return has none of them,
// and writing 100,000 returns spent a quarter of SQLite's time on those empty columns.
bool toVersion7(QSqlDatabase &db, QString *error)
{
    const bool sqlite = isSqlite(db);
    QStringList old;
    QStringList anyOf;
    for (FigureField f : kAllFigureFields) {
        const QString k = fieldKey(f);
        for (const char *part : {"note", "quote", "quote_start", "quote_length"})
            old << QStringLiteral("%1_%2").arg(k, QLatin1String(part));
        anyOf << QStringLiteral("%1_note <> '' OR %1_quote <> '' OR %1_quote_start IS NOT NULL OR "
                                "%1_quote_length IS NOT NULL")
                     .arg(k);
    }
    // Every row is read before any is written (see version 4). A value the old columns' types
    // and CHECKs do not allow is damage: the migration stops rather than make data of it, and
    // the file can still be recovered (salvage.h reads it at its own version).
    struct Notes
    {
        qint64 returnId;
        QString json;
    };
    QList<Notes> withNotes;
    const auto isInteger = [](const QVariant &v) {
        return v.typeId() == QMetaType::LongLong || v.typeId() == QMetaType::Int || v.typeId() == QMetaType::ULongLong
               || v.typeId() == QMetaType::UInt;
    };
    const bool read = eachRow(
        db,
        QStringLiteral("SELECT id, %1 FROM programme_return WHERE %2 ORDER BY id")
            .arg(old.join(QStringLiteral(", ")), anyOf.join(QStringLiteral(" OR "))),
        error, [&](QSqlQuery &q) {
            FigureNotes notes;
            for (size_t i = 0; i < notes.size(); ++i) {
                const int col = 1 + 4 * int(i);
                const QVariant note = q.value(col);
                const QVariant quote = q.value(col + 1);
                const QVariant start = q.value(col + 2);
                const QVariant length = q.value(col + 3);
                const bool placed = !start.isNull() && !length.isNull();
                const bool texts = note.typeId() == QMetaType::QString && quote.typeId() == QMetaType::QString;
                const bool place = (start.isNull() && length.isNull())
                                   || (placed && isInteger(start) && isInteger(length)
                                       && isStorablePlace(start.toLongLong(), length.toLongLong()));
                if (!texts || !place) {
                    *error = MigrationsText::tr("Return %1 has a damaged note, quote or quote's place for %2, so the "
                                                "project cannot be brought up to this version.")
                                 .arg(q.value(0).toString(), fieldKey(kAllFigureFields[i]));
                    return false;
                }
                notes[i] = FigureNote{note.toString(), quote.toString(),
                                      placed ? TextRange{qsizetype(start.toLongLong()), qsizetype(length.toLongLong())}
                                             : TextRange{}};
            }
            withNotes << Notes{q.value(0).toLongLong(), figureNotesToJson(notes)};
            return true;
        });
    if (!read)
        return false;

    QStringList ddl;
    if (sqlite) {
        // SQLite drops a column by rewriting the whole table; one new table is one rewrite, not
        // 28. No table refers to returns since version 4, so the old one can go with foreign
        // keys on.
        QStringList columns = {QStringLiteral("id BIGINT PRIMARY KEY"),
                               QStringLiteral("letter_id BIGINT NOT NULL REFERENCES letter(id) ON DELETE CASCADE"),
                               QStringLiteral("programme_id BIGINT NOT NULL REFERENCES programme(id)"),
                               QStringLiteral("referrers_quote TEXT NOT NULL"),
                               QStringLiteral("funders_quote TEXT NOT NULL"),
                               QStringLiteral("source TEXT NOT NULL DEFAULT ''"),
                               QStringLiteral("referrers TEXT NOT NULL DEFAULT '[]'"),
                               QStringLiteral("funders TEXT NOT NULL DEFAULT '[]'"),
                               QStringLiteral("caveats TEXT NOT NULL DEFAULT '[]'")};
        QStringList kept = {QStringLiteral("id"),        QStringLiteral("letter_id"),       QStringLiteral("programme_id"),
                            QStringLiteral("referrers_quote"), QStringLiteral("funders_quote"), QStringLiteral("source"),
                            QStringLiteral("referrers"), QStringLiteral("funders"),      QStringLiteral("caveats")};
        for (FigureField f : kAllFigureFields) {
            const QString k = fieldKey(f);
            columns << QStringLiteral("%1_status TEXT NOT NULL DEFAULT 'not_provided'").arg(k)
                    << QStringLiteral("%1_value BIGINT %2").arg(k, reportedCheck(k));
            kept << QStringLiteral("%1_status").arg(k) << QStringLiteral("%1_value").arg(k);
        }
        columns << QStringLiteral("figure_notes TEXT NOT NULL DEFAULT '{}'")
                << QStringLiteral("revision BIGINT NOT NULL DEFAULT 1")
                << QStringLiteral("changed_by TEXT NOT NULL DEFAULT ''")
                << QStringLiteral("changed_at TEXT NOT NULL DEFAULT ''");
        kept << QStringLiteral("revision") << QStringLiteral("changed_by") << QStringLiteral("changed_at");
        ddl << QStringLiteral("CREATE TABLE programme_return_v7 (%1)").arg(columns.join(QStringLiteral(", ")))
            << QStringLiteral("INSERT INTO programme_return_v7 (%1) SELECT %1 FROM programme_return")
                   .arg(kept.join(QStringLiteral(", ")))
            << QStringLiteral("DROP TABLE programme_return")
            << QStringLiteral("ALTER TABLE programme_return_v7 RENAME TO programme_return");
    } else {
        // PostgreSQL drops a column without rewriting anything, and the CHECKs of version 5 go
        // with the columns they name.
        ddl << QStringLiteral("ALTER TABLE programme_return ADD COLUMN figure_notes TEXT NOT NULL DEFAULT '{}'");
        for (const QString &column : std::as_const(old))
            ddl << QStringLiteral("ALTER TABLE programme_return DROP COLUMN %1").arg(column);
    }
    if (!execAll(db, ddl, error))
        return false;
    QSqlQuery update(db);
    if (!update.prepare(QStringLiteral("UPDATE programme_return SET figure_notes = ? WHERE id = ?"))) {
        *error = update.lastError().text();
        return false;
    }
    for (const Notes &n : std::as_const(withNotes)) {
        update.bindValue(0, n.json);
        update.bindValue(1, n.returnId);
        if (!update.exec()) {
            *error = update.lastError().text();
            return false;
        }
    }
    return true;
}

using Migration = std::function<bool(QSqlDatabase &, QString *)>;
const QList<Migration> &migrations()
{
    static const QList<Migration> list = {toVersion1, toVersion2, toVersion3, toVersion4,
                                                toVersion5, toVersion6, toVersion7};
    return list;
}
} // namespace

int latestSchemaVersion() { return int(migrations().size()); }

int schemaVersion(QSqlDatabase &db, QString *error)
{
    QSqlQuery q(db);
    if (isSqlite(db)) {
        if (q.exec(QStringLiteral("PRAGMA user_version")) && q.next())
            return q.value(0).toInt();
        if (error)
            *error = q.lastError().text();
        return -1;
    }
    if (q.exec(QStringLiteral("SELECT version FROM schema_version")) && q.next())
        return q.value(0).toInt();
    return 0;
}

bool migrate(QSqlDatabase &db, QString *error, int target)
{
    if (target < 0)
        target = latestSchemaVersion();
    const ServerLock lock(db, ServerLock::Work::Migration);
    if (lock.failed()) {
        *error = MigrationsText::tr("Could not take the server's migration lock: %1").arg(db.lastError().text());
        return false;
    }
    QString reason;
    int version = schemaVersion(db, &reason);
    if (version < 0) {
        *error = MigrationsText::tr("Could not read the schema version: %1").arg(reason);
        return false;
    }
    if (version > latestSchemaVersion()) {
        *error = MigrationsText::tr("The project was written by a newer version of DAPP Analyst (schema %1; this version "
                    "reads up to %2).")
                     .arg(version)
                     .arg(latestSchemaVersion());
        return false;
    }
    if (isSqlite(db)) {
        // Foreign keys cannot be switched inside a transaction.
        if (!exec(db, QStringLiteral("PRAGMA foreign_keys = ON"), error))
            return false;
    } else if (version == 0 && !exec(db, QStringLiteral("CREATE TABLE IF NOT EXISTS schema_version (version INTEGER NOT NULL)"), error)) {
        return false;
    }
    if (version >= target)
        return true;
    // All the steps in one transaction: a file is brought up to date whole or not at all, and
    // a new project's schema costs one commit (one set of syncs to the disk) instead of one a
    // step.
    if (!db.transaction()) {
        *error = MigrationsText::tr("Could not start a transaction: %1").arg(db.lastError().text());
        return false;
    }
    bool ok = true;
    for (; ok && version < target; ++version)
        ok = migrations()[version](db, error);
    if (ok && isSqlite(db)) {
        // PRAGMAs take no bound parameters; both values are integers of ours.
        ok = exec(db, QStringLiteral("PRAGMA user_version = %1").arg(target), error)
             && exec(db, QStringLiteral("PRAGMA application_id = %1").arg(kApplicationId), error);
    } else if (ok) {
        QSqlQuery q(db);
        ok = q.exec(QStringLiteral("DELETE FROM schema_version"));
        q.prepare(QStringLiteral("INSERT INTO schema_version (version) VALUES (?)"));
        q.addBindValue(target);
        ok = ok && q.exec();
        if (!ok)
            *error = q.lastError().text();
    }
    if (!ok || !db.commit()) {
        if (ok)
            *error = MigrationsText::tr("Could not commit the migration: %1").arg(db.lastError().text());
        db.rollback();
        return false;
    }
    return true;
}

} // namespace dapp
