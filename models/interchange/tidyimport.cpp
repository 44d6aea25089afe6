// One row at a time, one cell at a time: every problem is collected, none stops the reading, so
// the preview lists them all at once.
#include "interchange/tidyimport.h"
#include "domain/figure.h"
#include "domain/letterdate.h"
#include "formats/prefault.h"

#include <QCoreApplication>
#include <QHash>

#include <algorithm>
#include <array>
#include <atomic>
#include <chrono>
#include <optional>
#include <thread>

namespace dapp {

// What tells the letters (and programmes) rows give apart, for the hashes the reader finds them
// again by; equal records hash alike, as they agree on these.
static size_t qHash(const Letter &l, size_t seed = 0)
{
    return qHashMulti(seed, l.areaCode, l.financialYear, int(l.cohort), l.foiReference, l.responseDate);
}
static size_t qHash(const Programme &p, size_t seed = 0)
{
    return qHashMulti(seed, p.areaCode, p.name, p.provider, p.riskLevel, p.evaluationUrl);
}

namespace {
// Gives this file's strings one translation context.
// Named T itself, not an alias: lupdate does not follow `using T = …` to the context.
struct T
{
    Q_DECLARE_TR_FUNCTIONS(TidyImport)
};

QString quoted(const QString &text) { return QStringLiteral("“%1”").arg(text); }

// A field's column in this sheet, found once for the sheet rather than once a cell, and what a
// problem in it is reported under: its header as written, else the field's label.
struct Column
{
    int index = -1;
    QString label;
};

Column findColumn(const TidyMapping &mapping, const QStringList &header, const QString &key)
{
    const int c = mapping.column(key);
    return {c, c >= 0 && c < header.size() ? header.at(c).trimmed() : (key.isEmpty() ? QString() : tidyColumnLabel(key))};
}

struct Columns
{
    Columns(const TidyMapping &mapping, const QStringList &header)
    {
        const auto find = [&](const QString &key) { return findColumn(mapping, header, key); };
        row = find(QString());
        area = find(QStringLiteral("area"));
        financialYear = find(QStringLiteral("financial_year"));
        cohort = find(QStringLiteral("cohort"));
        foiReference = find(QStringLiteral("foi_reference"));
        responseDate = find(QStringLiteral("response_date"));
        programme = find(QStringLiteral("programme"));
        provider = find(QStringLiteral("provider"));
        riskLevel = find(QStringLiteral("risk_level"));
        evaluationUrl = find(QStringLiteral("evaluation_url"));
        for (FigureField field : kAllFigureFields)
            figures[size_t(field)] = find(field == FigureField::Budget ? QStringLiteral("budget_gbp") : fieldKey(field));
        referrers = find(QStringLiteral("referrers"));
        funders = find(QStringLiteral("funders"));
        caveats = find(QStringLiteral("caveats"));
    }
    Column row; // the row as a whole, in no column
    Column area, financialYear, cohort, foiReference, responseDate;
    Column programme, provider, riskLevel, evaluationUrl;
    std::array<Column, kAllFigureFields.size()> figures; // indexed by FigureField
    Column referrers, funders, caveats;
};

// One row's cells, and the problems they cause, named by the row's number.
class RowReader
{
public:
    // `index`: the row's index in `rows`; `row`: its number, as the user sees it. Its problems
    // go to `batch`.
    RowReader(TidyCells &cells, ImportBatch &batch, const Columns &columns, const SheetRows &rows, qsizetype index, int row)
        : m_sheet(cells)
        , m_batch(batch)
        , m_columns(columns)
        , m_rows(rows)
        , m_index(index)
        , m_row(row)
    {
    }

    TidyCells &sheet() { return m_sheet; }
    const Columns &columns() const { return m_columns; }
    // The cell, trimmed, in place: "" for a column the sheet lacks or the row stops before.
    QStringView cell(const Column &column) const { return m_rows.cell(m_index, column.index).trimmed(); }
    QString sharedCell(const Column &column) { return m_sheet.shared(cell(column)); }

