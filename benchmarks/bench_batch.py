"""docxsift.extract vs python-docx + multiprocessing.Pool on many files.

    PYTHONPATH=build/<dir>/python python3 benchmarks/bench_batch.py [--generated 3000]

The corpus target of issue 10 (DOCXSIFT_CORPUS, default ../shared/corpus):
the full extraction, fields text, headers, footers, footnotes, comments and
properties, in interleaved rounds (medians), files/s of

  docxsift         docxsift.extract(paths, fields=FULL, workers=1 and 2)
  docxsift C++     the same records without Python (extract_files.cpp, built
                   against the stage archives of the imported _core's build
                   tree; skipped when there is none): the gap is the Python side
  all parts        all_parts.cpp: libzip inflates and pugixml parses every
                   *.xml and *.rels part of each package, one thread: what
                   reading the whole package costs before interpreting it
  python-docx      body paragraphs and tables, section headers and footers,
                   comments and core properties, in a multiprocessing.Pool of
                   1 and 2 (fewer rounds: --python-docx-rounds)

then the ratios the target names: docxsift (1 worker) / python-docx (1),
docxsift (1 worker) / all parts, and the speed-up from the second worker.
A generated set follows (--generated, 0 to skip), then the peak RSS of a
process extracting 1,000 vs 10,000 generated files (bounded queue: should be
nearly equal; --rss 0 0 to skip). A program, not a test: nothing asserts.
"""

from __future__ import annotations

import argparse
import json
import multiprocessing
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
OUT = ROOT / "build" / "bench"
sys.path.insert(0, str(ROOT / "tests" / "python"))

import docxsift  # noqa: E402
from docx_builder import make_docx, p  # noqa: E402

FULL = ("text", "headers", "footers", "footnotes", "comments", "properties")


def corpus_files() -> list[str]:
    root = Path(os.environ.get("DOCXSIFT_CORPUS", HERE.parent.parent / "shared" / "corpus"))
    if not root.is_dir():
        return []
    return list(docxsift.batch.iter_paths(root))


def generate(folder: Path, n: int) -> list[str]:
    """n small documents (a few paragraphs and a table each) under folder."""
    folder.mkdir(parents=True, exist_ok=True)
    table = (
        "<w:tbl><w:tblGrid><w:gridCol/><w:gridCol/></w:tblGrid><w:tr>"
        "<w:tc><w:p><w:r><w:t>cell</w:t></w:r></w:p></w:tc>"
        "<w:tc><w:p><w:r><w:t>单元格</w:t></w:r></w:p></w:tc></w:tr></w:tbl>"
    )
    paths = []
    for i in range(n):
        path = folder / f"gen{i:05d}.docx"
        if not path.exists():
            line = "正文内容 text " * 8
            body = "".join(p(f"第{i}号文件 paragraph {k}: {line}") for k in range(30))
            path.write_bytes(make_docx(body + table))
        paths.append(str(path))
    return paths


def python_docx_text(path: str) -> bool:
    import docx

    try:
        doc = docx.Document(path)
        "\n".join(par.text for par in doc.paragraphs)
        return True
    except Exception:
        return False


def python_docx_full(path: str) -> bool:
    """What python-docx can give of the full extraction (it reads no notes)."""
    import docx

    try:
        doc = docx.Document(path)
        parts = [par.text for par in doc.paragraphs]
        for table in doc.tables:
            for row in table.rows:
                parts.extend(cell.text for cell in row.cells)
        for section in doc.sections:
            for hf in (section.header, section.footer):
                if not hf.is_linked_to_previous:
                    parts.extend(par.text for par in hf.paragraphs)
        for comment in getattr(doc, "comments", ()):
            parts.append(comment.text)
        core = doc.core_properties
        parts.extend(str(v) for v in (core.title, core.author, core.created, core.modified))
        "\n".join(parts)
        return True
    except Exception:
        return False


def run_docxsift(paths: list[str], workers: int, fields: tuple[str, ...] = ("text",)) -> float:
    # Nothing reused from an earlier run: each run reads every template's parts once.
    docxsift._core._forget_reused_parts()
    start = time.perf_counter()
    for _ in docxsift.extract(paths, workers=workers, fields=fields):
        pass
    return len(paths) / (time.perf_counter() - start)


def run_python_docx(paths: list[str], workers: int,
                    job: Callable[[str], bool] = python_docx_text) -> float:
    start = time.perf_counter()
    with multiprocessing.Pool(workers) as pool:
        for _ in pool.imap(job, paths, chunksize=8):
            pass
    return len(paths) / (time.perf_counter() - start)


# ------------------------------------------------------------ C++ references


