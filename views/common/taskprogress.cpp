// The progress bar of a long task on the window's thread.
#include "common/taskprogress.h"

#include <QCoreApplication>

namespace dapp {

TaskProgress::TaskProgress(const QString &title, const QString &label, QWidget *parent, int showAfterMs)
    : m_bar(std::make_unique<QProgressDialog>(label, QProgressDialog::tr("Cancel"), 0, 100, parent))
{
    m_bar->setWindowTitle(title);
    // Application-modal: every window of the app waits while the task runs, not only `parent`.
    m_bar->setWindowModality(Qt::ApplicationModal);
    m_bar->setMinimumDuration(showAfterMs);
    m_bar->setAutoReset(false);
    m_bar->setAutoClose(false);
}

TaskProgress::~TaskProgress() = default;

Progress TaskProgress::callback()
{
    return [this](qint64 done, qint64 total) { return report(done, total); };
}

bool TaskProgress::report(qint64 done, qint64 total)
{
    m_bar->setValue(total > 0 ? int(done * 100 / total) : 100);
    // Once the modal bar shows, it alone takes the user's input (its Cancel); before, input
    // waits in the queue until the task is over.
    QCoreApplication::processEvents(m_bar->isVisible() ? QEventLoop::AllEvents : QEventLoop::ExcludeUserInputEvents);
    m_cancelled = m_cancelled || m_bar->wasCanceled();
    return !m_cancelled;
}

} // namespace dapp
