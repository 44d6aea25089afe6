// Memory a large task is about to fill, made the process's own at once. A page of fresh memory
// costs the kernel a fault when it is first written, and on the machines this was measured on
// the faults took longer than the writing (111 MB of an import's returns: 28,000 faults, about
// 170 ms on one thread). Asked for in one call for each half of the block, on two threads, the
// same pages take about a third of that.
#pragma once

#include <QtGlobal>

namespace dapp {

// The pages wholly inside [data, data + bytes) present and writable when this returns; false
// when the system cannot do this (not Linux 5.14's MADV_POPULATE_WRITE): the pages then fault
// as they are written, as before. Nothing of the memory's content changes.
bool prefaultForWriting(void *data, qsizetype bytes);

} // namespace dapp
