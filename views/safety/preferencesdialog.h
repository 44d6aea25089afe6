// Edit › Preferences: how many earlier versions of a project Save keeps.
#pragma once

#include "storage/projectfile.h"

#include <QDialog>

class QRadioButton;
class QSpinBox;

namespace dapp {

class PreferencesDialog : public QDialog
{
    Q_OBJECT
public:
    explicit PreferencesDialog(const BackupPolicy &backups, QWidget *parent = nullptr);

    BackupPolicy backupPolicy() const;

private:
    QRadioButton *m_none;
    QRadioButton *m_single;
    QRadioButton *m_numbered;
    QSpinBox *m_keep;
};

} // namespace dapp
