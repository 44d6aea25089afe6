// Zip parts inflated under a size limit and streamed into XML; what a file's first bytes say.
#include "formats/zipcontainer.h"

#include <QCoreApplication>
#include <QFile>

#include <quazip.h>
#include <quazipfile.h>
#include <quazipfileinfo.h>

#include <algorithm>

namespace dapp {

namespace {

struct ZipText
{
    Q_DECLARE_TR_FUNCTIONS(ZipContainer)
};

constexpr qint64 kBlock = 64 * 1024; // inflated at a time

bool startsWith(const QByteArray &bytes, const char *magic, qsizetype length)
{
    return bytes.size() >= length && std::equal(magic, magic + length, bytes.constData());
}

} // namespace

FileKind sniffFileKind(const QByteArray &head)
{
    if (head.isEmpty())
        return FileKind::Empty;
    if (startsWith(head, "PK\x03\x04", 4) || startsWith(head, "PK\x05\x06", 4) || startsWith(head, "PK\x07\x08", 4))
        return FileKind::Zip;
    if (startsWith(head, "\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1", 8))
        return FileKind::OleCompound;
    if (startsWith(head, "%PDF-", 5))
        return FileKind::Pdf;
    if (startsWith(head, "\xFF\xFE", 2) || startsWith(head, "\xFE\xFF", 2))
        return FileKind::Text; // UTF-16, whose NUL bytes are its ASCII letters' halves
    qsizetype controls = 0;
    for (const char c : head) {
        const auto b = static_cast<unsigned char>(c);
        if (b == 0)
            return FileKind::Binary;
        if (b < 0x20 && b != '\t' && b != '\n' && b != '\r' && b != '\f' && b != '\v' && b != 0x1A)
            ++controls;
    }
    return controls * 100 > head.size() ? FileKind::Binary : FileKind::Text;
}

QByteArray fileHead(const QString &path, qint64 bytes)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.read(bytes) : QByteArray();
}

QString xmlAttribute(const QXmlStreamReader &xml, QLatin1String name, QLatin1String namespaceUri)
{
    const QXmlStreamAttributes attributes = xml.attributes();
    for (const QXmlStreamAttribute &attribute : attributes) {
        if (attribute.name() == name && (namespaceUri.isEmpty() || attribute.namespaceUri() == namespaceUri))
            return attribute.value().toString();
    }
    return {};
}

QString sizeText(qint64 bytes)
{
    // One decimal below ten ("3.8 MB"), none above ("640 KB"), none when it is .0 ("1 MB").
    const auto amount = [](double value) {
        QString number = QString::number(value, 'f', value < 10 ? 1 : 0);
        if (number.endsWith(QLatin1String(".0")))
            number.chop(2);
        return number;
    };
    constexpr double kKilo = 1024.0, kMega = 1024.0 * 1024.0;
    if (bytes < 1024)
        return ZipText::tr("%1 bytes").arg(bytes);
    if (bytes < qint64(kMega))
        return ZipText::tr("%1 KB").arg(amount(double(bytes) / kKilo));
    return ZipText::tr("%1 MB").arg(amount(double(bytes) / kMega));
}

ZipContainer::ZipContainer(const SheetLimits &limits)
    : m_limits(limits)
{
}

ZipContainer::~ZipContainer() = default;

bool ZipContainer::open(const QString &path, QString *error)
{
    m_zip = std::make_unique<QuaZip>(path);
    if (!m_zip->open(QuaZip::mdUnzip)) {
        *error = ZipText::tr("it is a damaged zip archive: its directory cannot be read");
        return false;
    }
    // The sizes the directory claims, before anything is inflated: one part, then all of them.
    const qint64 limit = m_limits.maxUnpackedBytes;
    qint64 total = 0;
    for (bool more = m_zip->goToFirstFile(); more; more = m_zip->goToNextFile()) {
        QuaZipFileInfo64 info;
        if (!m_zip->getCurrentFileInfo(&info)) {
            *error = ZipText::tr("it is a damaged zip archive: its directory cannot be read");
            return false;
        }
        if (info.uncompressedSize > quint64(limit)) {
            *error = ZipText::tr("its part %1 would unpack to %2, more than the %3 allowed (a zip bomb?)")
                         .arg(info.name, sizeText(qint64(std::min<quint64>(info.uncompressedSize, quint64(1) << 62))),
                              sizeText(limit));
            return false;
        }
        total += qint64(info.uncompressedSize);
        if (total > limit) {
            *error = ZipText::tr("its parts would unpack to more than the %1 allowed (a zip bomb?)").arg(sizeText(limit));
            return false;
        }
        const QString key = info.name.toLower();
        if (!m_names.contains(key))
            m_names.insert(key, info.name);
    }
    if (m_zip->getZipError() != UNZ_OK) {
        *error = ZipText::tr("it is a damaged zip archive: its directory cannot be read");
        return false;
    }
    return true;
}

