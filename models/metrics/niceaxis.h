#pragma once

namespace Ops::Metrics {

/// A value axis on round numbers: from `min` to `max` with about `ticks` ticks, widened to multiples of
/// 1, 2 or 5 × 10^n (Qt Charts' loose nice numbers, computed once instead of by the axis, which lays
/// out its labels again on every change: the view sets the final range in one call, and none when it
/// stays the same).
struct NiceAxis
{
    double min = 0;
    double max = 1;
    int ticks = 2;

    bool operator==(const NiceAxis&) const = default;
};

/// The nice axis for [min, max] with `ticks` wanted (at least 2); an empty or invalid range gives [min, min + 1].
NiceAxis niceAxis(double min, double max, int ticks);

} // namespace Ops::Metrics
