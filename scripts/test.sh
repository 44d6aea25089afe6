#!/usr/bin/env bash
# Builds DAPP Analyst with its tests and runs the whole suite. Warnings are errors.
#   scripts/test.sh            the normal build, in build/
#   scripts/test.sh --sanitize the same under AddressSanitizer + UndefinedBehaviorSanitizer,
#                              built with clang in build-sanitize/ (scripts/sanitized-tree.sh)
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/install-deps.sh

# Line tables only (-g1): what a failing test's or a sanitizer's stack trace needs, at a fraction
# of the compile and link time of full debug information.
dir=build
sanitize=false
if [ "${1:-}" = "--sanitize" ]; then
  # clang, ASan + UBSan, in the tree scripts/fuzz.sh fuzzes from (scripts/sanitized-tree.sh).
  dir=build-sanitize
  sanitize=true
  export ASAN_OPTIONS="detect_leaks=1:abort_on_error=1"
  export UBSAN_OPTIONS="print_stacktrace=1:halt_on_error=1"
fi
# A throw-away PostgreSQL server on a Unix socket, for tst_postgres; the tests skip it only
# when one cannot be started here (not root, or no server installed).
pgbin=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | tail -n 1)
if [ -n "$pgbin" ] && [ "$(id -u)" = 0 ] && id postgres >/dev/null 2>&1; then
  pgdir=$(mktemp -d /tmp/dapp-pg.XXXXXX)
  chown postgres "$pgdir"
  if runuser -u postgres -- "$pgbin/initdb" -D "$pgdir/data" -A trust -U postgres >"$pgdir/init.log" 2>&1 &&
     runuser -u postgres -- "$pgbin/pg_ctl" -D "$pgdir/data" -l "$pgdir/server.log" -w \
       -o "-k $pgdir -p 54329 -c listen_addresses=''" start >/dev/null; then
    trap 'runuser -u postgres -- "$pgbin/pg_ctl" -D "$pgdir/data" -m fast stop >/dev/null; rm -rf "$pgdir"' EXIT
    export DAPP_TEST_PG_HOST="$pgdir" DAPP_TEST_PG_PORT=54329
  else
    echo "test.sh: could not start PostgreSQL (see $pgdir); its tests will be skipped"
  fi
fi

if $sanitize; then
  scripts/sanitized-tree.sh
else
  cmake -S . -B "$dir" -G Ninja -DDAPP_WERROR=ON -DBUILD_TESTING=ON \
        -DCMAKE_BUILD_TYPE=RelWithDebInfo "-DCMAKE_CXX_FLAGS_RELWITHDEBINFO=-O2 -g1 -DNDEBUG"
fi
cmake --build "$dir"
if [ -n "${DAPP_TEST_PG_HOST:-}" ]; then
  echo "PostgreSQL tests: against a throw-away server in $DAPP_TEST_PG_HOST"
else
  echo "PostgreSQL tests: skipped (no server could be started here)"
fi
ctest --test-dir "$dir" --output-on-failure -j2
