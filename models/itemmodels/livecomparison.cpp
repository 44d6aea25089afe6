// Keeps the comparison current, edit by edit.
#include "itemmodels/livecomparison.h"
#include "storage/projectstore.h"

#include <algorithm>

namespace dapp {

LiveComparison::LiveComparison(ProjectStore *store, QObject *parent)
    : QObject(parent)
    , m_store(store)
{
    m_flags.rebuild(m_store->data());
    rebuildRows();
    connect(m_store, &ProjectStore::reset, this, &LiveComparison::onStoreReset);
    connect(m_store, &ProjectStore::changed, this, &LiveComparison::onStoreChanged);
}

void LiveComparison::setFilter(const ComparisonFilter &filter)
{
    if (filter == m_comparison.filter)
        return;
    emit aboutToReset();
    m_comparison.filter = filter;
    rebuildRows();
    emit reset();
    emit updated();
}

void LiveComparison::onStoreReset()
{
    emit aboutToReset();
    m_flags.rebuild(m_store->data());
    rebuildRows();
    emit reset();
    emit flagsChanged({});
    emit updated();
}

void LiveComparison::rebuildRows()
{
    const ProjectData &project = m_store->data();
    const ComparisonFilter filter = m_comparison.filter;
    m_comparison = Comparison();
    m_comparison.filter = filter;
    m_rowOfReturn.clear();
    for (Id id : project.returnIdsInOrder()) {
        const ProgrammeReturn &r = *project.returns.constFind(id);
        if (!filter.accepts(project.letters.value(r.letterId), project.programmes.value(r.programmeId)))
            continue;
        m_rowOfReturn.insert(id, int(m_comparison.rows.size()));
        m_comparison.rows << comparisonRow(project, r);
        m_comparison.rows.last().flags = m_flags.flagsOfReturn(id);
    }
    numberFootnotes(m_comparison);
    sumTotals(m_comparison);
    listSources(m_comparison, project);
}

// An edit of figures, funders, caveats or a programme's details keeps every row where it is:
// those rows are recomputed and nothing else. Anything that may add, remove or reorder rows
// (a letter's area, year or cohort; a return added or removed; a programme's provider or risk
// level under a filter on them) answers false.
bool LiveComparison::updateInPlace(const ProjectData &before, const ProjectData &after, QList<int> *rows)
{
    if (!before.letters.isEmpty() || !after.letters.isEmpty())
        return false;
    if (before.returns.keys() != after.returns.keys())
        return false;
    const ProjectData &project = m_store->data();
    QSet<Id> returns;
    for (Id id : after.returns.keys())
        returns.insert(id);
    if (!after.programmes.isEmpty() || !before.programmes.isEmpty()) {
        const ComparisonFilter &f = m_comparison.filter;
        if (!f.providers.isEmpty() || !f.riskLevels.isEmpty())
            return false;
        for (const ProgrammeReturn &r : project.returns)
            if (after.programmes.contains(r.programmeId) || before.programmes.contains(r.programmeId))
                returns.insert(r.id);
    }
    bool caveatsChanged = false;
    for (Id id : std::as_const(returns)) {
        const int row = rowOfReturn(id);
        if (row < 0)
            continue; // outside the filter
        ComparisonRow updated = comparisonRow(project, project.returns.value(id));
        ComparisonRow &old = m_comparison.rows[row];
        caveatsChanged |= updated.caveats != old.caveats;
        updated.footnotes = old.footnotes;
        updated.flags = old.flags;
        old = std::move(updated);
        rows->append(row);
    }
    if (caveatsChanged)
        numberFootnotes(m_comparison);
    if (!rows->isEmpty())
        sumTotals(m_comparison);
    return true;
}

void LiveComparison::onStoreChanged(const ProjectData &before, const ProjectData &after)
{
    const QualityFlagIndex::Change flagChange = m_flags.update(m_store->data(), before, after);
    QList<int> rows;
    if (updateInPlace(before, after, &rows)) {
        for (Id id : flagChange.returns) {
            const int row = rowOfReturn(id);
            if (row < 0)
                continue;
            m_comparison.rows[row].flags = m_flags.flagsOfReturn(id);
            if (!rows.contains(row))
                rows << row;
        }
        std::sort(rows.begin(), rows.end());
        if (!rows.isEmpty())
            emit rowsChanged(rows);
    } else {
        emit aboutToReset();
        rebuildRows();
        emit reset();
    }
    if (!flagChange.isEmpty())
        emit flagsChanged(flagChange);
    emit updated();
}

} // namespace dapp
