// Message boxes with the buttons each case needs.
#include "safety/documentquestions.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QMessageBox>
#include <QPushButton>

namespace dapp {

namespace {
// Gives this file's strings one translation context.
// Named T itself, not an alias: lupdate does not follow `using T = …` to the context.
struct T
{
    Q_DECLARE_TR_FUNCTIONS(DocumentQuestions)
};
} // namespace

LockedChoice askWhatToDoWhenLocked(QWidget *parent, const QString &path, const LockHolder &holder)
{
    QMessageBox box(QMessageBox::Warning, T::tr("Project Is Open Elsewhere"),
                    T::tr("“%1” is open: %2.").arg(QFileInfo(path).fileName(), holder.describe()), QMessageBox::NoButton,
                    parent);
    box.setInformativeText(T::tr("Open it read-only to look at it and save a copy under another name. Open it "
                                 "anyway only if you are sure nobody is working on it (the other window will no "
                                 "longer be able to save over it)."));
    box.setDetailedText(T::tr("Lock file: %1").arg(QDir::toNativeSeparators(ProjectLock::lockFilePath(path))));
    QPushButton *readOnly = box.addButton(T::tr("Open &Read-Only"), QMessageBox::AcceptRole);
    QPushButton *anyway = box.addButton(T::tr("Open &Anyway"), QMessageBox::DestructiveRole);
    box.addButton(QMessageBox::Cancel);
    box.setDefaultButton(readOnly);
    box.exec();
    if (box.clickedButton() == readOnly)
        return LockedChoice::ReadOnly;
    if (box.clickedButton() == anyway)
        return LockedChoice::OpenAnyway;
    return LockedChoice::Cancel;
}

bool askToRecoverDamaged(QWidget *parent, const QString &message)
{
    QMessageBox box(QMessageBox::Critical, T::tr("Could not open the project"), message, QMessageBox::NoButton, parent);
    box.setInformativeText(T::tr("DAPP Analyst can read what is still readable, table by table and row by row, "
                                 "into a new untitled project, and tell you what was lost. The damaged file is "
                                 "not changed."));
    QPushButton *recover = box.addButton(T::tr("&Recover What Can Be Read…"), QMessageBox::AcceptRole);
    box.addButton(QMessageBox::Close);
    box.setDefaultButton(recover);
    box.exec();
    return box.clickedButton() == recover;
}

void showRecoveryReport(QWidget *parent, const QString &path, const QStringList &lines, bool anythingLost)
{
    QMessageBox box(anythingLost ? QMessageBox::Warning : QMessageBox::Information, T::tr("What Could Be Read"),
                    anythingLost ? T::tr("Part of “%1” could not be read. What could be read is open as a new "
                                         "untitled project; check it before saving it under a new name.")
                                       .arg(QFileInfo(path).fileName())
                                 : T::tr("Every record of “%1” could be read. It is open as a new untitled project; "
                                         "save it under a new name.")
                                       .arg(QFileInfo(path).fileName()),
                    QMessageBox::Ok, parent);
    box.setInformativeText(lines.join(QLatin1Char('\n')));
    box.exec();
}

} // namespace dapp
