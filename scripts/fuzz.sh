#!/usr/bin/env bash
# Builds the libFuzzer targets of tests/fuzz with clang, AddressSanitizer and UndefinedBehaviorSanitizer
# in a build folder of their own (the main build stays gcc) and runs each for a bounded time over its
# seed corpus. ctest runs it as the "fuzz" tests; tests/fuzz/README.md has the longer run.
#
# Usage: scripts/fuzz.sh [--seconds N] [--runs N] [--max-len BYTES] [--build-dir DIR] [TARGET...]
#   TARGET     a fuzz target without its fuzz_ prefix (default: every tests/fuzz/fuzz_*.cpp)
#   --seconds  time per target (default 30); --runs N stops after N executions instead
#   --max-len  longest input libFuzzer makes (default 65536; shorter inputs run many times faster)
#   --build-dir the clang build folder (default build/fuzz); configured here on first use
# Exit status: 0 when every target ran without a finding; 1 on a crash, leak, timeout, out-of-memory
# or sanitizer report (the input is kept in DIR/artifacts/TARGET/); 2 when clang or its fuzzer
# runtime is missing (scripts/install-deps.sh installs clang and libclang-rt-14-dev).
set -euo pipefail

src=$(cd "$(dirname "$0")/.." && pwd)
seconds=30
runs=""
maxlen=65536
build="$src/build/fuzz"
targets=()
while [ $# -gt 0 ]; do
  case "$1" in
    --seconds) seconds="$2"; shift 2 ;;
    --runs) runs="$2"; shift 2 ;;
    --max-len) maxlen="$2"; shift 2 ;;
    --build-dir) build="$2"; shift 2 ;;
    -h|--help) sed -n '2,15p' "$0"; exit 0 ;;
    -*) echo "fuzz: unknown option $1" >&2; exit 2 ;;
    *) targets+=("$1"); shift ;;
  esac
done
if [ ${#targets[@]} -eq 0 ]; then
  for f in "$src"/tests/fuzz/fuzz_*.cpp; do
    t=$(basename "$f" .cpp); targets+=("${t#fuzz_}")
  done
fi

# clang with the sanitizers' and libFuzzer's runtimes: try a one-line fuzz target.
if ! command -v clang++ >/dev/null 2>&1; then
  echo "fuzz: clang++ is not installed (apt-get install clang libclang-rt-14-dev)" >&2
  exit 2
fi
probe=$(mktemp -d)
trap 'rm -rf "$probe"' EXIT
printf '#include <cstdint>\n#include <cstddef>\nextern "C" int LLVMFuzzerTestOneInput(const uint8_t*, size_t) { return 0; }\n' > "$probe/p.cpp"
if ! clang++ -fsanitize=fuzzer,address,undefined "$probe/p.cpp" -o "$probe/p" 2>"$probe/err"; then
  echo "fuzz: clang++ cannot link a libFuzzer target (is libclang-rt-14-dev installed?):" >&2
  cat "$probe/err" >&2
  exit 2
fi

mkdir -p "$build"
if [ ! -f "$build/CMakeCache.txt" ]; then
  echo "fuzz: configuring $build with clang"
  launcher=()
  command -v ccache >/dev/null 2>&1 && launcher=(-DCMAKE_CXX_COMPILER_LAUNCHER=ccache -DCMAKE_C_COMPILER_LAUNCHER=ccache)
  cmake -S "$src" -B "$build" -G Ninja -DCMAKE_C_COMPILER=clang -DCMAKE_CXX_COMPILER=clang++ \
    -DCMAKE_BUILD_TYPE=RelWithDebInfo -DOPSCONSOLE_BUILD_TOOLS=OFF "${launcher[@]}" >"$build/fuzz-configure.log" 2>&1 || {
    tail -30 "$build/fuzz-configure.log" >&2; exit 1; }
fi
ninja -C "$build" -j 2 "${targets[@]/#/fuzz_}" >"$build/fuzz-build.log" 2>&1 || {
  tail -40 "$build/fuzz-build.log" >&2; exit 1; }

# Findings abort at once (UBSan does not just print), leaks count, stacks are symbolized.
export ASAN_OPTIONS="abort_on_error=1:detect_leaks=1"
export UBSAN_OPTIONS="halt_on_error=1:abort_on_error=1:print_stacktrace=1"
status=0
for t in "${targets[@]}"; do
  exe="$build/tests/fuzz_$t"
  seeds="$src/tests/fuzz/corpus/$t"
  work="$build/corpus/$t" # what the runs find is kept here, so later runs start from it
  artifacts="$build/artifacts/$t/"
  mkdir -p "$work" "$artifacts"
  args=(-timeout=10 -rss_limit_mb=2048 -max_len="$maxlen" -print_final_stats=1 -artifact_prefix="$artifacts")
  if [ -n "$runs" ]; then args+=(-runs="$runs"); else args+=(-max_total_time="$seconds"); fi
  [ -f "$src/tests/fuzz/$t.dict" ] && args+=(-dict="$src/tests/fuzz/$t.dict")
  echo "fuzz: fuzz_$t ${args[*]} $work $seeds"
  log="$build/fuzz_$t.log"
  if "$exe" "${args[@]}" "$work" "$seeds" >"$log" 2>&1; then
    grep -E '^stat::number_of_executed_units|^stat::peak_rss_mb|^#[0-9]+.*DONE' "$log" || true
    echo "fuzz: fuzz_$t: no finding"
  else
    status=1
    tail -60 "$log" >&2
    echo "fuzz: fuzz_$t FOUND A PROBLEM; the input is in $artifacts (replay: $exe <file>)" >&2
  fi
done
exit $status
