#!/usr/bin/env bash
# Installs the Debian 12 packages DAPP Analyst needs to build, test and run, when any is
# missing. Needs root (or sudo). Safe to run again: it does nothing when all are present.
set -euo pipefail

packages=(
  cmake ninja-build g++ pkg-config
  qt6-base-dev qt6-charts-dev libqt6opengl6-dev qt6-svg-dev
  qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools linguist-qt6
  # libxlsxwriter links zlib, and its -dev package does not bring zlib's.
  libqt6sql6-sqlite libqt6sql6-psql libgl-dev libxlsxwriter-dev zlib1g-dev
  # SQLite's own interface on QtSql's connection writes large changes (the same system library
  # Debian's QtSql driver links); the sqlite3 shell is the floor bench_import measures against.
  libsqlite3-dev sqlite3
  # QuaZip opens the zip of the XLSX and ODS workbooks File › Import reads (it brings Qt's Core5Compat).
  libquazip1-qt6-dev
  # Poppler's Qt 6 bindings read a PDF letter's words and where they stand on the page (File › Open Letter…).
  libpoppler-qt6-dev
  # Fonts (the report's tables use Liberation Sans Narrow, else DejaVu Sans Condensed), and a virtual display for
  # running the window and the GUI tests without a screen.
  fonts-dejavu-core fonts-dejavu-extra fonts-liberation xvfb xauth
  # libpq's header: a team database's address is read by libpq's own rules. A PostgreSQL server for the
  # tests that run the data layer against it.
  libpq-dev postgresql
  # LibreOffice reads the exported XLSX back in the tests; poppler-utils reads PDFs back.
  libreoffice-calc-nogui poppler-utils
)

missing=()
for p in "${packages[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
[ ${#missing[@]} -eq 0 ] && exit 0

echo "Installing: ${missing[*]}"
sudo=""
if [ "$(id -u)" != 0 ]; then
  command -v sudo >/dev/null || { echo "install-deps: run as root, or install sudo" >&2; exit 1; }
  sudo=sudo
fi
export DEBIAN_FRONTEND=noninteractive
$sudo apt-get update -qq
$sudo apt-get install -y -qq --no-install-recommends "${missing[@]}"
