// Recovering what can be read of a damaged project file.
//
// How: the file is copied into a temporary folder (the original is only ever read, as bytes, and
// nothing is created beside it) and the copy is opened with SQLite. Each table is read in rowid
// order, one row at a time, NOT INDEXED so that a damaged index hides no row. When a step fails
// (a damaged page: "database disk image is malformed"), what was read is kept and the reading
// probes `rowid >= ?` with growing jumps, then narrows down by halving, for the first place past
// the damage from which the table reads again: the rows of later pages are recovered. Then the
// table's primary-key index (a separate b-tree, usually on other pages) says which keys existed,
// so the loss is counted and named (a damaged page can also give fewer rows than it held, without
// any error), and any row it leads to that the scan missed is read by its key. Each row read is
// checked (values no project holds come from a damaged record and are left out) and written, as
// it is read, into a fresh database made by migrate() at the file's own schema version, unless
// its parent was lost; that database is then brought up to the latest version, as opening the
// file would, and read back with loadProject. Where a table was damaged and its index cannot
// say what it held, the loss is bounded by rowids and said not to be counted.
//
// A lost figure is never a number. A figure row that the index lists, or that was read but held
// damaged values, or (where the index cannot say) that a recovered return lacks although every
// return is stored with all seven, was lost: it becomes "not provided" (no number: totals are
// marked partial, rates missing, charts draw it as missing, never as 0) with a note saying it
// was lost in recovery, and the return gets a caveat naming what was lost. A caveat travels with
// the figures to the table, charts, CSV, XLSX and PDF, so the loss is not forgotten once the
// recovered project is saved and shared; the analyst removes it after entering the figure again
// from the letter. Lost referrers, funders and caveats of a recovered return get the same kind
// of caveat (a lost caveat would otherwise leave its figures looking unqualified).
#include "storage/salvage.h"
#include "storage/integrity.h"
#include "domain/areas.h"
#include "storage/migrations.h"
#include "storage/projectdatabase.h"
#include "storage/returnlists.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QUuid>
#include <QVariant>
#include <QtEndian>

#include <algorithm>
#include <limits>
#include <map>
#include <set>
#include <vector>

namespace dapp {

namespace {
// Gives this file's strings one translation context.
// Named T itself, not an alias: lupdate does not follow `using T = …` to the context.
struct T
{
    Q_DECLARE_TR_FUNCTIONS(Salvage)
};

constexpr qint64 kMinRowid = std::numeric_limits<qint64>::min();
constexpr qint64 kMaxRowid = std::numeric_limits<qint64>::max();
constexpr int kSqliteHeaderSize = 100;
constexpr int kListedAtMost = 12; // ids or returns named in one problem before "and N more"

// ---- The tables, as each schema version has them ----------------------------------------------

enum class ColumnKind { Integer, Text, OptionalText, OptionalInteger, OptionalReal };

struct Column
{
    const char *name;
    ColumnKind kind;
    int since = 1;                               // the schema version that added it
    int until = std::numeric_limits<int>::max(); // the last schema version that has it
};

enum TableIndex { LetterTable, ProgrammeTable, ReturnTable, FigureTable, ReferrerTable, FunderTable, CaveatTable,
                  ContextTable, TableCount };

struct ParentLink
{
    int column;      // index into the columns read
    int parentTable; // TableIndex
};

struct TableSpec
{
    const char *name;
    const char *shownName; // translated in the "Salvage" context
    int since;
    QList<Column> columns; // the key first: (id) or (return_id, field or position)
    int keyColumns;
    QList<ParentLink> parents;
    int until = std::numeric_limits<int>::max(); // the last schema version that has it
};

bool hasTable(const TableSpec &spec, int version) { return spec.since <= version && version <= spec.until; }

// In dependency order: a table's parents come before it.
const QList<TableSpec> &tableSpecs()
{
    using K = ColumnKind;
    static const QList<TableSpec> specs = {
        {"letter", QT_TRANSLATE_NOOP("Salvage", "letters"), 1,
         {{"id", K::Integer}, {"kind", K::Text, 2}, {"area_code", K::Text}, {"issuing_body", K::Text},
          {"foi_reference", K::Text}, {"request_received", K::OptionalText}, {"response_date", K::OptionalText},
          {"financial_year", K::Text}, {"cohort", K::Text}, {"body", K::Text}},
         1, {}},
        {"programme", QT_TRANSLATE_NOOP("Salvage", "programmes"), 1,
         {{"id", K::Integer}, {"area_code", K::Text}, {"name", K::Text}, {"provider", K::Text},
          {"risk_level", K::Text}, {"audience", K::Text}, {"scope", K::Text}, {"coverage", K::Text},
          {"evaluation_url", K::Text}},
         1, {}},
        {"programme_return", QT_TRANSLATE_NOOP("Salvage", "returns"), 1,
         {{"id", K::Integer}, {"letter_id", K::Integer}, {"programme_id", K::Integer},
          {"referrers_quote", K::Text}, {"funders_quote", K::Text}, {"source", K::Text, 3},
          // Version 4 keeps the figures and lists in the return's own row.
          {"referrers", K::Text, 4}, {"funders", K::Text, 4}, {"caveats", K::Text, 4},
          {"self_referred_status", K::Text, 4}, {"self_referred_value", K::OptionalInteger, 4},
          {"self_referred_note", K::Text, 4, 6}, {"self_referred_quote", K::Text, 4, 6},
          {"self_accepted_status", K::Text, 4}, {"self_accepted_value", K::OptionalInteger, 4},
          {"self_accepted_note", K::Text, 4, 6}, {"self_accepted_quote", K::Text, 4, 6},
          {"self_completed_status", K::Text, 4}, {"self_completed_value", K::OptionalInteger, 4},
          {"self_completed_note", K::Text, 4, 6}, {"self_completed_quote", K::Text, 4, 6},
          {"agency_referred_status", K::Text, 4}, {"agency_referred_value", K::OptionalInteger, 4},
          {"agency_referred_note", K::Text, 4, 6}, {"agency_referred_quote", K::Text, 4, 6},
          {"agency_accepted_status", K::Text, 4}, {"agency_accepted_value", K::OptionalInteger, 4},
          {"agency_accepted_note", K::Text, 4, 6}, {"agency_accepted_quote", K::Text, 4, 6},
          {"agency_completed_status", K::Text, 4}, {"agency_completed_value", K::OptionalInteger, 4},
          {"agency_completed_note", K::Text, 4, 6}, {"agency_completed_quote", K::Text, 4, 6},
          {"budget_gbp_status", K::Text, 4}, {"budget_gbp_value", K::OptionalInteger, 4},
          {"budget_gbp_note", K::Text, 4, 6}, {"budget_gbp_quote", K::Text, 4, 6},
          // Version 5: where each quote stands in the letter.
          {"self_referred_quote_start", K::OptionalInteger, 5, 6}, {"self_referred_quote_length", K::OptionalInteger, 5, 6},
          {"self_accepted_quote_start", K::OptionalInteger, 5, 6}, {"self_accepted_quote_length", K::OptionalInteger, 5, 6},
          {"self_completed_quote_start", K::OptionalInteger, 5, 6}, {"self_completed_quote_length", K::OptionalInteger, 5, 6},
          {"agency_referred_quote_start", K::OptionalInteger, 5, 6}, {"agency_referred_quote_length", K::OptionalInteger, 5, 6},
          {"agency_accepted_quote_start", K::OptionalInteger, 5, 6}, {"agency_accepted_quote_length", K::OptionalInteger, 5, 6},
          {"agency_completed_quote_start", K::OptionalInteger, 5, 6}, {"agency_completed_quote_length", K::OptionalInteger, 5, 6},
          {"budget_gbp_quote_start", K::OptionalInteger, 5, 6}, {"budget_gbp_quote_length", K::OptionalInteger, 5, 6},
          // Version 7: the notes, quotes and places in one JSON object.
          {"figure_notes", K::Text, 7}},
         1, {{1, LetterTable}, {2, ProgrammeTable}}},
        {"figure", QT_TRANSLATE_NOOP("Salvage", "figures"), 1,
         {{"return_id", K::Integer}, {"field", K::Text}, {"status", K::Text}, {"value", K::OptionalInteger},
          {"note", K::Text}, {"quote", K::Text}},
         2, {{0, ReturnTable}}, 3},
        {"referrer", QT_TRANSLATE_NOOP("Salvage", "referrers"), 1,
         {{"return_id", K::Integer}, {"position", K::Integer}, {"name", K::Text}}, 2, {{0, ReturnTable}}, 3},
        {"funder", QT_TRANSLATE_NOOP("Salvage", "funders"), 1,
         {{"return_id", K::Integer}, {"position", K::Integer}, {"name", K::Text}, {"amount_pence", K::OptionalInteger},
          {"share_percent", K::OptionalReal}},
         2, {{0, ReturnTable}}, 3},
        {"caveat", QT_TRANSLATE_NOOP("Salvage", "caveats"), 1,
         {{"return_id", K::Integer}, {"position", K::Integer}, {"text", K::Text}, {"fields", K::Text, 2}}, 2,
         {{0, ReturnTable}}, 3},
        {"context_figure", QT_TRANSLATE_NOOP("Salvage", "context figures"), 2,
         {{"id", K::Integer}, {"letter_id", K::Integer}, {"area_code", K::Text}, {"label", K::Text},
          {"period", K::Text}, {"kind", K::Text}, {"status", K::Text}, {"value", K::OptionalInteger},
          {"note", K::Text}, {"quote", K::Text}, {"quote_start", K::OptionalInteger, 5},
          {"quote_length", K::OptionalInteger, 5}},
         1, {{1, LetterTable}}},
    };
    return specs;
}

// The reference list of areas: read only to say whether its pages were damaged (it is rebuilt
// by migrate(), so its loss loses nothing of the user's).
const TableSpec &areaSpec()
{
    static const TableSpec spec{"area", "", 1, {{"code", ColumnKind::Text}}, 1, {}};
    return spec;
}

QList<Column> columnsAt(const TableSpec &spec, int version)
{
    QList<Column> columns;
    for (const Column &c : spec.columns)
        if (c.since <= version && version <= c.until)
            columns << c;
    return columns;
}

QString columnList(const QList<Column> &columns)
{
    QStringList names;
    for (const Column &c : columns)
        names << QString::fromLatin1(c.name);
    return names.join(QStringLiteral(", "));
}

// ---- Rows and their keys -----------------------------------------------------------------------

struct Row
{
    qint64 rowid = 0;
    QVariantList values; // as columnsAt() lists them
};

// (id, 0) for records; (return id, figure field or list position) for a return's figures and
// lists. A figure's field is its FigureField, or -1 for a word this version does not know.
using Key = std::pair<qint64, qint64>;
constexpr qint64 kUnknownField = -1;

// Keys kept as a sorted vector: a project's figure rows run to hundreds of thousands.
class KeySet
{
public:
    using const_iterator = std::vector<Key>::const_iterator;

