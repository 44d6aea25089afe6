// Standard streams and export targets for the headless commands.
#include "cli/output.h"

#include <QFile>
#include <QFileInfo>
#include <QSaveFile>

#include <cstdio>
#include <sys/stat.h>

namespace dapp::cli {

QTextStream &out()
{
    static QTextStream s(stdout);
    return s;
}

QTextStream &err()
{
    static QTextStream s(stderr);
    return s;
}

void printError(const QString &message)
{
    err() << QStringLiteral("dapp-analyst: ") << message << Qt::endl;
}

bool stdoutWritten()
{
    out().flush();
    return out().status() == QTextStream::Ok && fflush(stdout) == 0 && !ferror(stdout);
}

bool isRegularFile(const QString &target)
{
    if (target == QLatin1String("-")) {
        struct stat st = {};
        return fstat(fileno(stdout), &st) == 0 && S_ISREG(st.st_mode);
    }
    const QFileInfo info(target);
    return !info.exists() || info.isFile();
}

bool writeOutput(const QString &target, const QByteArray &bytes, QString *error)
{
    if (target == QLatin1String("-")) {
        out().flush();
        if (fwrite(bytes.constData(), 1, size_t(bytes.size()), stdout) != size_t(bytes.size()) || fflush(stdout) != 0) {
            *error = CommandLineText::tr("cannot write to standard output");
            return false;
        }
        return true;
    }
    if (!isRegularFile(target) && !QFileInfo(target).isDir()) {
        QFile device(target);
        if (!device.open(QIODevice::WriteOnly) || device.write(bytes) != bytes.size() || !device.flush()) {
            *error = device.errorString();
            return false;
        }
        return true;
    }
    QSaveFile file(target);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() || !file.commit()) {
        *error = file.errorString();
        return false;
    }
    return true;
}

} // namespace dapp::cli
