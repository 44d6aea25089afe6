// A return's funders as a small table: name, amount, share. A change that cannot be stored
// (a share over 100 % in total, an amount that is not money) is refused with a message.
#pragma once

#include "domain/entities.h"

#include <QWidget>

class QLabel;
class QPushButton;
class QTableWidget;

namespace dapp {

class FundersEditor : public QWidget
{
    Q_OBJECT
public:
    enum Column { NameColumn, AmountColumn, ShareColumn };

    explicit FundersEditor(QWidget *parent = nullptr);

    void setFunders(const QList<Funder> &funders); // does not emit edited()
    QTableWidget *table() const { return m_table; }
    QString problem() const;

signals:
    void edited(const QList<dapp::Funder> &funders);

private:
    void readTable();
    void add();
    void removeCurrent();

    QTableWidget *m_table;
    QLabel *m_problem;
    QPushButton *m_add;
    QPushButton *m_remove;
    QList<Funder> m_shown;
    bool m_refreshing = false;
};

} // namespace dapp
