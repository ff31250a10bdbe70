#!/bin/sh
# Installs what ITA Planner needs to build, run and test on Debian 12 or
# Ubuntu, with apt-get: directly as root, through sudo otherwise. Prints
# nothing when everything is already there.
set -eu

PACKAGES="
  gcc make pkg-config meson ninja-build gettext
  libglib2.0-dev libglib2.0-bin libgtk-4-dev libjson-glib-dev libsqlite3-dev
  libcairo2-dev libpango1.0-dev libpng-dev libxlsxwriter-dev zlib1g-dev
  libsoup-3.0-dev glib-networking
  desktop-file-utils appstream shared-mime-info
  xvfb xauth dbus-x11
  librsvg2-common fonts-thai-tlwg fonts-noto-core
  poppler-utils
"

missing=""
for p in $PACKAGES; do
  if ! dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed"; then
    missing="$missing $p"
  fi
done

[ -z "$missing" ] && exit 0

echo "Installing the missing build dependencies:$missing"
if [ "$(id -u)" = 0 ]; then
  SUDO=""
elif command -v sudo >/dev/null 2>&1 && sudo -n true 2>/dev/null; then
  SUDO="sudo"
elif command -v sudo >/dev/null 2>&1 && [ -t 0 ]; then
  SUDO="sudo"
else
  echo "error: these packages are missing:$missing" >&2
  echo "Install them as root (apt-get install$missing) or run this again as a user who can use sudo." >&2
  exit 1
fi

if ! command -v apt-get >/dev/null 2>&1; then
  echo "error: apt-get was not found; install the packages above with your system's package manager." >&2
  exit 1
fi

export DEBIAN_FRONTEND=noninteractive
$SUDO apt-get update -q
# shellcheck disable=SC2086
$SUDO apt-get install -y -q --no-install-recommends $missing
