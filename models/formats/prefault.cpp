#include "formats/prefault.h"

#ifdef Q_OS_LINUX
#include <sys/mman.h>
#include <unistd.h>

#include <thread>
#endif

namespace dapp {

bool prefaultForWriting(void *data, qsizetype bytes)
{
#ifdef Q_OS_LINUX
#ifdef MADV_POPULATE_WRITE
    constexpr int kPopulateWrite = MADV_POPULATE_WRITE;
#else
    constexpr int kPopulateWrite = 23; // Linux 5.14's, which older headers lack
#endif
    const long pageSize = sysconf(_SC_PAGESIZE);
    if (pageSize <= 0 || bytes <= 0)
        return false;
    const auto page = quintptr(pageSize);
    const quintptr from = (quintptr(data) + page - 1) & ~(page - 1);
    const quintptr to = (quintptr(data) + quintptr(bytes)) & ~(page - 1);
    if (to <= from)
        return true; // not one whole page: nothing to ask for
    const quintptr middle = from + (((to - from) / 2) & ~(page - 1));
    bool secondDone = true;
    // A thread that cannot be started leaves its half to fault as it is written.
    std::thread second;
    if (middle < to) {
        try {
            second = std::thread(
                [&secondDone, middle, to] { secondDone = madvise(reinterpret_cast<void *>(middle), to - middle, kPopulateWrite) == 0; });
        } catch (...) {
            secondDone = false;
        }
    }
    const bool firstDone = middle == from || madvise(reinterpret_cast<void *>(from), middle - from, kPopulateWrite) == 0;
    if (second.joinable())
        second.join();
    return firstDone && secondDone;
#else
    Q_UNUSED(data);
    Q_UNUSED(bytes);
    return false;
#endif
}

} // namespace dapp
