#!/bin/bash
# Checks the source distribution: it holds what the build needs and nothing from a
# developer's checkout, pip builds it from source into a fresh venv (the system
# libraries must be installed: make system-deps), and the sdist's own copy of the
# Python tests passes against the installed package.
#
#   tools/sdist-check.sh PYTHON dist/docxsift-*.tar.gz
set -euo pipefail

if [ $# -ne 2 ]; then
  echo "usage: $0 PYTHON SDIST" >&2
  exit 64
fi
repo=$(cd "$(dirname "$0")/.." && pwd)
python=$1
sdist=$(realpath "$2")
venv=$repo/build/sdist-check-venv
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
unset PYTHONPATH PYTHONHOME
export PYTHONNOUSERSITE=1

say() { printf '\n== sdist-check: %s\n' "$*"; }
fail() { printf 'sdist-check: FAIL: %s\n' "$*" >&2; exit 1; }

say "$(basename "$sdist"), $(du -k "$sdist" | cut -f1) KiB"
tar -xzf "$sdist" -C "$tmp"
src=$(echo "$tmp"/docxsift-*)
[ -d "$src" ] || fail "the sdist does not unpack to docxsift-VERSION/"
for need in pyproject.toml CMakeLists.txt README.md LICENSE CHANGELOG.md PKG-INFO \
            cpp/CMakeLists.txt cpp/include cpp/src cpp/bindings \
            python/docxsift/__init__.py python/docxsift/_core.pyi python/docxsift/py.typed \
            tests/python/conftest.py examples/gongwen_notice.docx; do
  [ -e "$src/$need" ] || fail "$need is missing from the sdist"
done
for never in build dist .venv .git .ci .hypothesis .benchmarks; do
  [ ! -e "$src/$never" ] || fail "$never/ is in the sdist"
done
if find "$src" \( -name '*.so' -o -name __pycache__ \) | grep -q .; then
  fail "build products in the sdist: $(find "$src" \( -name '*.so' -o -name __pycache__ \))"
fi
echo "  $(find "$src" -type f | wc -l) files; needed ones present, no build products"

say "pip install the sdist into a fresh venv $venv (compiles the C++ core)"
rm -rf "$venv"
"$python" -m venv "$venv"
vpy=$venv/bin/python
"$vpy" -m pip install --quiet --upgrade pip
"$vpy" -m pip install --quiet "$sdist[test]"

say "pytest from the unpacked sdist"
cd "$src"
cat >"$tmp/sdist_check_guard.py" <<EOF
import docxsift

def pytest_report_header(config):
    return f"docxsift {docxsift.__version__} from {docxsift.__file__}"

def pytest_sessionstart(session):
    assert docxsift.__file__.startswith("$venv/"), f"tests would import {docxsift.__file__}"
EOF
PYTHONPATH=$tmp "$vpy" -m pytest -p sdist_check_guard -p no:cacheprovider -q tests/python
"$venv/bin/docxsift" text examples/gongwen_notice.docx >/dev/null

say "OK: $(basename "$sdist")"
