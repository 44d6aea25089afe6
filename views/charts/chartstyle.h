// How charts look, in one place: the Okabe–Ito colour-blind-safe palette, fonts, and the
// hatching that marks a missing value.
#pragma once

#include <QBrush>
#include <QColor>
#include <QFont>

namespace dapp::chartstyle {

// Okabe & Ito (2008): distinguishable with every common colour-vision deficiency.
QColor seriesColour(int series, int seriesCount);
QColor textColour();  // near-black
QColor quietColour(); // grey: subtitles, notes, status words
QBrush missingBrush(); // grey diagonal hatching
QFont titleFont();
QFont subtitleFont();
QFont labelFont();
QFont noteFont();

} // namespace dapp::chartstyle
