"""docxsift.extract vs python-docx + multiprocessing.Pool on many files.

    PYTHONPATH=build/<dir>/python python3 benchmarks/bench_batch.py [--generated 3000]

Prints, for the shared corpus (DOCXSIFT_CORPUS, default ../shared/corpus) and
a generated set: files/s with 1 and 2 workers, the speed-up from the second
worker, the ratio to python-docx; then the peak RSS of a process extracting
1,000 vs 10,000 generated files (bounded queue: should be nearly equal).
"""

from __future__ import annotations

import argparse
import multiprocessing
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent / "tests" / "python"))

import docxsift  # noqa: E402
from docx_builder import make_docx, p  # noqa: E402


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


def run_docxsift(paths: list[str], workers: int) -> float:
    start = time.perf_counter()
    for _ in docxsift.extract(paths, workers=workers):
        pass
    return len(paths) / (time.perf_counter() - start)


def run_python_docx(paths: list[str], workers: int) -> float:
    start = time.perf_counter()
    with multiprocessing.Pool(workers) as pool:
        for _ in pool.imap(python_docx_text, paths, chunksize=8):
            pass
    return len(paths) / (time.perf_counter() - start)


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
    args = parser.parse_args()
    version = sys.version.split()[0]
    print(f"docxsift {docxsift.__version__}, {os.cpu_count()} cores, Python {version}")
    corpus = corpus_files()
    if corpus:
        compare("shared corpus", corpus)
    else:
        print("shared corpus not found (set DOCXSIFT_CORPUS); skipped")
    with tempfile.TemporaryDirectory(dir=args.work) as tmp:
        root = Path(tmp)
        compare("generated", generate(root / "gen", args.generated))
        small, big = args.rss
        generate(root / "small", small)
        generate(root / "big", big)
        print("\npeak RSS, workers=2, fields=text,stats")
        for folder in (root / "small", root / "big"):
            files, kib = peak_rss(folder)
            print(f"  {files:6d} files: {kib / 1024:7.1f} MiB")


if __name__ == "__main__":
    main()
