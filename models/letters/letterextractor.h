// Turns a letter's text into proposed data: its metadata, one return per programme named in the
// answer to question 1 (several for a table like Derbyshire's: providers across, questions
// down; none for "we do not commission one"), each figure with its status, the referrers and
// funders, the caveats attached to the figures they qualify, and for every proposal the quote,
// its place in the letter and whether it needs a look. A general reader of FOI responses, not
// a list of known sentences: where it cannot be sure, it says so rather than guess.
#pragma once

#include "letters/letterextraction.h"

namespace dapp {

LetterExtraction extractLetter(const QString &text);

} // namespace dapp