    void insert(const Key &key)
    {
        if (m_sorted && !m_keys.empty() && !(m_keys.back() < key))
            m_sorted = false;
        m_keys.push_back(key);
    }
    bool contains(const Key &key) const
    {
        seal();
        return std::binary_search(m_keys.cbegin(), m_keys.cend(), key);
    }
    // The keys of one record, or of one return's rows.
    std::pair<const_iterator, const_iterator> of(qint64 id) const
    {
        seal();
        return {std::lower_bound(m_keys.cbegin(), m_keys.cend(), Key{id, kMinRowid}),
                std::upper_bound(m_keys.cbegin(), m_keys.cend(), Key{id, kMaxRowid})};
    }
    qsizetype size() const
    {
        seal();
        return qsizetype(m_keys.size());
    }
    bool empty() const { return m_keys.empty(); }
    const_iterator begin() const
    {
        seal();
        return m_keys.cbegin();
    }
    const_iterator end() const
    {
        seal();
        return m_keys.cend();
    }

private:
    void seal() const
    {
        if (m_sorted)
            return;
        std::sort(m_keys.begin(), m_keys.end());
        m_keys.erase(std::unique(m_keys.begin(), m_keys.end()), m_keys.end());
        m_sorted = true;
    }

    mutable std::vector<Key> m_keys;
    mutable bool m_sorted = true;
};

bool isText(const QVariant &v) { return !v.isNull() && v.typeId() == QMetaType::QString; }
bool isInteger(const QVariant &v) { return !v.isNull() && v.typeId() == QMetaType::LongLong; }

// Whether the row's key columns are of the key's types; a damaged record may decode into any type.
bool hasKey(const TableSpec &spec, const QVariantList &values)
{
    if (!isInteger(values.value(0)))
        return false;
    if (spec.keyColumns == 1)
        return true;
    return spec.columns[1].kind == ColumnKind::Integer ? isInteger(values.value(1)) : isText(values.value(1));
}

// The key of a row whose key columns are `values` (a row read, or an index entry).
Key keyOf(const TableSpec &spec, const QVariantList &values)
{
    const qint64 id = values.value(0).toLongLong();
    if (spec.keyColumns == 1)
        return {id, 0};
    if (spec.columns[1].kind == ColumnKind::Integer)
        return {id, values.value(1).toLongLong()};
    const auto field = fieldFromKey(values.value(1).toString());
    return {id, field ? qint64(*field) : kUnknownField};
}

std::optional<FigureField> fieldOf(const Key &key)
{
    if (key.second < 0 || key.second >= qint64(kAllFigureFields.size()))
        return std::nullopt;
    return kAllFigureFields[size_t(key.second)];
}

bool knownArea(const QVariant &v) { return isText(v) && Areas::byCode(v.toString()) != nullptr; }

bool validDate(const QVariant &v)
{
    return v.isNull() || (isText(v) && QDate::fromString(v.toString(), Qt::ISODate).isValid());
}

// A figure's status and value as the schema's CHECK and loadProject need them.
bool validFigure(const QVariant &status, const QVariant &value)
{
    const auto s = statusFromKey(status.toString());
    return isText(status) && s && (*s == FigureStatus::Reported) == !value.isNull();
}

// A quote's place as version 5 stores it: both or neither, and one a project keeps (returnlists.h:
// version 7 would not read another, and the recovery would fail at the end); a version that has
// no such columns reads them as invalid QVariants, which pass.
bool validRange(const QVariant &start, const QVariant &length)
{
    if (!start.isValid() && !length.isValid())
        return true;
    if (start.isNull() != length.isNull())
        return false;
    return start.isNull() || isStorablePlace(start.toLongLong(), length.toLongLong());
}

// A return's own figures and lists (version 4 on), read by `v` (a column by name): each figure's
// number given exactly when it is reported, and in range; each list, and from version 7 the
// figures' notes, as this version writes them.
template <typename ValueOf>
bool holdsReturnValues(ValueOf v)
{
    for (FigureField f : kAllFigureFields) {
        const QByteArray key = fieldKey(f).toLatin1();
        const QVariant value = v(QByteArray(key + "_value").constData());
        if (!validFigure(v(QByteArray(key + "_status").constData()), value)
            || (!value.isNull() && !isFigureValueInRange(value.toLongLong(), figureKind(f))))
            return false;
    }
    for (FigureField f : kAllFigureFields)
        if (!validRange(v(QByteArray(fieldKey(f).toLatin1() + "_quote_start").constData()),
                        v(QByteArray(fieldKey(f).toLatin1() + "_quote_length").constData())))
            return false;
    QString why;
    const QVariant notes = v("figure_notes");
    return referrersFromJson(v("referrers").toString(), &why) && fundersFromJson(v("funders").toString(), &why)
           && caveatsFromJson(v("caveats").toString(), &why)
           && (!notes.isValid() || figureNotesFromJson(notes.toString(), &why));
}

// Whether every value is one this version writes: of its column's type, and, where the column
// holds a key word or a code, one the project knows. Anything else comes from a damaged record.
bool holdsProjectValues(int table, const QList<Column> &columns, const Row &row)
{
    for (qsizetype i = 0; i < columns.size(); ++i) {
        const QVariant &value = row.values.at(i);
        switch (columns[i].kind) {
        case ColumnKind::Integer:
            if (!isInteger(value))
                return false;
            break;
        case ColumnKind::Text:
            if (!isText(value))
                return false;
            break;
        case ColumnKind::OptionalText:
            if (!value.isNull() && !isText(value))
                return false;
            break;
        case ColumnKind::OptionalInteger:
            if (!value.isNull() && !isInteger(value))
                return false;
            break;
        case ColumnKind::OptionalReal:
            if (!value.isNull() && value.typeId() != QMetaType::Double && !isInteger(value))
                return false;
            break;
        }
    }
    // A column by name; an invalid QVariant for one this schema version lacks.
    const auto v = [&columns, &row](const char *name) {
        for (qsizetype i = 0; i < columns.size(); ++i)
            if (qstrcmp(columns[i].name, name) == 0)
                return row.values.at(i);
        return QVariant();
    };
    switch (table) {
    case LetterTable: {
        const QString cohortText = v("cohort").toString();
        const auto cohort = cohortFromKey(cohortText);
        const QVariant kind = v("kind");
        return knownArea(v("area_code")) && cohort && cohortKey(*cohort) == cohortText
               && (!kind.isValid() || letterKindFromKey(kind.toString())) && validDate(v("request_received"))
               && validDate(v("response_date"));
    }
    case ProgrammeTable:
        return knownArea(v("area_code"));
    case ReturnTable:
        return !v("referrers").isValid() || holdsReturnValues(v);
    case FigureTable:
        return fieldFromKey(v("field").toString()) && validFigure(v("status"), v("value"));
    case ReferrerTable:
    case FunderTable:
        return v("position").toLongLong() >= 0;
    case CaveatTable:
        if (v("position").toLongLong() < 0)
            return false;
        for (const QString &key : v("fields").toString().split(QLatin1Char(' '), Qt::SkipEmptyParts))
            if (!fieldFromKey(key))
                return false;
        return true;
    case ContextTable: {
        const QString kind = v("kind").toString();
        return knownArea(v("area_code")) && (kind == QLatin1String("money") || kind == QLatin1String("count"))
               && validFigure(v("status"), v("value")) && validRange(v("quote_start"), v("quote_length"));
    }
    default:
        return true;
    }
}

// ---- Words -------------------------------------------------------------------------------------

// "4–6, 9, 12" (at most kListedAtMost runs, then "and N more").
QString idRanges(const std::set<qint64> &ids)
{
    QStringList runs;
    int more = 0;
    for (auto it = ids.cbegin(); it != ids.cend();) {
        const qint64 first = *it;
        qint64 last = first;
        int count = 1;
        while (++it != ids.cend() && *it == last + 1) {
            last = *it;
            ++count;
        }
        if (runs.size() >= kListedAtMost) {
            more += count;
            continue;
        }
        runs << (first == last ? QString::number(first) : QStringLiteral("%1–%2").arg(first).arg(last));
    }
    QString text = runs.join(QStringLiteral(", "));
    if (more > 0)
        text += T::tr(" and %1 more").arg(more);
    return text;
}

QString describeKey(const TableSpec &spec, const Key &key)
{
    if (spec.keyColumns == 1)
        return T::tr("id %1").arg(key.first);
    if (spec.columns[1].kind == ColumnKind::Text) {
        const auto field = fieldOf(key);
        return T::tr("return %1’s “%2”").arg(key.first).arg(field ? fieldLabel(*field) : T::tr("unknown figure"));
    }
    return T::tr("return %1’s entry %2").arg(key.first).arg(key.second + 1);
}

// "ids 4–6" for records; "rows of returns 13, 14" for a return's figures and lists.
template <typename Keys>
QString describeKeys(const TableSpec &spec, const Keys &keys)
{
    std::set<qint64> ids;
    for (const Key &k : keys)
        ids.insert(k.first);
    return spec.keyColumns == 1 ? T::tr("ids %1").arg(idRanges(ids)) : T::tr("rows of returns %1").arg(idRanges(ids));
}

QString parentWord(int table)
{
    switch (table) {
    case LetterTable: return T::tr("letter");
    case ProgrammeTable: return T::tr("programme");
    default: return T::tr("return");
    }
}

QString whereReturnIs(const ProjectData &data, const ProgrammeReturn &r)
{
    const Letter letter = data.letters.value(r.letterId);
    const Programme programme = data.programmes.value(r.programmeId);
    return QStringLiteral("%1 · %2").arg(Areas::nameOf(letter.areaCode), programme.name);
}

QString positionsText(const std::set<qint64> &positions)
{
    std::set<qint64> shown;
    for (qint64 p : positions)
        shown.insert(p + 1);
    return idRanges(shown);
}

// ---- Storing the rows read ---------------------------------------------------------------------

// What became of the rows read from one table.
struct Stored
{
    KeySet kept;
    KeySet readKeys;       // every row read whose key could be read
    std::set<Key> invalid; // values no project holds (keys as read)
    int invalidWithoutKey = 0;
    std::map<int, std::set<Key>> orphans; // by the parent table that lacks their parent
    QStringList storeErrors;              // one entry per row; the first few say why
};

QVariant bindable(const QVariant &v)
{
    // A text column holds '' for "nothing"; a null QString would bind as SQL NULL.
    if (!v.isNull() && v.typeId() == QMetaType::QString && v.toString().isNull())
        return QStringLiteral("");
    return v;
}

// Writes each row read into the fresh database as it comes, unless its values are none a project
// holds or its parent was not kept; remembers what became of it.
class RowStore
{
public:
    RowStore(QSqlDatabase &fresh, int table, int version, const std::map<int, std::set<qint64>> &keptIds)
        : m_table(table)
        , m_spec(tableSpecs()[table])
        , m_columns(columnsAt(m_spec, version))
        , m_keptIds(keptIds)
        , m_insert(fresh)
    {
        const QString marks = QStringList(m_columns.size(), QStringLiteral("?")).join(QStringLiteral(", "));
        if (!m_insert.prepare(QStringLiteral("INSERT INTO %1 (%2) VALUES (%3)")
                                  .arg(QLatin1String(m_spec.name), columnList(m_columns), marks)))
            m_prepareError = m_insert.lastError().text();
    }