bool ZipContainer::contains(const QString &part) const { return m_names.contains(part.toLower()); }

bool ZipContainer::inflate(const QString &part, const std::function<bool(const QByteArray &)> &sink, QString *error)
{
    const QString name = m_names.value(part.toLower());
    if (name.isEmpty()) {
        *error = ZipText::tr("it has no part %1").arg(part);
        return false;
    }
    QuaZipFileInfo64 info;
    if (!m_zip->setCurrentFile(name, QuaZip::csSensitive) || !m_zip->getCurrentFileInfo(&info)) {
        *error = ZipText::tr("it is a damaged zip archive: its part %1 cannot be found").arg(name);
        return false;
    }
    if (info.isEncrypted()) {
        *error = ZipText::tr("it is protected by a password");
        return false;
    }
    const qint64 limit = m_limits.maxUnpackedBytes;
    const auto tooLarge = [&] {
        *error = ZipText::tr("its part %1 unpacks to more than the %2 allowed (a zip bomb?)").arg(name, sizeText(limit));
        return false;
    };
    // Checked when the zip was opened; again here, as this part adds to the parts read before.
    if (info.uncompressedSize > quint64(limit - m_inflated))
        return tooLarge();
    const qint64 declared = qint64(info.uncompressedSize);
    QuaZipFile file(m_zip.get());
    if (!file.open(QIODevice::ReadOnly)) {
        *error = ZipText::tr("its part %1 cannot be unpacked (zip error %2)").arg(name).arg(file.getZipError());
        return false;
    }
    // Never trust the header alone: minizip stops at the size it declares, and the counts here
    // stop a part that would go past it or past the limit all the same.
    QByteArray block(kBlock, Qt::Uninitialized);
    qint64 partBytes = 0;
    for (;;) {
        const qint64 got = file.read(block.data(), kBlock);
        if (got < 0) {
            *error = ZipText::tr("its part %1 is damaged: it cannot be unpacked").arg(name);
            return false;
        }
        if (got == 0)
            break;
        partBytes += got;
        m_inflated += got;
        if (partBytes > declared) {
            *error = ZipText::tr("its part %1 unpacks to more than its header says (a zip bomb?)").arg(name);
            return false;
        }
        if (m_inflated > limit)
            return tooLarge();
        if (!sink(QByteArray(block.constData(), got)))
            return true; // the reader has what it wanted (or found the XML malformed)
    }
    file.close();
    if (file.getZipError() != UNZ_OK) {
        *error = ZipText::tr("its part %1 is damaged: it does not unpack to what its header says (a damaged file, "
                             "or a zip bomb that understates its size)")
                     .arg(name);
        return false;
    }
    return true;
}

std::optional<QByteArray> ZipContainer::read(const QString &part, QString *error)
{
    QByteArray whole;
    if (!inflate(
            part,
            [&](const QByteArray &block) {
                whole += block;
                return true;
            },
            error))
        return std::nullopt;
    return whole;
}

bool ZipContainer::readXml(const QString &part, const std::function<Step(QXmlStreamReader &)> &step, QString *error)
{
    QXmlStreamReader xml;
    int depth = 0;
    bool finished = false, failed = false, malformed = false;
    const auto pump = [&](const QByteArray &block) {
        xml.addData(block);
        for (;;) {
            const QXmlStreamReader::TokenType token = xml.readNext();
            if (xml.hasError()) {
                if (xml.error() == QXmlStreamReader::PrematureEndOfDocumentError)
                    return true; // more data, please
                malformed = true;
                return false;
            }
            switch (step(xml)) {
            case Step::Continue:
                break;
            case Step::Done:
                finished = true;
                return false;
            case Step::Failed:
                failed = true;
                return false;
            }
            if (token == QXmlStreamReader::StartElement) {
                ++depth;
            } else if (token == QXmlStreamReader::EndElement && --depth == 0) {
                finished = true; // the root element is closed: what follows it is not read
                return false;
            }
        }
    };
    if (!inflate(part, pump, error) || failed)
        return false;
    if (malformed) {
        *error = ZipText::tr("its part %1 is not well-formed XML (line %2, column %3: %4)")
                     .arg(m_names.value(part.toLower()))
                     .arg(xml.lineNumber())
                     .arg(xml.columnNumber())
                     .arg(xml.errorString());
        return false;
    }
    if (!finished) {
        *error = ZipText::tr("its part %1 ends before its XML does").arg(m_names.value(part.toLower()));
        return false;
    }
    return true;
}

} // namespace dapp
