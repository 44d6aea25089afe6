// Writing a project file: backups, the atomic replace, and failures in words.
#include "storage/projectfile.h"
#include "storage/projectlock.h"
#include "storage/sqlitestatement.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QLocale>
#include <QRegularExpression>
#include <QSqlError>
#include <QSqlQuery>
#include <QStorageInfo>
#include <QSysInfo>
#include <QUuid>

#include <algorithm>
#include <cerrno>
#include <filesystem>
#include <system_error>
#include <utility>
#include <vector>

#include <sqlite3.h>

#ifdef Q_OS_UNIX
#include <fcntl.h>
#include <unistd.h>
#endif

namespace dapp {

namespace {
struct ProjectFileText
{
    Q_DECLARE_TR_FUNCTIONS(ProjectFile)
};

QString shown(const QString &path) { return QDir::toNativeSeparators(path); }

QString systemText(const std::error_code &ec) { return QString::fromLocal8Bit(ec.message().c_str()); }

// ".dapp-saving-HOST-": this machine's unfinished saves. The host keeps letters, digits and dots
// (a hyphen would blur where the process number starts).
QString unfinishedSavePrefix()
{
    QString host = QSysInfo::machineHostName();
    for (QChar &c : host)
        if (!(c.isLetterOrNumber() && c.unicode() < 128) && c != QLatin1Char('.'))
            c = QLatin1Char('_');
    return QStringLiteral(".dapp-saving-%1-").arg(host);
}

// A save killed before its rename (power cut, the process killed) leaves its unfinished file,
// and SQLite's journal of it, beside the project. The next save in that folder removes those
// of this machine whose process is gone and that nothing has written to for ten minutes: a
// save takes seconds, and another computer that happens to share this one's name (cloned
// machines, "localhost") may be saving into the same network folder right now.
void removeAbandonedSaves(const QString &folder)
{
    const QDir dir(folder);
    const QString prefix = unfinishedSavePrefix();
    const QDateTime tenMinutesAgo = QDateTime::currentDateTimeUtc().addSecs(-600);
    const QFileInfoList found = dir.entryInfoList({prefix + QLatin1Char('*')},
                                                  QDir::Files | QDir::Hidden | QDir::System | QDir::CaseSensitive);
    for (const QFileInfo &file : found) {
        const qint64 pid = file.fileName().mid(prefix.size()).section(QLatin1Char('-'), 0, 0).toLongLong();
        if (pid > 0 && pid != QCoreApplication::applicationPid() && file.lastModified().toUTC() < tenMinutesAgo
            && !processIsRunning(pid))
            QFile::remove(file.absoluteFilePath());
    }
}

QString diskFull(const QString &path, qint64 needed)
{
    const QStorageInfo storage(QFileInfo(path).absolutePath());
    const QLocale locale;
    return ProjectFileText::tr("the disk holding “%1” is full (%2 free; the project needs about %3). Free some "
                               "space or save somewhere else.")
        .arg(shown(QFileInfo(path).absolutePath()), locale.formattedDataSize(std::max<qint64>(0, storage.bytesAvailable())),
             locale.formattedDataSize(needed));
}

// Why a new file could not be made at `path`, from the system's own error.
QString explainCreateFailure(const QString &path, const std::error_code &ec, qint64 needed)
{
    const QString folder = QFileInfo(path).absolutePath();
    if (ec == std::errc::no_space_on_device || ec.value() == EDQUOT)
        return diskFull(path, needed);
    if (ec == std::errc::no_such_file_or_directory || ec == std::errc::not_a_directory || ec == std::errc::no_such_device)
        return ProjectFileText::tr("the folder “%1” is not there (was a drive or network folder removed?).").arg(shown(folder));
    if (ec == std::errc::read_only_file_system)
        return ProjectFileText::tr("the drive holding “%1” is read-only.").arg(shown(folder));
    if (ec == std::errc::permission_denied || ec == std::errc::operation_not_permitted)
        return ProjectFileText::tr("you may not write in the folder “%1”.").arg(shown(folder));
    if (ec == std::errc::filename_too_long || ec == std::errc::invalid_argument || ec == std::errc::illegal_byte_sequence)
        return ProjectFileText::tr("the system refuses the file name “%1” (%2). Choose a shorter or plainer name.")
            .arg(QFileInfo(path).fileName(), systemText(ec));
    if (ec == std::errc::io_error)
        return ProjectFileText::tr("the drive holding “%1” reports an input/output error (was it removed?).").arg(shown(folder));
    return systemText(ec);
}

// Creates the empty file the copy or VACUUM INTO will fill, so that the system says why it cannot be made
// (SQLite would only say "unable to open database file").
bool createEmpty(const QString &path, std::error_code *ec)
{
#ifdef Q_OS_UNIX
    const int fd = ::open(QFile::encodeName(path).constData(), O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0644);
    if (fd < 0) {
        *ec = std::error_code(errno, std::generic_category());
        return false;
    }
    ::close(fd);
    return true;
#else
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::NewOnly)) {
        *ec = std::make_error_code(std::errc::io_error);
        return false;
    }
    return true;
#endif
}