    void take(const Row &row)
    {
        const bool keyed = hasKey(m_spec, row.values);
        const Key key = keyed ? keyOf(m_spec, row.values) : Key{};
        if (keyed)
            m_stored.readKeys.insert(key);
        if (!holdsProjectValues(m_table, m_columns, row)) {
            if (keyed)
                m_stored.invalid.insert(key);
            else
                ++m_stored.invalidWithoutKey;
            return;
        }
        for (const ParentLink &link : m_spec.parents) {
            const auto parents = m_keptIds.find(link.parentTable);
            if (parents == m_keptIds.end() || !parents->second.count(row.values.at(link.column).toLongLong())) {
                m_stored.orphans[link.parentTable].insert(key);
                return;
            }
        }
        if (m_prepareError.isEmpty()) {
            for (qsizetype i = 0; i < m_columns.size(); ++i)
                m_insert.bindValue(int(i), bindable(row.values.at(i)));
            if (m_insert.exec()) {
                m_stored.kept.insert(key);
                return;
            }
        }
        const QString why = m_prepareError.isEmpty() ? m_insert.lastError().databaseText() : m_prepareError;
        m_stored.storeErrors << (m_stored.storeErrors.size() < 3 ? T::tr("%1: %2").arg(describeKey(m_spec, key), why)
                                                                 : QString()); // counted, not repeated
    }

