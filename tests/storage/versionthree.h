// A project file as version 3 wrote it: the figures, referrers, funders and caveats of each
// return in tables of their own, one row per entry. Version 4 moved them into the return's row;
// the tests of migrating and of recovering older files need files of the old layout, written
// here row by row as that version wrote them.
#pragma once

#include "storage/migrations.h"

#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTest>
#include <QUuid>

namespace dapp::test {

// Writes `data` into `db`, a database at schema version 3 (SQLite or PostgreSQL), in one
// transaction.
inline bool writeVersionThreeRows(QSqlDatabase &db, const ProjectData &data)
{
    bool ok = db.transaction();
    {
        const auto row = [&](const QString &sql, const QVariantList &values) {
            if (!ok)
                return;
            QSqlQuery q(db);
            q.prepare(sql);
            for (qsizetype i = 0; i < values.size(); ++i) {
                const QVariant &v = values.at(i);
                q.bindValue(int(i), v.typeId() == QMetaType::QString && v.toString().isNull() ? QStringLiteral("") : v);
            }
            if (!q.exec()) {
                qWarning("%s: %s", qPrintable(sql), qPrintable(q.lastError().text()));
                ok = false;
            }
        };
        const auto date = [](const QDate &d) { return d.isValid() ? QVariant(d.toString(Qt::ISODate)) : QVariant(); };
        const QVariant noNumber{QMetaType(QMetaType::LongLong)};
        for (const Letter &l : data.letters)
            row(QStringLiteral("INSERT INTO letter (id, kind, area_code, issuing_body, foi_reference, request_received, "
                               "response_date, financial_year, cohort, body) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"),
                {l.id, letterKindKey(l.kind), l.areaCode, l.issuingBody, l.foiReference, date(l.requestReceived),
                 date(l.responseDate), l.financialYear, cohortKey(l.cohort), l.text});
        for (const Programme &p : data.programmes)
            row(QStringLiteral("INSERT INTO programme (id, area_code, name, provider, risk_level, audience, scope, "
                               "coverage, evaluation_url) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)"),
                {p.id, p.areaCode, p.name, p.provider, p.riskLevel, p.audience, p.scope, p.coverage, p.evaluationUrl});
        for (const ProgrammeReturn &r : data.returns) {
            row(QStringLiteral("INSERT INTO programme_return (id, letter_id, programme_id, referrers_quote, "
                               "funders_quote, source) VALUES (?, ?, ?, ?, ?, ?)"),
                {r.id, r.letterId, r.programmeId, r.referrersQuote, r.fundersQuote, r.source});
            for (FigureField field : kAllFigureFields) {
                const Figure &f = r.figure(field);
                row(QStringLiteral("INSERT INTO figure (return_id, field, status, value, note, quote) "
                                   "VALUES (?, ?, ?, ?, ?, ?)"),
                    {r.id, fieldKey(field), statusKey(f.status), f.isReported() ? QVariant(f.value) : noNumber, f.note(),
                     f.quote()});
            }
            for (qsizetype i = 0; i < r.referrers.size(); ++i)
                row(QStringLiteral("INSERT INTO referrer (return_id, position, name) VALUES (?, ?, ?)"),
                    {r.id, qint64(i), r.referrers.at(i)});
            for (qsizetype i = 0; i < r.funders.size(); ++i) {
                const Funder &f = r.funders.at(i);
                row(QStringLiteral("INSERT INTO funder (return_id, position, name, amount_pence, share_percent) "
                                   "VALUES (?, ?, ?, ?, ?)"),
                    {r.id, qint64(i), f.name, f.amountPence ? QVariant(*f.amountPence) : noNumber,
                     f.sharePercent ? QVariant(*f.sharePercent) : QVariant(QMetaType(QMetaType::Double))});
            }
            for (qsizetype i = 0; i < r.caveats.size(); ++i) {
                QStringList keys;
                for (FigureField field : r.caveats.at(i).fields)
                    keys << fieldKey(field);
                row(QStringLiteral("INSERT INTO caveat (return_id, position, text, fields) VALUES (?, ?, ?, ?)"),
                    {r.id, qint64(i), r.caveats.at(i).text, keys.join(QLatin1Char(' '))});
            }
        }
        for (const ContextFigure &c : data.contextFigures)
            row(QStringLiteral("INSERT INTO context_figure (id, letter_id, area_code, label, period, kind, status, "
                               "value, note, quote) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"),
                {c.id, c.letterId, c.areaCode, c.label, c.period,
                 c.kind == FigureKind::Money ? QStringLiteral("money") : QStringLiteral("count"),
                 statusKey(c.figure.status), c.figure.isReported() ? QVariant(c.figure.value) : noNumber, c.figure.note(),
                 c.figure.quote()});
        if (ok)
            ok = db.commit();
        else
            db.rollback();
    }
    return ok;
}

// A new project file at `path` holding `data` as version 3 wrote it.
inline bool writeVersionThree(const ProjectData &data, const QString &path)
{
    const QString connection = QStringLiteral("v3-") + QUuid::createUuid().toString(QUuid::WithoutBraces);
    bool ok = true;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), connection);
        db.setDatabaseName(path);
        QString error;
        ok = db.open() && migrate(db, &error, 3) && writeVersionThreeRows(db, data);
        if (!error.isEmpty())
            qWarning("%s", qPrintable(error));
        db.close();
    }
    QSqlDatabase::removeDatabase(connection);
    return ok;
}

} // namespace dapp::test