// Gives `from` a second name `to` (replacing `to`): a hard link made under a temporary name and
// renamed into place, or a copy where links are not possible.
bool linkOrCopy(const QString &from, const QString &to, std::error_code *ec)
{
    const std::string staging = (to + QStringLiteral(".linking")).toStdString();
    std::error_code ignored;
    std::filesystem::remove(staging, ignored);
    std::filesystem::create_hard_link(from.toStdString(), staging, *ec);
    if (*ec) // a file system without hard links
        std::filesystem::copy_file(from.toStdString(), staging, std::filesystem::copy_options::overwrite_existing, *ec);
    if (!*ec)
        std::filesystem::rename(staging, to.toStdString(), *ec);
    if (*ec)
        std::filesystem::remove(staging, ignored);
    return !*ec;
}

int backupNumber(const QString &fileName, const QString &base)
{
    static const QRegularExpression pattern(QStringLiteral("^\\.~(\\d+)~$"));
    if (!fileName.startsWith(base))
        return 0;
    const QRegularExpressionMatch m = pattern.match(fileName.mid(base.size()));
    return m.hasMatch() ? m.captured(1).toInt() : 0;
}
} // namespace

QStringList numberedBackups(const QString &path)
{
    const QFileInfo info(path);
    const QDir dir = info.absoluteDir();
    QList<std::pair<int, QString>> found;
    const QStringList names = dir.entryList({info.fileName() + QStringLiteral(".~*~")}, QDir::Files | QDir::Hidden);
    for (const QString &name : names)
        if (const int n = backupNumber(name, info.fileName()); n > 0)
            found.append({n, dir.filePath(name)});
    std::sort(found.begin(), found.end());
    QStringList paths;
    for (const auto &[n, p] : found)
        paths << p;
    return paths;
}

bool keepBackup(const QString &path, const BackupPolicy &policy, QString *error)
{
    if (policy.kind == BackupPolicy::Kind::None || !QFileInfo::exists(path))
        return true;
    const QString target = QFileInfo(path).absoluteFilePath();
    QString backup = target + QLatin1Char('~');
    QStringList existing;
    if (policy.kind == BackupPolicy::Kind::Numbered) {
        existing = numberedBackups(target);
        const int next = existing.isEmpty() ? 1 : backupNumber(QFileInfo(existing.last()).fileName(), QFileInfo(target).fileName()) + 1;
        backup = target + QStringLiteral(".~%1~").arg(next);
    }
    std::error_code ec;
    if (!linkOrCopy(target, backup, &ec)) {
        *error = ProjectFileText::tr("the previous version could not be kept as a backup: %1")
                     .arg(explainCreateFailure(backup, ec, QFileInfo(target).size()));
        return false;
    }
    // The oldest go once the newest is safe; failing to remove one only leaves an extra backup.
    const int keep = std::max(1, policy.keep);
    for (qsizetype i = 0; i + keep - 1 < existing.size(); ++i)
        QFile::remove(existing.at(i));
    return true;
}