def compile_once(target: Path, sources: list[Path], flags: list[str]) -> Path | None:
    """g++ -O2 target from sources unless it is newer than all of them."""
    inputs = [s for s in sources if s.exists()]
    if target.exists() and all(target.stat().st_mtime > s.stat().st_mtime for s in inputs):
        return target
    if not shutil.which("g++") or not shutil.which("pkg-config"):
        print(f"{target.name}: g++ or pkg-config missing; skipped", file=sys.stderr)
        return None
    target.parent.mkdir(parents=True, exist_ok=True)
    cmd = ["g++", "-O2", "-std=c++20", "-o", str(target), *map(str, sources), *flags]
    if subprocess.run(cmd).returncode != 0:
        print(f"{target.name}: build failed; skipped", file=sys.stderr)
        return None
    return target


def pkg_flags(*packages: str) -> list[str]:
    return subprocess.run(["pkg-config", "--cflags", "--libs", *packages], check=True,
                          capture_output=True, text=True).stdout.split()


def build_all_parts() -> Path | None:
    return compile_once(OUT / "all_parts", [HERE / "all_parts.cpp"],
                        pkg_flags("libzip", "pugixml"))


def build_extract_files() -> Path | None:
    """extract_files.cpp against the stage archives of the imported docxsift's build tree.

    The build lists them, downstream first, in cpp/docxsift_stage_archives.txt
    (cpp/CMakeLists.txt); an installed package has no build tree: skipped.
    """
    core = Path(docxsift._core.__file__).resolve()
    listing = next((d / "cpp" / "docxsift_stage_archives.txt" for d in core.parents
                    if (d / "cpp" / "docxsift_stage_archives.txt").exists()), None)
    if listing is None:
        print("extract_files: no build tree beside the imported docxsift._core "
              "(run with PYTHONPATH=build/<dir>/python); skipped", file=sys.stderr)
        return None
    archives = [Path(line) for line in listing.read_text().split() if line]
    flags = ["-I", str(ROOT / "cpp" / "include"), *map(str, archives),
             *pkg_flags("libzip", "libdeflate", "pugixml", "icu-i18n", "icu-uc"), "-lpthread"]
    return compile_once(OUT / "extract_files", [HERE / "extract_files.cpp", *archives], flags)


def run_program(program: Path, list_file: str, *extra: str) -> float:
    """files/s of one timed pass of a C++ reference over the listed files."""
    out = subprocess.run([str(program), "--list", list_file, "--reps", "1", *extra], check=True,
                         capture_output=True, text=True).stdout
    return float(json.loads(out)["files_per_s"])


def corpus_target(paths: list[str], rounds: int, pd_rounds: int) -> None:
    """Issue 10's corpus target: the full extraction, interleaved rounds, medians."""
    print(f"\nshared corpus: {len(paths)} files, fields {', '.join(FULL)}; "
          f"{rounds} interleaved rounds (python-docx: {pd_rounds}), medians")
    with tempfile.NamedTemporaryFile("w", suffix=".txt", delete=False) as f:
        f.write("\n".join(paths) + "\n")
        list_file = f.name
    all_parts, cpp = build_all_parts(), build_extract_files()
    jobs: dict[str, Callable[[], float]] = {
        "docxsift workers=1": lambda: run_docxsift(paths, 1, FULL),
        "docxsift workers=2": lambda: run_docxsift(paths, 2, FULL),
    }
    if cpp:
        jobs["docxsift C++ workers=1"] = lambda: run_program(cpp, list_file, "--workers", "1")
        jobs["docxsift C++ workers=2"] = lambda: run_program(cpp, list_file, "--workers", "2")
    if all_parts:
        jobs["all parts (libzip+pugixml)"] = lambda: run_program(all_parts, list_file)
    try:
        import docx  # noqa: F401

        jobs["python-docx Pool(1)"] = lambda: run_python_docx(paths, 1, python_docx_full)
        jobs["python-docx Pool(2)"] = lambda: run_python_docx(paths, 2, python_docx_full)
    except ImportError:
        print("  python-docx not installed: its rows are skipped")
    run_docxsift(paths[:50], 1, FULL)  # warm-up: page cache, imports
    rates: dict[str, list[float]] = {name: [] for name in jobs}
    try:
        for rnd in range(rounds):
            for name, job in jobs.items():
                if name.startswith("python-docx") and rnd >= pd_rounds:
                    continue
                rates[name].append(job())
                print(f"  round {rnd + 1}/{rounds} {name:28s} {rates[name][-1]:8.1f} files/s",
                      file=sys.stderr, flush=True)
    finally:
        os.unlink(list_file)
    med = {name: statistics.median(r) for name, r in rates.items() if r}
    print()
    for name, rate in med.items():
        spread = f"({min(rates[name]):.0f}-{max(rates[name]):.0f})" if len(rates[name]) > 1 else ""
        print(f"  {name:28s} {rate:8.1f} files/s {spread}")

    def ratio(label: str, a: str, b: str, target: str) -> None:
        if a in med and b in med:
            wanted = f"   (target {target})" if target else ""
            print(f"  {label:44s} {med[a] / med[b]:6.2f}x{wanted}")

    print()
    ratio("docxsift 1 worker / python-docx Pool(1)", "docxsift workers=1", "python-docx Pool(1)",
          ">= 10x")
    ratio("docxsift 2 workers / python-docx Pool(2)", "docxsift workers=2", "python-docx Pool(2)",
          "")
    ratio("docxsift 1 worker / all parts", "docxsift workers=1", "all parts (libzip+pugixml)",
          "> 1x")
    ratio("docxsift: 2 workers / 1 worker", "docxsift workers=2", "docxsift workers=1", ">= 1.7x")
    ratio("docxsift C++: 2 workers / 1 worker", "docxsift C++ workers=2", "docxsift C++ workers=1",
          "")
    ratio("docxsift 1 worker / docxsift C++ 1 worker", "docxsift workers=1",
          "docxsift C++ workers=1", "")
    ratio("python-docx: Pool(2) / Pool(1)", "python-docx Pool(2)", "python-docx Pool(1)", "")
    print(f"  load average now: {', '.join(f'{x:.1f}' for x in os.getloadavg())} "
          f"on {os.cpu_count()} cores")


