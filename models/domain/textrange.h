// A stretch of a letter's text: where a figure's quote stands.
#pragma once

#include <QtGlobal>

namespace dapp {

struct TextRange
{
    qsizetype start = -1; // in UTF-16 code units from the start of the letter's text
    qsizetype length = 0;
    bool isValid() const { return start >= 0; }
    friend bool operator==(const TextRange &, const TextRange &) = default;
};

} // namespace dapp
