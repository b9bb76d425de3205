"""How well docxsift's `.doc` text agrees with its `.docx` text and with LibreOffice's.

    python3 benchmarks/doc_agreement.py [CORPUS] [-n N] [--convert-only] [--workers 2]

Needs `soffice` (Debian: libreoffice-writer-nogui). Corpus `.docx` files (all
by default, the Chinese ones first; the ones MANIFEST.tsv marks CORRUPT or
ENCRYPTED are skipped) are linked into build/doc-agreement/in/ under a name
made from a hash of their corpus path, then converted by LibreOffice, many per
launch, at most --workers launches at a time, each result cached so a re-run
only converts what is missing:
  in/K.docx -> doc/K.doc        "MS Word 97" filter: the `.doc` under test
  doc/K.doc -> doc-txt/K.txt    LibreOffice's text of the `.doc`
  in/K.docx -> docx-txt/K.txt   LibreOffice's text of the `.docx`
Files LibreOffice cannot convert are listed in failed-*.txt and not retried.
Only .docx/.docm/.dotx/.dotm rows are taken (the corpus also holds expected
outputs of other projects' tests).

Then, per document:
  (a) F1(docxsift text of K.doc, docxsift text of K.docx)
  (b) F1(docxsift text of K.doc, LibreOffice text of K.doc), next to
      F1(docxsift text of K.docx, LibreOffice text of K.docx)
  (c) for reference, where office_oxide (PyPI office-oxide, a Rust reader)
      is installed: F1(office_oxide text of K.doc, docxsift text of K.docx)
F1 is the character F1 of two multisets of characters (bag of characters:
precision and recall of the common characters, counted with multiplicity),
after dropping every white-space character and U+FEFF, so the paragraph,
cell and tab separators the tools place differently do not count. Two empty
texts agree (F1 1). A reader error scores 0 and is counted.

Prints mean and median overall and for the Chinese subset (MANIFEST.tsv's
notes say "Chinese"), (a) also over the documents whose conversion kept the
text (LibreOffice's exports of the .doc and of the .docx agree to F1 >= 0.99:
LibreOffice saves equations as OLE objects, ruby as EQ fields, and so on, and
what a .doc does not hold no reader can find) and without the documents with
Office Math (LibreOffice's exports miss it in both), the 10 worst files of (a), and
writes everything to build/doc-agreement/summary.json. A program, not a test.
"""

from __future__ import annotations

import argparse
import collections
import hashlib
import json
import os
import statistics
import sys
import threading
import time
from collections.abc import Callable, Sequence
from dataclasses import asdict, dataclass
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

import soffice  # noqa: E402  (benchmarks/ is not a package)

ROOT = HERE.parent
OUT = ROOT / "build" / "doc-agreement"
DEFAULT_CORPUS = os.environ.get("DOCXSIFT_CORPUS", str(ROOT.parent / "shared" / "corpus"))
SKIP_MARKS = ("CORRUPT", "ENCRYPTED")
WORD = (".docx", ".docm", ".dotx", ".dotm")  # the corpus also holds expected outputs (.md, .native)
IGNORED = frozenset(" \t\n\r\v\f\u3000\xa0\u2028\u2029\u200b\ufeff\x0b")


@dataclass
class Doc:
    """One corpus document and its converted copies."""

    rel: str  # path relative to the corpus
    key: str  # hash of rel: the stem of every file made from it
    chinese: bool


def select(corpus: Path, limit: int | None) -> list[Doc]:
    """Chinese documents first, then the others in the order of their hash (a stable
    sample that does not favour one repository), CORRUPT/ENCRYPTED ones left out."""
    docs = []
    with open(corpus / "MANIFEST.tsv", encoding="utf-8") as f:
        next(f)
        for line in f:
            cols = line.rstrip("\n").split("\t")
            notes = cols[6] if len(cols) > 6 else ""
            if any(mark in notes for mark in SKIP_MARKS) or not cols[0].lower().endswith(WORD):
                continue
            key = hashlib.sha1(cols[0].encode()).hexdigest()[:16]
            docs.append(Doc(cols[0], key, "Chinese" in notes))
    docs.sort(key=lambda d: (not d.chinese, d.key))
    return docs[:limit] if limit else docs


