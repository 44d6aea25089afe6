// The progress bar of a long task on the window's thread: the window lives on (repaints,
// timers) while the task runs, a short task shows no bar, and Cancel, once the modal bar shows,
// stops the task.
#include "common/taskprogress.h"

#include <QApplication>
#include <QLineEdit>
#include <QProgressDialog>
#include <QtTest>

using namespace dapp;

class TestTaskProgress : public QObject
{
    Q_OBJECT
private slots:
    void theWindowLivesOnWhileTheTaskRuns();
    void cancelStopsTheTask();
};

// (A key or click from the window system waits in its queue until the bar shows, by
// QEventLoop::ExcludeUserInputEvents; the offscreen platform of the tests delivers none that
// way, so what is checked here is the rest, and ProjectStore refuses a change inside a change.)
void TestTaskProgress::theWindowLivesOnWhileTheTaskRuns()
{
    QLineEdit field;
    field.show();
    QVERIFY(QTest::qWaitForWindowExposed(&field));
    int timerRuns = 0;
    QTimer timer;
    connect(&timer, &QTimer::timeout, &field, [&] { ++timerRuns; });
    timer.start(1);
    {
        TaskProgress progress(QStringLiteral("Import"), QStringLiteral("Writing…"), &field, 60000);
        const Progress report = progress.callback();
        QElapsedTimer elapsed;
        elapsed.start();
        for (int i = 0; elapsed.elapsed() < 50; ++i)
            QVERIFY(report(i, 1000));
        QVERIFY(timerRuns > 0);                                 // the window lives on
        QVERIFY(!field.findChild<QProgressDialog *>()->isVisible()); // a short task shows no bar
        QVERIFY(!progress.wasCancelled());
    }
    QVERIFY(field.findChild<QProgressDialog *>() == nullptr); // and leaves none behind
}

void TestTaskProgress::cancelStopsTheTask()
{
    QWidget window;
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    TaskProgress progress(QStringLiteral("Import"), QStringLiteral("Writing…"), &window, 0);
    const Progress report = progress.callback();
    QVERIFY(report(1, 10)); // shows the bar (at once, here)
    auto *bar = window.findChild<QProgressDialog *>();
    QVERIFY(bar);
    QTRY_VERIFY(bar->isVisible());
    QCOMPARE(bar->windowTitle(), QStringLiteral("Import"));
    QVERIFY(bar->isModal());
    bar->cancel();
    QVERIFY(!report(2, 10));
    QVERIFY(progress.wasCancelled());
    QVERIFY(!report(3, 10)); // and stays cancelled
}

QTEST_MAIN(TestTaskProgress)
#include "tst_taskprogress.moc"
