// Lists flags and keeps the list current.
#include "itemmodels/flagslistmodel.h"
#include "domain/areas.h"
#include "itemmodels/livecomparison.h"
#include "storage/projectstore.h"

#include <algorithm>
#include <tuple>

namespace dapp {

namespace {
// The list's order: letters' flags (by letter id), then returns' (by return id).
auto sortKey(const QualityFlag &f) { return f.returnId == 0 ? std::tuple(0, f.letterId) : std::tuple(1, f.returnId); }
} // namespace

FlagsListModel::FlagsListModel(LiveComparison *comparison, QObject *parent)
    : QAbstractListModel(parent)
    , m_comparison(comparison)
    , m_flags(comparison->flags().all())
{
    connect(m_comparison, &LiveComparison::flagsChanged, this, &FlagsListModel::onFlagsChanged);
}

void FlagsListModel::relist()
{
    beginResetModel();
    m_flags = m_comparison->flags().all();
    endResetModel();
}

void FlagsListModel::onFlagsChanged(const QualityFlagIndex::Change &change)
{
    // The whole project replaced, or a change as large as an import or its undo: listed afresh.
    // Replacing in place moves the rows after each record's flags, once a record: for 100,000
    // records of a list of 100,000 flags that froze the window for many seconds.
    if (change.isEmpty() || change.letters.size() + change.returns.size() > kRecordsReplacedInPlace) {
        relist();
        return;
    }
    const QualityFlagIndex &index = m_comparison->flags();
    for (Id id : change.letters)
        replace(false, id, index.flagsOfLetter(id));
    for (Id id : change.returns)
        replace(true, id, index.ownFlagsOfReturn(id));
}

void FlagsListModel::replace(bool ofReturn, Id id, const QList<QualityFlag> &flags)
{
    const auto key = ofReturn ? std::tuple(1, id) : std::tuple(0, id);
    const auto first = std::lower_bound(m_flags.cbegin(), m_flags.cend(), key,
                                        [](const QualityFlag &f, const auto &k) { return sortKey(f) < k; });
    const auto last = std::upper_bound(first, m_flags.cend(), key,
                                       [](const auto &k, const QualityFlag &f) { return k < sortKey(f); });
    const int row = int(first - m_flags.cbegin());
    const int oldCount = int(last - first);
    if (oldCount == flags.size() && std::equal(first, last, flags.cbegin())) {
        return;
    }
    if (oldCount == flags.size()) {
        std::copy(flags.cbegin(), flags.cend(), m_flags.begin() + row);
        emit dataChanged(index(row), index(row + oldCount - 1));
        return;
    }
    if (oldCount > 0) {
        beginRemoveRows({}, row, row + oldCount - 1);
        m_flags.remove(row, oldCount);
        endRemoveRows();
    }
    if (!flags.isEmpty()) {
        beginInsertRows({}, row, row + int(flags.size()) - 1);
        for (qsizetype i = 0; i < flags.size(); ++i)
            m_flags.insert(row + i, flags[i]);
        endInsertRows();
    }
}

int FlagsListModel::rowCount(const QModelIndex &parent) const { return parent.isValid() ? 0 : int(m_flags.size()); }

QVariant FlagsListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const QualityFlag &flag = m_flags[index.row()];
    switch (role) {
    case ReturnIdRole: return flag.returnId;
    case LetterIdRole: return flag.letterId;
    case Qt::ToolTipRole:
        return flag.returnId == 0 ? tr("%1<br>Press Enter or double-click to show this letter.").arg(data(index).toString().toHtmlEscaped())
                                  : tr("%1<br>Press Enter or double-click to show this return in the table.")
                                        .arg(data(index).toString().toHtmlEscaped());
    case Qt::DisplayRole: break;
    default: return {};
    }
    const ProjectData &project = m_comparison->store()->data();
    const Letter l = project.letters.value(flag.letterId);
    if (flag.returnId == 0) {
        const QString letter = l.foiReference.isEmpty() ? letterKindLabel(l.kind) : l.foiReference;
        return tr("%1 · letter %2: %3").arg(Areas::nameOf(l.areaCode), letter, flag.message);
    }
    const Programme p = project.programmes.value(project.returns.value(flag.returnId).programmeId);
    return tr("%1 · %2 (%3): %4").arg(Areas::nameOf(l.areaCode), p.name, l.financialYear, flag.message);
}

} // namespace dapp
