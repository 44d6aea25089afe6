// dapp-analyst team-init: sets up a PostgreSQL database for a team — the project's schema (or
// its migrations, run once even when two clients start together) and the editors' and viewers'
// roles with their GRANTs. Run again, it only brings the schema up to date and grants again.
#include "cli/commandparser.h"
#include "cli/commands.h"
#include "cli/output.h"
#include "storage/migrations.h"
#include "storage/teamaddress.h"
#include "storage/teamdatabase.h"

#include <QSqlDatabase>
#include <QSqlQuery>
#include <QUuid>

namespace dapp::cli {

int runTeamInit(const QStringList &arguments, const QString &summary)
{
    CommandParser parser(QStringLiteral("team-init"), summary, CommandLineText::tr("URI"));
    parser.addPositionalArgument(QStringLiteral("URI"),
                                 CommandLineText::tr("The database, as psql takes it: postgresql://USER@HOST/DATABASE, "
                                       "postgresql://USER@/DATABASE?host=/run/postgresql (a Unix socket folder), "
                                       "service=NAME, or \"host=… dbname=…\". A password comes from ~/.pgpass or "
                                       "PGPASSWORD, never from this program."));
    if (const auto exitCode = parser.parse(arguments))
        return *exitCode;
    const QStringList positional = parser.positionalArguments();
    if (positional.isEmpty())
        return parser.refuse(CommandLineText::tr("team-init needs the database's address (URI)."));
    if (positional.size() > 1)
        return parser.refuse(CommandLineText::tr("unexpected “%1”; team-init sets up one database.").arg(positional.at(1)));
    QString error;
    const std::optional<TeamAddress> address = parseTeamAddress(positional.constFirst(), &error);
    if (!address) {
        printError(error);
        return 2;
    }
    const QString name = QStringLiteral("dapp-team-init-") + QUuid::createUuid().toString(QUuid::WithoutBraces);
    if (!connectTeamDatabase(*address, name, QString(), &error)) {
        printError(error);
        return 1;
    }
    int exitCode = 0;
    {
        QSqlDatabase db = QSqlDatabase::database(name, false);
        const int before = schemaVersion(db);
        if (before > latestSchemaVersion()) {
            printError(CommandLineText::tr("%1 was set up by a newer version of DAPP Analyst (schema %2; this version reads up to "
                             "%3); it was not changed.")
                           .arg(address->describe())
                           .arg(before)
                           .arg(latestSchemaVersion()));
            exitCode = 1;
        } else if (!setUpTeamDatabase(db, &error)) {
            printError(error);
            exitCode = 1;
        } else {
            QSqlQuery q(db);
            const QString database = q.exec(QStringLiteral("SELECT current_database()")) && q.next()
                                         ? q.value(0).toString()
                                         : address->database;
            out() << (before == 0 ? CommandLineText::tr("Set up %1 at schema %2.").arg(address->describe()).arg(latestSchemaVersion())
                      : before < latestSchemaVersion()
                          ? CommandLineText::tr("Migrated %1 from schema %2 to %3.").arg(address->describe()).arg(before).arg(latestSchemaVersion())
                          : CommandLineText::tr("%1 is at schema %2 already.").arg(address->describe()).arg(before))
                  << Qt::endl
                  << CommandLineText::tr("Roles: %1 may read and change records, %2 may only read. Give a person one with:")
                         .arg(teamEditorsRole(database), teamViewersRole(database))
                  << Qt::endl
                  << QStringLiteral("  CREATE ROLE alice LOGIN PASSWORD '…' IN ROLE %1;").arg(teamEditorsRole(database))
                  << Qt::endl;
            exitCode = stdoutWritten() ? 0 : 1;
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
    return exitCode;
}

} // namespace dapp::cli
