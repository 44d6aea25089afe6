// Memory made the process's own before it is written (prefault.h): the pages are resident
// afterwards, what the memory held is kept, and a block smaller than a page asks for nothing.
#include "formats/prefault.h"

#include <QFile>
#include <QtTest>

#include <cstdlib>
#include <cstring>
#include <memory>

#ifdef Q_OS_LINUX
#include <sys/mman.h>
#include <unistd.h>
#endif

using namespace dapp;

class TestPrefault : public QObject
{
    Q_OBJECT
private slots:
    void aLargeBlockIsResidentAfterwardsAndKeepsItsContent();
    void nothingWholeAPageIsNothingToDo();
};

namespace {
// What the process holds in memory now, in bytes.
qint64 residentBytes()
{
    QFile statm(QStringLiteral("/proc/self/statm"));
    if (!statm.open(QIODevice::ReadOnly))
        return -1;
#ifdef Q_OS_LINUX
    const qint64 pageSize = sysconf(_SC_PAGESIZE);
#else
    const qint64 pageSize = 4096;
#endif
    return statm.readAll().split(' ').value(1).toLongLong() * pageSize;
}
} // namespace

void TestPrefault::aLargeBlockIsResidentAfterwardsAndKeepsItsContent()
{
    constexpr qsizetype kBytes = qsizetype(64) << 20;
    // malloc gives a block this large fresh pages from the system, none of them touched yet.
    std::unique_ptr<char, decltype(&std::free)> block(static_cast<char *>(std::malloc(kBytes)), &std::free);
    QVERIFY(block);
#ifdef Q_OS_LINUX
    // Small pages only: with transparent huge pages, the first write below could bring in 2 MiB.
    const auto page = quintptr(sysconf(_SC_PAGESIZE));
    const quintptr from = (quintptr(block.get()) + page - 1) & ~(page - 1);
    madvise(reinterpret_cast<void *>(from), (quintptr(block.get()) + kBytes - from) & ~(page - 1), MADV_NOHUGEPAGE);
#endif
    std::memcpy(block.get(), "first", 6);
    std::memcpy(block.get() + kBytes - 5, "last", 5);
    const qint64 before = residentBytes();
    const bool done = prefaultForWriting(block.get(), kBytes);
#ifdef Q_OS_LINUX
    if (!done)
        QSKIP("this kernel has no MADV_POPULATE_WRITE (Linux 5.14)");
    QVERIFY2(residentBytes() - before >= kBytes - (qsizetype(8) << 20),
             qPrintable(QStringLiteral("resident before %1, after %2").arg(before).arg(residentBytes())));
#else
    QVERIFY(!done);
#endif
    QCOMPARE(QByteArray(block.get()), QByteArray("first"));
    QCOMPARE(QByteArray(block.get() + kBytes - 5), QByteArray("last"));
}

void TestPrefault::nothingWholeAPageIsNothingToDo()
{
    char small[100] = {};
    QVERIFY(!prefaultForWriting(small, 0));
#ifdef Q_OS_LINUX
    QVERIFY(prefaultForWriting(small + 1, sizeof small - 1)); // within one page: nothing asked, nothing wrong
#endif
    QCOMPARE(small[0], char(0));
}

QTEST_GUILESS_MAIN(TestPrefault)
#include "tst_prefault.moc"
