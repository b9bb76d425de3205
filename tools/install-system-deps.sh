#!/bin/sh
# Installs the system packages docxsift builds against, only when missing.
# Debian 12 names Catch2 "catch2"; Debian 13 and newer Ubuntu "libcatch2-dev".
set -eu

if [ "$(id -u)" = 0 ]; then SUDO=""; else SUDO="sudo"; fi

if ! command -v dpkg-query >/dev/null 2>&1; then
  echo "install-system-deps: not a Debian/Ubuntu system; install libzip, libdeflate, pugixml, ICU," \
       "pkg-config and Catch2 with your package manager." >&2
  exit 0
fi

catch2=catch2
if apt-cache show libcatch2-dev >/dev/null 2>&1 || \
   { [ -f /etc/debian_version ] && [ "$(cut -d. -f1 /etc/debian_version)" -ge 13 ] 2>/dev/null; }; then
  catch2=libcatch2-dev
fi

wanted="libzip-dev libdeflate-dev libpugixml-dev libicu-dev pkg-config g++ $catch2"
missing=""
for pkg in $wanted; do
  if ! dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null | grep -q "install ok installed"; then
    missing="$missing $pkg"
  fi
done

if [ -n "$missing" ]; then
  echo "install-system-deps: installing$missing"
  $SUDO apt-get update -q
  # The package lists may lack libcatch2-dev on Debian 12: fall back to catch2.
  if ! DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -q $missing; then
    missing=$(echo "$missing" | sed 's/libcatch2-dev/catch2/')
    DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -q $missing
  fi
fi
