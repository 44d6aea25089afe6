// The list of crashed sessions, newest first, with Recover, Discard and Not Now.
#include "safety/recoverydialog.h"

#include <QDialogButtonBox>
#include <QDir>
#include <QLabel>
#include <QListWidget>
#include <QLocale>
#include <QMessageBox>
#include <QPushButton>
#include <QVBoxLayout>

namespace dapp {

namespace {
QString describe(const CrashedSession &s)
{
    const QString name = s.displayName.isEmpty() ? RecoveryDialog::tr("Untitled") : s.displayName;
    const QString where = s.documentPath.isEmpty() ? RecoveryDialog::tr("never saved")
                                                   : QDir::toNativeSeparators(s.documentPath);
    return RecoveryDialog::tr("%1\n%2 · last edit %3")
        .arg(name, where, QLocale().toString(s.lastEdit, QLocale::ShortFormat));
}
} // namespace

RecoveryDialog::RecoveryDialog(const QList<CrashedSession> &sessions, QWidget *parent)
    : QDialog(parent)
    , m_list(new QListWidget(this))
{
    setWindowTitle(tr("Recover Unsaved Edits"));
    auto *text = new QLabel(tr("DAPP Analyst stopped before these projects were saved. Their edits were kept; "
                               "recover one to open it as an untitled project with every edit, then save it."),
                            this);
    text->setWordWrap(true);
    for (const CrashedSession &s : sessions)
        m_list->addItem(describe(s));
    m_list->setCurrentRow(0);
    m_list->setAlternatingRowColors(true);

    auto *buttons = new QDialogButtonBox(this);
    QPushButton *recover = buttons->addButton(tr("&Recover"), QDialogButtonBox::AcceptRole);
    QPushButton *discard = buttons->addButton(tr("&Discard…"), QDialogButtonBox::DestructiveRole);
    QPushButton *later = buttons->addButton(tr("&Not Now"), QDialogButtonBox::RejectRole);
    recover->setDefault(true);
    later->setToolTip(tr("Keep them; File › Recover Unsaved Edits… offers them again"));
    connect(recover, &QPushButton::clicked, this, [this] { choose(Recover); });
    connect(discard, &QPushButton::clicked, this, [this] {
        const auto answer = QMessageBox::warning(this, tr("Discard Unsaved Edits"),
                                                 tr("The edits of the selected project that were never saved will "
                                                    "be deleted. This cannot be undone."),
                                                 QMessageBox::Discard | QMessageBox::Cancel, QMessageBox::Cancel);
        if (answer == QMessageBox::Discard)
            choose(Discard);
    });
    connect(later, &QPushButton::clicked, this, &QDialog::reject);
    connect(m_list, &QListWidget::itemDoubleClicked, this, [this] { choose(Recover); });

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(text);
    layout->addWidget(m_list);
    layout->addWidget(buttons);
    resize(560, 320);
}

int RecoveryDialog::chosenIndex() const { return std::max(0, m_list->currentRow()); }

void RecoveryDialog::choose(Choice choice)
{
    m_choice = choice;
    accept();
}

} // namespace dapp
