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
    // What setItems() last showed: the list an edit was made over.
    QStringList shownItems() const { return m_shown; }
    // The edit was stored, its editor still open: the list shows what the project holds again.
    void markStored(const QStringList &list) { m_shown = list; }
    QListWidget *list() const { return m_list; }
    // As TableEditor's: off shows the list without changing it; an open editor is not refilled.
    void setEditable(bool editable);
    bool isEditing() const;

signals:
    void edited(const QStringList &items);
    void editingEnded();

private:
    void add();
    void removeCurrent();

    QString m_newItemText;
    QStringList m_shown;
    QListWidget *m_list;
    QPushButton *m_add;
    QPushButton *m_remove;
    bool m_refreshing = false;
};

} // namespace dapp
