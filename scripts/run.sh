#!/usr/bin/env bash
# Builds DAPP Analyst and starts it on its embedded sample project.
# Without a display it says so and shows the ways that work: under xvfb-run, or headless.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/install-deps.sh
cmake -S . -B build -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo
cmake --build build --target dapp-analyst
app=build/app/dapp-analyst

if [ -z "${DISPLAY:-}" ] && [ -z "${WAYLAND_DISPLAY:-}" ] && [ -z "${QT_QPA_PLATFORM:-}" ]; then
  cat <<MSG
No display found (DISPLAY is not set), so the window cannot open here.
  To see the window on a virtual display:   xvfb-run -a $app
  To use it headless, on the sample project:
    $app check                  # data-quality flags
    $app export-csv returns.csv # the tidy CSV
Running '$app check' now to show the engine works:
MSG
  exec "$app" check
fi
exec "$app" "$@"
