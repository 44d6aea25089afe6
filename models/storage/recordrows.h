// The rows a change writes: each new or changed record with the values of its table's columns,
// id first. A change of many records has them made on a second thread, a chunk ahead of the
// statements that write them, so building a return's fifty values and running SQLite's
// statement overlap instead of taking turns (an import of 100,000 returns spent a third of its
// write building values).
#pragma once

#include "domain/entities.h"
#include "storage/sqlitestatement.h"

#include <QList>
#include <QMap>
#include <QStringList>
#include <QVariantList>

#include <condition_variable>
#include <deque>
#include <mutex>
#include <optional>
#include <thread>

namespace dapp {

// The columns each table is written with, after its id (the order of recordValues()).
QStringList letterColumns();
QStringList programmeColumns();
QStringList contextFigureColumns();
// returnColumns() is the reader's (projectreader.h): the same list serves both.

// A record's id, then its columns' values: text as QString (a null one is written as ''),
// numbers as integers, a null QVariant where the value is truly absent (a date, a missing
// figure's number, a quote with no place).
QVariantList recordValues(const Letter &l);
QVariantList recordValues(const Programme &p);
QVariantList recordValues(const ProgrammeReturn &r);
QVariantList recordValues(const ContextFigure &c);

// The JSON of a return's referrers, funders and caveats, made again only when a list differs
// from the one before it: the returns of a letter, written one after another, mostly name the
// same lists. One a thread.
class ListTexts
{
public:
    const QString &referrers(const QStringList &list);
    const QString &funders(const QList<Funder> &list);
    const QString &caveats(const QList<Caveat> &list);

private:
    template <typename List>
    struct Last
    {
        const QString &text(const List &list, QString (*toJson)(const List &));
        List list;
        QString json;
        bool made = false;
    };
    Last<QStringList> m_referrers;
    Last<QList<Funder>> m_funders;
    Last<QList<Caveat>> m_caveats;
};

// The same values as recordValues(), made ready for SQLite into `row` (cleared first): the id
// first for an INSERT (`isNew`), last for an UPDATE, whose WHERE names it.
template <typename T>
void sqliteValues(const T &record, bool isNew, ListTexts &lists, SqliteRow &row);

// A new or changed record, with its values in the form its database takes: `values` for
// QSqlQuery (PostgreSQL, or a SQLite that is not the one this program links), `sqlite` made
// ready for SQLite's statement (RowForm::Sqlite).
struct RecordRow
{
    Id id = 0;
    bool isNew = false;
    QVariantList values; // recordValues()
    SqliteRow sqlite;    // sqliteValues()
};

enum class RowForm { Variants, Sqlite };

// The records of `after` that are new or differ from `before`, in id order, a chunk at a time,
// with how many records of `after` each chunk looked at (for progress). With `ahead`, a second
// thread makes the chunks while the caller writes the ones it has; it only reads the two maps,
// which must not change until this is destroyed (that stops the thread and waits for it). A
// chunk the caller has written may be given back (giveBack), and its rows' room is used again.
template <typename T>
class ChangedRows
{
public:
    struct Chunk
    {
        QList<RecordRow> rows;
        qint64 lookedAt = 0;
    };

    ChangedRows(const QMap<Id, T> &before, const QMap<Id, T> &after, bool ahead, RowForm form = RowForm::Variants)
        : m_before(before)
        , m_after(after)
        , m_form(form)
        , m_ahead(ahead)
        , m_next(after.cbegin())
    {
        if (ahead)
            m_thread = std::thread([this] { makeAhead(); });
    }
    ~ChangedRows()
    {
        if (!m_thread.joinable())
            return;
        {
            const std::lock_guard lock(m_mutex);
            m_stop = true;
        }
        m_changed.notify_all();
        m_thread.join();
    }
    ChangedRows(const ChangedRows &) = delete;
    ChangedRows &operator=(const ChangedRows &) = delete;

    // The next chunk; nullopt when every record has been looked at.
    std::optional<Chunk> next()
    {
        if (!m_thread.joinable())
            return m_next == m_after.cend() ? std::nullopt : std::optional<Chunk>(make());
        std::unique_lock lock(m_mutex);
        m_changed.wait(lock, [this] { return !m_ready.empty() || m_finished; });
        if (m_ready.empty())
            return std::nullopt;
        Chunk chunk = std::move(m_ready.front());
        m_ready.pop_front();
        lock.unlock();
        m_changed.notify_all(); // room for another
        return chunk;
    }

    // A chunk written: its rows are made again into, on the thread that makes them, so neither
    // thread allocates a row's room nor frees what the other allocated.
    void giveBack(Chunk &&chunk)
    {
        const std::lock_guard lock(m_mutex);
        if (m_spare.size() < kChunksAhead)
            m_spare.push_back(std::move(chunk));
    }

private:
    // Enough to keep the writer busy, little enough that a chunk's values are still in cache.
    static constexpr qsizetype kChunk = 256;
    static constexpr std::size_t kChunksAhead = 8;

    Chunk make()
    {
        Chunk chunk = spare();
        qsizetype made = 0;
        chunk.lookedAt = 0;
        chunk.rows.reserve(kChunk);
        for (; m_next != m_after.cend() && made < kChunk; ++m_next) {
            ++chunk.lookedAt;
            const auto old = m_before.constFind(m_next.key());
            const bool isNew = old == m_before.cend();
            if (!isNew && *old == *m_next)
                continue;
            if (made == chunk.rows.size())
                chunk.rows.emplace_back();
            RecordRow &row = chunk.rows[made++];
            row.id = m_next.key();
            row.isNew = isNew;
            if (m_form == RowForm::Sqlite)
                sqliteValues(*m_next, isNew, m_lists, row.sqlite);
            else
                row.values = recordValues(*m_next);
        }
        chunk.rows.resize(made);
        return chunk;
    }

    Chunk spare()
    {
        // m_ahead, not m_thread: the making thread may ask before the constructor has set m_thread.
        if (!m_ahead)
            return m_spare.empty() ? Chunk() : takeSpare();
        const std::lock_guard lock(m_mutex);
        return m_spare.empty() ? Chunk() : takeSpare();
    }
    Chunk takeSpare()
    {
        Chunk chunk = std::move(m_spare.front());
        m_spare.pop_front();
        return chunk;
    }

    void makeAhead()
    {
        while (m_next != m_after.cend()) {
            Chunk chunk = make();
            std::unique_lock lock(m_mutex);
            m_changed.wait(lock, [this] { return m_ready.size() < kChunksAhead || m_stop; });
            if (m_stop)
                return;
            m_ready.push_back(std::move(chunk));
            lock.unlock();
            m_changed.notify_all();
        }
        {
            const std::lock_guard lock(m_mutex);
            m_finished = true;
        }
        m_changed.notify_all();
    }

    const QMap<Id, T> &m_before;
    const QMap<Id, T> &m_after;
    const RowForm m_form;
    const bool m_ahead;
    typename QMap<Id, T>::const_iterator m_next; // the making thread's alone
    ListTexts m_lists;                           // the making thread's alone
    std::thread m_thread;
    std::mutex m_mutex;
    std::condition_variable m_changed;
    std::deque<Chunk> m_ready;
    std::deque<Chunk> m_spare; // written chunks, their rows' room to be used again
    bool m_finished = false;
    bool m_stop = false;
};

} // namespace dapp
