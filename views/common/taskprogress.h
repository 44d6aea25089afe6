// A progress bar with Cancel for a long task run on the window's own thread (an import read or
// written): the window stays painted and Cancel can be clicked, yet nothing else can be done
// beside the task — no edit, no undo, no other file, no closing the window.
#pragma once

#include "domain/progress.h"

#include <QProgressDialog>

#include <memory>

namespace dapp {

class TaskProgress
{
public:
    // The bar, titled `title` ("Import") and saying `label`, shows once the task has taken
    // `showAfterMs`; `parent` is the window it covers.
    TaskProgress(const QString &title, const QString &label, QWidget *parent, int showAfterMs = 400);
    ~TaskProgress();
    TaskProgress(const TaskProgress &) = delete;
    TaskProgress &operator=(const TaskProgress &) = delete;

    // The Progress a task reports to: moves the bar, lets the window repaint, and says false
    // once Cancel was clicked. Until the bar shows, the user's clicks and keys wait (they would
    // reach a window whose project is half-written).
    Progress callback();
    bool wasCancelled() const { return m_cancelled; }

private:
    bool report(qint64 done, qint64 total);

    std::unique_ptr<QProgressDialog> m_bar;
    bool m_cancelled = false;
};

} // namespace dapp
