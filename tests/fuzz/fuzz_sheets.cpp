// Fuzzes the sheet readers of File › Import (models/formats/): arbitrary bytes read as CSV or
// TSV text by readDelimitedText, and, written to a file, as a workbook by detectSheetFormat,
// workbookSheetNames and readWorkbookSheet (the first sheet and each one named). Small limits
// (1 MB in, 1 MB unpacked, 100,000 cells) keep an input fast.
//
// The input: its first byte chooses the layout. With bit 0 clear, the rest is the file as it is
// (and is read as text too). With bit 0 set, the rest is a zip's parts as text, which this target
// zips (stored) before reading it, so that mutations reach the XML instead of breaking deflate
// and CRCs:
//     NAME\n CONTENT \n====\n NAME\n CONTENT ...
//
// What counts as a finding (besides a crash or a sanitizer report): a refusal without a message,
// or one that does not name the input; a sheet of more cells than the limit; a workbook sheet
// ending in an empty cell or an empty row (the readers drop them), or not named as asked; and
// CSV that does not read back the same: a sheet read from text is written out as RFC 4180 CSV
// (every field quoted) and read again, and must give the same rows.
//
// Built two ways: with libFuzzer (-fsanitize=fuzzer), and with DAPP_FUZZ_REPLAY, whose main()
// replays files or folders of inputs and, given --write-seeds DIR FILE..., writes each file as a
// seed of both layouts (a zip's parts unpacked for the second).
#include "formats/delimitedtext.h"
#include "formats/sheet.h"
#include "formats/workbook.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>

#include <quazip.h>
#include <quazipfile.h>
#include <quazipnewinfo.h>

#include <algorithm>
#include <cstdint>
#include <cstdio>
#include <cstdlib>

