// Entry point: the headless commands run without a display; otherwise the main window opens
// on the sample project, or on a project file given as the argument.
#include "commandline.h"
#include "mainwindow.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QLibraryInfo>
#include <QLocale>
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

    if (dapp::isHeadlessCommand(arguments)) {
        QCoreApplication app(argc, argv);
        installTranslators(app);
        return dapp::runHeadless(arguments);
    }
    if (!hasDisplay()) {
        std::fputs("dapp-analyst: there is no display to open a window on (DISPLAY is not set).\n"
                   "  Run the window under a virtual display:  xvfb-run -a dapp-analyst\n"
                   "  or use the headless commands:            dapp-analyst check\n"
                   "                                           dapp-analyst export-csv OUT.csv\n",
                   stderr);
        return 2;
    }

    QApplication app(argc, argv);
    installTranslators(app);
    QCommandLineParser parser;
    parser.setApplicationDescription(QApplication::translate(
        "main", "Compare Domestic Abuse Perpetrator Programmes from FOI answers.\n\n"
                "Headless commands:\n  check [--project FILE] [--strict]\n  export-csv [--project FILE] OUT.csv"));
    parser.addHelpOption();
    parser.addVersionOption();
    parser.addPositionalArgument(QStringLiteral("project"),
                                 QApplication::translate("main", "A project file to open (default: the sample)."),
                                 QStringLiteral("[FILE]"));
    parser.process(app);

    dapp::MainWindow window;
    if (!parser.positionalArguments().isEmpty())
        window.openProject(parser.positionalArguments().constFirst());
    else
        window.openSample();
    window.show();
    return app.exec();
}
