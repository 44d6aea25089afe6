// The window's size, docks and table columns, kept between sessions.
#pragma once

class QHeaderView;
class QMainWindow;

namespace dapp {

// Restores what was saved; the first time, a size that fits the screen.
void restoreWindowLayout(QMainWindow *window, QHeaderView *returnsHeader);
void saveWindowLayout(const QMainWindow *window, const QHeaderView *returnsHeader);

} // namespace dapp
