// The computed comparison as an XLSX workbook for reports: the same columns as the comparison
// CSV, but numbers as numbers with number formats, statuses as grey italic text (never 0),
// caveats as cell comments, a total row that says when it is a lower bound, and sheets for the
// numbered notes, the data-quality flags and the letters the numbers come from.
#pragma once

#include "domain/comparison.h"

#include <QString>

namespace dapp {

// Writes the whole workbook or nothing: it is built in a temporary file beside `path` and
// renamed over `path` only when complete, so a failure leaves an existing file as it was.
// On failure returns false and sets `error` (naming the file and what went wrong).
bool writeComparisonXlsx(const Comparison &comparison, const QString &path, QString *error);

} // namespace dapp
