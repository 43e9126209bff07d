#include "models/core/memoryrelease.h"

#if defined(__GLIBC__)
#include <malloc.h>
#endif

namespace Ops::Memory {

void tuneAllocator()
{
#if defined(__GLIBC__)
    // A fixed threshold: glibc otherwise raises it after each large block it frees (up to 32 MiB), and
    // later answers of the same size then stay in the heap, fragmented, after they are freed. 64 KiB rather
    // than 256: the network buffers that grow through that range left holes too (PSS 40.2 → 39.8 MB, issue 16).
    mallopt(M_MMAP_THRESHOLD, 64 * 1024);
    mallopt(M_TRIM_THRESHOLD, 1024 * 1024);
    // One arena per thread that allocates (database, keychain, network, pool) would keep its own freed memory.
    mallopt(M_ARENA_MAX, 2);
#endif
}

void releaseFreed()
{
#if defined(__GLIBC__)
    malloc_trim(0);
#endif
}

} // namespace Ops::Memory
