// After a crash: the projects whose unsaved edits can be recovered, and what to do with one.
#pragma once

#include "storage/workingsession.h"

#include <QDialog>
#include <QList>

class QListWidget;
class QPushButton;

namespace dapp {

class RecoveryDialog : public QDialog
{
    Q_OBJECT
public:
    enum Choice { Later, Recover, Discard };

    RecoveryDialog(const QList<CrashedSession> &sessions, QWidget *parent = nullptr);

    Choice choice() const { return m_choice; }
    // The session chosen (the list is never empty while the dialog is shown).
    int chosenIndex() const;

private:
    void choose(Choice choice);

    QListWidget *m_list;
    Choice m_choice = Later;
};

} // namespace dapp
