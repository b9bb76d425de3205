#!/bin/bash
# Checks a repaired binary wheel the way a user meets it: installed by pip into a
# fresh venv, imported from a directory where the checkout is not importable.
#
#   tools/wheel-check.sh PYTHON dist/docxsift-*.whl
#
# Fails when the extension needs a shared library from outside the wheel other
# than glibc, libstdc++, libgcc_s and zlib, when the installed package is not the one
# imported, when the versions disagree, when the CLI fails on the bundled example,
# or when the Python test suite fails against the installed wheel.
set -euo pipefail

if [ $# -ne 2 ]; then
  echo "usage: $0 PYTHON WHEEL" >&2
  exit 64
fi
repo=$(cd "$(dirname "$0")/.." && pwd)
python=$1
wheel=$(realpath "$2")
venv=$repo/build/wheel-check-venv
example=$repo/examples/gongwen_notice.docx
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
unset PYTHONPATH PYTHONHOME
export PYTHONNOUSERSITE=1

say() { printf '\n== wheel-check: %s\n' "$*"; }
fail() { printf 'wheel-check: FAIL: %s\n' "$*" >&2; exit 1; }

say "wheel $(basename "$wheel"), $(du -k "$wheel" | cut -f1) KiB"
"$python" - "$wheel" <<'EOF'
import sys, zipfile
names = zipfile.ZipFile(sys.argv[1]).namelist()
for need in ("docxsift/py.typed", "docxsift/_core.pyi", "docxsift/__init__.py"):
    if need not in names:
        sys.exit(f"wheel-check: FAIL: {need} is not in the wheel")
if not any(n.startswith("docxsift/_core.") and n.endswith(".so") for n in names):
    sys.exit("wheel-check: FAIL: no docxsift/_core*.so in the wheel")
infos = zipfile.ZipFile(sys.argv[1]).infolist()
for info in infos:
    if not info.is_dir() and (info.filename.startswith("docxsift.libs/") or ".so" in info.filename):
        print(f"  {info.file_size / 2**20:6.1f} MiB  {info.filename}")
print(f"  {sum(i.file_size for i in infos) / 2**20:6.1f} MiB  unpacked, {len(infos)} files")
EOF

say "fresh venv $venv"
rm -rf "$venv"
"$python" -m venv "$venv"
vpy=$venv/bin/python
"$vpy" -m pip install --quiet --upgrade pip
# The wheel with its test extra; --no-index would be purer but the test tools come from PyPI.
"$vpy" -m pip install --quiet "$wheel[test]"

cd "$tmp"
say "import from $tmp"
pkg_dir=$("$vpy" -c 'import docxsift, os; print(os.path.dirname(docxsift.__file__))')
ext=$("$vpy" -c 'import docxsift._core as c; print(c.__file__)')
case $pkg_dir in "$venv"/*) ;; *) fail "docxsift imported from $pkg_dir, not from the venv" ;; esac
echo "  docxsift from $pkg_dir"
libs_dir=$(realpath "$(dirname "$pkg_dir")/docxsift.libs")
[ -d "$libs_dir" ] || fail "no $libs_dir: the wheel was not repaired"

say "ldd $(basename "$ext")"
ldd_out=$(ldd "$ext")
echo "$ldd_out"
bad=""
while read -r line; do
  name=${line%% *}
  path=$(awk '{ if ($2 == "=>") print $3; else print $1 }' <<<"$line")
  case $line in *"not found"*) bad="$bad\n  $line"; continue ;; esac
  [ -e "$path" ] && path=$(realpath "$path")
  case $path in "$libs_dir"/*) continue ;; esac
  case $name in
    linux-vdso.so.*|/lib*/ld-linux*|ld-linux*|libc.so.*|libm.so.*|libpthread.so.*|libdl.so.*|\
    librt.so.*|libstdc++.so.*|libgcc_s.so.*) ;;
    # zlib is on every manylinux policy's whitelist, so auditwheel never grafts it
    # (libzip needs it); a system that honours the manylinux tag has it.
    libz.so.1) ;;
    *) bad="$bad\n  $line" ;;
  esac
done <<<"$ldd_out"
[ -z "$bad" ] || fail "resolved outside the wheel:$(printf '%b' "$bad")"
echo "  everything else resolves inside $libs_dir"

say "versions"
# The wheel's metadata version, the version compiled into _core and the CLI must agree.
"$vpy" - <<'EOF'
import importlib.metadata, docxsift, docxsift._core
dist = importlib.metadata.version("docxsift")
print(f"  metadata {dist}, docxsift.__version__ {docxsift.__version__}, _core {docxsift._core.__version__}")
assert dist == docxsift.__version__ == docxsift._core.__version__, "versions disagree"
EOF
cli_version=$("$venv/bin/docxsift" --version)
echo "  docxsift --version: $cli_version"
[ "$cli_version" = "docxsift $("$vpy" -c 'import docxsift; print(docxsift.__version__)')" ] \
  || fail "docxsift --version says '$cli_version'"

say "docxsift text $example"
"$venv/bin/docxsift" text "$example" | tee "$tmp/example.txt"
[ -s "$tmp/example.txt" ] || fail "no text from the bundled example"

say "pytest $repo/tests/python against the installed wheel"
# pytest finds its config in $repo/pyproject.toml; $repo/python (the source package)
# is never on sys.path, and this plugin makes sure of it before any test runs.
cat >"$tmp/wheel_check_guard.py" <<EOF
import docxsift

def pytest_report_header(config):
    return f"docxsift {docxsift.__version__} from {docxsift.__file__}"

def pytest_sessionstart(session):
    assert docxsift.__file__.startswith("$venv/"), f"tests would import {docxsift.__file__}"
EOF
"$vpy" -m pytest -p wheel_check_guard -p no:cacheprovider -q "$repo/tests/python"

say "OK: $(basename "$wheel")"