namespace {

QTemporaryDir *folder = nullptr;
bool sayOutcome = false; // the replay prints what became of each input

dapp::SheetLimits fuzzLimits()
{
    dapp::SheetLimits limits;
    limits.maxInputBytes = 1024 * 1024;
    limits.maxUnpackedBytes = 1024 * 1024;
    limits.maxCells = 100'000;
    return limits;
}

[[noreturn]] void fail(const char *what, const QString &detail)
{
    std::fprintf(stderr, "fuzz_sheets: %s\n  %s\n", what, qPrintable(detail));
    std::fflush(stderr);
    std::abort();
}

void quietMessages(QtMsgType type, const QMessageLogContext &, const QString &message)
{
    if (type == QtFatalMsg) {
        std::fprintf(stderr, "qFatal: %s\n", qPrintable(message));
        std::abort();
    }
    if (qEnvironmentVariableIsSet("DAPP_FUZZ_VERBOSE"))
        std::fprintf(stderr, "%s\n", qPrintable(message));
}

const QByteArray kSeparator("\n====\n");

// The parts text of the second layout, as a zip of stored parts.
bool writeZip(const QString &path, const QByteArray &partsText)
{
    QuaZip zip(path);
    if (!zip.open(QuaZip::mdCreate))
        return false;
    qsizetype from = 0;
    while (from <= partsText.size()) {
        qsizetype end = partsText.indexOf(kSeparator, from);
        if (end < 0)
            end = partsText.size();
        const QByteArray part = partsText.mid(from, end - from);
        from = end + kSeparator.size();
        const qsizetype newline = part.indexOf('\n');
        const QString name = QString::fromUtf8(newline < 0 ? part : part.left(newline));
        if (name.isEmpty())
            continue;
        QuaZipFile file(&zip);
        if (!file.open(QIODevice::WriteOnly, QuaZipNewInfo(name), nullptr, 0, 0, 0))
            continue; // a name QuaZip will not write: the zip goes on without it
        if (newline >= 0)
            file.write(part.mid(newline + 1));
        file.close();
    }
    zip.close();
    return true;
}

void checkRefusal(const char *reader, const QString &error, const QString &name)
{
    if (error.isEmpty())
        fail("a reader refused without saying why", QString::fromLatin1(reader));
    if (!error.startsWith(QStringLiteral("“%1” cannot be read: ").arg(name)))
        fail("a refusal does not name the input", error);
}

qint64 cellCount(const dapp::Sheet &sheet)
{
    qint64 cells = 0;
    for (const QStringList &row : sheet.rows.toList())
        cells += row.size();
    return cells;
}

QByteArray quotedCsv(const dapp::Sheet &sheet)
{
    QByteArray csv("\xEF\xBB\xBF");
    for (const QStringList &row : sheet.rows.toList()) {
        QStringList fields;
        for (QString field : row)
            fields << QLatin1Char('"') + field.replace(QLatin1Char('"'), QLatin1String("\"\"")) + QLatin1Char('"');
        csv += fields.join(QLatin1Char(',')).toUtf8() + "\r\n";
    }
    return csv;
}

void fuzzText(const QByteArray &bytes)
{
    const dapp::SheetLimits limits = fuzzLimits();
    const QString name = QStringLiteral("input.csv");
    dapp::TextLayout layout;
    QString error;
    const auto sheet = dapp::readDelimitedText(bytes, name, &layout, &error, std::nullopt, limits);
    if (sayOutcome)
        std::printf("  as text: %s\n", sheet ? qPrintable(QStringLiteral("%1 rows, %2, %3, %4")
                                                               .arg(sheet->rows.size())
                                                               .arg(layout.encoding, QString(layout.delimiter), layout.lineEnds))
                                           : qPrintable(error));
    if (!sheet) {
        checkRefusal("readDelimitedText", error, name);
        return;
    }
    if (layout.encoding.isEmpty() || layout.lineEnds.isEmpty())
        fail("a sheet read from text without its layout", layout.encoding + QLatin1Char('/') + layout.lineEnds);
    if (cellCount(*sheet) > limits.maxCells)
        fail("more cells than the limit were read from text", QString::number(cellCount(*sheet)));
    QString again;
    const auto reread = dapp::readDelimitedText(quotedCsv(*sheet), name, nullptr, &again, QLatin1Char(','));
    if (!reread)
        fail("what was read from text cannot be read again as CSV", again);
    if (reread->rows != sheet->rows)
        fail("what was read from text reads back differently as CSV", QStringLiteral("%1 rows, then %2")
                                                                          .arg(sheet->rows.size())
                                                                          .arg(reread->rows.size()));
}

void checkSheet(const dapp::Sheet &sheet, const QString &wanted, const dapp::SheetLimits &limits)
{
    if (cellCount(sheet) > limits.maxCells)
        fail("more cells than the limit were read from a workbook", QString::number(cellCount(sheet)));
    for (const QStringList &row : sheet.rows.toList()) {
        if (!row.isEmpty() && row.constLast().isEmpty())
            fail("a workbook row ends in an empty cell", sheet.name);
    }
    if (!sheet.rows.isEmpty() && sheet.rows.at(sheet.rows.size() - 1).isEmpty())
        fail("a workbook sheet ends in an empty row", sheet.name);
    if (!wanted.isEmpty() && sheet.name.compare(wanted, Qt::CaseInsensitive) != 0)
        fail("a workbook sheet is not the one asked for", wanted + QStringLiteral(" → ") + sheet.name);
}

void fuzzWorkbook(const QString &path)
{
    const dapp::SheetLimits limits = fuzzLimits();
    const QString name = QFileInfo(path).fileName();
    dapp::detectSheetFormat(path);
    QString error;
    const auto names = dapp::workbookSheetNames(path, &error, limits);
    if (!names)
        checkRefusal("workbookSheetNames", error, name);
    const auto first = dapp::readWorkbookSheet(path, QString(), &error, limits);
    if (sayOutcome)
        std::printf("  as a workbook: %s\n", first ? qPrintable(QStringLiteral("sheet “%1”, %2 rows").arg(first->name).arg(first->rows.size()))
                                                   : qPrintable(error));
    if (!first) {
        checkRefusal("readWorkbookSheet", error, name);
        return;
    }
    checkSheet(*first, QString(), limits);
    if (names && !names->isEmpty() && first->name != names->constFirst())
        fail("the first sheet is not the first named", first->name + QStringLiteral(" / ") + names->constFirst());
    for (qsizetype i = 0; names && i < std::min<qsizetype>(names->size(), 4); ++i) {
        const auto sheet = dapp::readWorkbookSheet(path, names->at(i), &error, limits);
        if (sheet)
            checkSheet(*sheet, names->at(i), limits);
        else
            checkRefusal("readWorkbookSheet", error, name);
    }
}

[[maybe_unused]] QByteArray readFile(const QString &path) // used by the replay main() only
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

} // namespace

