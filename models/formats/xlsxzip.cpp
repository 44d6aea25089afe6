// libxlsxwriter's zip, opened through QuaZip: the two cannot otherwise share a process.
//
// libxlsxwriter writes its zip with minizip (Debian's libminizip), and QuaZip, which reads the
// workbooks File › Import opens, carries its own minizip and exports it under the same names
// (zipOpen, zipClose, unzOpen…). In one process each name binds to the first library that has
// it, for every caller alike: QuaZip, linked directly, comes before libminizip, which only
// libxlsxwriter links, so QuaZip keeps its own functions and libxlsxwriter gets QuaZip's too.
// Those mean the same as minizip's but for one: QuaZip's zipOpen takes a QIODevice where
// minizip's takes a path, and libxlsxwriter's zipOpen(path) crashed inside QuaZip. The zipOpen
// below, which every program linking dapp_models defines and so exports ahead of both
// libraries, opens the path as a QFile and hands it to QuaZip. QuaZip itself never calls
// zipOpen (it opens with zipOpen3), so nothing else reaches this one.
#include <QFile>
#include <QMutex>

#include <zip.h> // QuaZip's minizip

#include <algorithm>
#include <memory>
#include <vector>

namespace dapp {

// Called by XlsxBook, so that this file is linked into every program that writes XLSX.
void useQuaZipForXlsxWriter() { }

} // namespace dapp

namespace {

QMutex filesMutex;
// The files of the zips open for libxlsxwriter; one closed by zipClose (QuaZip closes the
// device it was given) is deleted at the next zipOpen, and any left at exit then.
std::vector<std::unique_ptr<QFile>> &files()
{
    static std::vector<std::unique_ptr<QFile>> open;
    return open;
}

} // namespace

extern "C" zipFile ZEXPORT zipOpen(voidpf path, int append)
{
    const QMutexLocker lock(&filesMutex);
    std::erase_if(files(), [](const std::unique_ptr<QFile> &file) { return !file->isOpen(); });
    auto file = std::make_unique<QFile>(QFile::decodeName(static_cast<const char *>(path)));
    const zipFile zip = zipOpen3(file.get(), append, nullptr, nullptr, ZIP_DEFAULT_FLAGS);
    if (zip)
        files().push_back(std::move(file));
    return zip;
}
