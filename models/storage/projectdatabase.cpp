// SQL for project records: prepared statements only, one transaction per change.
#include "storage/projectdatabase.h"

#include <QCoreApplication>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

namespace dapp {

namespace {
// Gives this file's strings one translation context.
struct ProjectDatabaseText
{
    Q_DECLARE_TR_FUNCTIONS(ProjectDatabase)
};

// Runs one prepared statement with positional values; reports the SQL error on failure.
bool run(QSqlDatabase &db, const QString &sql, const QVariantList &values, QString *error,
         int *rowsAffected = nullptr)
{
    QSqlQuery q(db);
    if (!q.prepare(sql)) {
        *error = ProjectDatabaseText::tr("Database error: %1").arg(q.lastError().text());
        return false;
    }
    for (const QVariant &v : values) {
        // An empty QString may be a null one, which would bind as SQL NULL; text columns
        // hold '' for "nothing", NULL only where a value is truly absent (dates, numbers).
        if (v.typeId() == QMetaType::QString && v.toString().isNull())
            q.addBindValue(QStringLiteral(""));
        else
            q.addBindValue(v);
    }
    if (!q.exec()) {
        *error = ProjectDatabaseText::tr("Database error: %1").arg(q.lastError().text());
        return false;
    }
    if (rowsAffected)
        *rowsAffected = q.numRowsAffected();
    return true;
}

QVariant dateValue(const QDate &d) { return d.isValid() ? QVariant(d.toString(Qt::ISODate)) : QVariant(); }
QDate dateFrom(const QVariant &v) { return v.isNull() ? QDate() : QDate::fromString(v.toString(), Qt::ISODate); }
QVariant figureValue(const Figure &f) { return f.isReported() ? QVariant(f.value) : QVariant(QMetaType(QMetaType::LongLong)); }

// An UPDATE or DELETE by id that matched no row: someone else removed the record.
bool oneRowMatched(int rows, const QString &table, Id id, QString *error)
{
    if (rows == 1)
        return true;
    *error = ProjectDatabaseText::tr("Record %1 of %2 is no longer in the database; the change was not written.")
                 .arg(id)
                 .arg(table);
    return false;
}

// A new record is INSERTed, so an id someone else has taken fails loudly; a changed one is
// UPDATEd and must match exactly one row, so a record someone else removed fails loudly too,
// rather than being quietly written again. Plain INSERT and UPDATE run the same everywhere.
bool writeRow(QSqlDatabase &db, const QString &table, const QStringList &columns, const QVariantList &values, Id id,
              bool isNew, QString *error)
{
    if (isNew) {
        QVariantList insertValues{id};
        insertValues << values;
        const QString marks = QStringList(columns.size() + 1, QStringLiteral("?")).join(QStringLiteral(", "));
        return run(db,
                   QStringLiteral("INSERT INTO %1 (id, %2) VALUES (%3)").arg(table, columns.join(QStringLiteral(", ")), marks),
                   insertValues, error);
    }
    QStringList sets;
    for (const QString &c : columns)
        sets << c + QStringLiteral(" = ?");
    int rows = 0;
    QVariantList updateValues = values;
    updateValues << id;
    if (!run(db, QStringLiteral("UPDATE %1 SET %2 WHERE id = ?").arg(table, sets.join(QStringLiteral(", "))),
             updateValues, error, &rows))
        return false;
    return oneRowMatched(rows, table, id, error);
}

bool writeLetter(QSqlDatabase &db, const Letter &l, bool isNew, QString *error)
{
    return writeRow(db, QStringLiteral("letter"),
                  {QStringLiteral("kind"), QStringLiteral("area_code"), QStringLiteral("issuing_body"),
                   QStringLiteral("foi_reference"), QStringLiteral("request_received"),
                   QStringLiteral("response_date"), QStringLiteral("financial_year"), QStringLiteral("cohort"),
                   QStringLiteral("body")},
                  {letterKindKey(l.kind), l.areaCode, l.issuingBody, l.foiReference, dateValue(l.requestReceived),
                   dateValue(l.responseDate), l.financialYear, cohortKey(l.cohort), l.text},
                  l.id, isNew, error);
}

bool writeProgramme(QSqlDatabase &db, const Programme &p, bool isNew, QString *error)
{
    return writeRow(db, QStringLiteral("programme"),
                  {QStringLiteral("area_code"), QStringLiteral("name"), QStringLiteral("provider"),
                   QStringLiteral("risk_level"), QStringLiteral("audience"), QStringLiteral("scope"),
                   QStringLiteral("coverage"), QStringLiteral("evaluation_url")},
                  {p.areaCode, p.name, p.provider, p.riskLevel, p.audience, p.scope, p.coverage, p.evaluationUrl},
                  p.id, isNew, error);
}

QString fieldsText(const QList<FigureField> &fields)
{
    QStringList keys;
    for (FigureField f : fields)
        keys << fieldKey(f);
    return keys.join(QLatin1Char(' '));
}

bool writeReturn(QSqlDatabase &db, const ProgrammeReturn &r, bool isNew, QString *error)
{
    if (!writeRow(db, QStringLiteral("programme_return"),
                {QStringLiteral("letter_id"), QStringLiteral("programme_id"), QStringLiteral("referrers_quote"),
                 QStringLiteral("funders_quote")},
                {r.letterId, r.programmeId, r.referrersQuote, r.fundersQuote}, r.id, isNew, error))
        return false;
    // Child rows are rewritten whole: a return has a handful of them.
    for (const char *table : {"figure", "referrer", "funder", "caveat"}) {
        if (!run(db, QStringLiteral("DELETE FROM %1 WHERE return_id = ?").arg(QLatin1String(table)), {r.id}, error))
            return false;
    }
    for (FigureField field : kAllFigureFields) {
        const Figure &f = r.figure(field);
        if (!run(db,
                 QStringLiteral("INSERT INTO figure (return_id, field, status, value, note, quote) "
                                "VALUES (?, ?, ?, ?, ?, ?)"),
                 {r.id, fieldKey(field), statusKey(f.status), figureValue(f), f.note, f.quote}, error))
            return false;
    }
    for (qsizetype i = 0; i < r.referrers.size(); ++i) {
        if (!run(db, QStringLiteral("INSERT INTO referrer (return_id, position, name) VALUES (?, ?, ?)"),
                 {r.id, qint64(i), r.referrers[i]}, error))
            return false;
    }
    for (qsizetype i = 0; i < r.funders.size(); ++i) {
        const Funder &f = r.funders[i];
        if (!run(db,
                 QStringLiteral("INSERT INTO funder (return_id, position, name, amount_pence, share_percent) "
                                "VALUES (?, ?, ?, ?, ?)"),
                 {r.id, qint64(i), f.name,
                  f.amountPence ? QVariant(*f.amountPence) : QVariant(QMetaType(QMetaType::LongLong)),
                  f.sharePercent ? QVariant(*f.sharePercent) : QVariant(QMetaType(QMetaType::Double))},
                 error))
            return false;
    }
    for (qsizetype i = 0; i < r.caveats.size(); ++i) {
        if (!run(db, QStringLiteral("INSERT INTO caveat (return_id, position, text, fields) VALUES (?, ?, ?, ?)"),
                 {r.id, qint64(i), r.caveats[i].text, fieldsText(r.caveats[i].fields)}, error))
            return false;
    }
    return true;
}

bool writeContext(QSqlDatabase &db, const ContextFigure &c, bool isNew, QString *error)
{
    return writeRow(db, QStringLiteral("context_figure"),
                  {QStringLiteral("letter_id"), QStringLiteral("area_code"), QStringLiteral("label"),
                   QStringLiteral("period"), QStringLiteral("kind"), QStringLiteral("status"),
                   QStringLiteral("value"), QStringLiteral("note"), QStringLiteral("quote")},
                  {c.letterId, c.areaCode, c.label, c.period,
                   c.kind == FigureKind::Money ? QStringLiteral("money") : QStringLiteral("count"),
                   statusKey(c.figure.status), figureValue(c.figure), c.figure.note, c.figure.quote},
                  c.id, isNew, error);
}

template <typename T>
bool removeMissing(QSqlDatabase &db, const QString &table, const QMap<Id, T> &before, const QMap<Id, T> &after,
                   QString *error)
{
    for (auto it = before.cbegin(); it != before.cend(); ++it) {
        if (after.contains(it.key()))
            continue;
        int rows = 0;
        if (!run(db, QStringLiteral("DELETE FROM %1 WHERE id = ?").arg(table), {it.key()}, error, &rows))
            return false;
        if (!oneRowMatched(rows, table, it.key(), error))
            return false;
    }
    return true;
}

template <typename T, typename Writer>
bool writeChanged(QSqlDatabase &db, const QMap<Id, T> &before, const QMap<Id, T> &after, Writer write,
                  QString *error)
{
    for (auto it = after.cbegin(); it != after.cend(); ++it) {
        const auto old = before.constFind(it.key());
        const bool isNew = old == before.cend();
        if ((isNew || !(*old == *it)) && !write(db, *it, isNew, error))
            return false;
    }
    return true;
}

bool writeAll(QSqlDatabase &db, const ProjectData &before, const ProjectData &after, QString *error)
{
    // Dependants are removed first and written last; the records they point at are written
    // before them and removed after them (a return may move from a programme that this same
    // change removes), so foreign keys hold at every step.
    return removeMissing(db, QStringLiteral("context_figure"), before.contextFigures, after.contextFigures, error)
           && removeMissing(db, QStringLiteral("programme_return"), before.returns, after.returns, error)
           && writeChanged(db, before.letters, after.letters, writeLetter, error)
           && writeChanged(db, before.programmes, after.programmes, writeProgramme, error)
           && writeChanged(db, before.returns, after.returns, writeReturn, error)
           && writeChanged(db, before.contextFigures, after.contextFigures, writeContext, error)
           && removeMissing(db, QStringLiteral("programme"), before.programmes, after.programmes, error)
           && removeMissing(db, QStringLiteral("letter"), before.letters, after.letters, error);
}

Figure readFigure(const QSqlQuery &q, int statusCol, QString *error)
{
    Figure f;
    const auto status = statusFromKey(q.value(statusCol).toString());
    if (!status)
        *error = ProjectDatabaseText::tr("Unknown figure status “%1” in the project file").arg(q.value(statusCol).toString());
    f.status = status.value_or(FigureStatus::NotProvided);
    f.value = q.value(statusCol + 1).isNull() ? 0 : q.value(statusCol + 1).toLongLong();
    f.note = q.value(statusCol + 2).toString();
    f.quote = q.value(statusCol + 3).toString();
    return f;
}

bool select(QSqlDatabase &db, QSqlQuery &q, const QString &sql, QString *error)
{
    q = QSqlQuery(db);
    q.setForwardOnly(true);
    if (!q.exec(sql)) {
        *error = ProjectDatabaseText::tr("Could not read the project: %1").arg(q.lastError().text());
        return false;
    }
    return true;
}
} // namespace

std::optional<ProjectData> loadProject(QSqlDatabase &db, QString *error)
{
    error->clear();
    ProjectData p;
    QSqlQuery q;
    if (!select(db, q, QStringLiteral("SELECT id, kind, area_code, issuing_body, foi_reference, request_received, "
                                      "response_date, financial_year, cohort, body FROM letter ORDER BY id"), error))
        return std::nullopt;
    while (q.next()) {
        Letter l;
        l.id = q.value(0).toLongLong();
        l.kind = letterKindFromKey(q.value(1).toString()).value_or(LetterKind::FoiResponse);
        l.areaCode = q.value(2).toString();
        l.issuingBody = q.value(3).toString();
        l.foiReference = q.value(4).toString();
        l.requestReceived = dateFrom(q.value(5));
        l.responseDate = dateFrom(q.value(6));
        l.financialYear = q.value(7).toString();
        l.cohort = cohortFromKey(q.value(8).toString()).value_or(Cohort::All);
        l.text = q.value(9).toString();
        p.letters.insert(l.id, l);
    }
    if (!select(db, q, QStringLiteral("SELECT id, area_code, name, provider, risk_level, audience, scope, coverage, "
                                      "evaluation_url FROM programme ORDER BY id"), error))
        return std::nullopt;
    while (q.next()) {
        Programme pr{q.value(0).toLongLong(), q.value(1).toString(), q.value(2).toString(), q.value(3).toString(),
                     q.value(4).toString(),   q.value(5).toString(), q.value(6).toString(), q.value(7).toString(),
                     q.value(8).toString()};
        p.programmes.insert(pr.id, pr);
    }
    if (!select(db, q, QStringLiteral("SELECT id, letter_id, programme_id, referrers_quote, funders_quote "
                                      "FROM programme_return ORDER BY id"), error))
        return std::nullopt;
    while (q.next()) {
        ProgrammeReturn r;
        r.id = q.value(0).toLongLong();
        r.letterId = q.value(1).toLongLong();
        r.programmeId = q.value(2).toLongLong();
        r.referrersQuote = q.value(3).toString();
        r.fundersQuote = q.value(4).toString();
        p.returns.insert(r.id, r);
    }
    if (!select(db, q, QStringLiteral("SELECT return_id, field, status, value, note, quote FROM figure"), error))
        return std::nullopt;
    while (q.next()) {
        const auto field = fieldFromKey(q.value(1).toString());
        auto it = p.returns.find(q.value(0).toLongLong());
        if (field && it != p.returns.end())
            it->figure(*field) = readFigure(q, 2, error);
    }
    if (!select(db, q, QStringLiteral("SELECT return_id, name FROM referrer ORDER BY return_id, position"), error))
        return std::nullopt;
    while (q.next())
        if (auto it = p.returns.find(q.value(0).toLongLong()); it != p.returns.end())
            it->referrers << q.value(1).toString();
    if (!select(db, q, QStringLiteral("SELECT return_id, name, amount_pence, share_percent FROM funder "
                                      "ORDER BY return_id, position"), error))
        return std::nullopt;
    while (q.next()) {
        if (auto it = p.returns.find(q.value(0).toLongLong()); it != p.returns.end()) {
            Funder f{q.value(1).toString(), std::nullopt, std::nullopt};
            if (!q.value(2).isNull())
                f.amountPence = q.value(2).toLongLong();
            if (!q.value(3).isNull())
                f.sharePercent = q.value(3).toDouble();
            it->funders << f;
        }
    }
    if (!select(db, q, QStringLiteral("SELECT return_id, text, fields FROM caveat ORDER BY return_id, position"), error))
        return std::nullopt;
    while (q.next()) {
        if (auto it = p.returns.find(q.value(0).toLongLong()); it != p.returns.end()) {
            Caveat c{q.value(1).toString(), {}};
            for (const QString &key : q.value(2).toString().split(QLatin1Char(' '), Qt::SkipEmptyParts))
                if (const auto f = fieldFromKey(key))
                    c.fields << *f;
            it->caveats << c;
        }
    }
    if (!select(db, q, QStringLiteral("SELECT id, letter_id, area_code, label, period, kind, status, value, note, quote "
                                      "FROM context_figure ORDER BY id"), error))
        return std::nullopt;
    while (q.next()) {
        ContextFigure c;
        c.id = q.value(0).toLongLong();
        c.letterId = q.value(1).toLongLong();
        c.areaCode = q.value(2).toString();
        c.label = q.value(3).toString();
        c.period = q.value(4).toString();
        c.kind = q.value(5).toString() == QLatin1String("money") ? FigureKind::Money : FigureKind::Count;
        c.figure = readFigure(q, 6, error);
        p.contextFigures.insert(c.id, c);
    }
    if (!error->isEmpty())
        return std::nullopt;
    return p;
}

bool writeChange(QSqlDatabase &db, const ProjectData &before, const ProjectData &after, QString *error)
{
    if (!db.transaction()) {
        *error = ProjectDatabaseText::tr("Could not start a transaction: %1").arg(db.lastError().text());
        return false;
    }
    if (!writeAll(db, before, after, error)) {
        db.rollback();
        return false;
    }
    if (!db.commit()) {
        *error = ProjectDatabaseText::tr("Could not save the change: %1").arg(db.lastError().text());
        db.rollback();
        return false;
    }
    return true;
}

} // namespace dapp
