"""Reading Word 97-2003 `.doc`: docxsift against LibreOffice and office_oxide, and
against docxsift's own `.docx` reading of the same documents.

    python3 benchmarks/bench_doc.py [--reps 5] [--quick] [--long-mb 2] [--corpus-docs 100]

Inputs, each a `.doc` with the `.docx` it was saved from:
  fixtures  tests/data/doc/*.doc (committed), their .docx rebuilt by the
            builders of tools/make-doc-fixtures.py
  long      a ~--long-mb MB document (tools/make-doc-fixtures.py long_docx),
            saved as .doc by soffice into build/bench/doc/ (needs soffice;
            cached)
  corpus    up to --corpus-docs pairs that benchmarks/doc_agreement.py
            converted into build/doc-agreement/ (when it has run)

Jobs, per file, medians of --reps runs (after one untimed run):
  docxsift .doc     docxsift.open(doc).text
  docxsift .docx    docxsift.open(docx).text
  office_oxide      office_oxide.extract_text(doc) (when installed: PyPI office-oxide)
  soffice           soffice --headless --convert-to txt, one launch per file
                    (start-up included: what a script that shells out pays)
  soffice batch     one launch over every file of the input set, divided by the
                    number of files (start-up shared)
Prints ms per file and per MB of text (UTF-8 of docxsift's text), and the
ratios soffice / docxsift .doc, office_oxide / docxsift .doc and docxsift .doc /
docxsift .docx per MB. --quick (CI): fixtures only, 3 reps, soffice once per
file and only when installed. Writes build/bench/doc-results.json. A program,
not a test: nothing asserts on timings.
"""

from __future__ import annotations

import argparse
import importlib.util
import json
import shutil
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from importlib import metadata
from pathlib import Path
from types import ModuleType
from typing import Any

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

import soffice  # noqa: E402  (benchmarks/ is not a package)

ROOT = HERE.parent
OUT = ROOT / "build" / "bench"
DOC_OUT = OUT / "doc"
FIXTURES = ROOT / "tests" / "data" / "doc"
AGREEMENT = ROOT / "build" / "doc-agreement"


def fixtures_tool() -> ModuleType:
    spec = importlib.util.spec_from_file_location(
        "make_doc_fixtures", ROOT / "tools" / "make-doc-fixtures.py"
    )
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


# ---------------------------------------------------------------- inputs


def fixture_pairs() -> list[tuple[str, Path, Path]]:
    """(name, .doc, .docx) of the committed fixtures (encrypted one excepted)."""
    tool = fixtures_tool()
    DOC_OUT.mkdir(parents=True, exist_ok=True)
    pairs = []
    for name, (build, _filter, ext) in tool.SOURCES.items():
        doc = FIXTURES / f"{name}.{ext}"
        if ext != "doc" or not doc.exists():
            continue
        docx = DOC_OUT / f"{name}.docx"
        docx.write_bytes(build())
        pairs.append((name, doc, docx))
    return pairs


def long_pair(mb: float) -> tuple[str, Path, Path] | None:
    docx, doc = DOC_OUT / f"long-{mb:g}mb.docx", DOC_OUT / f"long-{mb:g}mb.doc"
    if not docx.exists():
        DOC_OUT.mkdir(parents=True, exist_ok=True)
        docx.write_bytes(fixtures_tool().long_docx(mb))
    if not doc.exists() and soffice.available():
        soffice.run_once(soffice.TO_DOC, DOC_OUT, [docx], DOC_OUT / "profile")
    return (f"long {mb:g} MB", doc, docx) if doc.exists() else None


def corpus_pairs(n: int) -> list[tuple[str, Path, Path]]:
    """Converted corpus documents, in name (hash) order: a stable sample."""
    if n <= 0 or not (AGREEMENT / "doc").is_dir():
        return []
    docs = sorted((AGREEMENT / "doc").glob("*.doc"))[:n]
    return [
        (d.stem, d, AGREEMENT / "in" / f"{d.stem}.docx")
        for d in docs
        if (AGREEMENT / "in" / f"{d.stem}.docx").exists()
    ]


# ---------------------------------------------------------------- jobs


def ds_text(path: Path) -> str:
    import docxsift

    return str(docxsift.open(path).text)


def oxide_text(path: Path) -> str:
    import office_oxide

    return str(office_oxide.extract_text(str(path)))


def has_oxide() -> bool:
    try:
        import office_oxide  # noqa: F401
    except ImportError:
        return False
    return True


def soffice_single(path: Path) -> None:
    with tempfile.TemporaryDirectory() as tmp:
        soffice.run_once(soffice.TO_TXT, Path(tmp), [path], DOC_OUT / "profile")


def median_ms(fn: Callable[[Path], object], path: Path, reps: int, warm: bool = True) -> float:
    if warm:
        fn(path)
    times = []
    for _ in range(reps):
        t0 = time.perf_counter()
        fn(path)
        times.append((time.perf_counter() - t0) * 1000)
    return statistics.median(times)


def soffice_batch_ms(paths: list[Path], reps: int) -> float:
    """Per-file ms of one launch converting all `paths`, median over reps."""
    times = []
    for _ in range(reps):
        with tempfile.TemporaryDirectory() as tmp:
            t0 = time.perf_counter()
            soffice.run_once(soffice.TO_TXT, Path(tmp), paths, DOC_OUT / "profile")
            times.append((time.perf_counter() - t0) * 1000 / len(paths))
    return statistics.median(times)


def safe(fn: Callable[[Path], object]) -> Callable[[Path], object]:
    """The job, or None where the tool refuses the file (a DocxError, office_oxide's errors)."""

    def run(path: Path) -> object:
        try:
            return fn(path)
        except Exception:  # a refused file is timed as what it costs, and counted
            return None

    return run


