// A PostgreSQL advisory lock held for one scope of work that must not run twice at once on a
// database (migrating it, publishing into it): a second client waits until the first is done.
// On SQLite, whose file lock serialises writers already, it does nothing.
#pragma once

#include <QSqlDatabase>
#include <QSqlQuery>

namespace dapp {

class ServerLock
{
public:
    // The works that take one, each its own key (two 32-bit numbers, as pg_advisory_lock takes).
    enum class Work : int { Migration = 1, Publishing = 2 };

    ServerLock(QSqlDatabase &db, Work work)
        : m_db(db.driverName() == QLatin1String("QPSQL") ? &db : nullptr)
        , m_work(int(work))
    {
        if (m_db)
            m_held = run(true);
    }
    ~ServerLock()
    {
        if (m_db && m_held)
            run(false);
    }
    ServerLock(const ServerLock &) = delete;
    ServerLock &operator=(const ServerLock &) = delete;
    bool failed() const { return m_db && !m_held; }

private:
    bool run(bool lock) const
    {
        // Keys of this program's own, never a user's value: "DAPP" in ASCII alone for migrating
        // (the key earlier versions take, so that an older and a newer client starting together
        // still migrate one at a time), with the work beside it for the others.
        const QString call = lock ? QStringLiteral("pg_advisory_lock") : QStringLiteral("pg_advisory_unlock");
        const QString key = m_work == int(Work::Migration) ? QString::number(0x44415050)
                                                           : QStringLiteral("%1, %2").arg(0x44415050).arg(m_work);
        return QSqlQuery(*m_db).exec(QStringLiteral("SELECT %1(%2)").arg(call, key));
    }

    QSqlDatabase *m_db;
    int m_work;
    bool m_held = false;
};

} // namespace dapp