    const Stored &stored() const { return m_stored; }
    Stored &&takeStored() { return std::move(m_stored); }

private:
    int m_table;
    const TableSpec &m_spec;
    QList<Column> m_columns;
    const std::map<int, std::set<qint64>> &m_keptIds;
    QSqlQuery m_insert;
    QString m_prepareError;
    Stored m_stored;
};

// ---- Reading one table past its damaged pages --------------------------------------------------

// Where reading stopped and where it could start again.
struct Gap
{
    std::optional<Key> beforeKey; // the last row read before it
    std::optional<qint64> beforeRowid;
    std::optional<Key> afterKey; // the first row read after it; none when it runs to the end
    std::optional<qint64> afterRowid;
    std::optional<qint64> lastRowid; // max(rowid), when it runs to the end and that could be read
    QString reason;
};

struct TableRead
{
    bool inSchema = false;
    QString failure; // the table could not be queried at all
    QList<Gap> gaps;
    int repeatedRows = 0;       // rowids read again or out of order: a damaged page's cells
    bool indexRead = false;     // the primary key's index was consulted
    bool indexComplete = false; // ... and read to its end without an error
    KeySet indexKeys;
};

bool isCorruption(const QSqlError &e)
{
    bool ok = false;
    const int code = e.nativeErrorCode().toInt(&ok) & 0xff; // primary code of an extended one
    return (ok && (code == 11 || code == 26)) // SQLITE_CORRUPT, SQLITE_NOTADB
           || e.databaseText().contains(QLatin1String("malformed"));
}

QString reasonOf(const QSqlError &e)
{
    return isCorruption(e) ? T::tr("damaged page") : e.databaseText();
}

// "rows between id 12 and id 40 could not be read (damaged page); at most 27 of them"
QString describeGap(const TableSpec &spec, const Gap &gap)
{
    if (!gap.beforeRowid && !gap.afterRowid)
        return T::tr("none of its rows could be read (%1)").arg(gap.reason);
    const QString from = gap.beforeKey ? describeKey(spec, *gap.beforeKey) : T::tr("the start of the table");
    const QString to = gap.afterKey ? describeKey(spec, *gap.afterKey) : T::tr("the end of the table");
    // Rowids of this program's tables start at 1, so one before the first row read is 0.
    const qint64 before = gap.beforeRowid.value_or(0);
    std::optional<qint64> atMost;
    if (gap.afterRowid)
        atMost = *gap.afterRowid - before - 1;
    else if (gap.lastRowid)
        atMost = *gap.lastRowid - before;
    const QString text = T::tr("rows between %1 and %2 could not be read (%3)").arg(from, to, gap.reason);
    return atMost ? text + T::tr("; at most %1 of them").arg(std::max<qint64>(*atMost, 0))
                  : text + T::tr("; how many is not known");
}

std::optional<qint64> maxRowid(QSqlDatabase &db, const QString &table)
{
    QSqlQuery q(db);
    q.setForwardOnly(true);
    if (q.prepare(QStringLiteral("SELECT max(rowid) FROM %1").arg(table)) && q.exec() && q.next()
        && !q.value(0).isNull())
        return q.value(0).toLongLong();
    return std::nullopt;
}

// The smallest bound from which `rowid >= bound` reads again: growing jumps past `from` until one
// reads, then halving between the last that failed and the first that read, so that no readable
// row between them is skipped. (SQLite seeks the bound itself, so a bound inside a damaged
// page's range fails and the first one past it is the next page's first row.) Nothing when no
// bound up to the table's last rowid reads.
template <typename Probe>
std::optional<qint64> resumePoint(Probe probe, qint64 from, bool tryFromFirst, std::optional<qint64> end)
{
    if (tryFromFirst && probe(from))
        return from;
    qint64 failing = from;
    if (end && failing >= *end)
        return std::nullopt; // no row lies beyond it
    qint64 step = 1;
    qint64 reads = 0;
    for (;;) {
        qint64 x = failing > kMaxRowid - step ? kMaxRowid : failing + step;
        if (end && x > *end)
            x = *end;
        if (probe(x)) {
            reads = x;
            break;
        }
        failing = x;
        if (x == kMaxRowid || (end && x >= *end))
            return std::nullopt;
        step = step > kMaxRowid / 2 ? kMaxRowid : step * 2;
    }
    while (quint64(reads) - quint64(failing) > 1) {
        const qint64 middle = failing + qint64((quint64(reads) - quint64(failing)) / 2);
        if (probe(middle))
            reads = middle;
        else
            failing = middle;
    }
    return reads;
}

// Reads every row of the table that can be read, in rowid order, handing each to `take`.
template <typename Take>
TableRead scanTable(QSqlDatabase &db, const TableSpec &spec, int version, Take take)
{
    TableRead result;
    result.inSchema = true;
    const QString table = QString::fromLatin1(spec.name);
    const QList<Column> columns = columnsAt(spec, version);
    QSqlQuery q(db);
    q.setForwardOnly(true);
    // NOT INDEXED: the rows come from the table's own b-tree, never through an index that may
    // be damaged or incomplete.
    if (!q.prepare(QStringLiteral("SELECT rowid, %1 FROM %2 NOT INDEXED WHERE rowid >= ? ORDER BY rowid")
                       .arg(columnList(columns), table))) {
        result.failure = q.lastError().databaseText();
        return result;
    }
    const std::optional<qint64> end = maxRowid(db, table);
    const auto probe = [&q](qint64 from) {
        q.bindValue(0, from);
        return q.exec(); // true when the first step reads without an error
    };
    qint64 bound = kMinRowid;
    std::optional<qint64> lastRead;
    std::optional<Key> lastKey;
    qint64 highest = kMinRowid;
    bool inGap = false;
    for (;;) {
        bool progressed = false;
        if (probe(bound)) {
            while (q.next()) {
                Row row;
                row.rowid = q.value(0).toLongLong();
                if (lastRead && row.rowid <= highest) { // a damaged page's cells, out of order
                    ++result.repeatedRows;
                    continue;
                }
                row.values.reserve(columns.size());
                for (qsizetype i = 0; i < columns.size(); ++i)
                    row.values << q.value(int(i) + 1);
                const std::optional<Key> key = hasKey(spec, row.values) ? std::optional<Key>(keyOf(spec, row.values))
                                                                        : std::nullopt;
                if (inGap) {
                    result.gaps.last().afterRowid = row.rowid;
                    result.gaps.last().afterKey = key;
                    inGap = false;
                }
                lastRead = row.rowid;
                lastKey = key;
                highest = row.rowid;
                progressed = true;
                take(row);
            }
            if (!q.lastError().isValid())
                break; // read to the end
        }
        if (!inGap) {
            Gap gap;
            gap.beforeRowid = lastRead;
            gap.beforeKey = lastKey;
            gap.reason = reasonOf(q.lastError());
            result.gaps << gap;
            inGap = true;
        }
        // Each turn starts strictly past the last bound and past every row read, so it ends.
        const qint64 reached = progressed ? std::max(highest, bound) : bound;
        if (progressed && reached == kMaxRowid)
            break; // no rowid lies beyond it
        const auto resume = progressed ? resumePoint(probe, reached + 1, true, end) : resumePoint(probe, bound, false, end);
        if (!resume) {
            result.gaps.last().lastRowid = end;
            break;
        }
        bound = *resume;
    }
    return result;
}

// SQLite's index for the primary key ("sqlite_autoindex_letter_1"), when the schema has it.
QString primaryKeyIndex(QSqlDatabase &db, const TableSpec &spec)
{
    const QString name = QStringLiteral("sqlite_autoindex_%1_1").arg(QLatin1String(spec.name));
    QSqlQuery q(db);
    q.prepare(QStringLiteral("SELECT name FROM sqlite_master WHERE type = 'index' AND name = ?"));
    q.addBindValue(name);
    return q.exec() && q.next() ? name : QString();
}

// The primary key's index lists the keys that existed, so what was lost can be counted and named
// (a damaged page can also give fewer rows than it held, without any error); a row the scan
// missed but the index leads to is read by its key and handed to `store`.
void consultIndex(QSqlDatabase &db, const TableSpec &spec, int version, TableRead *read, RowStore &store)
{
    const QString index = primaryKeyIndex(db, spec);
    if (index.isEmpty())
        return;
    const QString table = QString::fromLatin1(spec.name);
    const QString keys = columnList(spec.columns.mid(0, spec.keyColumns));
    {
        QSqlQuery q(db);
        q.setForwardOnly(true);
        if (!q.prepare(QStringLiteral("SELECT %1 FROM %2 INDEXED BY %3 ORDER BY %1").arg(keys, table, index)))
            return;
        read->indexRead = true;
        if (!q.exec())
            return;
        while (q.next()) {
            const QVariantList entry{q.value(0), q.value(1)};
            if (hasKey(spec, entry))
                read->indexKeys.insert(keyOf(spec, entry));
        }
        read->indexComplete = !q.lastError().isValid();
    }
    const QList<Column> columns = columnsAt(spec, version);
    QSqlQuery lookup(db);
    lookup.setForwardOnly(true);
    const QString where = spec.keyColumns == 1
                              ? QStringLiteral("%1 = ?").arg(QLatin1String(spec.columns[0].name))
                              : QStringLiteral("%1 = ? AND %2 = ?")
                                    .arg(QLatin1String(spec.columns[0].name), QLatin1String(spec.columns[1].name));
    if (!lookup.prepare(QStringLiteral("SELECT rowid, %1 FROM %2 INDEXED BY %3 WHERE %4")
                            .arg(columnList(columns), table, index, where)))
        return;
    // The keys to look up are chosen before any row found is stored (storing unsorts the keys read).
    std::vector<Key> missed;
    for (const Key &key : read->indexKeys)
        if (!store.stored().readKeys.contains(key))
            missed.push_back(key);
    for (const Key &key : missed) {
        lookup.bindValue(0, key.first);
        if (spec.keyColumns == 2) {
            if (spec.columns[1].kind == ColumnKind::Integer) {
                lookup.bindValue(1, key.second);
            } else if (const auto field = fieldOf(key)) {
                lookup.bindValue(1, fieldKey(*field));
            } else {
                continue; // a word no project writes: nothing to look up
            }
        }
        if (!lookup.exec() || !lookup.next())
            continue; // on a damaged page too
        Row row;
        row.rowid = lookup.value(0).toLongLong();
        for (qsizetype i = 0; i < columns.size(); ++i)
            row.values << lookup.value(int(i) + 1);
        store.take(row);
    }
}

// ---- The file ----------------------------------------------------------------------------------

// A database connection closed and removed when it goes out of scope.
class Connection
{
public:
    explicit Connection(const QString &path)
        : m_name(QStringLiteral("dapp-salvage-") + QUuid::createUuid().toString(QUuid::WithoutBraces))
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_name);
        db.setDatabaseName(path);
        if (!db.open())
            m_error = db.lastError().text();
    }
    ~Connection()
    {
        {
            QSqlDatabase db = QSqlDatabase::database(m_name, false);
            db.close();
        }
        QSqlDatabase::removeDatabase(m_name);
    }
    Connection(const Connection &) = delete;
    Connection &operator=(const Connection &) = delete;

