// Document handling for a project file.
#include "storage/projectstore.h"
#include "storage/integrity.h"
#include "storage/migrations.h"
#include "storage/projectdatabase.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QtEndian>
#include <QSqlError>
#include <QSqlQuery>
#include <QUuid>
#include <QVariant>

#include <filesystem>

namespace dapp {

namespace {
// Gives this file's strings one translation context.
struct ProjectStoreText
{
    Q_DECLARE_TR_FUNCTIONS(ProjectStore)
};

template <typename T>
bool sameRecords(const QMap<Id, T> &part, const QMap<Id, T> &whole)
{
    for (auto it = part.cbegin(); it != part.cend(); ++it)
        if (!whole.contains(it.key()) || !(whole[it.key()] == *it))
            return false;
    return true;
}

template <typename T>
void replaceRecords(QMap<Id, T> &whole, const QMap<Id, T> &before, const QMap<Id, T> &after)
{
    for (auto it = before.cbegin(); it != before.cend(); ++it)
        whole.remove(it.key());
    for (auto it = after.cbegin(); it != after.cend(); ++it)
        whole.insert(it.key(), *it);
}

template <typename T>
Id maxId(const QMap<Id, T> &m)
{
    return m.isEmpty() ? 0 : m.lastKey();
}
} // namespace

namespace {
// SQLite keeps what we need to recognise a project in its 100-byte file header, so the file is
// read as bytes and never opened as a database: even a read-only SQLite connection would create
// -shm/-wal files beside a WAL-mode file, or roll back a hot journal.
constexpr int kSqliteHeaderSize = 100;

// A rollback journal SQLite would play back: one that starts with the journal magic. A
// journal left behind in PERSIST mode has a zeroed header and is harmless.
bool isHotJournal(const QString &path)
{
    QFile journal(path);
    if (!journal.open(QIODevice::ReadOnly))
        return false;
    static const QByteArray magic = QByteArray::fromHex("d9d505f920a163d7");
    return journal.read(magic.size()) == magic;
}

quint32 headerWord(const QByteArray &header, int offset)
{
    return qFromBigEndian<quint32>(header.constData() + offset);
}
} // namespace

bool inspectProjectFile(const QString &path, QString *error)
{
    const QString shown = QDir::toNativeSeparators(path);
    const QFileInfo info(path);
    if (!info.exists()) {
        *error = ProjectStoreText::tr("“%1” does not exist.").arg(shown);
        return false;
    }
    if (!info.isFile()) {
        *error = ProjectStoreText::tr("“%1” is not a file.").arg(shown);
        return false;
    }
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = ProjectStoreText::tr("“%1” cannot be read: %2").arg(shown, file.errorString());
        return false;
    }
    const QByteArray header = file.read(kSqliteHeaderSize);
    if (!header.startsWith(QByteArrayLiteral("SQLite format 3\0"))) {
        *error = ProjectStoreText::tr("“%1” is not a DAPP Analyst project (it is not an SQLite database).").arg(shown);
        return false;
    }
    if (header.size() < kSqliteHeaderSize) {
        *error = ProjectStoreText::tr("“%1” is damaged: it ends inside the database header.").arg(shown);
        return false;
    }
    // Checked before the header is read: with a hot journal, page 1 may hold uncommitted bytes.
    const QString journal = path + QStringLiteral("-journal");
    if (isHotJournal(journal)) {
        *error = ProjectStoreText::tr("“%1” has an unfinished write from another program (%2 is beside it). Let that "
                                      "program finish, or open the file once in sqlite3 to recover it. The file was "
                                      "not changed.")
                     .arg(shown, QFileInfo(journal).fileName());
        return false;
    }
    const qint64 applicationId = qint32(headerWord(header, 68));
    const int version = int(qint32(headerWord(header, 60)));
    const bool writeAheadLog = header.at(18) == 2 || header.at(19) == 2;
    if (applicationId != kApplicationId) {
        *error = ProjectStoreText::tr("“%1” is an SQLite database but not a DAPP Analyst project.").arg(shown);
        return false;
    }
    if (writeAheadLog) {
        // Committed changes may still sit in the -wal file, which a copy of this file would miss.
        *error = ProjectStoreText::tr("“%1” was switched to SQLite's write-ahead log by another program; DAPP Analyst "
                                      "projects never use it. Run “PRAGMA journal_mode=DELETE” on it in sqlite3, then "
                                      "open it again. The file was not changed.")
                     .arg(shown);
        return false;
    }
    if (version > latestSchemaVersion()) {
        *error = ProjectStoreText::tr("“%1” was written by a newer version of DAPP Analyst (project schema %2; this "
                                      "version reads up to %3). Open it with the newer version. The file was not changed.")
                     .arg(shown)
                     .arg(version)
                     .arg(latestSchemaVersion());
        return false;
    }
    if (version < 1) {
        *error = ProjectStoreText::tr("“%1” has no project schema.").arg(shown);
        return false;
    }
    return true;
}

