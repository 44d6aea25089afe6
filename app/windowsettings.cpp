// QSettings keys of the window's layout.
#include "windowsettings.h"

#include <QHeaderView>
#include <QMainWindow>
#include <QScreen>
#include <QSettings>

namespace dapp {

namespace {
// Versioned: a header saved with other columns would restore widths onto the wrong ones.
const QString kReturnsHeaderKey = QStringLiteral("window/returnsHeader.v2");
} // namespace

void restoreWindowLayout(QMainWindow *window, QHeaderView *returnsHeader)
{
    QSettings settings;
    if (!window->restoreGeometry(settings.value(QStringLiteral("window/geometry")).toByteArray())) {
        const QSize available = window->screen() ? window->screen()->availableSize() : QSize(1500, 900);
        window->resize(std::min(1500, available.width()), std::min(900, available.height()));
    }
    window->restoreState(settings.value(QStringLiteral("window/state")).toByteArray());
    const QByteArray header = settings.value(kReturnsHeaderKey).toByteArray();
    if (!header.isEmpty())
        returnsHeader->restoreState(header); // the columns chosen in View › Columns, their widths
}

void saveWindowLayout(const QMainWindow *window, const QHeaderView *returnsHeader)
{
    QSettings settings;
    settings.setValue(QStringLiteral("window/geometry"), window->saveGeometry());
    settings.setValue(QStringLiteral("window/state"), window->saveState());
    settings.setValue(kReturnsHeaderKey, returnsHeader->saveState());
}

} // namespace dapp
