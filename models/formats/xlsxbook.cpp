// The libxlsxwriter workbook, its cells and its safe replacement of the target file.
#include "formats/xlsxbook.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>

#include <algorithm>
#include <cerrno>
#include <cstdio>

namespace dapp {

void useQuaZipForXlsxWriter(); // xlsxzip.cpp: libxlsxwriter's zipOpen, where QuaZip is linked too

namespace {

struct XlsxText
{
    Q_DECLARE_TR_FUNCTIONS(XlsxBook)
};

constexpr double kMaxColumnWidth = 60; // characters; longer text is still all in the cell
constexpr uint16_t kCommentWidth = 360; // pixels; Excel's default box is too narrow for a sentence
constexpr int kCommentLineCharacters = 55; // about what fits a line of that box

QByteArray utf8(const QString &text) { return text.toUtf8(); }

// Permissions for the new file: the old file's, or what a new document usually gets (the
// temporary file is private to its owner).
QFile::Permissions permissionsFor(const QFileInfo &target)
{
    if (target.exists())
        return target.permissions();
    return QFile::ReadOwner | QFile::WriteOwner | QFile::ReadUser | QFile::WriteUser | QFile::ReadGroup | QFile::ReadOther;
}

} // namespace

XlsxBook::XlsxBook(const QString &path)
    : m_path(path)
{
    const QFileInfo target(path);
    if (target.exists() && !target.isFile()) {
        fail(XlsxText::tr("it is not a regular file"));
        return;
    }
    // Through a symbolic link, replace the file it names and keep the link.
    m_finalPath = target.exists() ? target.canonicalFilePath() : target.absoluteFilePath();
    // Beside the target, so that the rename in save() stays on one file system.
    m_temporary.setFileTemplate(m_finalPath + QStringLiteral(".XXXXXX"));
    if (!m_temporary.open()) {
        fail(m_temporary.errorString());
        return;
    }
    m_temporary.close(); // libxlsxwriter opens it by name; the object still removes it on failure
    useQuaZipForXlsxWriter();
    m_book = workbook_new(QFile::encodeName(m_temporary.fileName()).constData());
    if (!m_book)
        fail(XlsxText::tr("out of memory"));
}

XlsxBook::~XlsxBook()
{
    if (m_book)
        workbook_close(m_book); // only when save() was never reached: the file is thrown away
}

lxw_format *XlsxBook::addFormat(const char *numberFormat, bool bold, bool italic)
{
    if (!m_book)
        return nullptr;
    lxw_format *format = workbook_add_format(m_book);
    if (numberFormat)
        format_set_num_format(format, numberFormat);
    if (bold)
        format_set_bold(format);
    if (italic)
        format_set_italic(format);
    return format;
}

void XlsxBook::check(lxw_error result, const QString &where)
{
    if (result != LXW_NO_ERROR)
        fail(where + QStringLiteral(": ") + QString::fromUtf8(lxw_strerror(result)));
}

void XlsxBook::fail(const QString &why)
{
    if (m_firstError.isEmpty())
        m_firstError = why;
}

bool XlsxBook::save(QString *error)
{
    if (m_book) {
        const lxw_error result = workbook_close(m_book);
        m_book = nullptr;
        check(result, XlsxText::tr("writing the workbook"));
    }
    if (m_firstError.isEmpty() && !m_temporary.setPermissions(permissionsFor(QFileInfo(m_finalPath))))
        fail(m_temporary.errorString());
    if (m_firstError.isEmpty()) {
        // POSIX rename replaces the target in one step: a reader sees the old file or the new one.
        const QByteArray from = QFile::encodeName(m_temporary.fileName());
        const QByteArray to = QFile::encodeName(m_finalPath);
        if (std::rename(from.constData(), to.constData()) != 0)
            fail(qt_error_string(errno));
    }
    if (!m_firstError.isEmpty()) {
        if (error)
            *error = XlsxText::tr("cannot write “%1”: %2").arg(QDir::toNativeSeparators(m_path), m_firstError);
        return false;
    }
    m_temporary.setAutoRemove(false); // it is the target now
    return true;
}

XlsxSheet::XlsxSheet(XlsxBook &book, const QString &name)
    : m_book(book)
    , m_name(name)
{
    if (!book.workbook())
        return; // the book has said why
    const QByteArray n = utf8(name);
    book.check(workbook_validate_sheet_name(book.workbook(), n.constData()), name);
    m_sheet = workbook_add_worksheet(book.workbook(), n.constData());
    if (!m_sheet)
        book.fail(XlsxText::tr("cannot add the sheet “%1”").arg(name));
}

void XlsxSheet::text(int row, int col, const QString &value, lxw_format *format, bool sizesColumn)
{
    if (!m_sheet)
        return;
    if (sizesColumn)
        widen(col, value.size());
    m_book.check(worksheet_write_string(m_sheet, lxw_row_t(row), lxw_col_t(col), utf8(value).constData(), format),
        where(row, col));
}

void XlsxSheet::number(int row, int col, double value, lxw_format *format, const QString &shown)
{
    if (!m_sheet)
        return;
    widen(col, shown.size());
    m_book.check(worksheet_write_number(m_sheet, lxw_row_t(row), lxw_col_t(col), value, format), where(row, col));
}

void XlsxSheet::date(int row, int col, const QDate &value, lxw_format *format)
{
    if (!m_sheet)
        return;
    lxw_datetime d{value.year(), value.month(), value.day(), 0, 0, 0.0};
    widen(col, 10); // yyyy-mm-dd
    m_book.check(worksheet_write_datetime(m_sheet, lxw_row_t(row), lxw_col_t(col), &d, format), where(row, col));
}

void XlsxSheet::comment(int row, int col, const QString &line)
{
    m_comments[{row, col}] << line;
}

void XlsxSheet::headerRow(const QStringList &headers, lxw_format *format)
{
    for (int c = 0; c < headers.size(); ++c) {
        text(0, c, headers.at(c), format);
        widen(c, headers.at(c).size() + 3); // room for the filter button
    }
}

void XlsxSheet::freezePanes(int row, int col)
{
    if (m_sheet)
        worksheet_freeze_panes(m_sheet, lxw_row_t(row), lxw_col_t(col));
}

void XlsxSheet::autofilter(int lastRow, int lastCol)
{
    if (m_sheet)
        m_book.check(worksheet_autofilter(m_sheet, 0, 0, lxw_row_t(lastRow), lxw_col_t(lastCol)), m_name);
}

void XlsxSheet::finish()
{
    if (!m_sheet)
        return;
    for (auto it = m_comments.cbegin(); it != m_comments.cend(); ++it) {
        const QString text = it.value().join(QLatin1Char('\n'));
        int lines = 0;
        for (const QString &paragraph : it.value())
            lines += 1 + int(paragraph.size()) / kCommentLineCharacters;
        lxw_comment_options options = {};
        options.width = kCommentWidth;
        options.height = uint16_t(std::min(400, 24 + 16 * lines));
        m_book.check(worksheet_write_comment_opt(m_sheet, lxw_row_t(it.key().first), lxw_col_t(it.key().second),
                         utf8(text).constData(), &options),
            where(it.key().first, it.key().second));
    }
    for (auto it = m_widths.cbegin(); it != m_widths.cend(); ++it)
        m_book.check(worksheet_set_column(m_sheet, lxw_col_t(it.key()), lxw_col_t(it.key()),
                         std::min(kMaxColumnWidth, it.value() + 1.0), nullptr),
            m_name);
}

void XlsxSheet::widen(int col, qsizetype characters)
{
    m_widths[col] = std::max(m_widths.value(col), double(characters));
}

QString XlsxSheet::where(int row, int col) const
{
    char cell[LXW_MAX_CELL_NAME_LENGTH];
    lxw_rowcol_to_cell(cell, lxw_row_t(row), lxw_col_t(col));
    return m_name + QLatin1Char('!') + QString::fromLatin1(cell);
}

} // namespace dapp