ProjectStore::ProjectStore(QObject *parent)
    : QObject(parent)
{
}

ProjectStore::~ProjectStore() { closeDatabase(); }

void ProjectStore::closeDatabase()
{
    if (m_connectionName.isEmpty())
        return;
    {
        QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
        db.close();
    }
    QSqlDatabase::removeDatabase(m_connectionName);
    m_connectionName.clear();
}

bool ProjectStore::openWorkingCopy(const QString &workingPath, QString *error, QStringList *damage)
{
    const QString name = QStringLiteral("dapp-project-") + QUuid::createUuid().toString(QUuid::WithoutBraces);
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
    db.setDatabaseName(workingPath);
    if (!db.open()) {
        *error = ProjectStoreText::tr("Could not open the working copy: %1").arg(db.lastError().text());
        db = QSqlDatabase();
        QSqlDatabase::removeDatabase(name);
        return false;
    }
    // A damaged file can read without an error and still lack records: SQLite checks it first.
    if (damage) {
        *damage = sqliteIntegrityProblems(db);
        if (!damage->isEmpty()) {
            db.close();
            db = QSqlDatabase();
            QSqlDatabase::removeDatabase(name);
            return false;
        }
    }
    std::optional<ProjectData> loaded;
    if (migrate(db, error))
        loaded = loadProject(db, error);
    if (!loaded) {
        db.close();
        db = QSqlDatabase();
        QSqlDatabase::removeDatabase(name);
        return false;
    }
    closeDatabase();
    m_connectionName = name;
    m_data = *loaded;
    refreshIdCounters();
    return true;
}

void ProjectStore::refreshIdCounters()
{
    m_lastLetterId = std::max(m_lastLetterId, maxId(m_data.letters));
    m_lastProgrammeId = std::max(m_lastProgrammeId, maxId(m_data.programmes));
    m_lastReturnId = std::max(m_lastReturnId, maxId(m_data.returns));
    m_lastContextId = std::max(m_lastContextId, maxId(m_data.contextFigures));
}

bool ProjectStore::createNew(QString *error)
{
    auto dir = std::make_unique<QTemporaryDir>();
    if (!dir->isValid()) {
        *error = ProjectStoreText::tr("Could not create a temporary folder: %1").arg(dir->errorString());
        return false;
    }
    const QString working = dir->filePath(QStringLiteral("working.dapp"));
    if (!openWorkingCopy(working, error))
        return false;
    m_workDir = std::move(dir);
    m_filePath.clear();
    emit reset();
    return true;
}

