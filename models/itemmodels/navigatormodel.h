// The area and letter navigator: "All areas", then each area that has letters, with its
// letters beneath it.
#pragma once

#include "domain/entities.h"

#include <QAbstractItemModel>
#include <QList>

namespace dapp {

class ProjectStore;

class NavigatorModel : public QAbstractItemModel
{
    Q_OBJECT
public:
    enum Role {
        AreaCodeRole = Qt::UserRole + 1, // empty on "All areas"
        LetterIdRole,                    // 0 on area rows
    };

    explicit NavigatorModel(ProjectStore *store, QObject *parent = nullptr);

    QModelIndex index(int row, int column, const QModelIndex &parent = {}) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;

    QModelIndex indexOfLetter(Id letterId) const;
    QModelIndex indexOfArea(const QString &areaCode) const;

private:
    struct AreaNode
    {
        QString code; // empty: all areas
        QList<Id> letters;
    };
    void rebuild();
    QList<AreaNode> buildNodes() const;

    ProjectStore *m_store;
    QList<AreaNode> m_areas;
};

// How a letter is named in lists: "FOI 27/2023 · 2022/23 · male".
QString letterTitle(const Letter &letter);

} // namespace dapp
