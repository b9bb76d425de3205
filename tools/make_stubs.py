"""`make stubs`: pybind11-stubgen's view of the built docxsift._core, beside
the committed python/docxsift/_core.pyi.

The generator reads the module as ``import docxsift`` leaves it (the C++
classes with the Python sugar of docxsift/_augments.py attached) and writes
build/stubs/docxsift/_core/. This prints the difference to the committed
stub, which started as this output and keeps what the generator cannot know
yet: element types of returned lists and dicts (the bindings return py::list
and py::dict), the exception classes, the _test submodule, the Length
annotations of Python properties. A change in a binding shows up here as a
difference to carry over; the signatures are held to the bindings by
tests/python/test_stubs.py and the rest by mypy.stubtest (`make lint`).
"""

from __future__ import annotations

import difflib
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
STUB = ROOT / "python" / "docxsift" / "_core.pyi"
OUT = ROOT / "build" / "stubs"


def main() -> int:
    subprocess.run(
        [sys.executable, "-m", "pybind11_stubgen", "docxsift._core", "-o", str(OUT),
         "--ignore-unresolved-names", "Length|_core\\..*"],
        check=True,
    )
    generated = OUT / "docxsift" / "_core" / "__init__.pyi"
    diff = difflib.unified_diff(
        STUB.read_text(encoding="utf-8").splitlines(keepends=True),
        generated.read_text(encoding="utf-8").splitlines(keepends=True),
        fromfile=str(STUB.relative_to(ROOT)),
        tofile=str(generated.relative_to(ROOT)),
    )
    sys.stdout.writelines(diff)
    print(f"\nthe generator's stub: {generated.relative_to(ROOT)}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
