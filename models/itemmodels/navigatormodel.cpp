// Builds the area/letter tree from the project.
#include "itemmodels/navigatormodel.h"
#include "domain/areas.h"
#include "storage/projectstore.h"

#include <QFont>

#include <algorithm>

namespace dapp {

QString letterTitle(const Letter &letter)
{
    QString ref = letter.foiReference;
    if (ref.isEmpty())
        ref = letterKindLabel(letter.kind);
    QStringList parts{ref, letter.financialYear};
    if (letter.kind == LetterKind::FoiResponse)
        parts << cohortLabel(letter.cohort).toLower();
    parts.removeAll(QString());
    return parts.join(QStringLiteral(" · "));
}

NavigatorModel::NavigatorModel(ProjectStore *store, QObject *parent)
    : QAbstractItemModel(parent)
    , m_store(store)
{
    m_areas = buildNodes();
    connect(m_store, &ProjectStore::reset, this, &NavigatorModel::rebuild);
    connect(m_store, &ProjectStore::changed, this, [this](const ProjectData &before, const ProjectData &after) {
        // The tree is made of letters alone: an edit of returns or programmes leaves it be.
        if (before.letters.isEmpty() && after.letters.isEmpty())
            return;
        const auto nodes = buildNodes();
        if (nodes.size() == m_areas.size()
            && std::equal(nodes.begin(), nodes.end(), m_areas.begin(), [](const AreaNode &a, const AreaNode &b) {
                   return a.code == b.code && a.letters == b.letters;
               })) {
            // Same tree: only titles may have changed.
            for (int i = 0; i < m_areas.size(); ++i) {
                const QModelIndex area = index(i, 0);
                emit dataChanged(area, area);
                if (!m_areas[i].letters.isEmpty())
                    emit dataChanged(index(0, 0, area), index(int(m_areas[i].letters.size()) - 1, 0, area));
            }
            return;
        }
        rebuild();
    });
}

QList<NavigatorModel::AreaNode> NavigatorModel::buildNodes() const
{
    QList<AreaNode> nodes{AreaNode{}};
    const ProjectData &data = m_store->data();
    for (const Area &area : Areas::all()) { // in the reference order: alphabetical, Unknown last
        AreaNode node{area.code, {}};
        for (const Letter &l : data.letters)
            if (l.areaCode == area.code)
                node.letters << l.id;
        if (!node.letters.isEmpty())
            nodes << node;
    }
    return nodes;
}

void NavigatorModel::rebuild()
{
    beginResetModel();
    m_areas = buildNodes();
    endResetModel();
}

// Area rows carry internal id 0; a letter row carries its area's row + 1.
QModelIndex NavigatorModel::index(int row, int column, const QModelIndex &parent) const
{
    if (!hasIndex(row, column, parent))
        return {};
    if (!parent.isValid())
        return createIndex(row, column, quintptr(0));
    return createIndex(row, column, quintptr(parent.row() + 1));
}

QModelIndex NavigatorModel::parent(const QModelIndex &child) const
{
    if (!child.isValid() || child.internalId() == 0)
        return {};
    return createIndex(int(child.internalId() - 1), 0, quintptr(0));
}

int NavigatorModel::rowCount(const QModelIndex &parent) const
{
    if (!parent.isValid())
        return int(m_areas.size());
    if (parent.internalId() == 0 && parent.column() == 0)
        return int(m_areas[parent.row()].letters.size());
    return 0;
}

int NavigatorModel::columnCount(const QModelIndex &) const { return 1; }

QVariant NavigatorModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    const bool isArea = index.internalId() == 0;
    const AreaNode &area = m_areas[isArea ? index.row() : int(index.internalId() - 1)];
    if (role == AreaCodeRole)
        return area.code;
    if (isArea) {
        switch (role) {
        case LetterIdRole: return Id(0);
        case Qt::DisplayRole:
            if (area.code.isEmpty())
                return tr("All areas (%1)").arg(m_store->data().letters.size());
            return QStringLiteral("%1 (%2)").arg(Areas::nameOf(area.code)).arg(area.letters.size());
        case Qt::ToolTipRole: {
            const Area *a = Areas::byCode(area.code);
            return a ? QStringLiteral("%1 — %2").arg(a->code, a->governance) : QVariant();
        }
        case Qt::FontRole:
            if (area.code.isEmpty()) {
                QFont f;
                f.setBold(true);
                return f;
            }
            return {};
        default: return {};
        }
    }
    const Id letterId = area.letters[index.row()];
    const Letter letter = m_store->data().letters.value(letterId);
    switch (role) {
    case LetterIdRole: return letterId;
    case Qt::DisplayRole: return letterTitle(letter);
    case Qt::ToolTipRole: return letter.issuingBody;
    default: return {};
    }
}

QModelIndex NavigatorModel::indexOfLetter(Id letterId) const
{
    for (int i = 0; i < m_areas.size(); ++i) {
        const auto row = m_areas[i].letters.indexOf(letterId);
        if (row >= 0)
            return index(int(row), 0, index(i, 0));
    }
    return {};
}

QModelIndex NavigatorModel::indexOfArea(const QString &areaCode) const
{
    for (int i = 0; i < m_areas.size(); ++i)
        if (m_areas[i].code == areaCode)
            return index(i, 0);
    return {};
}

} // namespace dapp