    QSqlDatabase database() const { return QSqlDatabase::database(m_name, false); }
    QString error() const { return m_error; }

private:
    QString m_name;
    QString m_error;
};

bool runPragma(QSqlDatabase &db, const QString &pragma)
{
    QSqlQuery q(db);
    return q.exec(pragma); // constant text of ours; PRAGMAs take no bound values
}

std::set<QString> tablesInSchema(QSqlDatabase &db, QString *error)
{
    std::set<QString> names;
    QSqlQuery q(db);
    q.setForwardOnly(true);
    if (!q.prepare(QStringLiteral("SELECT name FROM sqlite_master WHERE type = ?"))) {
        *error = q.lastError().databaseText();
        return names;
    }
    q.addBindValue(QStringLiteral("table"));
    if (!q.exec()) {
        *error = q.lastError().databaseText();
        return names;
    }
    while (q.next())
        names.insert(q.value(0).toString());
    if (q.lastError().isValid())
        *error = q.lastError().databaseText();
    return names;
}

// Whether the schema's programme_return has `column`: its figures (version 4 on), their quotes'
// places (version 5 on).
bool returnTableHasColumn(QSqlDatabase &db, const QString &column)
{
    QSqlQuery q(db);
    q.setForwardOnly(true);
    return q.prepare(QStringLiteral("SELECT sql FROM sqlite_master WHERE type = 'table' AND name = 'programme_return'"))
           && q.exec() && q.next() && q.value(0).toString().contains(column);
}

