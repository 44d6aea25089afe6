// The zip container of an XLSX or ODS workbook, read part by part under SheetLimits (QuaZip for
// the zip, QXmlStreamReader for the XML), and what a file's first bytes say it is.
#pragma once

#include "formats/sheet.h"

#include <QByteArray>
#include <QHash>
#include <QString>
#include <QStringList>
#include <QXmlStreamReader>

#include <functional>
#include <memory>
#include <optional>

class QuaZip;

namespace dapp {

// What a file's first bytes say it is (a few kilobytes are enough).
enum class FileKind {
    Empty,
    Zip,
    OleCompound, // an Excel 97–2003 .xls, or an Office file protected by a password
    Pdf,
    Text, // no NUL byte and no run of control characters in what was looked at
    Binary,
};
FileKind sniffFileKind(const QByteArray &head);
QByteArray fileHead(const QString &path, qint64 bytes = 4096); // empty when it cannot be read

// An attribute of the current element by its local name (and namespace, when given); "" when absent.
QString xmlAttribute(const QXmlStreamReader &xml, QLatin1String name, QLatin1String namespaceUri = {});

// "3.8 MB", "640 KB", "12 bytes": a size as the messages give it.
QString sizeText(qint64 bytes);

class ZipContainer
{
public:
    explicit ZipContainer(const SheetLimits &limits);
    ~ZipContainer();
    ZipContainer(const ZipContainer &) = delete;
    ZipContainer &operator=(const ZipContainer &) = delete;

    // Opens the zip and, before anything is inflated, refuses it when a part or all of them
    // together claim more than limits.maxUnpackedBytes. The error is a clause ("it is a damaged
    // zip archive") that the caller puts after the file's name.
    bool open(const QString &path, QString *error);
    bool contains(const QString &part) const; // part names compare without regard to case

    // A part whole; for small parts only (each read counts towards the limit all the same).
    std::optional<QByteArray> read(const QString &part, QString *error);

    // Inflates a part a block at a time into a QXmlStreamReader and calls `step` after each
    // token. `step` returns Continue, Done (stop reading, success) or Failed (it set `error`).
    // Malformed XML, a part that inflates to more than it claims or than the limit, or a damaged
    // part: false, with `error` naming the part.
    enum class Step { Continue, Done, Failed };
    bool readXml(const QString &part, const std::function<Step(QXmlStreamReader &)> &step, QString *error);

    // Bytes inflated so far, all parts together (what a refused zip bomb cost).
    qint64 inflatedBytes() const { return m_inflated; }

private:
    // Inflates `part` in blocks into `sink` (which returns false to stop early).
    bool inflate(const QString &part, const std::function<bool(const QByteArray &)> &sink, QString *error);

    SheetLimits m_limits;
    std::unique_ptr<QuaZip> m_zip;
    QHash<QString, QString> m_names; // lower case → the name in the zip
    qint64 m_inflated = 0; // bytes inflated so far, all parts together
};

} // namespace dapp