# ---------------------------------------------------------------- converting


def stage(docs: Sequence[Doc], corpus: Path) -> list[Path]:
    inbox = OUT / "in"
    inbox.mkdir(parents=True, exist_ok=True)
    staged = []
    for d in docs:
        link = inbox / f"{d.key}.docx"
        if not link.exists():
            link.symlink_to((corpus / d.rel).resolve())
        staged.append(link)
    return staged


def failed_list(step: str) -> Path:
    return OUT / f"failed-{step}.txt"


def convert_step(step: str, files: list[Path], filter_: str, outdir: Path, workers: int) -> None:
    """Converts `files` in `workers` interleaved shares, each with its own profile;
    appends what failed to failed-STEP.txt and skips what failed before."""
    known = set(failed_list(step).read_text().split()) if failed_list(step).exists() else set()
    files = [f for f in files if f.stem not in known]
    shares = [files[w::workers] for w in range(workers)]
    failed: list[Path] = []
    lock = threading.Lock()

    def work(w: int) -> None:
        lost = soffice.convert(shares[w], filter_, outdir, OUT / f"profile-{w}")
        with lock:
            failed.extend(lost)

    threads = [threading.Thread(target=work, args=(w,)) for w in range(workers)]
    start = time.perf_counter()
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    with open(failed_list(step), "a") as f:
        for p in failed:
            f.write(p.stem + "\n")
    print(
        f"{step}: {len(files)} files, {len(failed)} failed, {time.perf_counter() - start:.0f} s",
        file=sys.stderr,
    )


def convert_all(docs: Sequence[Doc], corpus: Path, workers: int) -> None:
    staged = stage(docs, corpus)
    convert_step("doc", staged, soffice.TO_DOC, OUT / "doc", workers)
    made = [OUT / "doc" / f"{d.key}.doc" for d in docs]
    convert_step(
        "doc-txt", [p for p in made if p.exists()], soffice.TO_TXT, OUT / "doc-txt", workers
    )
    convert_step("docx-txt", staged, soffice.TO_TXT, OUT / "docx-txt", workers)


# ---------------------------------------------------------------- comparing


def chars(text: str) -> collections.Counter[str]:
    return collections.Counter(c for c in text if c not in IGNORED)


def f1(a: str, b: str) -> float:
    """Character F1 of two texts: bags of characters, white space dropped."""
    ca, cb = chars(a), chars(b)
    na, nb = sum(ca.values()), sum(cb.values())
    if na == 0 and nb == 0:
        return 1.0
    common = sum((ca & cb).values())
    return 2 * common / (na + nb)


def read_text(reader: Callable[[str], str], path: Path) -> str | None:
    import docxsift

    try:
        return reader(str(path))
    except docxsift.DocxError:
        return None


def lo_text(path: Path) -> str | None:
    return path.read_text(encoding="utf-8", errors="replace") if path.exists() else None


def ds_text(path: str) -> str:
    import docxsift

    return str(docxsift.open(path).text)


def has_math(path: Path) -> bool:
    """Office Math in the .docx: LibreOffice saves each equation into the .doc as
    an OLE object, whose text no .doc reader shows."""
    import docxsift

    try:
        return any(p.equations for p in docxsift.open(path).iter_paragraphs())
    except docxsift.DocxError:
        return False


def oxide_text(path: Path) -> str | None:
    try:
        import office_oxide
    except ImportError:
        return None
    try:
        return str(office_oxide.extract_text(str(path)))
    except Exception:  # office_oxide's own errors: scored as no text
        return ""


