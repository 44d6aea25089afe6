// Writing an XLSX workbook with libxlsxwriter, knowing nothing of what is in it: every cell
// written or the whole file refused, each cell's comment lines gathered, columns sized to what
// they hold, and the file put in place only when it is complete.
#pragma once

#include <QDate>
#include <QMap>
#include <QString>
#include <QStringList>
#include <QTemporaryFile>

#include <xlsxwriter.h>

#include <utility>

namespace dapp {

// A workbook built in a temporary file beside its target; save() renames it over the target
// only when every call succeeded, so a failure leaves an existing file as it was.
class XlsxBook
{
public:
    explicit XlsxBook(const QString &path);
    ~XlsxBook();
    XlsxBook(const XlsxBook &) = delete;
    XlsxBook &operator=(const XlsxBook &) = delete;

    lxw_workbook *workbook() const { return m_book; } // null when the file could not be begun
    // A new format, with a number format such as "#,##0" (UTF-8) when given.
    lxw_format *addFormat(const char *numberFormat = nullptr, bool bold = false, bool italic = false);
    // Keeps the first failure and where it happened ("Comparison!D2: String exceeds …"): a cell
    // that could not be written fails the file rather than leaving a gap in it.
    void check(lxw_error result, const QString &where);
    void fail(const QString &why);
    // Closes the workbook and puts it in place. False, with `error` naming the file and the
    // first failure, when anything went wrong.
    bool save(QString *error);

private:
    QString m_path; // as the caller named it, for messages
    QString m_finalPath; // the file replaced: through a symbolic link, the file it names
    QTemporaryFile m_temporary;
    lxw_workbook *m_book = nullptr;
    QString m_firstError;
};

// One worksheet of an XlsxBook. Rows and columns count from 0.
class XlsxSheet
{
public:
    XlsxSheet(XlsxBook &book, const QString &name);
    bool isValid() const { return m_sheet != nullptr; }

    // `sizesColumn` false: a note that may run over the empty cells beside it.
    void text(int row, int col, const QString &value, lxw_format *format = nullptr, bool sizesColumn = true);
    // `shown` is about what the cell displays ("£264,244.70"), to size its column.
    void number(int row, int col, double value, lxw_format *format, const QString &shown);
    void date(int row, int col, const QDate &value, lxw_format *format);
    // Adds a line to the cell's comment; finish() writes each comment once.
    void comment(int row, int col, const QString &line);
    void headerRow(const QStringList &headers, lxw_format *format); // row 0
    void freezePanes(int row, int col);
    void autofilter(int lastRow, int lastCol); // from the header's first cell
    // Writes the comments and the column widths: call once, after every cell.
    void finish();

private:
    void widen(int col, qsizetype characters);
    QString where(int row, int col) const;

    XlsxBook &m_book;
    QString m_name;
    lxw_worksheet *m_sheet = nullptr;
    QMap<std::pair<int, int>, QStringList> m_comments;
    QMap<int, double> m_widths;
};

} // namespace dapp
