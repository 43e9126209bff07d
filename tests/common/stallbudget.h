#pragma once

// How late the event loop may run in a test that shows an outside call does not block the GUI thread.
//
// A blocked GUI thread waits for the call's whole deadline (a second or more: a hung API, a vanished
// database). What a loaded two-core machine adds on its own (two busy processes, a build, the stack's
// containers) is scheduling delay of up to ~150 ms, measured in loaded full runs. 500 ms tells the two
// apart without depending on a quiet machine. The speed budget itself (no stall over 16 ms) is a
// performance figure and comes from tests/bench/bench_console, not from a test's assertion.
namespace Ops::TestBudget {

constexpr double kMaxStallMs = 500.0;

} // namespace Ops::TestBudget