@dataclass
class Row:
    rel: str
    key: str
    chinese: bool
    doc_vs_docx: float | None  # None: no .doc (LibreOffice failed) or no .docx text
    doc_error: bool
    doc_vs_lo: float | None
    docx_vs_lo: float | None
    oxide_doc_vs_docx: float | None  # None: office_oxide not installed, or no .doc
    # LibreOffice's text of the .doc against its text of the .docx: below 0.99
    # the conversion itself lost or changed text (equations, ruby, form fields)
    conversion_kept: float | None
    math: bool  # the .docx has Office Math (lost by the conversion)


def compare(d: Doc) -> Row:
    docx = read_text(ds_text, OUT / "in" / f"{d.key}.docx")
    doc_path = OUT / "doc" / f"{d.key}.doc"
    doc = read_text(ds_text, doc_path) if doc_path.exists() else None
    error = doc_path.exists() and doc is None
    lo_doc, lo_docx = (
        lo_text(OUT / "doc-txt" / f"{d.key}.txt"),
        lo_text(OUT / "docx-txt" / f"{d.key}.txt"),
    )
    a = None if docx is None or not doc_path.exists() else f1(doc or "", docx)
    b_doc = None if lo_doc is None else f1(doc or "", lo_doc)
    b_docx = None if lo_docx is None or docx is None else f1(docx, lo_docx)
    oxide = oxide_text(doc_path) if doc_path.exists() and docx is not None else None
    c = None if oxide is None or docx is None else f1(oxide, docx)
    kept = None if lo_doc is None or lo_docx is None else f1(lo_doc, lo_docx)
    math = has_math(OUT / "in" / f"{d.key}.docx")
    return Row(d.rel, d.key, d.chinese, a, error, b_doc, b_docx, c, kept, math)


def stats(values: Sequence[float | None]) -> dict[str, Any]:
    xs = [v for v in values if v is not None]
    if not xs:
        return {"n": 0}
    return {
        "n": len(xs),
        "mean": round(statistics.fmean(xs), 4),
        "median": round(statistics.median(xs), 4),
        "at_least_0.99": sum(x >= 0.99 for x in xs),
    }


# A conversion "kept the text" when LibreOffice's own text exports of the .doc
# and of the .docx agree this well.
KEPT = 0.99


def summarise(rows: Sequence[Row], doc_reader: str) -> dict[str, Any]:
    def part(rs: Sequence[Row]) -> dict[str, Any]:
        both = [r for r in rs if r.doc_vs_lo is not None and r.docx_vs_lo is not None]
        kept = [r for r in rs if r.conversion_kept is not None and r.conversion_kept >= KEPT]
        return {
            "doc_vs_docx": stats([r.doc_vs_docx for r in rs]),
            "doc_vs_docx_where_conversion_kept_text": stats([r.doc_vs_docx for r in kept]),
            "doc_vs_docx_without_math": stats([r.doc_vs_docx for r in rs if not r.math]),
            "doc_errors": sum(r.doc_error for r in rs),
            "doc_vs_libreoffice_doc": stats([r.doc_vs_lo for r in both]),
            "docx_vs_libreoffice_docx": stats([r.docx_vs_lo for r in both]),
            "office_oxide_doc_vs_docx": stats([r.oxide_doc_vs_docx for r in rs]),
        }

    scored = [r for r in rows if r.doc_vs_docx is not None]
    ranked = sorted(scored, key=lambda r: r.doc_vs_docx or 0.0)
    worst = ranked[:10]
    worst_no_math = [r for r in ranked if not r.math][:10]
    return {
        "f1": "character F1 over bags of characters, white space and U+FEFF dropped",
        "docxsift_doc_reader": doc_reader,
        "libreoffice": soffice.version(),
        "documents": len(rows),
        "converted": len(scored),
        "overall": part(rows),
        "chinese": part([r for r in rows if r.chinese]),
        "worst": [{"file": r.rel, "f1": round(r.doc_vs_docx or 0.0, 4)} for r in worst],
        "worst_without_math": [
            {"file": r.rel, "f1": round(r.doc_vs_docx or 0.0, 4)} for r in worst_no_math
        ],
        "rows": [asdict(r) for r in rows],
    }


