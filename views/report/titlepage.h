// The report's first page: title, when and from what it was made, what it shows, and the
// contents with the page each section starts on.
#pragma once

#include "report/reportrenderer.h"

#include <memory>
#include <vector>

namespace dapp {

class PageFlow;
struct ReportStyle;

struct ContentsEntry {
    QString title;
    int page = 0; // filled in as the sections are laid out, read when the page is painted
};
using ReportContents = std::shared_ptr<std::vector<ContentsEntry>>;

void flowTitlePage(PageFlow &flow, const ReportStyle &style, const Comparison &comparison, const ReportOptions &options,
    const ReportContents &contents);

} // namespace dapp
