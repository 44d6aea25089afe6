// The team database in the window: File › Open Team Database…, Publish to Team Database…,
// Save a Copy As…, Reconnect; the password asked for only when the server wants one and kept
// nowhere; an edit someone else beat refused with both values and "Apply Mine on Top"; others'
// changes announced in the status bar as they arrive (or that they could not be read yet); which
// database is open, and as whom, and whether it is read-only.
#pragma once

#include "storage/projectstore.h"

#include <QObject>
#include <functional>
#include <QString>

class QAction;
class QLabel;
class QUndoStack;
class QWidget;

namespace dapp {

class DocumentController;

class TeamActions : public QObject
{
    Q_OBJECT
public:
    TeamActions(DocumentController *document, QWidget *window);

    QAction *openAction() const { return m_open; }
    QAction *publishAction() const { return m_publish; }
    QAction *saveCopyAction() const { return m_saveCopy; }
    QAction *reconnectAction() const { return m_reconnect; }
    // For the status bar: "dapp on db.example as alice", with "read-only" when it is.
    QLabel *connectionLabel() const { return m_label; }

    // Opens the team database at `address` (asks to save a file's changes first, and for a
    // password when the server wants one); false when it was not opened (a message said why).
    bool openTeamDatabase(const QString &address);
    // Publishes the open project to `address`; false when it was not (a message said why).
    bool publishTo(const QString &address);
    // Offers to put a refused edit on top of the other person's change (a question; Yes pushes
    // the reapplied edit on the undo stack).
    void offerToReapply(const ProjectStore::RefusedEdit &refused);

signals:
    void statusMessage(const QString &message);

private:
    void open();
    void publish();
    void saveCopy();
    void reconnect();
    void updateState();
    void announce(const QString &by, const ProjectData &after);
    // Calls `attempt` with no password, then with one asked for while the server wants one.
    bool withPassword(const QString &address, const std::function<bool(const QString &, QString *, bool *)> &attempt,
                      QString *error);

    DocumentController *m_document;
    ProjectStore *m_store;
    QUndoStack *m_undoStack;
    QWidget *m_window;
    QAction *m_open;
    QAction *m_publish;
    QAction *m_saveCopy;
    QAction *m_reconnect;
    QLabel *m_label;
    QString m_lastAddress;
};

} // namespace dapp