    void problem(ImportProblem::Severity severity, const Column &column, const QString &message)
    {
        ImportProblem p;
        p.severity = severity;
        p.file = m_batch.file;
        p.sheet = m_batch.sheet;
        p.row = m_row;
        p.column = column.label;
        p.message = message;
        m_batch.problems << p;
    }
    void error(const Column &column, const QString &message)
    {
        ++m_errors;
        problem(ImportProblem::Severity::Error, column, message);
    }
    int errors() const { return m_errors; }
    void warning(const Column &column, const QString &message) { problem(ImportProblem::Severity::Warning, column, message); }

private:
    TidyCells &m_sheet;
    ImportBatch &m_batch;
    const Columns &m_columns;
    const SheetRows &m_rows;
    qsizetype m_index;
    int m_row;
    int m_errors = 0;
};

// What a row says of its letter and programme, before they are looked for among those its part
// of the sheet has read.
struct RowDetails
{
    Letter letter;
    Programme programme;
};

void readArea(RowReader &r, RowDetails &out)
{
    const AreaCell &area = r.sheet().area(r.cell(r.columns().area));
    if (area.error) {
        r.error(r.columns().area, *area.error);
        return;
    }
    if (area.warning)
        r.warning(r.columns().area, *area.warning);
    out.letter.areaCode = area.code;
    out.programme.areaCode = area.code;
}

void readLetter(RowReader &r, RowDetails &out)
{
    const Columns &columns = r.columns();
    const YearCell &year = r.sheet().year(r.cell(columns.financialYear));
    if (year.error)
        r.error(columns.financialYear, *year.error);
    out.letter.financialYear = year.year;

    const CohortCell &cohort = r.sheet().cohort(r.cell(columns.cohort));
    if (cohort.cohort)
        out.letter.cohort = *cohort.cohort;
    else
        r.error(columns.cohort, cohort.error);

    out.letter.foiReference = r.sharedCell(columns.foiReference);
    const LetterDateParse &date = r.sheet().responseDate(r.cell(columns.responseDate));
    if (!date.error.isEmpty())
        r.error(columns.responseDate, date.error);
    out.letter.responseDate = date.date;
}

void readProgramme(RowReader &r, RowDetails &out)
{
    const Columns &columns = r.columns();
    out.programme.name = r.sharedCell(columns.programme);
    if (out.programme.name.isEmpty())
        r.error(columns.programme, T::tr("no programme name is given"));
    out.programme.provider = r.sharedCell(columns.provider);
    out.programme.riskLevel = r.sharedCell(columns.riskLevel);
    out.programme.evaluationUrl = r.sharedCell(columns.evaluationUrl);
}

void readFigures(RowReader &r, ImportedReturn &out)
{
    for (FigureField field : kAllFigureFields) {
        const Column &column = r.columns().figures[size_t(field)];
        const QStringView text = r.cell(column);
        // A plain number is read at once, more cheaply than it is looked up.
        if (const std::optional<Figure> plain = parsePlainFigure(text, figureKind(field))) {
            out.values.figure(field) = *plain;
            continue;
        }
        const FigureParse &parsed = r.sheet().figure(field, text);
        if (parsed.figure)
            out.values.figure(field) = *parsed.figure;
        else
            r.error(column, parsed.error);
        if (!parsed.warning.isEmpty())
            r.warning(column, parsed.warning);
    }
}

void readLists(RowReader &r, ImportedReturn &out)
{
    const Columns &columns = r.columns();
    out.values.referrers = r.sheet().referrers(r.cell(columns.referrers));
    const FundersCell &funders = r.sheet().funders(r.cell(columns.funders));
    out.values.funders = funders.funders;
    if (!funders.problem.isEmpty())
        r.error(columns.funders, funders.problem);
    const CaveatsCell &caveats = r.sheet().caveats(r.cell(columns.caveats));
    out.values.caveats = caveats.caveats;
    for (const QString &warning : caveats.warnings)
        r.warning(columns.caveats, warning);
}

// The rows of a sheet under its header, with a slot for each one's return.
struct RowSpan
{
    const SheetRows &rows;
    // The first row under the header is rows' firstIndex; each row a slot in `made`.
    ImportedReturn *made;     // one a row; a row that gives no return leaves its slot as made
    qsizetype firstIndex;     // the first row's index in the sheet
    const Columns &columns;
    qsizetype headerSize;
    // Where a row came from, either side of its number ("returns.csv, row " and ""): joined
    // for each row, where QString::arg would read its pattern 100,000 times.
    const QString &sourceBefore;
    const QString &sourceAfter;
};

// The two parts of a return's identity (returnKey), joined by a character no cell holds: its
// letter's area, financial year and cohort, and its programme's name and provider in any case.
const QChar kIdentitySeparator(0x1f);
QString letterIdentity(const Letter &l)
{
    return l.areaCode + kIdentitySeparator + l.financialYear + kIdentitySeparator + cohortKey(l.cohort);
}
QString programmeIdentity(const Programme &p) { return p.name.toLower() + kIdentitySeparator + p.provider.toLower(); }

// A return's identity as its two parts, each made once a letter or programme of a sheet.
using ReturnIdentity = QPair<QString, QString>;

// What one thread read of a span: the problems in row order, the letters and programmes its rows
// give (each once), the slot of each return's first by its identity, and whether it was stopped.
struct RowsRead
{
    RowsRead(const QString &file, const QString &sheet)
    {
        part.file = file;
        part.sheet = sheet;
    }
    ImportBatch part; // its problems, letters and programmes (its returns are in the span's slots)
    QHash<ReturnIdentity, qsizetype> firsts;
    bool stopped = false;

