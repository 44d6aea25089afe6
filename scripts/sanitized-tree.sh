#!/usr/bin/env bash
# Configures build-sanitize/: the whole tree, tests included, built with clang under
# AddressSanitizer and UndefinedBehaviorSanitizer and instrumented for libFuzzer, warnings as
# errors. `scripts/test.sh --sanitize` runs the suite from it and `scripts/fuzz.sh` fuzzes from
# it: one tree, so CI compiles the library twice (normal and sanitized), not three times. Both
# call this with the same flags, so neither makes the other reconfigure and rebuild.
# Installs clang and its runtimes when they are missing (libclang-rt-14-dev holds
# libclang_rt.fuzzer-x86_64.a and the sanitizers').
set -euo pipefail
cd "$(dirname "$0")/.."

missing=()
for p in clang-14 libclang-rt-14-dev; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
if [ ${#missing[@]} -gt 0 ]; then
  echo "sanitized-tree.sh: installing ${missing[*]}"
  sudo=""
  [ "$(id -u)" = 0 ] || sudo=sudo
  export DEBIAN_FRONTEND=noninteractive
  $sudo apt-get update -qq
  $sudo apt-get install -y -qq --no-install-recommends "${missing[@]}"
fi

# Debug keeps Qt's and our assertions; -O1 keeps the suite and the fuzzer quick; line tables
# (-g1) are all a finding's or a failure's stack trace needs.
cmake -S . -B build-sanitize -G Ninja -DCMAKE_CXX_COMPILER=clang++-14 -DCMAKE_BUILD_TYPE=Debug \
      "-DCMAKE_CXX_FLAGS_DEBUG=-O1 -g1" -DBUILD_TESTING=ON -DDAPP_FUZZ=ON -DDAPP_WERROR=ON >/dev/null
