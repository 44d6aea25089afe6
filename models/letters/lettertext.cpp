// Decoding a plain-text letter.
#include "letters/lettertext.h"

#include <QStringDecoder>

#include <array>

namespace dapp {

namespace {

// Windows-1252's 0x80–0x9F; its other bytes are Latin-1's. The five it leaves undefined stay C1
// controls, so that no byte is lost.
constexpr std::array<char16_t, 32> kCp1252High{
    0x20AC, 0x0081, 0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021, 0x02C6, 0x2030, 0x0160,
    0x2039, 0x0152, 0x008D, 0x017D, 0x008F, 0x0090, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022,
    0x2013, 0x2014, 0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0x009D, 0x017E, 0x0178};

QString decodeCp1252(QByteArrayView bytes)
{
    QString text;
    text.reserve(bytes.size());
    for (const char c : bytes) {
        const auto b = static_cast<unsigned char>(c);
        text += b >= 0x80 && b < 0xA0 ? QChar(kCp1252High[b - 0x80]) : QChar(char16_t(b));
    }
    return text;
}

} // namespace

QString decodeLetterText(const QByteArray &bytes)
{
    // Each byte-order mark is dropped here, by hand, so that no decoder's BOM rule matters.
    const QByteArrayView all(bytes);
    if (bytes.startsWith("\xFF\xFE") || bytes.startsWith("\xFE\xFF")) {
        QStringDecoder utf16(bytes.startsWith("\xFF\xFE") ? QStringConverter::Utf16LE : QStringConverter::Utf16BE,
                             QStringDecoder::Flag::ConvertInitialBom);
        return normaliseLineEnds(utf16.decode(all.sliced(2)));
    }
    const QByteArrayView body = all.sliced(bytes.startsWith("\xEF\xBB\xBF") ? 3 : 0);
    QStringDecoder utf8(QStringConverter::Utf8, QStringDecoder::Flag::ConvertInitialBom);
    QString text = utf8.decode(body);
    if (utf8.hasError())
        text = decodeCp1252(body);
    return normaliseLineEnds(std::move(text));
}

QString normaliseLineEnds(QString text)
{
    text.replace(QLatin1String("\r\n"), QLatin1String("\n"));
    text.replace(QLatin1Char('\r'), QLatin1Char('\n'));
    return text;
}

} // namespace dapp
