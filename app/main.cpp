// Entry point: a command (or --help, --version) runs without a window and without a display;
// otherwise the main window opens on the sample project, or on the project file given.
#include "cli/commandline.h"
#include "documentcontroller.h"
#include "mainwindow.h"
#include "storage/teamaddress.h"
#include "teamactions.h"

#include <QApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QTimer>
#include <QTranslator>

#include <cstdio>

namespace {
void installTranslators(QCoreApplication &app)
{
    auto *qt = new QTranslator(&app);
    if (qt->load(QLocale(), QStringLiteral("qtbase"), QStringLiteral("_"),
                 QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        app.installTranslator(qt);
    auto *own = new QTranslator(&app);
    if (own->load(QLocale(), QStringLiteral("dapp-analyst"), QStringLiteral("_"), QStringLiteral(":/i18n")))
        app.installTranslator(own);
}

QtMessageHandler standardMessageHandler = nullptr;

// Off screen, Qt warns that XDG_RUNTIME_DIR is unset: true, and nothing a user can act on.
void quietOffscreenNoise(QtMsgType type, const QMessageLogContext &context, const QString &message)
{
    if (message.startsWith(QLatin1String("QStandardPaths: XDG_RUNTIME_DIR not set")))
        return;
    if (standardMessageHandler)
        standardMessageHandler(type, context, message);
    else
        std::fprintf(stderr, "%s\n", qPrintable(qFormatLogMessage(type, context, message)));
}

bool hasDisplay()
{
#if defined(Q_OS_LINUX)
    return qEnvironmentVariableIsSet("DISPLAY") || qEnvironmentVariableIsSet("WAYLAND_DISPLAY")
           || qEnvironmentVariableIsSet("QT_QPA_PLATFORM");
#else
    return true;
#endif
}
} // namespace

int main(int argc, char *argv[])
{
    QStringList arguments;
    for (int i = 1; i < argc; ++i)
        arguments << QString::fromLocal8Bit(argv[i]);

    QCoreApplication::setOrganizationName(QStringLiteral("DAPP Analyst"));
    QCoreApplication::setApplicationName(QStringLiteral("DAPP Analyst"));
    QCoreApplication::setApplicationVersion(QStringLiteral(PROJECT_VERSION));

    QString projectPath;
    if (dapp::cli::drawsOffscreen(arguments)) {
        // Drawing needs a GUI application, but a command never shows a window: off screen.
        qputenv("QT_QPA_PLATFORM", "offscreen");
        standardMessageHandler = qInstallMessageHandler(quietOffscreenNoise);
        QApplication app(argc, argv);
        installTranslators(app);
        return dapp::cli::run(arguments);
    }
    if (!dapp::cli::wantsWindow(arguments, &projectPath)) {
        QCoreApplication app(argc, argv);
        installTranslators(app);
        return dapp::cli::run(arguments);
    }
    if (!hasDisplay()) {
        std::fputs("dapp-analyst: there is no display to open a window on (DISPLAY is not set).\n"
                   "  Run the window under a virtual display:  xvfb-run -a dapp-analyst\n"
                   "  or use the headless commands:            dapp-analyst check\n"
                   "                                           dapp-analyst export-csv OUT.csv\n"
                   "  All commands:                            dapp-analyst --help\n",
                   stderr);
        return 2;
    }

    QApplication app(argc, argv);
    installTranslators(app);
    dapp::MainWindow window;
    if (projectPath.isEmpty())
        window.document()->openSample();
    else if (dapp::looksLikeTeamAddress(projectPath) ? !window.team()->openTeamDatabase(projectPath)
                                                     : !window.document()->openProject(projectPath))
        window.document()->openSample(); // the project was refused, and said why: start as usual
    window.show();
    // Once the window is up: the edits of a session that crashed are offered back.
    QTimer::singleShot(0, window.document(), &dapp::DocumentController::offerRecovery);
    return app.exec();
}
