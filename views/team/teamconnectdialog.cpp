// The fields of a team database's address, and the address as one line.
#include "team/teamconnectdialog.h"
#include "storage/teamaddress.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QTabWidget>
#include <QUrl>
#include <QUrlQuery>
#include <QVBoxLayout>

namespace dapp {

namespace {
// A URI part percent-encoded as libpq reads it (a socket folder's slashes too).
QString encoded(const QString &part) { return QString::fromLatin1(QUrl::toPercentEncoding(part)); }
} // namespace

TeamConnectDialog::TeamConnectDialog(const QString &title, const QString &address, QWidget *parent)
    : QDialog(parent)
    , m_tabs(new QTabWidget(this))
    , m_host(new QLineEdit(this))
    , m_port(new QSpinBox(this))
    , m_database(new QLineEdit(this))
    , m_user(new QLineEdit(this))
    , m_sslMode(new QComboBox(this))
    , m_whole(new QLineEdit(this))
    , m_problem(new QLabel(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    setWindowTitle(title);
    auto *fields = new QWidget(m_tabs);
    auto *form = new QFormLayout(fields);
    m_host->setPlaceholderText(tr("db.example.org, or a socket folder such as /run/postgresql"));
    m_port->setRange(0, 65535);
    m_port->setSpecialValueText(tr("default (5432)"));
    m_port->setValue(0);
    m_database->setPlaceholderText(tr("dapp"));
    m_user->setPlaceholderText(tr("your database user name"));
    // libpq's SSL modes, in its words; "prefer" is its default.
    for (const char *mode : {"prefer", "require", "verify-ca", "verify-full", "disable", "allow"})
        m_sslMode->addItem(QString::fromLatin1(mode));
    m_sslMode->setToolTip(tr("verify-full checks the server's certificate and name; prefer uses SSL when the server offers it"));
    form->addRow(tr("&Host:"), m_host);
    form->addRow(tr("&Port:"), m_port);
    form->addRow(tr("&Database:"), m_database);
    form->addRow(tr("&User:"), m_user);
    form->addRow(tr("&SSL mode:"), m_sslMode);
    m_tabs->addTab(fields, tr("&Fields"));

    auto *wholePage = new QWidget(m_tabs);
    auto *wholeLayout = new QVBoxLayout(wholePage);
    m_whole->setPlaceholderText(QStringLiteral("postgresql://alice@db.example.org/dapp"));
    auto *help = new QLabel(tr("As psql takes it: a postgresql:// address, “service=NAME” from your pg_service.conf, or "
                               "“host=… dbname=… user=…”."),
                            wholePage);
    help->setWordWrap(true);
    wholeLayout->addWidget(m_whole);
    wholeLayout->addWidget(help);
    wholeLayout->addStretch();
    m_tabs->addTab(wholePage, tr("&Address"));

    auto *note = new QLabel(tr("No password is kept: the server asks when it needs one, and ~/.pgpass is used as psql "
                               "uses it."),
                            this);
    note->setWordWrap(true);
    m_problem->setWordWrap(true);
    m_problem->setStyleSheet(QStringLiteral("color: #b00020"));
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_tabs);
    layout->addWidget(note);
    layout->addWidget(m_problem);
    layout->addWidget(m_buttons);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    for (QLineEdit *e : {m_host, m_database, m_user, m_whole})
        connect(e, &QLineEdit::textChanged, this, &TeamConnectDialog::updateState);
    connect(m_port, &QSpinBox::valueChanged, this, &TeamConnectDialog::updateState);
    connect(m_sslMode, &QComboBox::currentIndexChanged, this, &TeamConnectDialog::updateState);
    connect(m_tabs, &QTabWidget::currentChanged, this, &TeamConnectDialog::updateState);
    setAddress(address);
    resize(520, sizeHint().height());
}

void TeamConnectDialog::setAddress(const QString &address)
{
    QString error;
    const std::optional<TeamAddress> parsed = address.isEmpty() ? std::nullopt : parseTeamAddress(address, &error);
    const bool plain = parsed && parsed->service.isEmpty()
                       && (parsed->connectOptions.isEmpty() || parsed->connectOptions.startsWith(QLatin1String("sslmode=")));
    if (plain) {
        m_host->setText(parsed->host);
        m_port->setValue(parsed->port > 0 ? parsed->port : 0);
        m_database->setText(parsed->database);
        m_user->setText(parsed->user);
        const QString ssl = parsed->connectOptions.section(QLatin1Char('='), 1).remove(QLatin1Char('\''));
        m_sslMode->setCurrentText(ssl.isEmpty() ? QStringLiteral("prefer") : ssl);
        m_tabs->setCurrentIndex(0);
    } else {
        m_whole->setText(address);
        m_tabs->setCurrentIndex(address.isEmpty() ? 0 : 1);
    }
    updateState();
}

QString TeamConnectDialog::address() const
{
    if (m_tabs->currentIndex() == 1)
        return m_whole->text().trimmed();
    // postgresql://user@host:port/database?sslmode=…; a socket folder goes in the host
    // parameter, where libpq reads it as a path.
    const QString host = m_host->text().trimmed();
    const bool socketFolder = host.startsWith(QLatin1Char('/'));
    QString uri = QStringLiteral("postgresql://");
    if (!m_user->text().trimmed().isEmpty())
        uri += encoded(m_user->text().trimmed()) + QLatin1Char('@');
    if (!socketFolder)
        uri += host.contains(QLatin1Char(':')) ? QLatin1Char('[') + host + QLatin1Char(']') : encoded(host);
    if (m_port->value() > 0 && !socketFolder)
        uri += QLatin1Char(':') + QString::number(m_port->value());
    uri += QLatin1Char('/') + encoded(m_database->text().trimmed());
    QStringList query;
    if (socketFolder) {
        query << QStringLiteral("host=") + encoded(host);
        if (m_port->value() > 0)
            query << QStringLiteral("port=%1").arg(m_port->value());
    }
    if (m_sslMode->currentText() != QLatin1String("prefer"))
        query << QStringLiteral("sslmode=") + m_sslMode->currentText();
    if (!query.isEmpty())
        uri += QLatin1Char('?') + query.join(QLatin1Char('&'));
    return uri;
}

void TeamConnectDialog::updateState()
{
    QString problem;
    if (m_tabs->currentIndex() == 0 && m_database->text().trimmed().isEmpty()) {
        problem = tr("Name the database.");
    } else {
        QString error;
        if (!parseTeamAddress(address(), &error))
            problem = error;
        else if (m_tabs->currentIndex() == 1 && !looksLikeTeamAddress(address()))
            problem = tr("Write a postgresql:// address, “service=NAME”, or keywords such as “host=… dbname=…”.");
    }
    m_problem->setText(problem);
    m_problem->setVisible(!problem.isEmpty());
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(problem.isEmpty());
}

} // namespace dapp
