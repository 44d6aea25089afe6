// How a long task (an import read or written, a report) tells how far it is and learns that
// the user cancelled: a callback given the work done and the whole, that returns false to stop.
#pragma once

#include <QElapsedTimer>

#include <functional>

namespace dapp {

// Returns false to cancel the task; a task that is cancelled writes nothing.
using Progress = std::function<bool(qint64 done, qint64 total)>;

// Calls a Progress at most every few milliseconds, however often the task ticks: a task of a
// million small steps must not spend its time reporting them.
class ProgressTicker
{
public:
    ProgressTicker(const Progress &progress, qint64 total)
        : m_progress(progress)
        , m_total(total)
    {
        m_timer.start();
    }

    // Adds `steps` done; false once the user has cancelled.
    bool advance(qint64 steps = 1)
    {
        m_done += steps;
        if (!m_progress || m_cancelled || m_timer.elapsed() < kIntervalMs)
            return !m_cancelled;
        m_timer.restart();
        m_cancelled = !m_progress(m_done, m_total);
        return !m_cancelled;
    }
    // Reports the end (done == total), so a bar reaches its end; false when cancelled.
    bool finish()
    {
        if (m_progress && !m_cancelled)
            m_cancelled = !m_progress(m_total, m_total);
        return !m_cancelled;
    }
    bool cancelled() const { return m_cancelled; }
    qint64 done() const { return m_done; }

private:
    static constexpr qint64 kIntervalMs = 30;
    const Progress &m_progress;
    qint64 m_total;
    qint64 m_done = 0;
    bool m_cancelled = false;
    QElapsedTimer m_timer;
};

} // namespace dapp
