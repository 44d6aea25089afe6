// An editable list of short texts (a return's referrers): add, rename in place, remove.
#pragma once

#include <QStringList>
#include <QWidget>

class QListWidget;
class QPushButton;

namespace dapp {

class ListEditor : public QWidget
{
    Q_OBJECT
public:
    explicit ListEditor(const QString &newItemText, QWidget *parent = nullptr);

    void setItems(const QStringList &items); // does not emit edited()
    QStringList items() const;               // trimmed, empty ones left out
    QListWidget *list() const { return m_list; }

signals:
    void edited(const QStringList &items);

private:
    void add();
    void removeCurrent();

    QString m_newItemText;
    QListWidget *m_list;
    QPushButton *m_add;
    QPushButton *m_remove;
    bool m_refreshing = false;
};

} // namespace dapp
