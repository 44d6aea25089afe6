// The report's sections after the summary table: charts, data-quality flags, notes and sources.
#pragma once

#include "report/reportrenderer.h"

namespace dapp {

class PageFlow;
struct ReportStyle;

void flowCharts(PageFlow &flow, const ReportStyle &style, const QList<ReportChart> &charts);
void flowFlags(PageFlow &flow, const ReportStyle &style, const Comparison &comparison);
void flowNotes(PageFlow &flow, const ReportStyle &style, const Comparison &comparison);
void flowSources(PageFlow &flow, const ReportStyle &style, const Comparison &comparison);

} // namespace dapp