def print_summary(s: dict[str, Any]) -> None:
    print(f"{s['documents']} documents, {s['converted']} converted to .doc by {s['libreoffice']}")
    print(f"F1: {s['f1']}")
    for name in ("overall", "chinese"):
        p = s[name]
        a, lo_doc, lo_docx = (
            p["doc_vs_docx"],
            p["doc_vs_libreoffice_doc"],
            p["docx_vs_libreoffice_docx"],
        )
        if not a["n"]:
            continue
        print(
            f"{name:8} .doc vs .docx      n={a['n']:4}  mean {a['mean']:.4f}"
            f"  median {a['median']:.4f}"
            f"  >=0.99: {a['at_least_0.99']}  .doc errors: {p['doc_errors']}"
        )
        k = p["doc_vs_docx_where_conversion_kept_text"]
        if k["n"]:
            print(
                f"{name:8}   where LibreOffice's conversion kept the text (its exports agree"
                f" >= {KEPT}): n={k['n']:4}  mean {k['mean']:.4f}  median {k['median']:.4f}"
            )
        m = p["doc_vs_docx_without_math"]
        if m["n"]:
            print(
                f"{name:8}   without the documents with Office Math: n={m['n']:4}"
                f"  mean {m['mean']:.4f}  median {m['median']:.4f}  >=0.99: {m['at_least_0.99']}"
            )
        if lo_doc["n"]:
            print(
                f"{name:8} vs LibreOffice     n={lo_doc['n']:4}  .doc mean {lo_doc['mean']:.4f}"
                f" median {lo_doc['median']:.4f}  |  .docx mean {lo_docx['mean']:.4f}"
                f" median {lo_docx['median']:.4f}"
            )
        ox = p["office_oxide_doc_vs_docx"]
        if ox["n"]:
            print(
                f"{name:8} office_oxide .doc vs docxsift .docx  n={ox['n']:4}"
                f"  mean {ox['mean']:.4f}  median {ox['median']:.4f}"
            )
    print("worst .doc vs .docx:")
    for w in s["worst"]:
        print(f"  {w['f1']:.4f}  {w['file']}")
    print("worst .doc vs .docx without the documents with Office Math:")
    for w in s["worst_without_math"]:
        print(f"  {w['f1']:.4f}  {w['file']}")


def main() -> int:
    ap = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    ap.add_argument("corpus", nargs="?", default=DEFAULT_CORPUS)
    ap.add_argument("-n", type=int, default=None, help="number of documents (default: all)")
    ap.add_argument("--workers", type=int, default=2, help="soffice launches at a time (default 2)")
    ap.add_argument("--convert-only", action="store_true", help="convert, do not compare")
    ap.add_argument("--no-convert", action="store_true", help="compare what is converted already")
    args = ap.parse_args()
    corpus = Path(args.corpus)
    if not (corpus / "MANIFEST.tsv").exists():
        print(f"no corpus at {corpus}", file=sys.stderr)
        return 2
    docs = select(corpus, args.n)
    if not args.no_convert:
        if not soffice.available():
            print("needs soffice: apt-get install libreoffice-writer-nogui", file=sys.stderr)
            return 2
        convert_all(docs, corpus, max(1, min(args.workers, 2)))
    if args.convert_only:
        return 0
    import docxsift

    rows = [compare(d) for d in docs if (OUT / "in" / f"{d.key}.docx").exists()]
    summary = summarise(rows, str(getattr(docxsift, "__version__", "?")))
    (OUT / "summary.json").write_text(json.dumps(summary, ensure_ascii=False, indent=1))
    print_summary(summary)
    print(f"wrote {OUT / 'summary.json'}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
