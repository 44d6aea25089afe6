// The computed comparison as CSV: each return chosen by the filter with its figures (a number or
// a status word, never 0 for a missing one), every derived measure, its numbered caveats, flags
// and source. What `export-table` writes; the XLSX table (comparisonxlsx.h) holds the same columns.
#pragma once

#include "domain/comparison.h"

#include <QByteArray>
#include <QStringList>

namespace dapp {

const QStringList &comparisonCsvColumns();
// The column of a measure: its key with the unit, "self_acceptance_rate_pct", "cost_per_referral_gbp".
QString comparisonMeasureColumn(MeasureId id);
// UTF-8 (with a byte-order mark when asked), CRLF, RFC 4180 quoting and formula protection.
// Rates are percentages with one decimal, costs pounds with two; a measure that cannot be
// computed is "missing". Caveats are numbered as in the comparison's footnotes.
QByteArray exportComparisonCsv(const Comparison &comparison, bool withByteOrderMark = true);

} // namespace dapp
