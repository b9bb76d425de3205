"""docxsift vs the C++ "limit" and the Python readers, one document at a time.

    python3 benchmarks/bench_read.py [--sizes S,M,L] [--reps 7] [--quick] [--corpus]

Inputs come from make_inputs.py (build/bench/bench_{S,M,L}.docx, generated when
missing). The limit program (limit.cpp: libzip inflate + pugixml parse in place
+ append every w:t) is compiled into build/bench/ with g++ -O2.

Jobs, timed in this process, interleaved (one round runs every tool on every
size, then the next round), medians over the rounds. Every tool is measured
the way the limit measures itself: one untimed run of the same job on the
same file just before, then the median of a few timed runs (more for a job of
a few milliseconds, whose single runs are at the mercy of the timer and of
whatever the previous tool left in the caches). Runs longer than
WARM_UP_UNDER_MS skip the warm-up, the limit excepted, which always warms up.
  text      docxsift.open(f).text | python-docx paragraphs + cells |
            docx2python(f).text | mammoth.extract_raw_text | limit
  traverse  every run of every paragraph: text, bold, size
            (docxsift r.effective.size_pt; python-docx r.font.size)
  markdown  doc.to_markdown() (skipped while docxsift lacks it) |
            mammoth.convert_to_markdown
Peak RSS of each text job is measured in a fresh process (ru_maxrss).
Slow tools are given fewer rounds and skipped when a run would exceed
--max-seconds (estimated from the smaller size). --corpus adds files/s over
DOCXSIFT_CORPUS for docxsift and python-docx, one process; bench_batch.py
compares the multi-worker paths.

Prints a table of medians with ratios (docxsift / limit, tool / docxsift) and
writes every sample to build/bench/results.json. A program, not a test:
nothing asserts on timings.
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import shutil
import statistics
import subprocess
import sys
import time
import zipfile
from collections.abc import Callable
from importlib import metadata
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
OUT = ROOT / "build" / "bench"
LIMIT = OUT / "limit"


# ---------------------------------------------------------------- the jobs


# --no-reuse: every docxsift open reads its styles, theme, settings and
# numbering again, as the first document of a template does (otherwise a
# repeated open reuses what the one before read from those parts).
NO_REUSE_ENV = "DOCXSIFT_BENCH_NO_REUSE"


def ds_open(path: str) -> Any:
    import docxsift

    if os.environ.get(NO_REUSE_ENV):
        docxsift._core._forget_reused_parts()
    return docxsift.open(path)


def ds_text(path: str) -> int:
    return len(ds_open(path).text)


def ds_traverse(path: str) -> int:
    n = 0
    for p in ds_open(path).paragraphs:
        for r in p.runs:
            r.text, r.bold, r.effective.size_pt  # noqa: B018
            n += 1
    return n


def ds_markdown(path: str) -> int:
    return len(ds_open(path).to_markdown())


def ds_has_markdown() -> bool:
    try:
        import docxsift
    except ImportError:
        return False
    # docxsift.Document is the open() alias; the bound class is in _core.
    return hasattr(docxsift._core.Document, "to_markdown")


def pd_text(path: str) -> int:
    import docx

    doc = docx.Document(path)
    parts = [p.text for p in doc.paragraphs]
    for table in doc.tables:
        for row in table.rows:
            for cell in row.cells:
                parts.append(cell.text)
    return len("\n".join(parts))


def pd_traverse(path: str) -> int:
    import docx

    n = 0
    for p in docx.Document(path).paragraphs:
        for r in p.runs:
            r.text, r.bold, r.font.size  # noqa: B018
            n += 1
    return n


def d2p_text(path: str) -> int:
    from docx2python import docx2python

    with docx2python(path) as result:
        return len(result.text)


def mammoth_text(path: str) -> int:
    import mammoth

    with open(path, "rb") as f:
        return len(mammoth.extract_raw_text(f).value)


def mammoth_markdown(path: str) -> int:
    import mammoth

    with open(path, "rb") as f:
        return len(mammoth.convert_to_markdown(f).value)


def limit_text(path: str, runs: int = 1) -> float:
    """Runs the limit program: its own warm-up, then the median ms of `runs`."""
    out = subprocess.run(
        [str(LIMIT), path, "--reps", str(runs)], check=True, capture_output=True, text=True
    ).stdout
    return float(json.loads(out)["total_ms"])


JOBS: dict[tuple[str, str], Callable[[str], object]] = {
    ("limit", "text"): limit_text,
    ("docxsift", "text"): ds_text,
    ("docxsift", "traverse"): ds_traverse,
    ("docxsift", "markdown"): ds_markdown,
    ("python-docx", "text"): pd_text,
    ("python-docx", "traverse"): pd_traverse,
    ("docx2python", "text"): d2p_text,
    ("mammoth", "text"): mammoth_text,
    ("mammoth", "markdown"): mammoth_markdown,
}
MODULES = {
    "docxsift": "docxsift",
    "python-docx": "docx",
    "docx2python": "docx2python",
    "mammoth": "mammoth",
}
DISTS = {"python-docx": "python-docx", "docx2python": "docx2python", "mammoth": "mammoth"}


def available(tool: str, job: str) -> bool:
    if tool == "limit":
        return LIMIT.exists()
    if tool == "docxsift" and job == "markdown":
        return ds_has_markdown()
    try:
        __import__(MODULES[tool])
    except ImportError:
        return False
    return True


def version(tool: str) -> str:
    if tool == "docxsift":
        import docxsift

        return str(getattr(docxsift, "__version__", "?"))
    if tool == "limit":
        return "g++ -O2, libzip + pugixml parse_default"
    try:
        return metadata.version(DISTS[tool])
    except metadata.PackageNotFoundError:
        return "?"


# ---------------------------------------------------------------- measuring


# A sample is the median of this many runs when one run takes under
# SHORT_RUN_MS (estimated from the previous sample), else of one run.
SHORT_RUN_MS = 5.0
RUNS_PER_SHORT_SAMPLE = 15
# No warm-up for runs longer than this: the caches matter little there, and
# python-docx on L would double the suite's time.
WARM_UP_UNDER_MS = 1000.0


def time_once(tool: str, job: str, path: str, estimate_ms: float | None = None) -> float:
    """Milliseconds for one sample of the job: warm-up, then a median of runs.

    The limit warms up and takes its median in its own process; every other
    tool gets the same treatment here, so that no tool is timed with caches
    left cold by the one before it.
    """
    runs = RUNS_PER_SHORT_SAMPLE if estimate_ms is not None and estimate_ms < SHORT_RUN_MS else 1
    if tool == "limit":
        return limit_text(path, runs)
    fn = JOBS[(tool, job)]
    if estimate_ms is None or estimate_ms < WARM_UP_UNDER_MS:
        fn(path)
    times = []
    for _ in range(runs):
        t0 = time.perf_counter()
        fn(path)
        times.append((time.perf_counter() - t0) * 1000)
    return statistics.median(times)


def peak_rss_mib(tool: str, job: str, path: str) -> float:
    """Peak RSS (VmHWM) of a fresh process doing the job once.

    Not ru_maxrss: on Linux a child's ru_maxrss includes the RSS of the parent
    it was forked from, before exec. Each process reports its own VmHWM.
    """
    if tool == "limit":
        argv = [str(LIMIT), path, "--reps", "1"]
    else:
        argv = [sys.executable, str(Path(__file__).resolve()), "--child", tool, job, path]
    proc = subprocess.run(argv, capture_output=True, text=True)
    if proc.returncode != 0:
        return float("nan")
    return json.loads(proc.stdout.splitlines()[-1])["peak_rss_kib"] / 1024


def build_limit() -> None:
    if LIMIT.exists() and LIMIT.stat().st_mtime > (HERE / "limit.cpp").stat().st_mtime:
        return
    if not shutil.which("g++") or not shutil.which("pkg-config"):
        print("limit: g++ or pkg-config missing; the limit column is skipped", file=sys.stderr)
        return
    flags = subprocess.run(
        ["pkg-config", "--cflags", "--libs", "libzip", "pugixml"],
        check=True,
        capture_output=True,
        text=True,
    ).stdout.split()
    subprocess.run(
        ["g++", "-O2", "-std=c++20", "-o", str(LIMIT), str(HERE / "limit.cpp"), *flags], check=True
    )


def xml_size(path: Path) -> int:
    with zipfile.ZipFile(path) as z:
        return z.getinfo("word/document.xml").file_size


def measure(args: argparse.Namespace, files: dict[str, Path]) -> list[dict]:
    cells = [
        (tool, job)
        for (tool, job) in JOBS
        if available(tool, job) and (not args.tools or tool in args.tools)
    ]
    sizes = sorted(files, key=lambda s: xml_size(files[s]))
    samples: dict[tuple[str, str, str], list[float]] = {}
    skipped: dict[tuple[str, str, str], str] = {}
    per_byte: dict[tuple[str, str], float] = {}
    # Untimed round on the smallest input (imports, caches); it also gives the
    # first estimate of each job's speed.
    for tool, job in cells:
        first = sizes[0]
        per_byte[(tool, job)] = time_once(tool, job, str(files[first])) / xml_size(files[first])
    for rnd in range(args.reps):
        for size in sizes:
            path, nbytes = str(files[size]), xml_size(files[size])
            for tool, job in cells:
                key = (tool, job, size)
                if key in skipped:
                    continue
                done = samples.setdefault(key, [])
                if rnd == 0 and (tool, job) in per_byte:
                    estimate = per_byte[(tool, job)] * nbytes / 1000
                    if estimate > args.max_seconds:
                        skipped[key] = f"est. {estimate:.0f} s > --max-seconds"
                        continue
                # A tool slower than --cell-seconds in total gets fewer rounds.
                if done and sum(done) / 1000 > args.cell_seconds:
                    continue
                expect_ms = done[-1] if done else per_byte.get((tool, job), 0.0) * nbytes or None
                ms = time_once(tool, job, path, expect_ms)
                done.append(ms)
                per_byte[(tool, job)] = ms / nbytes
                print(
                    f"  round {rnd + 1}/{args.reps} {size} {tool:11} {job:8} {ms:10.1f} ms",
                    file=sys.stderr,
                    flush=True,
                )
    rows = []
    for size in sizes:
        nbytes = xml_size(files[size])
        for tool, job in cells:
            key = (tool, job, size)
            row: dict = {"size": size, "xml_bytes": nbytes, "tool": tool, "job": job}
            if key in skipped:
                row["skipped"] = skipped[key]
            else:
                row["times_ms"] = [round(t, 3) for t in samples[key]]
                row["median_ms"] = statistics.median(samples[key])
                # A fresh process per tool: skipped for tools slower than --rss-max-seconds.
                if args.rss and job == "text" and row["median_ms"] <= args.rss_max_seconds * 1000:
                    row["peak_rss_mib"] = round(peak_rss_mib(tool, job, str(files[size])), 1)
            rows.append(row)
    return rows


def add_ratios(rows: list[dict]) -> None:
    def median(tool: str, job: str, size: str) -> float | None:
        for r in rows:
            if (r["tool"], r["job"], r["size"]) == (tool, job, size):
                return r.get("median_ms")
        return None

    for r in rows:
        if "median_ms" not in r:
            continue
        if r["tool"] == "docxsift":
            base = median("limit", "text", r["size"])
            if base:
                r["ratio_vs_limit"] = r["median_ms"] / base
        elif r["tool"] != "limit":
            base = median("docxsift", r["job"], r["size"])
            if base:
                r["ratio_vs_docxsift"] = r["median_ms"] / base


def corpus(args: argparse.Namespace) -> dict:
    root = Path(os.environ.get("DOCXSIFT_CORPUS", ROOT.parent / "shared" / "corpus"))
    if not root.is_dir():
        return {"skipped": f"no corpus at {root}"}
    import docxsift

    paths = [str(p) for p in docxsift.batch.iter_paths(root)]
    result: dict = {"root": str(root), "files": len(paths)}
    jobs = [("docxsift", ds_text)]
    if available("python-docx", "text"):
        jobs.append(("python-docx", pd_text))
    times: dict[str, list[float]] = {name: [] for name, _ in jobs}
    failures: dict[str, int] = {name: 0 for name, _ in jobs}
    for rnd in range(args.corpus_reps):
        for name, fn in jobs:
            t0 = time.perf_counter()
            for path in paths:
                try:
                    fn(path)
                except Exception:  # a reader failing on a file is data
                    failures[name] += rnd == 0
            times[name].append(time.perf_counter() - t0)
    for name, _ in jobs:
        med = statistics.median(times[name])
        result[name] = {"files_per_s": len(paths) / med, "seconds": med, "failures": failures[name]}
    if "python-docx" in result:
        result["python-docx"]["ratio_vs_docxsift"] = (
            result["docxsift"]["files_per_s"] / result["python-docx"]["files_per_s"]
        )
    return result


# ---------------------------------------------------------------- reporting


def print_table(rows: list[dict], sizes: list[str]) -> None:
    print()
    head = f"{'job':9} {'tool':12}" + "".join(
        f" | {s + ' median':>13} {'ratio':>7} {'RSS':>8}" for s in sizes
    )
    print(head)
    print("-" * len(head))
    keys = list(dict.fromkeys((r["job"], r["tool"]) for r in rows))
    for job, tool in sorted(
        keys,
        key=lambda k: (
            ["text", "traverse", "markdown"].index(k[0]),
            k[1] != "limit",
            k[1] != "docxsift",
        ),
    ):
        line = f"{job:9} {tool:12}"
        for size in sizes:
            r = next(
                (r for r in rows if (r["job"], r["tool"], r["size"]) == (job, tool, size)), None
            )
            if r is None or "median_ms" not in r:
                line += f" | {'skipped':>13} {'':>7} {'':>8}"
                continue
            ratio = r.get("ratio_vs_limit", r.get("ratio_vs_docxsift"))
            rtxt = f"{ratio:6.2f}x" if ratio is not None else ""
            rss = r.get("peak_rss_mib")
            rss_txt = f"{rss:5.0f}MiB" if rss is not None else ""
            line += f" | {r['median_ms']:10.1f} ms {rtxt:>7} {rss_txt:>8}"
        print(line)
    print(
        "\nratio: docxsift rows ÷ limit (text); other tools ÷ docxsift for the same job"
        " (higher = docxsift faster). RSS: peak (VmHWM) of a fresh process doing the text job."
    )


def vm_hwm_kib() -> int:
    with open("/proc/self/status") as f:
        for line in f:
            if line.startswith("VmHWM:"):
                return int(line.split()[1])
    return 0


def child(tool: str, job: str, path: str) -> None:
    JOBS[(tool, job)](path)
    print(json.dumps({"peak_rss_kib": vm_hwm_kib()}))


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--inputs", type=Path, default=OUT)
    ap.add_argument("--sizes", default="S,M,L")
    ap.add_argument("--reps", type=int, default=7, help="interleaved rounds (default 7)")
    ap.add_argument(
        "--cell-seconds",
        type=float,
        default=30.0,
        help="stop repeating a tool on a size after this many seconds",
    )
    ap.add_argument(
        "--max-seconds",
        type=float,
        default=120.0,
        help="skip a run estimated to take longer than this",
    )
    ap.add_argument("--quick", action="store_true", help="S and M, 3 rounds, no corpus (CI)")
    ap.add_argument("--no-rss", dest="rss", action="store_false")
    ap.add_argument(
        "--rss-max-seconds",
        type=float,
        default=60.0,
        help="measure peak RSS only for jobs faster than this",
    )
    ap.add_argument(
        "--tools",
        type=lambda s: s.split(","),
        default=None,
        help="subset of: limit,docxsift,python-docx,docx2python,mammoth",
    )
    ap.add_argument(
        "--no-reuse",
        action="store_true",
        help="docxsift reads styles, theme, settings and numbering on every open "
        "(by default a repeated open reuses them, as documents of one template do)",
    )
    ap.add_argument("--corpus", action="store_true", help="also files/s over DOCXSIFT_CORPUS")
    ap.add_argument("--corpus-reps", type=int, default=3)
    ap.add_argument("--json", type=Path, default=OUT / "results.json")
    ap.add_argument("--child", nargs=3, metavar=("TOOL", "JOB", "FILE"), help=argparse.SUPPRESS)
    args = ap.parse_args()
    if args.child:
        child(*args.child)
        return
    if args.quick:
        args.sizes, args.reps, args.corpus = "S,M", min(args.reps, 3), False
    if args.no_reuse:
        os.environ[NO_REUSE_ENV] = "1"  # children (RSS) inherit it
        print("docxsift: --no-reuse, every open reads its styles, theme, settings and numbering")

    sys.path.insert(0, str(HERE))
    import make_inputs

    args.inputs.mkdir(parents=True, exist_ok=True)
    sizes = args.sizes.split(",")
    files = {s: make_inputs.make(args.inputs, s) for s in sizes}
    build_limit()
    tools = sorted({t for (t, j) in JOBS if available(t, j)})
    missing = sorted({t for (t, j) in JOBS} - set(tools))
    print(
        f"tools: {', '.join(f'{t} {version(t)}' for t in tools)}"
        + (f"; not installed: {', '.join(missing)}" if missing else "")
    )
    if not ds_has_markdown():
        print("docxsift has no to_markdown() yet: the markdown job is skipped for it")
    print(
        "sizes: " + ", ".join(f"{s} {xml_size(files[s]) / 1e6:.2f} MB document.xml" for s in sizes)
    )

    rows = measure(args, files)
    add_ratios(rows)
    print_table(rows, sizes)
    report = {
        "when": time.strftime("%Y-%m-%dT%H:%M:%SZ", time.gmtime()),
        "machine": {
            "python": platform.python_version(),
            "platform": platform.platform(),
            "cpus": os.cpu_count(),
            "load": os.getloadavg(),
        },
        "versions": {t: version(t) for t in tools},
        "rounds": args.reps,
        "results": rows,
    }
    if args.corpus:
        report["corpus"] = corpus(args)
        c = report["corpus"]
        if "skipped" in c:
            print(f"\ncorpus: {c['skipped']}")
        else:
            print(f"\ncorpus: {c['files']} files, one process, text of the main story:")
            for name in ("docxsift", "python-docx"):
                if name in c:
                    print(
                        f"  {name:12} {c[name]['files_per_s']:8.1f} files/s "
                        f"({c[name]['failures']} failed)"
                    )
            if "python-docx" in c:
                print(
                    f"  docxsift is {c['python-docx']['ratio_vs_docxsift']:.1f}x python-docx;"
                    " workers: benchmarks/bench_batch.py"
                )
    args.json.parent.mkdir(parents=True, exist_ok=True)
    args.json.write_text(json.dumps(report, indent=1, ensure_ascii=False))
    print(f"\nwrote {args.json}")


if __name__ == "__main__":
    main()