extern "C" int LLVMFuzzerInitialize(int *, char ***)
{
    static int argc = 1;
    static char name[] = "fuzz_sheets";
    static char *argv[] = {name, nullptr};
    static QCoreApplication app(argc, argv); // Qt's arguments are ours, never libFuzzer's
    qInstallMessageHandler(quietMessages);
    folder = new QTemporaryDir;
    if (!folder->isValid())
        fail("cannot make a temporary folder", folder->errorString());
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    if (size == 0)
        return 0;
    const QByteArray rest = QByteArray(reinterpret_cast<const char *>(data) + 1, qsizetype(size) - 1);
    const QString path = folder->filePath(QStringLiteral("input.xlsx"));
    QFile::remove(path);
    if (data[0] & 1) {
        if (!writeZip(path, rest))
            fail("cannot write the input's zip", path);
    } else {
        fuzzText(rest);
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly) || file.write(rest) != rest.size())
            fail("cannot write the input", path);
    }
    fuzzWorkbook(path);
    return 0;
}

#ifdef DAPP_FUZZ_REPLAY
// Replays files (or every file in folders) through the fuzz target; a finding aborts.
#include <QDirIterator>

namespace {

// A seed of each layout for every file given: as it is, and (a zip) as its parts' text.
int writeSeeds(const QString &outDir, const QStringList &files)
{
    QDir().mkpath(outDir);
    for (const QString &file : files) {
        const QString base = QFileInfo(file).fileName();
        QFile raw(QDir(outDir).filePath(base));
        if (!raw.open(QIODevice::WriteOnly))
            return 1;
        raw.write(QByteArray(1, '\0') + readFile(file));
        QuaZip zip(file);
        if (!zip.open(QuaZip::mdUnzip))
            continue;
        QByteArray parts(1, '\1');
        for (bool more = zip.goToFirstFile(); more; more = zip.goToNextFile()) {
            QuaZipFile part(&zip);
            if (!part.open(QIODevice::ReadOnly))
                continue;
            if (parts.size() > 1)
                parts += kSeparator;
            parts += zip.getCurrentFileName().toUtf8() + '\n' + part.readAll();
        }
        QFile unpacked(QDir(outDir).filePath(base + QStringLiteral(".parts")));
        if (!unpacked.open(QIODevice::WriteOnly))
            return 1;
        unpacked.write(parts);
    }
    std::printf("%lld files written as seeds into %s\n", static_cast<long long>(files.size()), qPrintable(outDir));
    return 0;
}

} // namespace

int main(int argc, char **argv)
{
    LLVMFuzzerInitialize(&argc, &argv);
    QStringList paths;
    for (int i = 1; i < argc; ++i)
        paths << QString::fromLocal8Bit(argv[i]);
    if (paths.size() >= 2 && paths.constFirst() == QLatin1String("--write-seeds"))
        return writeSeeds(paths[1], paths.mid(2));
    sayOutcome = true;
    int replayed = 0;
    for (const QString &path : std::as_const(paths)) {
        QStringList files;
        if (QFileInfo(path).isDir()) {
            QDirIterator it(path, QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
            while (it.hasNext())
                files << it.next();
            files.sort();
        } else {
            files << path;
        }
        for (const QString &file : std::as_const(files)) {
            if (file.endsWith(QLatin1String(".md")))
                continue; // a folder's README
            const QByteArray bytes = readFile(file);
            std::printf("replaying %s (%lld bytes)\n", qPrintable(file), static_cast<long long>(bytes.size()));
            std::fflush(stdout);
            LLVMFuzzerTestOneInput(reinterpret_cast<const std::uint8_t *>(bytes.constData()), std::size_t(bytes.size()));
            ++replayed;
        }
    }
    if (replayed == 0) {
        std::fprintf(stderr, "no inputs found\n");
        return 1;
    }
    std::printf("%d inputs replayed, no finding\n", replayed);
    return 0;
}
#endif
