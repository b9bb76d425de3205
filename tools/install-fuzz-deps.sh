#!/bin/sh
# Installs clang with its sanitizer and libFuzzer runtimes (Debian's
# libclang-rt-N-dev for the default clang N), only when missing, and prints
# the clang++ to use.
set -eu
if [ "$(id -u)" = 0 ]; then SUDO=""; else SUDO="sudo"; fi

find_clang() {
  for candidate in clang++ clang++-22 clang++-19 clang++-16 clang++-15 clang++-14; do
    if command -v "$candidate" >/dev/null 2>&1; then echo "$candidate"; return 0; fi
  done
  return 1
}

has_fuzzer_runtime() {
  "$1" -print-resource-dir >/dev/null 2>&1 || return 1
  ls "$("$1" -print-resource-dir)"/lib/linux/libclang_rt.fuzzer-*.a >/dev/null 2>&1 ||
    ls "$("$1" -print-resource-dir)"/lib/*/libclang_rt.fuzzer*.a >/dev/null 2>&1
}

cxx=$(find_clang || true)
if [ -z "$cxx" ] || ! has_fuzzer_runtime "$cxx"; then
  $SUDO apt-get update -q >&2
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -q clang >&2
  cxx=$(find_clang)
  major=$("$cxx" --version | sed -n 's/.*clang version \([0-9]*\).*/\1/p' | head -n1)
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -q "libclang-rt-$major-dev" >&2 ||
    DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -q "libfuzzer-$major-dev" >&2
fi
echo "$cxx"
