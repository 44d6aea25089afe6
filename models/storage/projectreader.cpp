// Reading a project's records, each column as the type the app writes it.
#include "storage/projectreader.h"
#include "storage/returnlists.h"
#include "storage/servererror.h"

#include <QCoreApplication>
#include <QDate>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QVariant>

#include <limits>
#include <type_traits>

namespace dapp {

namespace {
// The same translation context as the writer's: the words of a refused read were filed there.
struct ProjectDatabaseText
{
    Q_DECLARE_TR_FUNCTIONS(ProjectDatabase)
};

// Reads the rows of one table, each column as the type the app writes it. SQLite checks a
// file's pages, indexes and constraints, but not what one flipped bit makes of a value that
// still fits its record: text stored as a blob, a number as text, an unknown status word. Such
// a value is damage, and the first one found fails the load, naming its record and column;
// nothing is quietly read as 0, "", today or a default.
class RowReader
{
public:
    // `record` names a row by its first column: "letter %1", "a figure of return %1".
    // With `ids`, only those rows (PostgreSQL: "… WHERE id = ANY(?)" is added to `sql`'s FROM).
    RowReader(QSqlDatabase &db, const QString &record, QString sql, const QList<Id> *ids = nullptr)
        : m_recordName(record)
        , m_query(db)
    {
        m_query.setForwardOnly(true);
        if (ids) {
            // Numbers this writes itself, so in the text rather than bound: a statement prepared
            // on the server cannot be freed once a read in the snapshot's transaction has failed
            // (PostgreSQL refuses all but ROLLBACK then), and others' news read again every few
            // seconds while the server refuses would pile such statements up on the connection.
            QStringList numbers;
            for (Id id : *ids)
                numbers << QString::number(id);
            const QString only = QStringLiteral(" WHERE id = ANY('{%1}'::BIGINT[]) ORDER BY id");
            sql.replace(QStringLiteral(" ORDER BY id"), only.arg(numbers.join(QLatin1Char(','))));
        }
        if (!m_query.exec(sql))
            m_problem = readFailed(m_query.lastError());
    }

    // The next row, while no problem has been found. A read that stops on an error is a problem.
    bool next()
    {
        if (!m_problem.isEmpty())
            return false;
        if (m_query.next()) {
            m_record = m_query.value(0).toString();
            return true;
        }
        if (m_query.lastError().isValid())
            m_problem = readFailed(m_query.lastError());
        return false;
    }
    QString problem() const { return m_problem; }

