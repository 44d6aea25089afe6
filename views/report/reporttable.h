// A table for the printed report: columns sized to their contents and the page's width (the
// font shrinks before anything is cut), cells wrapped onto lines, missing figures in grey
// italic, superscript footnote marks, zebra rows, a total row, and the header row repeated on
// every page the table runs over.
#pragma once

#include "report/reportstyle.h"

#include <QList>
#include <QString>

#include <memory>

namespace dapp {

class PageFlow;

struct TableCell {
    QString text;
    QString detail; // a smaller grey line below (the provider under a programme)
    QString marks; // superscript footnote numbers, "1,3"
    bool missing = false; // a status word standing for a figure that is not there
};

struct TableColumn {
    QString header;
    QString group; // one label over neighbouring columns of the same group
    bool numeric = false; // right-aligned, marks in a gutter of their own so digits line up
    qreal weight = 0; // share of the width left once every column has its natural width
    bool wrap = true; // false: a cell keeps to one line (dates, references), like a number
};

class ReportTable {
public:
    ReportTable(const ReportStyle &style, QList<TableColumn> columns, qreal basePointSize = 7);
    ~ReportTable();
    ReportTable(const ReportTable &) = delete;
    ReportTable &operator=(const ReportTable &) = delete;

    void reserve(qsizetype rows);
    void addRow(QList<TableCell> cells);
    void setTotalRow(QList<TableCell> cells);

    // Lays the table out on the flow's pages, the header row on each. The table's data is
    // shared with the paint operations, so the table may go before they are painted.
    void flow(PageFlow &flow);

private:
    struct Data;
    std::shared_ptr<Data> d;
};

} // namespace dapp
