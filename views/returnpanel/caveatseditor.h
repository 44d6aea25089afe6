// A return's caveats: each a text and the figures it qualifies, chosen by checkboxes (none
// ticked: the whole return).
#pragma once

#include "domain/entities.h"

#include <QWidget>

class QPushButton;
class QTableWidget;

namespace dapp {

class CaveatsEditor : public QWidget
{
    Q_OBJECT
public:
    explicit CaveatsEditor(QWidget *parent = nullptr);

    void setCaveats(const QList<Caveat> &caveats); // does not emit edited()
    QTableWidget *table() const { return m_table; }

signals:
    void edited(const QList<dapp::Caveat> &caveats);

private:
    QList<Caveat> readTable() const;
    void add();
    void removeCurrent();

    QTableWidget *m_table;
    QPushButton *m_add;
    QPushButton *m_remove;
    bool m_refreshing = false;
};

} // namespace dapp
