#!/usr/bin/env bash
# Builds DAPP Analyst with its tests and runs the whole suite. Warnings are errors.
#   scripts/test.sh            the normal build, in build/
#   scripts/test.sh --sanitize the same under AddressSanitizer + UndefinedBehaviorSanitizer,
#                              in build-sanitize/
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/install-deps.sh

dir=build
flags=(-DCMAKE_BUILD_TYPE=RelWithDebInfo)
if [ "${1:-}" = "--sanitize" ]; then
  dir=build-sanitize
  flags=(-DCMAKE_BUILD_TYPE=Debug -DDAPP_SANITIZE=ON)
  export ASAN_OPTIONS="detect_leaks=1:abort_on_error=1"
  export UBSAN_OPTIONS="print_stacktrace=1:halt_on_error=1"
fi
cmake -S . -B "$dir" -G Ninja -DDAPP_WERROR=ON -DBUILD_TESTING=ON "${flags[@]}"
cmake --build "$dir"
ctest --test-dir "$dir" --output-on-failure -j2
