// The figures about the area a letter that answers no request gives (a panel report): amounts
// by period under a funding paragraph, counts by year of those supported.
#pragma once

#include "letters/letterextraction.h"

#include <QString>

namespace dapp {

// Adds to `out.contextFigures` the figures `text` gives, each needing a look; a letter that
// gives any is a panel report.
void readContextFigures(const QString &text, LetterExtraction &out);

} // namespace dapp
