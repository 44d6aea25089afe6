#!/usr/bin/env bash
# Fuzzes the project opener (tests/fuzz/fuzz_projectopen.cpp) and the sheet readers of File ›
# Import (tests/fuzz/fuzz_sheets.cpp) with libFuzzer, AddressSanitizer and
# UndefinedBehaviorSanitizer, each for a bounded time.
#   scripts/fuzz.sh [SECONDS]   each target, default 60
# Builds in build-sanitize/ with clang (scripts/sanitized-tree.sh: the tree of the sanitizer suite;
# clang is installed with apt-get when missing), runs each on a copy of its corpus and
# regressions (tests/fuzz/corpus*, regressions*) in build-sanitize/run-*/ (never writing into the
# repository), and exits non-zero when it finds a crash, a sanitizer report, a timeout or an
# out-of-memory, saying where the input is and how to keep it as a regression.
set -euo pipefail
cd "$(dirname "$0")/.."
seconds="${1:-60}"
case "$seconds" in '' | *[!0-9]*) echo "usage: scripts/fuzz.sh [SECONDS]" >&2; exit 2 ;; esac

scripts/install-deps.sh
# The sanitized tree the suite runs from (scripts/test.sh --sanitize) has the fuzz targets too:
# after the suite (as in CI) they are built already; run alone, this builds just them.
scripts/sanitized-tree.sh
cmake --build build-sanitize -j2 --target fuzz_projectopen fuzz_sheets

if [ -d /dev/shm ] && [ -w /dev/shm ]; then
  TMPDIR=$(mktemp -d /dev/shm/dapp-fuzz.XXXXXX)
  export TMPDIR
  trap 'rm -rf "$TMPDIR"' EXIT
fi
export ASAN_OPTIONS="detect_leaks=1:abort_on_error=1:allocator_may_return_null=1"
export UBSAN_OPTIONS="print_stacktrace=1:halt_on_error=1"

# fuzz TARGET WHAT CORPUS REGRESSIONS [libFuzzer options]: SECONDS of one target, on a copy of
# its corpus and regressions; exits 1 with the inputs found, if any.
fuzz() {
  local target=$1 what=$2 corpus=$3 regressions=$4
  shift 4
  local run="$PWD/build-sanitize/run-$(date +%Y%m%d-%H%M%S)-$target"
  mkdir -p "$run/corpus" "$run/findings"
  find "$corpus" "$regressions" -type f ! -name '*.md' -exec cp {} "$run/corpus/" \;
  echo "fuzz.sh: fuzzing $what for ${seconds}s in $run"
  set +e
  "build-sanitize/tests/fuzz/$target" "$run/corpus" "$@" \
    -max_total_time="$seconds" -timeout=10 -rss_limit_mb=2048 -print_final_stats=1 \
    -artifact_prefix="$run/findings/" >"$run/fuzz.log" 2>&1
  local status=$?
  set -e
  if [ "$status" -eq 0 ]; then
    grep -E '^INFO: (seed corpus|[0-9]+ files found)|^#[0-9]+[[:space:]]+(INITED|DONE)|^stat::|^Done ' "$run/fuzz.log" || true
  else
    tail -n 80 "$run/fuzz.log"
  fi
  local findings
  findings=$(find "$run/findings" -type f | sort)
  if [ "$status" -ne 0 ] || [ -n "$findings" ]; then
    echo
    echo "fuzz.sh: the fuzzer found a problem in $what (exit status $status); its log: $run/fuzz.log"
    for f in $findings; do
      echo "  input: $f"
    done
    cat <<HELP
Replay one:   build-sanitize/tests/fuzz/$target FILE   (or build/tests/fuzz/${target}_replay FILE)
Then fix it, and keep the input as a regression, named for what it shows:
  cp FILE $regressions/WHAT-IT-SHOWS
  git add $regressions/WHAT-IT-SHOWS
The replay tests (tst_fuzz_regressions, tst_fuzz_sheets) replay every file there in the normal
and the sanitizer suite.
HELP
    exit 1
  fi
}

fuzz fuzz_projectopen "the project opener" tests/fuzz/corpus tests/fuzz/regressions -dict=tests/fuzz/projectopen.dict
fuzz fuzz_sheets "the sheet readers of File › Import" tests/fuzz/corpus-sheets tests/fuzz/regressions-sheets
echo "fuzz.sh: no finding in ${seconds}s of each target"
