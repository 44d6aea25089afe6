// Where a quote sits in the text of its letter.
#pragma once

#include "domain/textrange.h"

#include <QString>

namespace dapp {

// The place of `quote` in `letterText`. The same sentence can answer several questions
// ("This information will be held by the service provider" under Q5 and Q7), so among several
// occurrences the one under the numbered heading of `questionNumber` ("7. The total number…")
// is preferred; otherwise the first. Invalid when the quote is empty or not in the text.
TextRange locateQuote(const QString &letterText, const QString &quote, int questionNumber);

// The number of the numbered question heading ("7. ", at the start of a line) nearest before
// `position`, or 0 when there is none.
int questionHeadingBefore(const QString &letterText, qsizetype position);

} // namespace dapp