namespace {
// How the open file's own bytes were copied, or why they were not.
struct ByteCopy
{
    enum class Result { Copied, NotThisWay, ReadFailed, WriteFailed } result = Result::NotThisWay;
    std::error_code ec;
    QString from; // the file read
};

#ifdef Q_OS_UNIX
// A file descriptor, closed when this goes.
class Descriptor
{
public:
    explicit Descriptor(int fd)
        : m_fd(fd)
    {
    }
    ~Descriptor()
    {
        if (m_fd >= 0)
            ::close(m_fd);
    }
    Descriptor(const Descriptor &) = delete;
    Descriptor &operator=(const Descriptor &) = delete;
    int get() const { return m_fd; }
    // Closes it now; false when the system reports that earlier writes failed.
    bool close()
    {
        const int fd = std::exchange(m_fd, -1);
        return ::close(fd) == 0;
    }

private:
    int m_fd;
};

// SQLite's shared lock on the file for as long as this lives: a read transaction, which no
// writer gets past.
class ReadLock
{
public:
    explicit ReadLock(QSqlDatabase &db)
        : m_db(db)
        , m_began(db.transaction()) // fails inside a transaction someone else began
    {
        QSqlQuery q(db);
        m_held = m_began && q.exec(QStringLiteral("SELECT count(*) FROM sqlite_schema")) && q.next();
    }
    ~ReadLock()
    {
        if (m_began)
            m_db.rollback();
    }
    ReadLock(const ReadLock &) = delete;
    ReadLock &operator=(const ReadLock &) = delete;
    bool held() const { return m_held; }

private:
    QSqlDatabase &m_db;
    bool m_began = false;
    bool m_held = false;
};

std::error_code lastSystemError() { return std::error_code(errno, std::generic_category()); }

// Writes all of `in` into `out` and syncs `out` to the disk.
ByteCopy copyAndSync(int in, int out)
{
    ByteCopy copy;
    std::vector<char> buffer(1 << 20);
    for (;;) {
        const ssize_t got = ::read(in, buffer.data(), buffer.size());
        if (got == 0)
            break;
        if (got < 0) {
            if (errno == EINTR)
                continue;
            return {ByteCopy::Result::ReadFailed, lastSystemError(), {}};
        }
        for (ssize_t put = 0; put < got;) {
            const ssize_t wrote = ::write(out, buffer.data() + put, size_t(got - put));
            if (wrote < 0 && errno != EINTR)
                return {ByteCopy::Result::WriteFailed, lastSystemError(), {}};
            if (wrote > 0)
                put += wrote;
        }
    }
    if (::fdatasync(out) != 0)
        return {ByteCopy::Result::WriteFailed, lastSystemError(), {}};
    copy.result = ByteCopy::Result::Copied;
    return copy;
}
#endif

// SQLite's full syncs on `db` for as long as this lives, then its setting as it was.
class SyncedWhileSaving
{
public:
    explicit SyncedWhileSaving(QSqlDatabase &db)
        : m_db(db)
    {
        QSqlQuery q(db);
        if (q.exec(QStringLiteral("PRAGMA synchronous")) && q.next())
            m_was = q.value(0).toInt();
        if (m_was < kFull)
            QSqlQuery(db).exec(QStringLiteral("PRAGMA synchronous = FULL"));
    }
    ~SyncedWhileSaving()
    {
        if (m_was < kFull)
            QSqlQuery(m_db).exec(QStringLiteral("PRAGMA synchronous = %1").arg(m_was));
    }
    SyncedWhileSaving(const SyncedWhileSaving &) = delete;
    SyncedWhileSaving &operator=(const SyncedWhileSaving &) = delete;

private:
    static constexpr int kFull = 2; // EXTRA (3) is kept as it is
    QSqlDatabase &m_db;
    int m_was = kFull;
};

// The open project file's own bytes, copied into `to`, when they are already what VACUUM INTO
// would write: a file with no free pages (one that a change only added to, such as an import
// into a new project). VACUUM INTO writes every page again through SQLite, four or five times as
// long (a file of 27 MB: 110-160 ms against 30). Copied under SQLite's shared lock, so nothing
// writes to the file meanwhile, and synced to the disk as VACUUM INTO's copy is. A file with
// free pages, a journal other than SQLite's default, a lock kept between transactions or a
// transaction open is left to VACUUM INTO. Our descriptors of the file are closed only after the
// lock is given back: closing any descriptor of a file drops every POSIX lock the process holds
// on it, SQLite's own among them.
ByteCopy copyWithoutFreePages(QSqlDatabase &db, const QString &to)
{
    ByteCopy copy;
#ifdef Q_OS_UNIX
    sqlite3 *handle = SqliteStatement::handle(db);
    const char *name = handle ? sqlite3_db_filename(handle, "main") : nullptr;
    if (!name || !*name)
        return copy; // not SQLite, or a database in memory
    copy.from = QFile::decodeName(name);
    QSqlQuery q(db);
    const auto pragma = [&](const char *which) {
        return q.exec(QStringLiteral("PRAGMA ") + QLatin1String(which)) && q.next() ? q.value(0).toString() : QString();
    };
    const bool plain = pragma("freelist_count") == QLatin1String("0") && pragma("journal_mode") == QLatin1String("delete")
                       && pragma("locking_mode") == QLatin1String("normal");
    q.finish();
    if (!plain)
        return copy;
    Descriptor in(::open(name, O_RDONLY | O_CLOEXEC));
    if (in.get() < 0)
        return {ByteCopy::Result::ReadFailed, lastSystemError(), copy.from};
    Descriptor out(::open(QFile::encodeName(to).constData(), O_WRONLY | O_TRUNC | O_CLOEXEC));
    if (out.get() < 0)
        return {ByteCopy::Result::WriteFailed, lastSystemError(), copy.from};
    {
        const ReadLock lock(db); // let go before the descriptors are closed
        if (!lock.held())
            return copy;
        copy = copyAndSync(in.get(), out.get());
        copy.from = QFile::decodeName(name);
    }
    if (!out.close() && copy.result == ByteCopy::Result::Copied)
        copy = {ByteCopy::Result::WriteFailed, lastSystemError(), copy.from};
#else
    Q_UNUSED(db);
    Q_UNUSED(to);
#endif
    return copy;
}
} // namespace

