// Numbers written in words, as letters write counts: "Nine.", "Eleven females", "twenty-five",
// "one hundred and one".
#pragma once

#include <QRegularExpression>
#include <QString>

#include <optional>

namespace dapp {

// The value of a run of number words, or nothing when a word of it is not one.
std::optional<qint64> valueOfNumberWords(const QString &run);

// Matches runs of number words; its first group is the run (it may end with spaces or hyphens).
const QRegularExpression &numberWordsPattern();

} // namespace dapp