// What a recovered return lost of its own rows, for its caveat and the report.
struct ReturnLoss
{
    QList<FigureField> figures;
    std::map<int, std::set<qint64>> positions; // by table: referrers, funders, caveats
};

} // namespace

bool SalvageReport::anythingLost() const
{
    for (const Table &t : tables)
        if (t.lost > 0 || !t.lostCountKnown)
            return true;
    return false;
}

QStringList SalvageReport::summaryLines() const
{
    QStringList lines;
    for (const Table &t : tables) {
        QString line;
        if (t.lostCountKnown)
            line = t.lost == 0 ? T::tr("%1: %2 read, nothing lost").arg(t.shownName).arg(t.read)
                               : T::tr("%1: %2 read, %3 lost").arg(t.shownName).arg(t.read).arg(t.lost);
        else
            line = t.lost == 0 ? T::tr("%1: %2 read, an unknown number lost").arg(t.shownName).arg(t.read)
                               : T::tr("%1: %2 read, at least %3 lost").arg(t.shownName).arg(t.read).arg(t.lost);
        if (!t.problems.isEmpty())
            line += T::tr(" — %1").arg(t.problems.join(QStringLiteral("; ")));
        lines << line;
    }
    return lines + notes;
}

std::optional<ProjectData> salvageProject(const QString &path, SalvageReport *reportOut, QString *error)
{
    SalvageReport localReport;
    SalvageReport &report = reportOut ? *reportOut : localReport;
    report = SalvageReport();
    error->clear();
    const QString shown = QDir::toNativeSeparators(path);
    const QFileInfo info(path);
    if (!info.exists()) {
        *error = T::tr("“%1” does not exist.").arg(shown);
        return std::nullopt;
    }
    if (!info.isFile()) {
        *error = T::tr("“%1” is not a file.").arg(shown);
        return std::nullopt;
    }

    // The original is only read, as bytes: SQLite opens the copy, so no journal is played back
    // into it and no -shm or -wal appears beside it.
    QTemporaryDir dir;
    if (!dir.isValid()) {
        *error = T::tr("Could not create a temporary folder: %1").arg(dir.errorString());
        return std::nullopt;
    }
    const QString copy = dir.filePath(QStringLiteral("damaged.dapp"));
    if (!QFile::copy(path, copy)) {
        *error = T::tr("“%1” cannot be read, so nothing of it can be recovered.").arg(shown);
        return std::nullopt;
    }
    QFile::setPermissions(copy, QFileDevice::ReadOwner | QFileDevice::WriteOwner);

    QByteArray header;
    {
        QFile file(copy);
        if (file.open(QIODevice::ReadOnly))
            header = file.read(kSqliteHeaderSize);
    }
    if (!header.startsWith(QByteArrayLiteral("SQLite format 3\0"))) {
        *error = T::tr("“%1” is not an SQLite database, so nothing of it can be recovered.").arg(shown);
        return std::nullopt;
    }
    if (header.size() < kSqliteHeaderSize) {
        *error = T::tr("“%1” ends inside its database header, so nothing of it can be read.").arg(shown);
        return std::nullopt;
    }
    const qint32 applicationId = qFromBigEndian<qint32>(header.constData() + 68);
    int version = qFromBigEndian<qint32>(header.constData() + 60); // PRAGMA user_version
    if (version > latestSchemaVersion()) {
        *error = T::tr("“%1” was written by a newer version of DAPP Analyst (project schema %2; this version reads "
                       "up to %3). Recover it with that version.")
                     .arg(shown)
                     .arg(version)
                     .arg(latestSchemaVersion());
        return std::nullopt;
    }
    if (isHotJournal(path + QStringLiteral("-journal")))
        report.notes << T::tr("“%1” beside the file holds an unfinished write; it was not played back, so the file "
                              "was read as it is on disk. It was left as it was.")
                            .arg(QFileInfo(path + QStringLiteral("-journal")).fileName());
    if (QFileInfo(path + QStringLiteral("-wal")).size() > 0)
        report.notes << T::tr("“%1” beside the file may hold changes that never reached the file; they were not "
                              "read. It was left as it was.")
                            .arg(QFileInfo(path + QStringLiteral("-wal")).fileName());

    std::map<int, TableRead> reads;
    std::map<int, Stored> stored;
    TableRead areaRead;
    std::optional<ProjectData> data;
    {
        Connection damaged(copy);
        QSqlDatabase db = damaged.database();
        if (!damaged.error().isEmpty()) {
            *error = T::tr("“%1” could not be opened: %2").arg(shown, damaged.error());
            return std::nullopt;
        }
        // Reading only (query_only: no statement can write, not even to the copy);
        // cell_size_check finds more damage as an error rather than as odd values;
        // writable_schema lets SQLite read a file shorter than its header says (a copy cut
        // short), which it otherwise refuses whole, and skip a schema entry it cannot parse.
        runPragma(db, QStringLiteral("PRAGMA query_only = ON"));
        runPragma(db, QStringLiteral("PRAGMA cell_size_check = ON"));
        runPragma(db, QStringLiteral("PRAGMA writable_schema = ON"));
        QString schemaError;
        const std::set<QString> tables = tablesInSchema(db, &schemaError);
        if (!schemaError.isEmpty()) {
            *error = T::tr("“%1” is damaged where it lists its tables (%2), so nothing of it can be read.")
                         .arg(shown, schemaError);
            return std::nullopt;
        }
        const bool hasProjectTables = tables.count(QStringLiteral("letter")) || tables.count(QStringLiteral("programme"))
                                      || tables.count(QStringLiteral("programme_return"));
        if (!hasProjectTables) {
            *error = applicationId == kApplicationId
                         ? T::tr("“%1” has no project tables left to read.").arg(shown)
                         : T::tr("“%1” is an SQLite database but not a DAPP Analyst project.").arg(shown);
            return std::nullopt;
        }
        if (applicationId != kApplicationId)
            report.notes << T::tr("The file's header does not mark it as a DAPP Analyst project (it may be damaged "
                                  "there); its tables were read as a project's.");
        if (version < 1) {
            // The header is damaged where it keeps the version: the newest version whose tables
            // are all there is the one the file was written at.
            version = 1;
            for (const TableSpec &spec : tableSpecs())
                if (spec.since > version && tables.count(QString::fromLatin1(spec.name)))
                    version = spec.since;
            // Version 4 added no table: it dropped the figure and list tables for columns.
            if (!tables.count(QStringLiteral("figure")) && returnTableHasColumn(db, QStringLiteral("self_referred_status")))
                version = returnTableHasColumn(db, QStringLiteral("figure_notes"))               ? 7
                          : returnTableHasColumn(db, QStringLiteral("self_referred_quote_start")) ? 5
                                                                                                 : 4;
            report.notes << T::tr("The file's header does not say its schema version; its tables are those of "
                                  "version %1, and were read as such.")
                                .arg(version);
        }

        // A fresh database at the file's own version takes the rows as they are read, table by
        // table in dependency order; the migrations then run on it, never on the damaged file.
        Connection freshConnection(dir.filePath(QStringLiteral("recovered.dapp")));
        QSqlDatabase fresh = freshConnection.database();
        QString reason;
        if (!freshConnection.error().isEmpty() || !migrate(fresh, &reason, version) || !fresh.transaction()) {
            *error = T::tr("Could not create the database to recover into: %1")
                         .arg(!freshConnection.error().isEmpty() ? freshConnection.error()
                              : !reason.isEmpty()                ? reason
                                                                 : fresh.lastError().text());
            return std::nullopt;
        }
        std::map<int, std::set<qint64>> keptIds;
        for (int t = 0; t < TableCount; ++t) {
            const TableSpec &spec = tableSpecs()[t];
            if (!hasTable(spec, version))
                continue;
            if (!tables.count(QString::fromLatin1(spec.name))) {
                reads[t] = TableRead();
                stored[t] = Stored();
                continue;
            }
            RowStore store(fresh, t, version, keptIds);
            reads[t] = scanTable(db, spec, version, [&store](const Row &row) { store.take(row); });
            // Even where the scan met no error: a damaged page can also give fewer rows than it
            // held, or rows of garbage, without any error.
            consultIndex(db, spec, version, &reads[t], store);
            stored[t] = store.takeStored();
            if (spec.keyColumns == 1)
                for (const Key &k : stored[t].kept)
                    keptIds[t].insert(k.first);
        }
        if (tables.count(QStringLiteral("area")))
            areaRead = scanTable(db, areaSpec(), version, [](const Row &) {});
        if (!fresh.commit()) {
            *error = T::tr("Could not write the recovered records: %1").arg(fresh.lastError().text());
            fresh.rollback();
            return std::nullopt;
        }
        if (!migrate(fresh, &reason)) {
            *error = T::tr("Could not bring the recovered records up to this version's schema: %1").arg(reason);
            return std::nullopt;
        }
        data = loadProject(fresh, &reason);
        if (!data) {
            *error = T::tr("Could not read the recovered records back: %1").arg(reason);
            return std::nullopt;
        }
    }
    if (!areaRead.gaps.isEmpty() || !areaRead.failure.isEmpty() || areaRead.repeatedRows > 0)
        report.notes << T::tr("Part of the file's list of police force areas could not be read; that list is "
                              "reference data this version ships, so nothing was lost with it.");
    if (version < latestSchemaVersion())
        report.notes << T::tr("The file is at project schema version %1; what was read was brought up to version %2, "
                              "as opening it would.")
                            .arg(version)
                            .arg(latestSchemaVersion());

    // Whether a table was damaged, and whether its index cannot say what it held: then what this
    // version always writes says it — a return has all seven figure rows, and its list entries
    // are numbered from 0 without a hole. (Not where nothing was damaged: a file written by hand
    // or by an early build may lack figure rows, which then never existed.)
    const auto damagedTable = [&reads, &stored](int t) {
        const TableRead &read = reads[t];
        return !read.inSchema || !read.failure.isEmpty() || !read.gaps.isEmpty() || read.repeatedRows > 0
               || !stored[t].invalid.empty() || stored[t].invalidWithoutKey > 0;
    };
    const auto guessed = [&reads, &damagedTable](int t) { return damagedTable(t) && !reads[t].indexComplete; };

    // What each recovered return lost of its own rows: a row the table's index lists (a complete
    // index is the whole truth), or, without one, a row read with values no project holds, or
    // one that what is always written says was there.
    // (From version 4 a return's figures and lists are in its own row: they are lost with it.)
    std::map<Id, ReturnLoss> losses;
    const bool separateFigureRows = hasTable(tableSpecs()[FigureTable], version);
    for (auto it = data->returns.cbegin(); separateFigureRows && it != data->returns.cend(); ++it) {
        ReturnLoss loss;
        for (FigureField f : kAllFigureFields) {
            const Key key{it.key(), qint64(f)};
            const TableRead &read = reads[FigureTable];
            const bool existed = read.indexComplete ? read.indexKeys.contains(key)
                                                    : guessed(FigureTable) || read.indexKeys.contains(key)
                                                          || stored[FigureTable].readKeys.contains(key);
            if (existed && !stored[FigureTable].kept.contains(key))
                loss.figures << f;
        }
        for (int t : {ReferrerTable, FunderTable, CaveatTable}) {
            std::set<qint64> expected;
            std::set<qint64> kept;
            for (auto [k, last] = stored[t].kept.of(it.key()); k != last; ++k)
                kept.insert(k->second);
            if (!kept.empty() && guessed(t))
                for (qint64 p = 0; p < *kept.rbegin(); ++p)
                    expected.insert(p);
            QList<const KeySet *> evidence{&reads[t].indexKeys};
            if (!reads[t].indexComplete)
                evidence << &stored[t].readKeys;
            for (const KeySet *keys : std::as_const(evidence))
                for (auto [k, last] = keys->of(it.key()); k != last; ++k)
                    expected.insert(k->second);
            for (qint64 p : expected)
                if (!kept.count(p))
                    loss.positions[t].insert(p);
        }
        if (!loss.figures.isEmpty() || !loss.positions.empty())
            losses[it.key()] = loss;
    }
    for (const auto &[id, loss] : losses) {
        ProgrammeReturn &r = data->returns[id];
        QStringList what;
        if (!loss.figures.isEmpty()) {
            QStringList labels;
            for (FigureField f : loss.figures) {
                labels << T::tr("“%1”").arg(fieldLabel(f));
                r.figure(f) = Figure::withStatus(
                    FigureStatus::NotProvided, QString(),
                    T::tr("Lost: this figure could not be read when the project was recovered from a damaged file. "
                          "It is not a number and not the letter's answer; enter it again from the letter."));
            }
            what << T::tr("the figures %1").arg(labels.join(QStringLiteral(", ")));
        }
        for (const auto &[t, positions] : loss.positions) {
            const bool one = positions.size() == 1;
            if (t == ReferrerTable)
                what << (one ? T::tr("the referrer at position %1") : T::tr("the referrers at positions %1"))
                                .arg(positionsText(positions));
            else if (t == FunderTable)
                what << (one ? T::tr("the funder at position %1") : T::tr("the funders at positions %1"))
                                .arg(positionsText(positions));
            else
                what << (one ? T::tr("the caveat at position %1") : T::tr("the caveats at positions %1"))
                                .arg(positionsText(positions));
        }
        // Figures alone: the caveat marks those cells. A lost list entry or caveat: the whole
        // return, since what a lost caveat qualified is not known.
        const bool figuresOnly = loss.positions.empty();
        r.caveats << Caveat{T::tr("Recovered from a damaged project file: %1 could not be read. Check the letter.")
                                .arg(what.join(QStringLiteral("; "))),
                            figuresOnly ? loss.figures : QList<FigureField>{}};
    }

    // The report, table by table.
    int keptRows = 0;
    bool anyDamage = false;
    for (const auto &[t, read] : reads) {
        const TableSpec &spec = tableSpecs()[t];
        const Stored &s = stored[t];
        SalvageReport::Table table;
        table.table = QString::fromLatin1(spec.name);
        table.shownName = T::tr(spec.shownName);
        table.read = int(s.kept.size());
        keptRows += table.read;
        if (!read.inSchema)
            table.problems << T::tr("the table is missing from the file's list of tables; none of its rows could be read");
        else if (!read.failure.isEmpty())
            table.problems << T::tr("the table could not be read at all (%1)").arg(read.failure);

        // Keys that existed (the index lists them; what is always written says so) but whose
        // rows could not be read.
        KeySet expected = read.indexKeys;
        for (const auto &[id, loss] : losses) {
            if (t == FigureTable)
                for (FigureField f : loss.figures)
                    expected.insert({id, qint64(f)});
            if (loss.positions.count(t))
                for (qint64 p : loss.positions.at(t))
                    expected.insert({id, p});
        }
        std::vector<Key> unread;
        for (const Key &k : expected)
            if (!s.readKeys.contains(k))
                unread.push_back(k);
        if (read.indexComplete) {
            // The index lists every row there was: those not kept are the loss, whatever became
            // of them (a row of garbage that the index does not list was never a row).
            table.lost = 0;
            for (const Key &k : expected)
                if (!s.kept.contains(k))
                    ++table.lost;
        } else {
            int orphans = 0;
            for (const auto &[parent, keys] : s.orphans)
                orphans += int(keys.size());
            table.lost = int(unread.size() + s.invalid.size()) + s.invalidWithoutKey + orphans + int(s.storeErrors.size());
        }
        table.lostCountKnown = !guessed(t);
        anyDamage = anyDamage || damagedTable(t);

        if (spec.keyColumns == 1) {
            if (!unread.empty())
                table.problems << T::tr("%1 could not be read (damaged page)").arg(describeKeys(spec, unread));
        } else {
            // Named by return: which recovered return lost what, then those of returns that
            // are themselves lost.
            QStringList named;
            int more = 0;
            for (const auto &[id, loss] : losses) {
                QString what;
                if (t == FigureTable && loss.figures.size() == int(kAllFigureFields.size())) {
                    what = T::tr("all seven");
                } else if (t == FigureTable && !loss.figures.isEmpty()) {
                    QStringList labels;
                    for (FigureField f : loss.figures)
                        labels << T::tr("“%1”").arg(fieldLabel(f));
                    what = labels.join(QStringLiteral(", "));
                } else if (t != FigureTable && loss.positions.count(t)) {
                    const std::set<qint64> &positions = loss.positions.at(t);
                    what = (positions.size() == 1 ? T::tr("entry %1") : T::tr("entries %1")).arg(positionsText(positions));
                }
                if (what.isEmpty())
                    continue;
                if (named.size() < kListedAtMost)
                    named << T::tr("return %1 (%2): %3").arg(id).arg(whereReturnIs(*data, data->returns.value(id)), what);
                else
                    ++more;
            }
            if (more > 0)
                named << T::tr("%1 more returns").arg(more);
            if (!named.isEmpty())
                table.problems << (t == FigureTable
                                       ? T::tr("could not be read, so each is “not provided” (never a number) with a "
                                               "note, and its return has a caveat saying so: %1")
                                       : T::tr("could not be read, and each return that lost some has a caveat saying "
                                               "so: %1"))
                                      .arg(named.join(QStringLiteral("; ")));
            std::set<qint64> ofLostReturns;
            for (const Key &k : unread)
                if (!data->returns.contains(k.first))
                    ofLostReturns.insert(k.first);
            if (!ofLostReturns.empty())
                table.problems << T::tr("rows of returns that are themselves lost could not be read either (returns %1)")
                                      .arg(idRanges(ofLostReturns));
        }
        if (guessed(t) && read.inSchema && read.failure.isEmpty()) {
            for (const Gap &gap : read.gaps)
                table.problems << describeGap(spec, gap);
            table.problems << (read.indexRead ? T::tr("the table's index is damaged too, so not every lost row "
                                                      "could be counted")
                                              : T::tr("the table has no index to count its lost rows by"));
        } else if (!read.gaps.isEmpty() && unread.empty()) {
            table.problems << T::tr("a damaged part of the table was skipped; every row its index lists was read");
        }
        if (!s.invalid.empty() || s.invalidWithoutKey > 0)
            table.problems << T::tr("rows whose values no project holds (damaged records) were left out: %1")
                                  .arg(s.invalid.empty() ? QString::number(s.invalidWithoutKey)
                                                         : describeKeys(spec, s.invalid));
        for (const auto &[parent, keys] : s.orphans)
            table.problems << T::tr("dropped because their %1 is missing: %2")
                                  .arg(parentWord(parent), describeKeys(spec, keys));
        QStringList storeErrors;
        for (const QString &e : s.storeErrors)
            if (!e.isEmpty())
                storeErrors << e;
        if (!s.storeErrors.isEmpty())
            table.problems << T::tr("%1 rows could not be stored (%2)")
                                  .arg(s.storeErrors.size())
                                  .arg(storeErrors.join(QStringLiteral("; ")));
        report.tables << table;
    }

    if (keptRows == 0 && anyDamage) {
        *error = T::tr("Nothing of “%1” could be read: every table of it is damaged.").arg(shown);
        return std::nullopt;
    }
    return data;
}

} // namespace dapp
