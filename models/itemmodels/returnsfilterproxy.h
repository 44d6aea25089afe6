// Narrows the returns table to an area or a letter, and to a search text; sorts numbers as
// numbers with missing values last.
#pragma once

#include "domain/entities.h"

#include <QSortFilterProxyModel>

namespace dapp {

class ReturnsFilterProxy : public QSortFilterProxyModel
{
    Q_OBJECT
public:
    explicit ReturnsFilterProxy(QObject *parent = nullptr);

    // An empty area code and a zero letter id mean "all".
    void setAreaCode(const QString &code);
    void setLetterId(Id id);
    QString areaCode() const { return m_areaCode; }
    Id letterId() const { return m_letterId; }

    // Rows are numbered by their place in the view, never by an id that renumbers.
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;

private:
    QString m_areaCode;
    Id m_letterId = 0;
};

} // namespace dapp
