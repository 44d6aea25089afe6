// File > Open Recent: the last project files, kept in QSettings across sessions.
#pragma once

#include <QMenu>

namespace dapp {

class RecentFilesMenu : public QMenu
{
    Q_OBJECT
public:
    explicit RecentFilesMenu(QWidget *parent = nullptr);

    void add(const QString &path); // most recent first; at most eight
    QStringList files() const;

signals:
    void openRequested(const QString &path);

private:
    void rebuild();
};

} // namespace dapp