    qint64 integer(int col)
    {
        const QVariant v = m_query.value(col);
        if (!v.isNull() && isInteger(v))
            return v.toLongLong();
        fail(col, v, ProjectDatabaseText::tr("is not a whole number"));
        return 0;
    }
    std::optional<qint64> optionalInteger(int col)
    {
        if (m_query.value(col).isNull())
            return std::nullopt;
        return integer(col);
    }
    std::optional<double> optionalReal(int col)
    {
        const QVariant v = m_query.value(col);
        if (v.isNull())
            return std::nullopt;
        if (v.typeId() == QMetaType::Double || isInteger(v))
            return v.toDouble();
        fail(col, v, ProjectDatabaseText::tr("is not a number"));
        return std::nullopt;
    }
    // A funder's share, as parseFunderShare gives it: from 0 to 100 %.
    std::optional<double> optionalShare(int col)
    {
        const std::optional<double> share = optionalReal(col);
        if (share && !(*share >= 0 && *share <= 100)) {
            fail(col, m_query.value(col), ProjectDatabaseText::tr("is not a share from 0 to 100 %"));
            return std::nullopt;
        }
        return share;
    }
    // A record's revision, author and time (schema 6) at `col` and after: not the project's
    // data, but a value of another type there is damage like any other, which a copy of the
    // project would not keep as it is.
    void stamp(int col)
    {
        integer(col);
        text(col + 1);
        text(col + 2);
    }
    QString text(int col)
    {
        const QVariant v = m_query.value(col);
        if (!v.isNull() && v.typeId() == QMetaType::QString)
            return v.toString();
        fail(col, v, ProjectDatabaseText::tr("is not text"));
        return {};
    }
    // A date is stored as YYYY-MM-DD, or NULL when the letter gives none.
    QDate date(int col)
    {
        if (m_query.value(col).isNull())
            return {};
        const QString stored = text(col);
        const QDate d = QDate::fromString(stored, Qt::ISODate);
        if (!d.isValid() || d.toString(Qt::ISODate) != stored)
            fail(col, m_query.value(col), ProjectDatabaseText::tr("is not a date"));
        return d;
    }
    // One of the words `fromKey` knows, stored exactly as `toKey` writes it.
    template <typename T, typename FromKey, typename ToKey>
    T word(int col, FromKey fromKey, ToKey toKey, T fallback)
    {
        const QString stored = text(col);
        const std::optional<T> value = fromKey(stored);
        if (value && toKey(*value) == stored)
            return *value;
        fail(col, m_query.value(col), ProjectDatabaseText::tr("is not one of the words a project holds"));
        return fallback;
    }
    // An amount or count as a letter can give it: never negative, never past the largest a
    // figure holds (so no sum of them overflows).
    std::optional<qint64> optionalFigureValue(int col, FigureKind kind)
    {
        const std::optional<qint64> value = optionalInteger(col);
        if (value && !isFigureValueInRange(*value, kind)) {
            fail(col, m_query.value(col),
                 *value < 0 ? ProjectDatabaseText::tr("is negative")
                            : ProjectDatabaseText::tr("is more than the largest figure a project holds (%1)")
                                  .arg(largestFigureValue(kind)));
            return std::nullopt;
        }
        return value;
    }
    // A quote's place: a start and a length in `col` and `col + 1`, both or neither, never negative.
    TextRange range(int col)
    {
        const std::optional<qint64> start = optionalInteger(col);
        const std::optional<qint64> length = optionalInteger(col + 1);
        if (start.has_value() != length.has_value()) {
            fail(start ? col + 1 : col, m_query.value(start ? col + 1 : col),
                 ProjectDatabaseText::tr("is missing, yet the quote's place is half given"));
            return {};
        }
        if (!start)
            return {};
        if (*start < 0 || *length < 0) {
            fail(*start < 0 ? col : col + 1, m_query.value(*start < 0 ? col : col + 1), ProjectDatabaseText::tr("is negative"));
            return {};
        }
        return TextRange{qsizetype(*start), qsizetype(*length)};
    }
    // A list stored as JSON (returnlists.h), read by `fromJson`.
    template <typename FromJson>
    auto list(int col, FromJson fromJson)
    {
        // "return 4 has “[1]” as its referrers, which is not a list this version writes (entry 1
        // is not a name)"
        return json(col, fromJson, ProjectDatabaseText::tr("is not a list this version writes (%1)"));
    }
    // The figures' notes, quotes and places, one JSON object (returnlists.h, version 7).
    FigureNotes figureNotes(int col)
    {
        return json(col, figureNotesFromJson,
                    ProjectDatabaseText::tr("is not the figures' notes and quotes as this version writes them (%1)"));
    }
    // A figure: its status in `col`, then value, note and quote. A number only when reported.
    Figure figure(int col, FigureKind kind)
    {
        Figure f = figureValue(col, kind);
        f.setNote(text(col + 2));
        f.setQuote(text(col + 3));
        return f;
    }
    // A figure's status in `col` and its value: a number only when reported.
    Figure figureValue(int col, FigureKind kind)
    {
        Figure f;
        f.status = word(col, statusFromKey, statusKey, FigureStatus::NotProvided);
        const std::optional<qint64> value = optionalFigureValue(col + 1, kind);
        if (value.has_value() != f.isReported())
            fail(col + 1, m_query.value(col + 1),
                 f.isReported() ? ProjectDatabaseText::tr("is missing, yet the figure is reported")
                                : ProjectDatabaseText::tr("is given, yet the figure is not reported"));
        f.value = value.value_or(0);
        return f;
    }

private:
    // The value JSON text at `col` holds, read by `fromJson`; `failure` says why not (%1).
    template <typename FromJson>
    auto json(int col, FromJson fromJson, const QString &failure)
        -> typename std::invoke_result_t<FromJson, const QString &, QString *>::value_type
    {
        const QString stored = text(col);
        QString why;
        if (auto items = fromJson(stored, &why))
            return std::move(*items);
        fail(col, m_query.value(col), failure.arg(why));
        return {};
    }

