// A program for tst_crashrecovery to kill: it opens a project with its working copy in a
// recovery area, as the window does, makes edits, says so, and waits to be killed.
//   crashvictim RECOVERY_AREA PROJECT EDITS
// Edit i sets the self-referrals of the i-th return to 1000 + i.
#include "domain/figurefield.h"
#include "storage/projectstore.h"

#include <QCoreApplication>
#include <QThread>

#include <cstdio>

using namespace dapp;

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    if (args.size() != 4) {
        std::fputs("usage: crashvictim RECOVERY_AREA PROJECT EDITS\n", stderr);
        return 2;
    }
    ProjectStore store;
    store.setRecoveryArea(args.at(1));
    QString error;
    if (!store.open(args.at(2), &error)) {
        std::fprintf(stderr, "%s\n", qPrintable(error));
        return 1;
    }
    store.describeSession(QStringLiteral("victim.dapp"), false);
    const int edits = args.at(3).toInt();
    const QList<ProgrammeReturn> returns = store.data().returns.values();
    for (int i = 0; i < edits && i < returns.size(); ++i) {
        ProjectData before, after;
        before.returns.insert(returns.at(i).id, returns.at(i));
        ProgrammeReturn changed = returns.at(i);
        changed.figure(FigureField::SelfReferred) = Figure::reported(1000 + i);
        after.returns.insert(changed.id, changed);
        if (!store.apply(before, after, &error)) {
            std::fprintf(stderr, "%s\n", qPrintable(error));
            return 1;
        }
    }
    std::printf("edited %d\n", edits);
    std::fflush(stdout);
    for (;;)
        QThread::sleep(1);
}
