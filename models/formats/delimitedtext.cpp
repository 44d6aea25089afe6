// CSV and TSV: bytes to text (which encoding), which delimiter, then the RFC 4180 rows of csv.h.
#include "formats/delimitedtext.h"
#include "formats/prefault.h"

#include "formats/csv.h"
#include "formats/zipcontainer.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QStringDecoder>

#include <algorithm>
#include <array>
#include <cstring>
#include <thread>

namespace dapp {

namespace {

struct DelimitedText
{
    Q_DECLARE_TR_FUNCTIONS(DelimitedText)
};

// Windows-1252's 0x80–0x9F; its other bytes are Latin-1's. The five it leaves undefined stay C1 controls.
constexpr std::array<char16_t, 32> kCp1252High{
    0x20AC, 0x0081, 0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021, 0x02C6, 0x2030, 0x0160,
    0x2039, 0x0152, 0x008D, 0x017D, 0x008F, 0x0090, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022,
    0x2013, 0x2014, 0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0x009D, 0x017E, 0x0178};

QChar cp1252(unsigned char b)
{
    return b >= 0x80 && b < 0xA0 ? QChar(kCp1252High[b - 0x80]) : QChar(char16_t(b));
}

// The length of the well-formed UTF-8 sequence at `i` (2 to 4), or 0 when there is none.
int utf8SequenceAt(const unsigned char *s, qsizetype i, qsizetype n)
{
    const unsigned char b = s[i];
    int length = 0;
    unsigned char low = 0x80, high = 0xBF; // the second byte's range (RFC 3629)
    if (b >= 0xC2 && b <= 0xDF) {
        length = 2;
    } else if (b >= 0xE0 && b <= 0xEF) {
        length = 3;
        low = b == 0xE0 ? 0xA0 : 0x80;
        high = b == 0xED ? 0x9F : 0xBF;
    } else if (b >= 0xF0 && b <= 0xF4) {
        length = 4;
        low = b == 0xF0 ? 0x90 : 0x80;
        high = b == 0xF4 ? 0x8F : 0xBF;
    } else {
        return 0;
    }
    if (i + length > n || s[i + 1] < low || s[i + 1] > high)
        return 0;
    for (int k = 2; k < length; ++k) {
        if (s[i + k] < 0x80 || s[i + k] > 0xBF)
            return 0;
    }
    return length;
}

// UTF-8 where it is UTF-8, and each byte that is not read as Windows-1252. Counts both.
QString decodeMixed(QByteArrayView bytes, qsizetype *utf8Sequences, qsizetype *cp1252Bytes)
{
    const auto *s = reinterpret_cast<const unsigned char *>(bytes.data());
    const qsizetype n = bytes.size();
    QString text;
    text.reserve(n);
    for (qsizetype i = 0; i < n;) {
        if (s[i] < 0x80) {
            text += QChar(char16_t(s[i++]));
            continue;
        }
        const int length = utf8SequenceAt(s, i, n);
        if (length == 0) {
            text += cp1252(s[i++]);
            ++*cp1252Bytes;
            continue;
        }
        char32_t code = s[i] & (0xFF >> (length + 1));
        for (int k = 1; k < length; ++k)
            code = (code << 6) | (s[i + k] & 0x3F);
        if (QChar::requiresSurrogates(code)) {
            text += QChar(QChar::highSurrogate(code));
            text += QChar(QChar::lowSurrogate(code));
        } else {
            text += QChar(char16_t(code));
        }
        ++*utf8Sequences;
        i += length;
    }
    return text;
}

bool isControl(char32_t c)
{
    return c < 0x20 && c != '\t' && c != '\n' && c != '\r' && c != '\f' && c != '\v' && c != 0x1A;
}

// What binaryProblem looks for in a stretch of code units: where the first NUL is, and how many
// control characters there are and where the first is (-1: none).
struct ControlCount
{
    qsizetype firstNul = -1, controls = 0, firstControl = -1;
};

ControlCount countControls(qsizetype count, const auto &codeAt)
{
    ControlCount found;
    for (qsizetype i = 0; i < count; ++i) {
        const char32_t c = codeAt(i);
        if (c == 0) {
            found.firstNul = i;
            return found;
        }
        if (isControl(c) && found.controls++ == 0)
            found.firstControl = i;
    }
    return found;
}

// The same for bytes (UTF-8 or Windows-1252 text), at about an instruction a byte: the NUL
// found by memchr, the controls counted through a table, and the first looked for only when
// there is one. Eight-bit text is most of what is imported, megabytes of it.
ControlCount countControlBytes(QByteArrayView bytes)
{
    static const auto counted = [] {
        std::array<quint8, 256> table{};
        for (int c = 0; c < 256; ++c)
            table[c] = isControl(char32_t(c)) ? 1 : 0;
        return table;
    }();
    ControlCount found;
    const auto *data = reinterpret_cast<const unsigned char *>(bytes.data());
    qsizetype size = bytes.size();
    if (const void *nul = std::memchr(data, 0, size_t(size))) {
        found.firstNul = static_cast<const unsigned char *>(nul) - data;
        size = found.firstNul; // what binaryProblem says stops at the NUL
    }
    // Eight bytes at a time: a word none of whose bytes is below 0x20 (most of them: a line
    // feed comes once a row) holds no control character and is passed over whole.
    qsizetype i = 0;
    for (; i + 8 <= size; i += 8) {
        quint64 word;
        std::memcpy(&word, data + i, 8);
        constexpr quint64 ones = 0x0101010101010101ULL, highs = 0x8080808080808080ULL;
        if (((word - ones * 0x20) & ~word & highs) == 0)
            continue;
        for (int k = 0; k < 8; ++k)
            found.controls += counted[data[i + k]];
    }
    for (; i < size; ++i)
        found.controls += counted[data[i]];
    if (found.controls > 0)
        found.firstControl = std::find_if(data, data + size, [](unsigned char c) { return counted[c] != 0; }) - data;
    return found;
}

// Text holds no NUL and few control characters. `found`: of `count` code units, each
// `unitBytes` long, the first at byte `firstByte` of the file.
QString binaryProblem(const ControlCount &found, qsizetype count, qsizetype firstByte, qsizetype unitBytes)
{
    if (found.firstNul >= 0)
        return DelimitedText::tr("it is not text: byte %1 is a NUL (zero) byte, which no CSV or TSV text holds")
            .arg(firstByte + found.firstNul * unitBytes + 1);
    if (found.controls * 100 > count)
        return DelimitedText::tr("it is not text: %1 of its characters are control characters (the first is byte %2)")
            .arg(found.controls)
            .arg(firstByte + found.firstControl * unitBytes + 1);
    return {};
}

QString binaryProblem(qsizetype count, const auto &codeAt, qsizetype firstByte, qsizetype unitBytes)
{
    return binaryProblem(countControls(count, codeAt), count, firstByte, unitBytes);
}

// One half of a large UTF-8 text, checked for binary bytes and decoded into `out`.
struct DecodedHalf
{
    ControlCount controls;
    bool error = false;
    qsizetype units = 0; // UTF-16 code units written
};

DecodedHalf decodeHalf(QByteArrayView bytes, QChar *out)
{
    DecodedHalf half;
    half.controls = countControlBytes(bytes);
    if (half.controls.firstNul >= 0)
        return half;
    QStringDecoder utf8(QStringConverter::Utf8, QStringDecoder::Flag::ConvertInitialBom);
    half.units = utf8.appendToBuffer(out, bytes) - out;
    half.error = utf8.hasError();
    return half;
}

// A large UTF-8 text is checked and decoded in two halves at once, the second on its own
// thread, cut after a line feed near the middle (a byte no longer UTF-8 sequence holds, so the
// halves decode as the whole does). False when it is not all UTF-8; `problem` when it is binary.
bool decodeUtf8InHalves(QByteArrayView body, qsizetype firstByte, QString *text, QString *problem)
{
    const qsizetype cut = body.indexOf('\n', body.size() / 2) + 1;
    if (cut <= 0 || cut == body.size())
        return false;
    const QByteArrayView top = body.first(cut), bottom = body.sliced(cut);
    const QStringDecoder sizing(QStringConverter::Utf8);
    const qsizetype secondAt = sizing.requiredSpace(top.size());
    QString decoded(secondAt + sizing.requiredSpace(bottom.size()), Qt::Uninitialized);
    QChar *room = decoded.data();
    DecodedHalf second;
    std::thread secondHalf([&] { second = decodeHalf(bottom, room + secondAt); });
    const DecodedHalf first = decodeHalf(top, room);
    secondHalf.join();
    // In the file's order: the first NUL, then all the control characters together.
    ControlCount controls = first.controls;
    if (controls.firstNul < 0 && second.controls.firstNul >= 0)
        controls.firstNul = cut + second.controls.firstNul;
    controls.controls += second.controls.controls;
    if (controls.firstControl < 0 && second.controls.firstControl >= 0)
        controls.firstControl = cut + second.controls.firstControl;
    *problem = binaryProblem(controls, body.size(), firstByte, 1);
    if (!problem->isEmpty())
        return true;
    if (first.error || second.error)
        return false;
    std::memmove(room + first.units, room + secondAt, size_t(second.units) * sizeof(QChar));
    decoded.truncate(first.units + second.units);
    *text = std::move(decoded);
    return true;
}

// Half of a UTF-16 pair without the other half: no character at all.
bool hasLoneSurrogate(const QString &text)
{
    for (qsizetype i = 0; i < text.size(); ++i) {
        if (text[i].isHighSurrogate() && i + 1 < text.size() && text[i + 1].isLowSurrogate())
            ++i;
        else if (text[i].isSurrogate())
            return true;
    }
    return false;
}

struct Decoded
{
    QString text, encoding, problem;
};

Decoded decode(const QByteArray &bytes)
{
    Decoded d;
    const auto utf16 = [&](QStringConverter::Encoding encoding, const QString &label) {
        QStringDecoder decoder(encoding, QStringDecoder::Flag::ConvertInitialBom);
        d.text = decoder(QByteArrayView(bytes).sliced(2));
        d.encoding = label;
        if (decoder.hasError() || hasLoneSurrogate(d.text))
            d.problem = DelimitedText::tr("it starts with a UTF-16 byte-order mark but is not UTF-16 text");
        else
            d.problem = binaryProblem(d.text.size(), [&](qsizetype i) { return char32_t(d.text[i].unicode()); }, 2, 2);
        return d;
    };
    if (bytes.startsWith("\xFF\xFE"))
        return utf16(QStringConverter::Utf16LE, DelimitedText::tr("UTF-16LE with BOM"));
    if (bytes.startsWith("\xFE\xFF"))
        return utf16(QStringConverter::Utf16BE, DelimitedText::tr("UTF-16BE with BOM"));

    const bool bom = bytes.startsWith("\xEF\xBB\xBF");
    const QByteArrayView body = QByteArrayView(bytes).sliced(bom ? 3 : 0);
    constexpr qsizetype kHalvesFrom = qsizetype(4) << 20; // bytes
    if (body.size() >= kHalvesFrom && decodeUtf8InHalves(body, bom ? 3 : 0, &d.text, &d.problem)) {
        if (d.problem.isEmpty())
            d.encoding = bom ? DelimitedText::tr("UTF-8 with BOM") : DelimitedText::tr("UTF-8");
        return d;
    }
    d.problem = binaryProblem(countControlBytes(body), body.size(), bom ? 3 : 0, 1);
    if (!d.problem.isEmpty())
        return d;
    QStringDecoder utf8(QStringConverter::Utf8, QStringDecoder::Flag::ConvertInitialBom);
    d.text = utf8(body);
    if (!utf8.hasError()) {
        d.encoding = bom ? DelimitedText::tr("UTF-8 with BOM") : DelimitedText::tr("UTF-8");
        return d;
    }
    // Not UTF-8 throughout: Windows-1252 (Excel's "CSV" on Windows), or both when two programs wrote it.
    qsizetype utf8Sequences = 0, cp1252Bytes = 0;
    d.text = decodeMixed(body, &utf8Sequences, &cp1252Bytes);
    if (utf8Sequences == 0 && !bom)
        d.encoding = DelimitedText::tr("Windows-1252");
    else
        d.encoding = bom ? DelimitedText::tr("UTF-8 with BOM, with some Windows-1252 characters")
                         : DelimitedText::tr("UTF-8 with some Windows-1252 characters");
    return d;
}

// The candidate whose rows most often have the same number of fields (more than one), and the
// most fields on a tie; then the order of the candidates, which puts the name's own first.
QChar detectDelimiter(const QString &text, const QString &name)
{
    const bool tabbed = name.endsWith(QLatin1String(".tsv"), Qt::CaseInsensitive)
                        || name.endsWith(QLatin1String(".tab"), Qt::CaseInsensitive);
    const QList<QChar> candidates = tabbed ? QList<QChar>{u'\t', u',', u';', u'|'} : QList<QChar>{u',', u'\t', u';', u'|'};
    constexpr qsizetype kSampleCharacters = 256 * 1024, kSampleRows = 200;
    QChar best = candidates.first();
    double bestConsistency = 0;
    qsizetype bestFields = 1;
    for (const QChar candidate : candidates) {
        CsvScan scan = scanCsv(text, candidate, {.to = kSampleCharacters, .maxRows = kSampleRows});
        if (kSampleCharacters < text.size() && !scan.stopped && scan.rows.size() > 1)
            scan.rows.removeLast(); // cut short by the sample
        QHash<qsizetype, qsizetype> rowsWithFields;
        qsizetype rows = 0;
        for (qsizetype r = 0; r < scan.rows.size(); ++r) {
            if (!scan.rows.isBlank(r)) {
                ++rowsWithFields[scan.rows.cellCount(r)];
                ++rows;
            }
        }
        qsizetype fields = 1, often = 0;
        for (auto it = rowsWithFields.cbegin(); it != rowsWithFields.cend(); ++it) {
            if (it.value() > often || (it.value() == often && it.key() > fields)) {
                fields = it.key();
                often = it.value();
            }
        }
        if (fields < 2)
            continue;
        const double consistency = double(often) / double(rows);
        if (consistency > bestConsistency || (consistency == bestConsistency && fields > bestFields)) {
            best = candidate;
            bestConsistency = consistency;
            bestFields = fields;
        }
    }
    return best;
}

QString lineEnds(const CsvScan &scan)
{
    const int kinds = (scan.crlfEnds > 0) + (scan.lfEnds > 0) + (scan.crEnds > 0);
    if (kinds == 0)
        return QStringLiteral("none");
    if (kinds > 1)
        return QStringLiteral("mixed");
    return scan.crlfEnds > 0 ? QStringLiteral("CRLF") : scan.lfEnds > 0 ? QStringLiteral("LF") : QStringLiteral("CR");
}

// A large text is scanned in two halves at once, the second on its own thread, cut just after a
// line feed near the middle. The cut is right when the first half ends outside quotes: its scan
// is then the whole text's scan up to the cut, and the second half starts a row. When the line
// feed is inside a quoted field (the first half ends in an open quote) the text is scanned
// again whole. A small text is scanned once, on the calling thread.
CsvScan scanRows(const QString &text, QChar separator, qsizetype maxCells)
{
    constexpr qsizetype kSplitFrom = qsizetype(4) << 20; // characters
    const qsizetype feed = text.size() >= kSplitFrom ? text.indexOf(QLatin1Char('\n'), text.size() / 2) : -1;
    if (feed < 0)
        return scanCsv(text, separator, {.maxCells = maxCells});
    const qsizetype cut = feed + 1;
    CsvScan second;
    std::thread secondHalf([&] { second = scanCsv(text, separator, {.from = cut, .maxCells = maxCells}); });
    CsvScan first = scanCsv(text, separator, {.to = cut, .maxCells = maxCells});
    secondHalf.join();
    if (first.openQuoteRow > 0)
        return scanCsv(text, separator, {.maxCells = maxCells});
    if (first.stopped)
        return first;
    first.cells += second.cells;
    first.stopped = second.stopped || (maxCells >= 0 && first.cells > maxCells);
    first.crlfEnds += second.crlfEnds;
    first.lfEnds += second.lfEnds;
    first.crEnds += second.crEnds;
    if (second.openQuoteRow > 0) {
        // Its row and line counted from the top of the whole text: the first half's rows, and
        // its lines (each ended by a line break, counted once for a CR LF).
        first.openQuoteRow = first.rows.size() + second.openQuoteRow;
        const QStringView top = QStringView(text).first(cut);
        first.openQuoteLine = top.count(QLatin1Char('\n')) + top.count(QLatin1Char('\r'))
                              - top.count(QLatin1String("\r\n")) + second.openQuoteLine;
        first.openQuoteColumn = second.openQuoteColumn;
        first.openQuoteStart = second.openQuoteStart;
    }
    first.rows.append(second.rows); // places in the same text: no cell is copied
    return first;
}

} // namespace

std::optional<Sheet> readDelimitedText(const QByteArray &bytes, const QString &name, TextLayout *layout, QString *error,
                                       std::optional<QChar> delimiter, const SheetLimits &limits)
{
    const auto refuse = [&](const QString &clause) -> std::optional<Sheet> {
        if (error)
            *error = DelimitedText::tr("“%1” cannot be read: %2").arg(name, clause);
        return std::nullopt;
    };
    if (bytes.size() > limits.maxInputBytes)
        return refuse(DelimitedText::tr("it is %1, larger than the %2 that can be imported")
                          .arg(sizeText(bytes.size()), sizeText(limits.maxInputBytes)));
    switch (sniffFileKind(bytes.left(8))) {
    case FileKind::Empty:
        return refuse(DelimitedText::tr("it is empty (0 bytes)"));
    case FileKind::Zip:
        return refuse(DelimitedText::tr("it is a zip archive (an XLSX or ODS workbook?), not CSV or TSV text"));
    case FileKind::OleCompound:
        return refuse(DelimitedText::tr("it is an Excel 97–2003 workbook (.xls) or another Office file, not CSV or TSV text"));
    case FileKind::Pdf:
        return refuse(DelimitedText::tr("it is a PDF document, not CSV or TSV text"));
    case FileKind::Text:
    case FileKind::Binary:
        break;
    }
    const Decoded decoded = decode(bytes);
    if (!decoded.problem.isEmpty())
        return refuse(decoded.problem);
    if (delimiter && (*delimiter == QLatin1Char('"') || *delimiter == QLatin1Char('\r') || *delimiter == QLatin1Char('\n')))
        return refuse(DelimitedText::tr("“%1” cannot separate its fields").arg(*delimiter));
    const QChar separator = delimiter ? *delimiter : detectDelimiter(decoded.text, name);

    CsvScan scan = scanRows(decoded.text, separator, limits.maxCells);
    if (scan.stopped)
        return refuse(DelimitedText::tr("it holds more than %1 cells, more than can be imported").arg(limits.maxCells));
    if (scan.openQuoteRow > 0) {
        if (scan.openQuoteLine == scan.openQuoteRow)
            return refuse(DelimitedText::tr("row %1, column %2: a quoted field is never closed (it starts with “%3”)")
                              .arg(scan.openQuoteRow)
                              .arg(scan.openQuoteColumn)
                              .arg(scan.openQuoteStart));
        return refuse(DelimitedText::tr("row %1 (line %2), column %3: a quoted field is never closed (it starts with “%4”)")
                          .arg(scan.openQuoteRow)
                          .arg(scan.openQuoteLine)
                          .arg(scan.openQuoteColumn)
                          .arg(scan.openQuoteStart));
    }
    qsizetype blank = 0;
    while (blank < scan.rows.size() && scan.rows.isBlank(blank))
        ++blank;
    if (blank == scan.rows.size())
        return refuse(DelimitedText::tr("it holds no values, only blank lines, spaces and delimiters"));
    if (layout)
        *layout = {decoded.encoding, separator, lineEnds(scan)};
    return Sheet{name, std::move(scan.rows)};
}

std::optional<Sheet> readDelimitedFile(const QString &path, TextLayout *layout, QString *error,
                                       std::optional<QChar> delimiter, const SheetLimits &limits)
{
    const QFileInfo info(path);
    const auto refuse = [&](const QString &clause) -> std::optional<Sheet> {
        if (error)
            *error = DelimitedText::tr("“%1” cannot be read: %2").arg(info.fileName(), clause);
        return std::nullopt;
    };
    if (!info.exists())
        return refuse(DelimitedText::tr("it does not exist"));
    if (!info.isFile())
        return refuse(info.isDir() ? DelimitedText::tr("it is a folder, not a file") : DelimitedText::tr("it is not a file"));
    if (info.size() > limits.maxInputBytes)
        return refuse(DelimitedText::tr("it is %1, larger than the %2 that can be imported")
                          .arg(sizeText(info.size()), sizeText(limits.maxInputBytes)));
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return refuse(DelimitedText::tr("it cannot be opened: %1").arg(file.errorString()));
    // A large file is read into memory made the process's own first (prefault.h), then the
    // rest, should it have grown meanwhile, as readAll() would.
    constexpr qint64 kPrefaultFrom = qint64(4) << 20;
    QByteArray bytes;
    if (const qint64 size = file.size(); size >= kPrefaultFrom) {
        bytes = QByteArray(size, Qt::Uninitialized);
        prefaultForWriting(bytes.data(), size);
        bytes.truncate(std::max<qint64>(0, file.read(bytes.data(), size)));
    }
    bytes += file.readAll();
    return readDelimitedText(bytes, info.fileName(), layout, error, delimiter, limits);
}

} // namespace dapp
