// The backup choices, as radio buttons with the file names they make.
#include "safety/preferencesdialog.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QRadioButton>
#include <QSpinBox>
#include <QVBoxLayout>

namespace dapp {

PreferencesDialog::PreferencesDialog(const BackupPolicy &backups, QWidget *parent)
    : QDialog(parent)
    , m_none(new QRadioButton(tr("&Keep no backup"), this))
    , m_single(new QRadioButton(tr("Keep the &previous version (project.dapp~)"), this))
    , m_numbered(new QRadioButton(tr("Keep &numbered versions (project.dapp.~1~, ~2~, …)"), this))
    , m_keep(new QSpinBox(this))
{
    setWindowTitle(tr("Preferences"));
    m_keep->setRange(1, 99);
    m_keep->setValue(std::max(1, backups.keep));
    m_keep->setSuffix(tr(" newest"));
    switch (backups.kind) {
    case BackupPolicy::Kind::None:
        m_none->setChecked(true);
        break;
    case BackupPolicy::Kind::Single:
        m_single->setChecked(true);
        break;
    case BackupPolicy::Kind::Numbered:
        m_numbered->setChecked(true);
        break;
    }
    m_keep->setEnabled(m_numbered->isChecked());
    connect(m_numbered, &QRadioButton::toggled, m_keep, &QWidget::setEnabled);

    auto *group = new QGroupBox(tr("When saving over a project file"), this);
    auto *groupLayout = new QVBoxLayout(group);
    groupLayout->addWidget(m_none);
    groupLayout->addWidget(m_single);
    groupLayout->addWidget(m_numbered);
    auto *keepRow = new QHBoxLayout;
    keepRow->addSpacing(24);
    auto *keepLabel = new QLabel(tr("Keep the"), group);
    keepLabel->setBuddy(m_keep);
    keepRow->addWidget(keepLabel);
    keepRow->addWidget(m_keep);
    keepRow->addStretch();
    groupLayout->addLayout(keepRow);
    auto *note = new QLabel(tr("Backups sit beside the project file. They are hard links where the disk allows, "
                               "so they take no extra space until the file changes."),
                            group);
    note->setWordWrap(true);
    groupLayout->addWidget(note);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(group);
    layout->addWidget(buttons);
}

BackupPolicy PreferencesDialog::backupPolicy() const
{
    BackupPolicy policy;
    policy.kind = m_none->isChecked()       ? BackupPolicy::Kind::None
                  : m_numbered->isChecked() ? BackupPolicy::Kind::Numbered
                                            : BackupPolicy::Kind::Single;
    policy.keep = m_keep->value();
    return policy;
}

} // namespace dapp