QString unfinishedSaveName(qint64 pid, const QString &unique)
{
    return unfinishedSavePrefix() + QString::number(pid) + QLatin1Char('-') + unique;
}

bool writeProjectFile(QSqlDatabase &db, const QString &path, const BackupPolicy &policy, QString *error)
{
    const QFileInfo target(path);
    const QString finalPath = target.absoluteFilePath();
    // A short name of its own, so that a long file name fails on the rename and not here.
    const QString partial = target.absolutePath() + QLatin1Char('/')
                            + unfinishedSaveName(QCoreApplication::applicationPid(), QUuid::createUuid().toString(QUuid::Id128));
    const qint64 needed = QFileInfo(db.databaseName()).size();
    auto fail = [&](const QString &why) {
        QFile::remove(partial);
        *error = ProjectFileText::tr("Could not save to “%1”: %2 The file there was not changed.").arg(shown(path), why);
        if (!QFileInfo::exists(finalPath))
            *error = ProjectFileText::tr("Could not save to “%1”: %2").arg(shown(path), why);
        return false;
    };
    if (target.fileName().isEmpty() || target.isDir())
        return fail(ProjectFileText::tr("that is a folder, not a file name."));
    removeAbandonedSaves(target.absolutePath());
    std::error_code ec;
    if (!createEmpty(partial, &ec))
        return fail(explainCreateFailure(partial, ec, needed));
    const ByteCopy copied = copyWithoutFreePages(db, partial);
    if (copied.result == ByteCopy::Result::WriteFailed)
        return fail(explainCreateFailure(partial, copied.ec, needed));
    if (copied.result == ByteCopy::Result::ReadFailed)
        return fail(ProjectFileText::tr("the project's working copy “%1” could not be read (%2).")
                        .arg(shown(copied.from), systemText(copied.ec)));
    // Otherwise VACUUM INTO writes a clean, complete copy into the empty file, synced to the
    // disk: it syncs as the working copy's connection is set to (SQLite 3.40), and a working
    // copy nothing recovers after a crash is set not to (found by review: the project file was
    // then saved unsynced).
    const SyncedWhileSaving synced(db);
    QSqlQuery q(db);
    q.prepare(QStringLiteral("VACUUM INTO ?"));
    q.addBindValue(partial);
    if (copied.result == ByteCopy::Result::NotThisWay && !q.exec()) {
        const QSqlError sqlError = q.lastError();
        // SQLITE_FULL (13), or an I/O error from a disk that filled up under SQLite's feet.
        const QStorageInfo storage(target.absolutePath());
        if (sqlError.nativeErrorCode() == QLatin1String("13") || storage.bytesAvailable() < needed)
            return fail(diskFull(path, needed));
        if (!QFileInfo::exists(target.absolutePath()))
            return fail(explainCreateFailure(partial, std::make_error_code(std::errc::no_such_file_or_directory), needed));
        return fail(sqlError.text());
    }
    // At every moment one whole version holds the name or the backup's: the backup is made
    // before the new file takes the name.
    QString backupError;
    if (!keepBackup(finalPath, policy, &backupError))
        return fail(backupError);
    std::filesystem::rename(partial.toStdString(), finalPath.toStdString(), ec);
    if (ec)
        return fail(explainCreateFailure(finalPath, ec, needed));
    return true;
}

} // namespace dapp
