// A letter's metadata as responses state it: the issuing body and its police force area (from
// the body's name, the letterhead or the address), the FOI reference, when the request was
// received and when it was answered, the financial year and the cohort (males, females) asked
// about. Each with the passage it came from and how sure the reading is.
#pragma once

#include "letters/letterextraction.h"

namespace dapp {

// Fills `out.letter` (but its text) and the metadata's evidence from `text`.
void readLetterMetadata(const QString &text, LetterExtraction &out);

} // namespace dapp
