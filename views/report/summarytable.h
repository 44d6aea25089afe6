// The report's summary of returns: one row per return (its identity, the six counts, the
// budget and three rates), a total row, and the caption that says how to read them.
#pragma once

#include "domain/comparison.h"

#include <QString>

namespace dapp {

class PageFlow;
struct ReportStyle;

// Footnote numbers as a superscript mark: "1", "1,4", runs shortened to "2–5".
QString footnoteMarks(const QList<int> &numbers);

void flowSummaryTable(PageFlow &flow, const ReportStyle &style, const Comparison &comparison);

} // namespace dapp
