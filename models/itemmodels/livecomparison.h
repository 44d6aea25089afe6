// The one computed comparison of the open project under the chosen filter. The returns table,
// the chart panel, the report and the chart files all read it. It follows the project store:
// an edit recomputes the rows it touched, the totals and (when caveats changed) the footnote
// numbers; only a change of letters, of the filter or of which returns exist rebuilds it.
#pragma once

#include "domain/comparison.h"
#include "domain/qualityflagindex.h"

#include <QHash>
#include <QObject>

namespace dapp {

class ProjectStore;

class LiveComparison : public QObject
{
    Q_OBJECT
public:
    explicit LiveComparison(ProjectStore *store, QObject *parent = nullptr);

    const Comparison &comparison() const { return m_comparison; }
    const ComparisonFilter &filter() const { return m_comparison.filter; }
    void setFilter(const ComparisonFilter &filter);
    // Every flag of the project, whatever the filter.
    const QualityFlagIndex &flags() const { return m_flags; }
    int rowOfReturn(Id returnId) const { return m_rowOfReturn.value(returnId, -1); }
    ProjectStore *store() const { return m_store; }

signals:
    // The rows are about to be replaced, and have been (filter, returns added or removed, order).
    void aboutToReset();
    void reset();
    // These rows (indexes into comparison().rows) changed in place.
    void rowsChanged(const QList<int> &rows);
    // Whose quality flags changed; empty on a reset (then everything may have).
    void flagsChanged(const dapp::QualityFlagIndex::Change &change);
    // After any of the above: totals, footnotes or rows differ. Charts redraw on this.
    void updated();

private:
    void onStoreReset();
    void onStoreChanged(const ProjectData &before, const ProjectData &after);
    void rebuildRows();
    bool updateInPlace(const ProjectData &before, const ProjectData &after, QList<int> *rows);

    ProjectStore *m_store;
    QualityFlagIndex m_flags;
    Comparison m_comparison;
    QHash<Id, int> m_rowOfReturn;
};

} // namespace dapp
