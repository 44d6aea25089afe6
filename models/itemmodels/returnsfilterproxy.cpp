// Filtering of the returns table.
#include "itemmodels/returnsfilterproxy.h"
#include "itemmodels/returnstablemodel.h"

namespace dapp {

ReturnsFilterProxy::ReturnsFilterProxy(QObject *parent)
    : QSortFilterProxyModel(parent)
{
    setSortRole(ReturnsTableModel::SortRole);
    setFilterCaseSensitivity(Qt::CaseInsensitive);
    setFilterKeyColumn(-1); // the search text may match any column
}

void ReturnsFilterProxy::setAreaCode(const QString &code)
{
    if (code == m_areaCode && m_letterId == 0)
        return;
    m_areaCode = code;
    m_letterId = 0;
    invalidateFilter();
}

void ReturnsFilterProxy::setLetterId(Id id)
{
    if (id == m_letterId)
        return;
    m_letterId = id;
    m_areaCode.clear();
    invalidateFilter();
}

QVariant ReturnsFilterProxy::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation == Qt::Vertical && role == Qt::DisplayRole)
        return section + 1;
    return QSortFilterProxyModel::headerData(section, orientation, role);
}

bool ReturnsFilterProxy::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    const QModelIndex index = sourceModel()->index(sourceRow, 0, sourceParent);
    if (m_letterId != 0 && index.data(ReturnsTableModel::LetterIdRole).toLongLong() != m_letterId)
        return false;
    if (!m_areaCode.isEmpty() && index.data(ReturnsTableModel::AreaCodeRole).toString() != m_areaCode)
        return false;
    if (QSortFilterProxyModel::filterAcceptsRow(sourceRow, sourceParent))
        return true;
    // Find looks into the letter too: "MARAC", a phrase of the letter, a funder's name.
    return index.data(ReturnsTableModel::SearchTextRole).toString().contains(filterRegularExpression());
}

} // namespace dapp
