// File › Open Team Database… and Publish to Team Database…: where the database is, as fields
// (host, port, database, user, SSL mode) or as one address psql would take (a postgresql:// URI,
// "service=NAME", or keywords). The address it gives is what the store opens and what Open
// Recent keeps; a password is never asked for here (the window asks only when the server wants
// one, and keeps none).
#pragma once

#include <QDialog>

class QComboBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QSpinBox;
class QTabWidget;

namespace dapp {

class TeamConnectDialog : public QDialog
{
    Q_OBJECT
public:
    // `title`: "Open Team Database", "Publish to Team Database"; `address`: one to start from.
    TeamConnectDialog(const QString &title, const QString &address, QWidget *parent = nullptr);

    // The address as entered: built from the fields, or the one typed whole.
    QString address() const;
    // Starts from `address` (a URI fills the fields; anything else goes to the address tab).
    void setAddress(const QString &address);

private:
    void updateState();

    QTabWidget *m_tabs;
    QLineEdit *m_host;
    QSpinBox *m_port;
    QLineEdit *m_database;
    QLineEdit *m_user;
    QComboBox *m_sslMode;
    QLineEdit *m_whole;
    QLabel *m_problem;
    QDialogButtonBox *m_buttons;
};

} // namespace dapp