    // SQLite's driver gives a whole number as a qlonglong; PostgreSQL's gives a BIGINT that is
    // not negative as a qulonglong.
    static bool isInteger(const QVariant &v)
    {
        switch (v.typeId()) {
        case QMetaType::Int:
        case QMetaType::UInt:
        case QMetaType::LongLong: return true;
        case QMetaType::ULongLong: return v.toULongLong() <= quint64(std::numeric_limits<qint64>::max());
        default: return false;
        }
    }
    void fail(int col, const QVariant &v, const QString &what)
    {
        if (!m_problem.isEmpty())
            return;
        const QString shown = v.isNull()                                 ? QStringLiteral("NULL")
                              : v.typeId() == QMetaType::QByteArray      ? ProjectDatabaseText::tr("binary data")
                                                                         : QStringLiteral("“%1”").arg(v.toString().left(40));
        // "letter 3 has “2023-02-30” as its response_date, which is not a date"
        m_problem = ProjectDatabaseText::tr("%1 has %2 as its %3, which %4")
                        .arg(m_recordName.arg(m_record.left(20)), shown, m_query.record().fieldName(col), what);
    }

    // A server's refusal in words (servererror.h: a right taken away, a server shutting down);
    // any other error, SQLite's included, with its own text.
    static QString readFailed(const QSqlError &e)
    {
        return describeKnownServerError(e, ServerRequest::Read)
            .value_or(ProjectDatabaseText::tr("Could not read the project: %1").arg(e.text()));
    }

