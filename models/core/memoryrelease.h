#pragma once

namespace Ops::Memory {

/// Settings of the C library's allocator for a long-running GUI with bursts of large, short-lived
/// allocations (a Prometheus answer is megabytes of JSON, parsed and dropped): blocks from 256 KiB up
/// come from and go back to the system at once, and two arenas serve every thread. Call first in main().
void tuneAllocator();

/// Gives the pages of freed memory back to the system (glibc's malloc_trim: also inside the heap),
/// after a burst such as the charts' refresh. A few milliseconds at most; nothing elsewhere.
void releaseFreed();

} // namespace Ops::Memory