# ---------------------------------------------------------------- measuring


def measure_set(
    label: str, pairs: list[tuple[str, Path, Path]], args: argparse.Namespace
) -> dict[str, Any]:
    """Sums of per-file medians over the set, and text size."""
    reps = args.reps
    sums: dict[str, float] = {"docxsift .doc": 0.0, "docxsift .docx": 0.0}
    oxide = has_oxide() and not args.no_oxide
    if oxide:
        sums["office_oxide"] = 0.0
    use_soffice = soffice.available() and not args.no_soffice
    if use_soffice:
        sums["soffice"] = 0.0
    text_bytes = 0
    read: list[Path] = []
    for name, doc, docx in pairs:
        try:
            text_bytes += len(ds_text(doc).encode())
        except Exception:  # counted as a .doc error, left out of every column
            continue
        read.append(doc)
        sums["docxsift .doc"] += median_ms(ds_text, doc, reps)
        sums["docxsift .docx"] += median_ms(safe(ds_text), docx, reps)
        if oxide:
            sums["office_oxide"] += median_ms(safe(oxide_text), doc, reps)
        # soffice per launch: fewer runs (a second or more each), on at most
        # --soffice-files files of a set (the per-file cost is its start-up).
        if use_soffice and len(read) <= args.soffice_files:
            sums["soffice"] += median_ms(
                soffice_single, doc, 1 if args.quick else min(reps, 3), warm=False
            )
        print(f"  {label}: {name}", file=sys.stderr, flush=True)
    n = len(read)
    result: dict[str, Any] = {
        "set": label,
        "files": n,
        "doc_errors": len(pairs) - n,
        "text_mb": text_bytes / 1e6,
    }
    per_file = {k: v / max(n, 1) for k, v in sums.items()}
    if use_soffice:
        per_file["soffice"] = sums["soffice"] / max(min(n, args.soffice_files), 1)
        per_file["soffice batch"] = (
            soffice_batch_ms(read, 1 if args.quick else min(reps, 3)) if read else 0.0
        )
    result["ms_per_file"] = {k: round(v, 3) for k, v in per_file.items()}
    if text_bytes:
        result["ms_per_text_mb"] = {
            k: round(sums[k] / (text_bytes / 1e6), 2) for k in ("docxsift .doc", "docxsift .docx")
        }
    ds = per_file["docxsift .doc"]
    result["ratios"] = {
        f"{k} / docxsift .doc": round(v / ds, 1)
        for k, v in per_file.items()
        if k != "docxsift .doc" and ds
    }
    if ds and per_file["docxsift .docx"]:
        result["ratios"]["docxsift .doc / docxsift .docx"] = round(
            ds / per_file["docxsift .docx"], 2
        )
    return result


def print_table(results: list[dict[str, Any]]) -> None:
    for r in results:
        print(
            f"\n{r['set']}: {r['files']} files, {r['text_mb'] * 1000:.0f} kB of text,"
            f" .doc errors {r['doc_errors']}"
        )
        for k, v in r["ms_per_file"].items():
            per_mb = r.get("ms_per_text_mb", {}).get(k)
            print(
                f"  {k:16} {v:10.2f} ms/file" + (f"  {per_mb:9.1f} ms/MB of text" if per_mb else "")
            )
        for k, v in r["ratios"].items():
            print(f"  {k:34} {v:8}x")


def versions() -> dict[str, str]:
    import docxsift

    out = {"docxsift": str(getattr(docxsift, "__version__", "?")), "soffice": soffice.version()}
    try:
        out["office_oxide"] = metadata.version("office-oxide")
    except metadata.PackageNotFoundError:
        out["office_oxide"] = "absent"
    return out


def main() -> int:
    ap = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    ap.add_argument("--reps", type=int, default=5)
    ap.add_argument("--quick", action="store_true", help="CI mode: fixtures only, 3 reps")
    ap.add_argument(
        "--long-mb", type=float, default=2.0, help="size of the long document (0: none)"
    )
    ap.add_argument("--corpus-docs", type=int, default=100, help="converted corpus pairs (0: none)")
    ap.add_argument(
        "--soffice-files",
        type=int,
        default=10,
        help="files per set timed with one soffice launch each",
    )
    ap.add_argument("--no-soffice", action="store_true")
    ap.add_argument("--no-oxide", action="store_true")
    ap.add_argument("--json", default=str(OUT / "doc-results.json"))
    args = ap.parse_args()
    if args.quick:
        args.reps, args.long_mb, args.corpus_docs, args.soffice_files = 3, 0, 0, 2
    if not soffice.available():
        print(
            "bench_doc: no soffice; the soffice rows and the long document are skipped",
            file=sys.stderr,
        )
    sets = [("fixtures", fixture_pairs())]
    if args.long_mb > 0:
        long = long_pair(args.long_mb)
        if long:
            sets.append(("long", [long]))
    corpus = corpus_pairs(args.corpus_docs)
    if corpus:
        sets.append(("corpus", corpus))
    results = [measure_set(label, pairs, args) for label, pairs in sets if pairs]
    print_table(results)
    Path(args.json).parent.mkdir(parents=True, exist_ok=True)
    Path(args.json).write_text(json.dumps({"versions": versions(), "results": results}, indent=1))
    print(f"\nwrote {args.json}")
    return 0


if __name__ == "__main__":
    if shutil.which("soffice") is None and "--no-soffice" not in sys.argv:
        sys.argv.append("--no-soffice")
    sys.exit(main())