    QString m_recordName;
    QSqlQuery m_query;
    QString m_record; // the first column of the row: its id, or its return's
    QString m_problem;
};
} // namespace

QStringList returnColumns()
{
    QStringList columns = {QStringLiteral("letter_id"),       QStringLiteral("programme_id"),
                           QStringLiteral("referrers_quote"), QStringLiteral("funders_quote"),
                           QStringLiteral("source"),          QStringLiteral("referrers"),
                           QStringLiteral("funders"),         QStringLiteral("caveats")};
    for (FigureField f : kAllFigureFields)
        for (const char *part : {"status", "value"})
            columns << QStringLiteral("%1_%2").arg(fieldKey(f), QLatin1String(part));
    // Version 7: the figures' notes, quotes and the quotes' places, one JSON object.
    columns << QStringLiteral("figure_notes");
    return columns;
}

std::optional<ProjectData> loadProject(QSqlDatabase &db, QString *error, const RecordIds *only)
{
    error->clear();
    ProjectData p;
    // Each table is read whole, or the load fails with the first problem found.
    const auto failed = [&](const RowReader &r) {
        *error = r.problem();
        return !error->isEmpty();
    };
    {
        RowReader r(db, ProjectDatabaseText::tr("letter %1"),
                    QStringLiteral("SELECT id, kind, area_code, issuing_body, foi_reference, request_received, "
                                   "response_date, financial_year, cohort, body, revision, changed_by, changed_at FROM letter ORDER BY id"),
                    only ? &only->letters : nullptr);
        while (r.next()) {
            Letter l;
            l.id = r.integer(0);
            l.kind = r.word(1, letterKindFromKey, letterKindKey, LetterKind::FoiResponse);
            l.areaCode = r.text(2);
            l.issuingBody = r.text(3);
            l.foiReference = r.text(4);
            l.requestReceived = r.date(5);
            l.responseDate = r.date(6);
            l.financialYear = r.text(7);
            l.cohort = r.word(8, cohortFromKey, cohortKey, Cohort::All);
            l.text = r.text(9);
            r.stamp(10);
            p.letters.insert(l.id, l);
        }
        if (failed(r))
            return std::nullopt;
    }
    {
        RowReader r(db, ProjectDatabaseText::tr("programme %1"),
                    QStringLiteral("SELECT id, area_code, name, provider, risk_level, audience, scope, coverage, "
                                   "evaluation_url, revision, changed_by, changed_at FROM programme ORDER BY id"),
                    only ? &only->programmes : nullptr);
        while (r.next()) {
            Programme pr;
            pr.id = r.integer(0);
            pr.areaCode = r.text(1);
            pr.name = r.text(2);
            pr.provider = r.text(3);
            pr.riskLevel = r.text(4);
            pr.audience = r.text(5);
            pr.scope = r.text(6);
            pr.coverage = r.text(7);
            pr.evaluationUrl = r.text(8);
            r.stamp(9);
            p.programmes.insert(pr.id, pr);
        }
        if (failed(r))
            return std::nullopt;
    }
    {
        static const QString select = QStringLiteral("SELECT id, %1, revision, changed_by, changed_at FROM programme_return ORDER BY id")
                                          .arg(returnColumns().join(QStringLiteral(", ")));
        RowReader r(db, ProjectDatabaseText::tr("return %1"), select, only ? &only->returns : nullptr);
        while (r.next()) {
            ProgrammeReturn ret;
            ret.id = r.integer(0);
            ret.letterId = r.integer(1);
            ret.programmeId = r.integer(2);
            ret.referrersQuote = r.text(3);
            ret.fundersQuote = r.text(4);
            ret.source = r.text(5);
            ret.referrers = r.list(6, referrersFromJson);
            ret.funders = r.list(7, fundersFromJson);
            ret.caveats = r.list(8, caveatsFromJson);
            int col = 9;
            for (FigureField field : kAllFigureFields) {
                ret.figure(field) = r.figureValue(col, figureKind(field));
                col += 2;
            }
            applyFigureNotes(r.figureNotes(col), ret.figures);
            r.stamp(col + 1);
            p.returns.insert(ret.id, ret);
        }
        if (failed(r))
            return std::nullopt;
    }
    {
        RowReader r(db, ProjectDatabaseText::tr("context figure %1"),
                    QStringLiteral("SELECT id, letter_id, area_code, label, period, kind, status, value, note, quote, "
                                   "quote_start, quote_length, revision, changed_by, changed_at FROM context_figure ORDER BY id"),
                    only ? &only->contextFigures : nullptr);
        const auto kindFromKey = [](const QString &key) -> std::optional<FigureKind> {
            if (key == QLatin1String("money"))
                return FigureKind::Money;
            if (key == QLatin1String("count"))
                return FigureKind::Count;
            return std::nullopt;
        };
        const auto kindKey = [](FigureKind kind) {
            return kind == FigureKind::Money ? QStringLiteral("money") : QStringLiteral("count");
        };
        while (r.next()) {
            ContextFigure c;
            c.id = r.integer(0);
            c.letterId = r.integer(1);
            c.areaCode = r.text(2);
            c.label = r.text(3);
            c.period = r.text(4);
            c.kind = r.word(5, kindFromKey, kindKey, FigureKind::Count);
            c.figure = r.figure(6, c.kind);
            c.figure.setQuoteRange(r.range(10));
            r.stamp(12);
            p.contextFigures.insert(c.id, c);
        }
        if (failed(r))
            return std::nullopt;
    }
    return p;
}

} // namespace dapp
