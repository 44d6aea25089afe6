// A project database as version 6 wrote it: each of a return's seven figures with a note, quote,
// quote start and quote length column of its own. Version 7 moved those into one JSON object;
// the tests of migrating a file and a team database need the old layout, written here.
#pragma once

#include "storage/migrations.h"
#include "storage/projectdatabase.h"
#include "storage/returnlists.h"

#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QUuid>

namespace dapp::test {

// Writes `data` into `db`, a database at schema version 5 or 6 (their returns have the same
// columns; SQLite or PostgreSQL): letters, programmes and context figures as this version
// writes them (their tables did not change), then the returns row by row in version 6's columns.
inline bool writeVersionSixRows(QSqlDatabase &db, const ProjectData &data)
{
    ProjectData withoutReturns = data;
    withoutReturns.returns.clear();
    QString error;
    if (!writeChange(db, ProjectData{}, withoutReturns, &error)) {
        qWarning("%s", qPrintable(error));
        return false;
    }
    QStringList columns = {QStringLiteral("id"),       QStringLiteral("letter_id"), QStringLiteral("programme_id"),
                           QStringLiteral("referrers_quote"), QStringLiteral("funders_quote"), QStringLiteral("source"),
                           QStringLiteral("referrers"), QStringLiteral("funders"),  QStringLiteral("caveats")};
    for (FigureField f : kAllFigureFields)
        for (const char *part : {"status", "value", "note", "quote", "quote_start", "quote_length"})
            columns << QStringLiteral("%1_%2").arg(fieldKey(f), QLatin1String(part));
    QStringList marks;
    for (qsizetype i = 0; i < columns.size(); ++i)
        marks << QStringLiteral("?");
    if (!db.transaction())
        return false;
    QSqlQuery q(db);
    bool ok = q.prepare(QStringLiteral("INSERT INTO programme_return (%1) VALUES (%2)")
                            .arg(columns.join(QStringLiteral(", ")), marks.join(QStringLiteral(", "))));
    const QVariant noNumber{QMetaType(QMetaType::LongLong)};
    const auto text = [](const QString &t) { return t.isNull() ? QStringLiteral("") : t; };
    for (const ProgrammeReturn &r : data.returns) {
        if (!ok)
            break;
        QVariantList values = {r.id, r.letterId, r.programmeId, text(r.referrersQuote), text(r.fundersQuote),
                               text(r.source), referrersToJson(r.referrers), fundersToJson(r.funders),
                               caveatsToJson(r.caveats)};
        for (FigureField field : kAllFigureFields) {
            const Figure &f = r.figure(field);
            const bool placed = f.quoteRange().isValid();
            values << statusKey(f.status) << (f.isReported() ? QVariant(f.value) : noNumber) << text(f.note())
                   << text(f.quote()) << (placed ? QVariant(qint64(f.quoteRange().start)) : noNumber)
                   << (placed ? QVariant(qint64(f.quoteRange().length)) : noNumber);
        }
        for (qsizetype i = 0; i < values.size(); ++i)
            q.bindValue(int(i), values.at(i));
        ok = q.exec();
        if (!ok)
            qWarning("%s", qPrintable(q.lastError().text()));
    }
    return ok ? db.commit() : (db.rollback(), false);
}

// A new project file at `path` holding `data` as version 6 wrote it.
inline bool writeVersionSix(const ProjectData &data, const QString &path)
{
    const QString connection = QStringLiteral("v6-") + QUuid::createUuid().toString(QUuid::WithoutBraces);
    bool ok = true;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), connection);
        db.setDatabaseName(path);
        QString error;
        ok = db.open() && migrate(db, &error, 6) && writeVersionSixRows(db, data);
        if (!error.isEmpty())
            qWarning("%s", qPrintable(error));
        db.close();
    }
    QSqlDatabase::removeDatabase(connection);
    return ok;
}

// A figure of every kind of note the migration must carry: a note alone, a quote with its place,
// a place alone, and texts that JSON must escape.
inline ProjectData withNotesOfEveryKind(ProjectData data)
{
    ProgrammeReturn &first = data.returns.first();
    first.figure(FigureField::SelfReferred).setNote(QStringLiteral("see the answer to Q2"));
    first.figure(FigureField::AgencyReferred).setQuote(QStringLiteral("“Referrals: 12”\n\tfrom \"police\" \\ MARAC £"));
    first.figure(FigureField::AgencyReferred).setQuoteRange(TextRange{120, 37});
    first.figure(FigureField::Budget).setQuoteRange(TextRange{0, 0});
    ProgrammeReturn &last = data.returns.last();
    last.figure(FigureField::SelfCompleted).setNote(QStringLiteral("Ünïcödé, and a control \x01 character"));
    last.figure(FigureField::SelfCompleted).setQuote(QStringLiteral("completed: 4"));
    return data;
}

} // namespace dapp::test
