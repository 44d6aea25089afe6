// The lock file beside an open project.
#include "storage/projectlock.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QLocale>
#include <QSaveFile>
#include <QSysInfo>
#include <QUuid>

#include <cerrno>
#include <filesystem>

#ifdef Q_OS_UNIX
#include <pwd.h>
#include <signal.h>
#include <unistd.h>
#endif

namespace dapp {

namespace {
struct ProjectLockText
{
    Q_DECLARE_TR_FUNCTIONS(ProjectLock)
};

const QByteArray kFirstLine = QByteArrayLiteral("DAPP Analyst project lock");

// When process `pid` started, to tell it from a later process given the same number; 0 when
// the system does not say.
qint64 processStartOf(qint64 pid)
{
#ifdef Q_OS_LINUX
    QFile stat(QStringLiteral("/proc/%1/stat").arg(pid));
    if (!stat.open(QIODevice::ReadOnly))
        return 0;
    const QByteArray line = stat.readAll();
    // The command name, in parentheses, may hold spaces: the fields are counted after it.
    const qsizetype close = line.lastIndexOf(')');
    if (close < 0)
        return 0;
    const QList<QByteArray> fields = line.mid(close + 2).split(' ');
    return fields.size() > 19 ? fields.at(19).toLongLong() : 0; // field 22 of the whole line
#else
    Q_UNUSED(pid);
    return 0;
#endif
}

QString loginName()
{
#ifdef Q_OS_UNIX
    if (const passwd *pw = ::getpwuid(::geteuid())) {
        const QString login = QString::fromLocal8Bit(pw->pw_name);
        const QString fullName = QString::fromLocal8Bit(pw->pw_gecos).section(QLatin1Char(','), 0, 0).trimmed();
        return fullName.isEmpty() || fullName == login ? login : QStringLiteral("%1 (%2)").arg(fullName, login);
    }
#endif
    const QString user = qEnvironmentVariable("USER", qEnvironmentVariable("USERNAME"));
    return user.isEmpty() ? ProjectLockText::tr("an unknown user") : user;
}

QByteArray serialise(const LockHolder &h)
{
    QByteArray out = kFirstLine + '\n';
    out += "user=" + h.user.toUtf8() + '\n';
    out += "host=" + h.host.toUtf8() + '\n';
    out += "pid=" + QByteArray::number(h.pid) + '\n';
    out += "start=" + QByteArray::number(h.processStart) + '\n';
    out += "since=" + h.since.toString(Qt::ISODate).toUtf8() + '\n';
    out += "session=" + h.session.toUtf8() + '\n';
    return out;
}

LockHolder parse(const QByteArray &bytes)
{
    LockHolder h;
    const QList<QByteArray> lines = bytes.split('\n');
    if (lines.isEmpty() || lines.first() != kFirstLine)
        return h;
    for (const QByteArray &line : lines) {
        const qsizetype eq = line.indexOf('=');
        if (eq < 0)
            continue;
        const QByteArray key = line.left(eq);
        const QString value = QString::fromUtf8(line.mid(eq + 1));
        if (key == "user")
            h.user = value;
        else if (key == "host")
            h.host = value;
        else if (key == "pid")
            h.pid = value.toLongLong();
        else if (key == "start")
            h.processStart = value.toLongLong();
        else if (key == "since")
            h.since = QDateTime::fromString(value, Qt::ISODate);
        else if (key == "session")
            h.session = value;
    }
    return h;
}

enum class LinkResult { Linked, Exists, Unsupported, Failed };

// Gives `from` the second name `to`, failing when `to` exists: atomic on local and network file
// systems, so two programs taking the lock at once cannot both win.
LinkResult linkNew(const QString &from, const QString &to, QString *error)
{
    std::error_code ec;
    std::filesystem::create_hard_link(from.toStdString(), to.toStdString(), ec);
    if (!ec)
        return LinkResult::Linked;
    if (ec == std::errc::file_exists)
        return LinkResult::Exists;
    if (ec == std::errc::operation_not_permitted || ec == std::errc::operation_not_supported
        || ec == std::errc::function_not_supported)
        return LinkResult::Unsupported;
    *error = QString::fromLocal8Bit(ec.message().c_str());
    return LinkResult::Failed;
}
} // namespace

bool processIsRunning(qint64 pid)
{
#ifdef Q_OS_LINUX
    // A process killed a moment ago may linger as a zombie until its parent reaps it: gone.
    QFile stat(QStringLiteral("/proc/%1/stat").arg(pid));
    if (stat.open(QIODevice::ReadOnly)) {
        const QByteArray line = stat.readAll();
        const qsizetype close = line.lastIndexOf(')');
        if (close >= 0 && line.size() > close + 2 && (line.at(close + 2) == 'Z' || line.at(close + 2) == 'X'))
            return false;
    }
#endif
#ifdef Q_OS_UNIX
    return pid > 0 && (::kill(pid_t(pid), 0) == 0 || errno == EPERM);
#else
    Q_UNUSED(pid);
    return true; // unknown: never call a lock stale on a guess
#endif
}

bool LockHolder::onThisMachine() const { return host == QSysInfo::machineHostName(); }

bool LockHolder::isStale() const
{
    if (!onThisMachine() || pid <= 0)
        return false;
    if (!processIsRunning(pid))
        return true;
    const qint64 start = processStartOf(pid);
    return processStart != 0 && start != 0 && start != processStart;
}

QString LockHolder::describe() const
{
    const QString who = user.isEmpty() ? ProjectLockText::tr("someone") : user;
    const QString where = host.isEmpty() ? ProjectLockText::tr("an unknown computer") : host;
    if (!since.isValid())
        return ProjectLockText::tr("%1 on %2").arg(who, where);
    return ProjectLockText::tr("%1 on %2, since %3")
        .arg(who, where, QLocale().toString(since.toLocalTime(), QLocale::ShortFormat));
}

LockHolder currentLockHolder()
{
    LockHolder h;
    h.user = loginName();
    h.host = QSysInfo::machineHostName();
    h.pid = QCoreApplication::applicationPid();
    h.processStart = processStartOf(h.pid);
    h.since = QDateTime::currentDateTimeUtc();
    return h;
}

QString ProjectLock::lockFilePath(const QString &projectPath)
{
    const QFileInfo info(projectPath);
    return info.absolutePath() + QStringLiteral("/.~lock.") + info.fileName() + QLatin1Char('#');
}

std::optional<LockHolder> ProjectLock::holderOf(const QString &projectPath)
{
    QFile file(lockFilePath(projectPath));
    if (!file.open(QIODevice::ReadOnly))
        return std::nullopt;
    return parse(file.read(64 * 1024));
}

ProjectLock::Outcome ProjectLock::take(const QString &projectPath, LockHolder *holder, QString *error, bool takeOver)
{
    release();
    LockHolder ours = currentLockHolder();
    ours.session = QUuid::createUuid().toString(QUuid::WithoutBraces);
    const QString lockPath = lockFilePath(projectPath);
    const QString shown = QDir::toNativeSeparators(lockPath);

    // Written whole under another name first, so nobody ever reads half a lock.
    const QString draft = lockPath + QLatin1Char('.') + ours.session;
    auto writeDraft = [&]() {
        QFile file(draft);
        if (!file.open(QIODevice::WriteOnly | QIODevice::NewOnly) || file.write(serialise(ours)) < 0 || !file.flush()) {
            *error = ProjectLockText::tr("The lock file “%1” could not be written: %2").arg(shown, file.errorString());
            file.remove();
            return false;
        }
        return true;
    };
    for (int attempt = 0; attempt < 3; ++attempt) {
        if (!writeDraft())
            return Outcome::Failed;
        if (takeOver) {
            std::error_code ec;
            std::filesystem::rename(draft.toStdString(), lockPath.toStdString(), ec);
            if (ec) {
                QFile::remove(draft);
                *error = ProjectLockText::tr("The lock file “%1” could not be replaced: %2")
                             .arg(shown, QString::fromLocal8Bit(ec.message().c_str()));
                return Outcome::Failed;
            }
        } else {
            QString linkError;
            LinkResult linked = linkNew(draft, lockPath, &linkError);
            if (linked == LinkResult::Unsupported) { // FAT or a share without hard links
                QFile::remove(draft);
                QFile file(lockPath);
                if (file.open(QIODevice::WriteOnly | QIODevice::NewOnly)) {
                    linked = file.write(serialise(ours)) >= 0 && file.flush() ? LinkResult::Linked : LinkResult::Failed;
                    if (linked == LinkResult::Failed)
                        linkError = file.errorString();
                } else {
                    linked = QFileInfo::exists(lockPath) ? LinkResult::Exists : LinkResult::Failed;
                    linkError = file.errorString();
                }
            }
            QFile::remove(draft);
            if (linked == LinkResult::Failed) {
                *error = ProjectLockText::tr("The lock file “%1” could not be written: %2").arg(shown, linkError);
                return Outcome::Failed;
            }
            if (linked == LinkResult::Exists) {
                const std::optional<LockHolder> other = holderOf(projectPath);
                if (!other) // released between our attempt and the read: try again
                    continue;
                if (!other->isStale()) {
                    if (holder)
                        *holder = *other;
                    return Outcome::HeldByOther;
                }
                // Left by a program that is no longer running: nobody else can be using it.
                QFile::remove(lockPath);
                continue;
            }
        }
        m_projectPath = projectPath;
        m_session = ours.session;
        return Outcome::Taken;
    }
    *error = ProjectLockText::tr("The lock file “%1” kept changing while it was being taken.").arg(shown);
    return Outcome::Failed;
}

bool ProjectLock::stillOurs() const
{
    if (m_projectPath.isEmpty())
        return false;
    const std::optional<LockHolder> holder = holderOf(m_projectPath);
    return holder && holder->session == m_session;
}

void ProjectLock::release()
{
    if (m_projectPath.isEmpty())
        return;
    if (stillOurs())
        QFile::remove(lockFilePath(m_projectPath));
    m_projectPath.clear();
    m_session.clear();
}

} // namespace dapp