bool ProjectStore::open(const QString &path, QString *error)
{
    if (!inspectProjectFile(path, error))
        return false;
    auto dir = std::make_unique<QTemporaryDir>();
    if (!dir->isValid()) {
        *error = ProjectStoreText::tr("Could not create a temporary folder: %1").arg(dir->errorString());
        return false;
    }
    const QString working = dir->filePath(QStringLiteral("working.dapp"));
    if (!QFile::copy(path, working)) {
        *error = ProjectStoreText::tr("Could not copy “%1” to a working file.").arg(QDir::toNativeSeparators(path));
        return false;
    }
    QFile::setPermissions(working, QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    QStringList damage;
    if (!openWorkingCopy(working, error, &damage)) {
        if (!damage.isEmpty()) {
            *error = ProjectStoreText::tr("“%1” is damaged, so it was not opened: SQLite finds %2. Showing part of it "
                                          "as if it were whole could lose the rest when saved. The file was not changed.")
                         .arg(QDir::toNativeSeparators(path), damage.mid(0, 3).join(QStringLiteral("; ")))
                     + (damage.size() > 3 ? ProjectStoreText::tr(" (%1 problems in all)").arg(damage.size()) : QString());
            return false;
        }
        // The header said it is a project this version reads, so a failure to read it is most
        // likely damage, but could be the working copy (a full disk): say both.
        *error = ProjectStoreText::tr("“%1” could not be opened; it may be damaged (%2). The file was not changed.")
                     .arg(QDir::toNativeSeparators(path), *error);
        return false;
    }
    m_workDir = std::move(dir);
    m_filePath = QFileInfo(path).absoluteFilePath();
    emit reset();
    return true;
}

bool ProjectStore::saveAs(const QString &path, QString *error)
{
    QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
    if (!db.isOpen()) {
        *error = ProjectStoreText::tr("No project is open.");
        return false;
    }
    // VACUUM INTO writes a clean, complete copy; it goes to a file beside the target that is
    // then renamed over it, so a failed save never leaves a half-written project behind.
    const QFileInfo target(path);
    const QString partial = target.absolutePath() + QStringLiteral("/.") + target.fileName()
                            + QStringLiteral(".saving-") + QUuid::createUuid().toString(QUuid::Id128);
    QSqlQuery q(db);
    q.prepare(QStringLiteral("VACUUM INTO ?"));
    q.addBindValue(partial);
    if (!q.exec()) {
        QFile::remove(partial);
        *error = ProjectStoreText::tr("Could not save to “%1”: %2").arg(QDir::toNativeSeparators(path), q.lastError().text());
        return false;
    }
    std::error_code ec;
    // The file being replaced is kept as FILE.dapp~: a hard link to it (no copy, no space needed),
    // made before the new file takes its name, so at every moment one of them is whole.
    const QString finalPath = target.absoluteFilePath();
    if (QFileInfo::exists(finalPath)) {
        const std::string backup = (finalPath + QLatin1Char('~')).toStdString();
        const std::string linking = (finalPath + QStringLiteral("~.linking")).toStdString();
        std::filesystem::remove(linking, ec);
        std::filesystem::create_hard_link(finalPath.toStdString(), linking, ec);
        if (ec) // a file system without hard links: a copy instead
            std::filesystem::copy_file(finalPath.toStdString(), linking, std::filesystem::copy_options::overwrite_existing, ec);
        if (!ec)
            std::filesystem::rename(linking, backup, ec);
        if (ec) {
            std::filesystem::remove(linking);
            QFile::remove(partial);
            *error = ProjectStoreText::tr("Could not save to “%1”: the previous version could not be kept as a backup "
                                          "(%2). Nothing was changed.")
                         .arg(QDir::toNativeSeparators(path), QString::fromLocal8Bit(ec.message().c_str()));
            return false;
        }
    }
    std::filesystem::rename(partial.toStdString(), finalPath.toStdString(), ec);
    if (ec) {
        QFile::remove(partial);
        *error = ProjectStoreText::tr("Could not save to “%1”: %2")
                     .arg(QDir::toNativeSeparators(path), QString::fromLocal8Bit(ec.message().c_str()));
        return false;
    }
    m_filePath = target.absoluteFilePath();
    return true;
}

bool ProjectStore::apply(const ProjectData &before, const ProjectData &after, QString *error)
{
    if (!sameRecords(before.letters, m_data.letters) || !sameRecords(before.programmes, m_data.programmes)
        || !sameRecords(before.returns, m_data.returns)
        || !sameRecords(before.contextFigures, m_data.contextFigures)) {
        *error = ProjectStoreText::tr("The project changed under this edit; it was not applied.");
        return false;
    }
    QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
    if (!writeChange(db, before, after, error))
        return false;
    replaceRecords(m_data.letters, before.letters, after.letters);
    replaceRecords(m_data.programmes, before.programmes, after.programmes);
    replaceRecords(m_data.returns, before.returns, after.returns);
    replaceRecords(m_data.contextFigures, before.contextFigures, after.contextFigures);
    refreshIdCounters();
    emit changed(before, after);
    return true;
}

bool ProjectStore::replaceAll(const ProjectData &data, QString *error)
{
    QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
    if (!writeChange(db, m_data, data, error))
        return false;
    m_data = data;
    refreshIdCounters();
    emit reset();
    return true;
}

} // namespace dapp
