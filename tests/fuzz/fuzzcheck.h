// Shared by the libFuzzer targets of this folder: a broken invariant aborts, so libFuzzer keeps the
// input that broke it like any crash.
#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QString>

#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <cstdlib>

namespace Ops::Fuzz {

[[noreturn]] inline void fault(const char* target, const char* what)
{
    std::fprintf(stderr, "%s: %s\n", target, what);
    std::abort();
}

/// The fuzzer's bytes as a body (a deep copy: parsers may keep what they were given).
inline QByteArray body(const uint8_t* data, size_t size)
{
    return QByteArray(reinterpret_cast<const char*>(data), qsizetype(size));
}

} // namespace Ops::Fuzz