def compare(label: str, paths: list[str]) -> None:
    print(f"\n{label}: {len(paths)} files")
    rates = {}
    for name, fn in (("docxsift", run_docxsift), ("python-docx+Pool", run_python_docx)):
        for workers in (1, 2):
            rates[name, workers] = fn(paths, workers)
            print(f"  {name:18s} workers={workers}: {rates[name, workers]:8.1f} files/s")
    for name in ("docxsift", "python-docx+Pool"):
        print(f"  {name:18s} speed-up from the 2nd worker: "
              f"{rates[name, 2] / rates[name, 1]:.2f}x")
    for workers in (1, 2):
        ratio = rates["docxsift", workers] / rates["python-docx+Pool", workers]
        print(f"  docxsift / python-docx, {workers} worker(s): {ratio:.1f}x")


RSS_CHILD = """
import resource, sys, docxsift
n = 0
for r in docxsift.extract(sys.argv[1:] and sys.argv[1], workers=2, fields=("text", "stats")):
    n += 1
print(n, resource.getrusage(resource.RUSAGE_SELF).ru_maxrss)
"""


def peak_rss(folder: Path) -> tuple[int, int]:
    """(files, peak RSS in KiB) of a fresh process extracting every file in folder."""
    out = subprocess.run([sys.executable, "-c", RSS_CHILD, str(folder)], check=True,
                         capture_output=True, text=True, env=dict(os.environ)).stdout.split()
    return int(out[0]), int(out[1])


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--generated", type=int, default=3000,
                        help="generated documents for the throughput run (default 3000)")
    parser.add_argument("--rss", type=int, nargs=2, default=(1000, 10000),
                        metavar=("SMALL", "BIG"))
    parser.add_argument("--work", default=None, help="folder for generated files (default: temp)")
    parser.add_argument("--rounds", type=int, default=3,
                        help="interleaved rounds over the corpus (default 3)")
    parser.add_argument("--python-docx-rounds", type=int, default=1,
                        help="rounds python-docx takes part in (default 1: it is slow)")
    parser.add_argument("--corpus-only", action="store_true",
                        help="only the corpus target (no generated set, no RSS)")
    args = parser.parse_args()
    version = sys.version.split()[0]
    print(f"docxsift {docxsift.__version__}, {os.cpu_count()} cores, Python {version}")
    corpus = corpus_files()
    if corpus:
        corpus_target(corpus, args.rounds, args.python_docx_rounds)
    else:
        print("shared corpus not found (set DOCXSIFT_CORPUS); skipped")
    if args.corpus_only:
        return
    with tempfile.TemporaryDirectory(dir=args.work) as tmp:
        root = Path(tmp)
        if args.generated:
            compare("generated (fields=text)", generate(root / "gen", args.generated))
        small, big = args.rss
        if small and big:
            generate(root / "small", small)
            generate(root / "big", big)
            print("\npeak RSS, workers=2, fields=text,stats")
            for folder in (root / "small", root / "big"):
                files, kib = peak_rss(folder)
                print(f"  {files:6d} files: {kib / 1024:7.1f} MiB")


if __name__ == "__main__":
    main()
