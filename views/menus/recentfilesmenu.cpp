// Keeps and shows the recent-files list.
#include "menus/recentfilesmenu.h"

#include <QDir>
#include <QSettings>

namespace dapp {

namespace {
constexpr int kMaxRecentFiles = 8;
const QString kKey = QStringLiteral("recentFiles");
} // namespace

RecentFilesMenu::RecentFilesMenu(QWidget *parent)
    : QMenu(tr("Open &Recent"), parent)
{
    rebuild();
}

QStringList RecentFilesMenu::files() const { return QSettings().value(kKey).toStringList(); }

void RecentFilesMenu::add(const QString &path)
{
    QStringList list = files();
    list.removeAll(path);
    list.prepend(path);
    while (list.size() > kMaxRecentFiles)
        list.removeLast();
    QSettings().setValue(kKey, list);
    rebuild();
}

void RecentFilesMenu::rebuild()
{
    clear();
    const QStringList list = files();
    for (const QString &path : list) {
        QAction *action = addAction(QDir::toNativeSeparators(path));
        connect(action, &QAction::triggered, this, [this, path] { emit openRequested(path); });
    }
    setEnabled(!list.isEmpty());
}

} // namespace dapp
