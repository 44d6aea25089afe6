// Migrations: version 1 holds letters, programmes and returns; version 2 adds panel reports
// (letter kinds and context figures) and caveats scoped to figures.
// The SQL is kept portable to PostgreSQL: BIGINT keys given by the application, TEXT dates
// (ISO 8601), no AUTOINCREMENT; SQLite-only PRAGMAs are the sole exceptions.
#include "storage/migrations.h"
#include "domain/areas.h"

#include <QCoreApplication>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

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

using Migration = std::function<bool(QSqlDatabase &, QString *)>;
const QList<Migration> &migrations()
{
    static const QList<Migration> list = {toVersion1, toVersion2, toVersion3};
    return list;
}

bool isSqlite(const QSqlDatabase &db) { return db.driverName() == QLatin1String("QSQLITE"); }
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
    while (version < target) {
        if (!db.transaction()) {
            *error = MigrationsText::tr("Could not start a transaction: %1").arg(db.lastError().text());
            return false;
        }
        bool ok = migrations()[version](db, error);
        if (ok && isSqlite(db)) {
            // PRAGMAs take no bound parameters; both values are integers of ours.
            ok = exec(db, QStringLiteral("PRAGMA user_version = %1").arg(version + 1), error)
                 && exec(db, QStringLiteral("PRAGMA application_id = %1").arg(kApplicationId), error);
        } else if (ok) {
            QSqlQuery q(db);
            ok = q.exec(QStringLiteral("DELETE FROM schema_version"));
            q.prepare(QStringLiteral("INSERT INTO schema_version (version) VALUES (?)"));
            q.addBindValue(version + 1);
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
        ++version;
    }
    return true;
}

} // namespace dapp