    // The place of the row's letter and programme in `part`, added when new.
    qsizetype letterOf(const Letter &letter)
    {
        return m_letters.placeOf(letter, part.letters, letterIdentity);
    }
    qsizetype programmeOf(const Programme &programme)
    {
        return m_programmes.placeOf(programme, part.programmes, programmeIdentity);
    }
    ReturnIdentity identityOf(const ImportedReturn &r) const
    {
        return {m_letters.identities.at(r.letter), m_programmes.identities.at(r.programme)};
    }

private:
    // Records of one kind found again by what they hold, each with its part of a return's identity.
    template <typename Record>
    struct Places
    {
        // Rows of a sheet mostly follow its letters, so the last one found is asked first.
        template <typename Identity>
        qsizetype placeOf(const Record &record, QList<Record> &list, const Identity &identityOf)
        {
            if (last >= 0 && list.at(last) == record)
                return last;
            auto it = at.constFind(record);
            if (it == at.cend()) {
                it = at.insert(record, list.size());
                list.append(record);
                identities.append(identityOf(record));
            }
            return last = *it;
        }
        QHash<Record, qsizetype> at;
        QStringList identities; // by place
        qsizetype last = -1;
    };
    Places<Letter> m_letters;
    Places<Programme> m_programmes;
};

// Reads the rows [from, to) of `span` into their slots, asking `goOn` before each row. A return
// met again is the first's (sameAs: that slot), to be handled as the user chooses for duplicates
// (the plan says so): a project that keeps both exports them both, and reads them back.
template <typename GoOn>
void readRowRange(const RowSpan &span, qsizetype from, qsizetype to, RowsRead &into, const GoOn &goOn)
{
    TidyCells cells;
    into.firsts.reserve(to - from);
    for (qsizetype i = from; i < to; ++i) {
        if (!goOn()) {
            into.stopped = true;
            return;
        }
        const qsizetype index = span.firstIndex + i;
        if (span.rows.isBlank(index))
            continue;
        const int row = int(index) + 1;
        RowReader r(cells, into.part, span.columns, span.rows, index, row);
        for (qsizetype c = span.headerSize; c < span.rows.cellCount(index); ++c)
            if (const QStringView past = span.rows.cell(index, c).trimmed(); !past.isEmpty()) {
                r.error(span.columns.row, T::tr("the row has a value (%1) in column %2, past the last column of the header")
                                              .arg(quoted(past.toString()))
                                              .arg(c + 1));
                break;
            }
        ImportedReturn &out = span.made[i];
        out.row = row;
        const QString number = QString::number(row);
        out.values.source.reserve(span.sourceBefore.size() + number.size() + span.sourceAfter.size());
        out.values.source.append(span.sourceBefore).append(number).append(span.sourceAfter);
        RowDetails details;
        readArea(r, details);
        readLetter(r, details);
        readProgramme(r, details);
        readFigures(r, out);
        readLists(r, out);
        if (r.errors() > 0) {
            out = ImportedReturn(); // no return: the slot is empty again
            continue;
        }
        out.letter = into.letterOf(details.letter);
        out.programme = into.programmeOf(details.programme);
        const ReturnIdentity identity = into.identityOf(out);
        if (const auto it = into.firsts.constFind(identity); it != into.firsts.cend())
            out.sameAs = *it;
        else
            into.firsts.insert(identity, i);
    }
}

} // namespace

QString returnKey(const Letter &letter, const Programme &programme)
{
    return letterIdentity(letter) + kIdentitySeparator + programmeIdentity(programme);
}

namespace {
// The place of `record` in `list`, appended when it is not there.
template <typename Record>
qsizetype placeIn(QList<Record> &list, const Record &record)
{
    if (const qsizetype at = list.indexOf(record); at >= 0)
        return at;
    list.append(record);
    return list.size() - 1;
}
} // namespace

qsizetype ImportBatch::addLetter(const Letter &letter) { return placeIn(letters, letter); }

qsizetype ImportBatch::addProgramme(const Programme &programme) { return placeIn(programmes, programme); }

qsizetype tidyHeaderIndex(const SheetRows &rows)
{
    qsizetype first = 0;
    while (first < rows.size() && rows.isBlank(first))
        ++first;
    const auto missing = [&](qsizetype i) { return mapTidyHeader(rows.at(i)).missingRequired().size(); };
    if (first == rows.size() || missing(first) == 0)
        return first;
    // A title above the table: the header is looked for a few rows further down, as the row that
    // names the most of what a return needs (so what it lacks is said of the right row).
    constexpr qsizetype kRowsLookedAt = 10;
    qsizetype best = first;
    for (qsizetype i = first + 1; i < rows.size() && i <= first + kRowsLookedAt; ++i)
        if (!rows.isBlank(i) && missing(i) < missing(best))
            best = i;
    return best;
}

ImportBatch readTidyRows(const QString &file, const QString &sheet, SheetRows rows,
                         const std::optional<TidyMapping> &givenMapping, const Progress &progress)
{
    ImportBatch batch;
    batch.file = file;
    batch.sheet = sheet;
    auto fileProblem = [&](const QString &message, int row = 0) {
        ImportProblem p;
        p.file = file;
        p.sheet = sheet;
        p.row = row;
        p.message = message;
        batch.problems << p;
    };
    const qsizetype headerIndex = tidyHeaderIndex(rows);
    if (headerIndex == rows.size()) {
        fileProblem(T::tr("there is nothing to import: the sheet is empty"));
        return batch;
    }
    const QStringList header = rows.at(headerIndex);
    const TidyMapping mapping = givenMapping ? *givenMapping : mapTidyHeader(header);
    const int headerRow = int(headerIndex) + 1;
    for (qsizetype i = 0; i < headerIndex; ++i) {
        if (rows.isBlank(i))
            continue;
        ImportProblem p;
        p.severity = ImportProblem::Severity::Warning;
        p.file = file;
        p.sheet = sheet;
        p.row = int(i) + 1;
        const QStringList above = rows.at(i);
        const auto first = std::find_if(above.cbegin(), above.cend(), [](const QString &c) { return !c.trimmed().isEmpty(); });
        p.message = T::tr("this row is above the header (row %1), so it is not imported (%2)")
                        .arg(headerRow)
                        .arg(quoted(first->trimmed().left(60)));
        batch.problems << p;
    }
    for (const TidyMapping::Clash &clash : mapping.clashes)
        fileProblem(T::tr("columns “%1” and “%2” both name %3; remove one or map it to something else")
                        .arg(header.value(clash.first), header.value(clash.second), tidyColumnLabel(clash.key)),
                    headerRow);
    if (const QStringList missing = mapping.missingRequired(); !missing.isEmpty()) {
        QStringList labels;
        for (const QString &key : missing)
            labels << tidyColumnLabel(key);
        fileProblem(T::tr("no column is recognised as %1 (the header row is row %2)").arg(labels.join(QStringLiteral(", ")))
                        .arg(headerRow),
                    headerRow);
        return batch;
    }
    for (const QString &unused : mapping.unused) {
        ImportProblem p;
        p.severity = ImportProblem::Severity::Warning;
        p.file = file;
        p.sheet = sheet;
        p.row = headerRow;
        p.column = unused;
        p.message = T::tr("this column is not imported (it names no field of a return)");
        batch.problems << p;
    }

    // Where each return came from, less its row number: translated and filled in once.
    // A character no file or sheet name holds marks the row's number.
    const QString numberMark(QChar(0xFFFF));
    const QString sourceOfRow = sheet.isEmpty() ? T::tr("%1, row %2").arg(file, numberMark)
                                                : T::tr("%1, sheet “%2”, row %3").arg(file, sheet, numberMark);
    const qsizetype mark = sourceOfRow.lastIndexOf(numberMark);
    const QString sourceBefore = mark < 0 ? sourceOfRow + QLatin1Char(' ') : sourceOfRow.first(mark);
    const QString sourceAfter = mark < 0 ? QString() : sourceOfRow.sliced(mark + 1);
    const Columns columns(mapping, header);
    const qsizetype first = headerIndex + 1;
    const qsizetype count = rows.size() - first;
    // One slot a row, each filled by the thread that reads the row (a blank row, or one with
    // errors, leaves its slot empty), then closed up in order: the list is never copied, so a
    // large file's returns are held once, as when it was read on one thread.
    constexpr qsizetype kSplitFrom = 20000;
    batch.returns.reserve(count);
    if (count >= kSplitFrom)
        prefaultForWriting(batch.returns.data(), count * qsizetype(sizeof(ImportedReturn))); // 111 MB for 101,050
    batch.returns.resize(count);
    const RowSpan span{rows, batch.returns.data(), first, columns, header.size(), sourceBefore, sourceAfter};
    // A large sheet is read in two halves at once, the second on its own thread; a small one,
    // in one piece (no thread is started for a sheet typed in or pasted).
    const qsizetype middle = count >= kSplitFrom ? count / 2 : count;
    ProgressTicker ticker(progress, count);
    std::atomic<bool> stop = false;
    RowsRead firstHalf(file, sheet), secondHalf(file, sheet);
    std::atomic<bool> secondDone = false;
    std::thread second;
    if (middle < count)
        second = std::thread([&] {
            readRowRange(span, middle, count, secondHalf, [&] { return !stop.load(std::memory_order_relaxed); });
            secondDone = true;
        });
    // The first half's rows tick for both halves, which go at the same pace.
    const qint64 ticks = middle < count ? 2 : 1;
    readRowRange(span, 0, middle, firstHalf, [&] {
        if (ticker.advance(ticks))
            return true;
        stop = true;
        return false;
    });
    // The second half may still be reading (a first half of blank rows, a busy core): the window
    // keeps hearing from the progress, and Cancel stops it (found by review: it froze until
    // the second half ended).
    while (second.joinable() && !secondDone && !stop) {
        if (!ticker.advance(0))
            stop = true;
        else
            std::this_thread::sleep_for(std::chrono::milliseconds(10));
    }
    if (second.joinable())
        second.join();
    if (firstHalf.stopped || stop || !ticker.finish()) {
        ImportBatch stopped;
        stopped.file = file;
        stopped.sheet = sheet;
        stopped.cancelled = true;
        return stopped;
    }
    batch.problems << firstHalf.part.problems << secondHalf.part.problems;

    // A return of the second half whose first is in the first half is the first half's again.
    QHash<qsizetype, qsizetype> firstIn; // a slot → the slot of the same return's first
    for (auto it = secondHalf.firsts.cbegin(); it != secondHalf.firsts.cend(); ++it)
        if (const auto earlier = firstHalf.firsts.constFind(it.key()); earlier != firstHalf.firsts.cend())
            firstIn.insert(*it, *earlier);
    // The slots closed up, with sameAs from slots to the places in the list.
    // The second half's letters and programmes follow the first's.
    const qsizetype lettersBefore = firstHalf.part.letters.size(), programmesBefore = firstHalf.part.programmes.size();
    batch.letters = std::move(firstHalf.part.letters);
    batch.letters << secondHalf.part.letters;
    batch.programmes = std::move(firstHalf.part.programmes);
    batch.programmes << secondHalf.part.programmes;
    ImportedReturn *returns = batch.returns.data();
    QList<qsizetype> placeOf(count, -1);
    qsizetype kept = 0;
    for (qsizetype i = 0; i < count; ++i) {
        ImportedReturn &r = returns[i];
        if (r.row == 0)
            continue; // no return
        if (i >= middle) {
            r.letter += lettersBefore;
            r.programme += programmesBefore;
        }
        const qsizetype firstSlot = r.sameAs >= 0 ? firstIn.value(r.sameAs, r.sameAs) : firstIn.value(i, -1);
        r.sameAs = firstSlot >= 0 ? placeOf.at(firstSlot) : -1;
        placeOf[i] = kept;
        if (kept != i)
            returns[kept] = std::move(r);
        ++kept;
    }
    batch.returns.resize(kept);
    return batch;
}

} // namespace dapp
