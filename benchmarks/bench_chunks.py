"""Chunking cost and page-number quality over the corpus (docs/chunks.md).

    python3 benchmarks/bench_chunks.py [--corpus DIR] [--rounds 5] [--max-tokens 512]

1. Time: per round, every corpus file is opened and its text read
   (``docxsift.open(f).text``), then the same with ``doc.chunks()`` on top
   (built-in token count). Rounds alternate the two jobs; medians over the
   rounds; prints the time chunking adds, as a percentage of ``open().text``
   (the issue's target: at most 30%).
2. Pages: how many files carry Word's rendering information
   (w:lastRenderedPageBreak, so ``Paragraph.page`` is not None), and for
   files with a Word-updated table of contents (TOC result paragraphs that
   link to a ``_Toc`` bookmark and end in a page number), how often the
   bookmarked heading's ``Paragraph.page`` equals the TOC's number, and how
   often it does up to one constant offset per file (front matter numbered
   apart, restarted page numbers).

A program, not a test: nothing asserts.
"""

from __future__ import annotations

import argparse
import collections
import os
import re
import statistics
import sys
import time
import zipfile
from pathlib import Path
from xml.etree import ElementTree as ET

import docxsift

W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
TRAILING_NUMBER = re.compile(r"(\d+)\s*$")


def corpus_files(root: Path) -> list[Path]:
    files = sorted(
        p for p in root.rglob("*") if p.suffix.lower() in (".docx", ".docm", ".dotx", ".dotm")
    )
    good = []
    for path in files:
        try:
            docxsift.open(path)
        except docxsift.DocxError:
            continue
        good.append(path)
    return good


def time_jobs(files: list[Path], rounds: int, max_tokens: int) -> None:
    def text_only() -> None:
        for path in files:
            _ = docxsift.open(path).text

    def text_and_chunks() -> None:
        for path in files:
            doc = docxsift.open(path)
            _ = doc.text
            doc.chunks(max_tokens=max_tokens)

    samples: dict[str, list[float]] = {"text": [], "text+chunks": []}
    text_only()  # warm caches
    for _ in range(rounds):
        for name, job in (("text", text_only), ("text+chunks", text_and_chunks)):
            start = time.perf_counter()
            job()
            samples[name].append(time.perf_counter() - start)
    base = statistics.median(samples["text"])
    both = statistics.median(samples["text+chunks"])
    print(f"files: {len(files)}, rounds: {rounds}, max_tokens: {max_tokens}")
    print(f"open().text            median {base:8.3f} s")
    print(f"open().text + chunks() median {both:8.3f} s")
    print(f"chunking adds {100 * (both - base) / base:.1f}% to open().text (target <= 30%)")


def body_paragraphs_xml(path: Path) -> list[ET.Element] | None:
    """Top-level body paragraphs in order, as doc.paragraphs lists them (sdt and
    customXml wrappers opened); None when the main part is not word/document.xml."""
    with zipfile.ZipFile(path) as archive:
        try:
            root = ET.fromstring(archive.read("word/document.xml"))
        except (KeyError, ET.ParseError):
            return None
    body = root.find(f"{W}body")
    if body is None:
        return None
    out: list[ET.Element] = []
    stack = list(reversed(list(body)))
    while stack:
        node = stack.pop()
        if node.tag == f"{W}p":
            out.append(node)
        elif node.tag in (f"{W}sdt", f"{W}sdtContent", f"{W}customXml"):
            stack.extend(reversed(list(node)))
    return out


def page_stats(files: list[Path]) -> None:
    rendered = 0
    toc_files = 0
    skipped = 0
    entries = agree = agree_offset = 0
    for path in files:
        doc = docxsift.open(path)
        paragraphs = doc.paragraphs
        if not any(p.page is not None for p in paragraphs):
            continue
        rendered += 1
        xml = body_paragraphs_xml(path)
        if xml is None or len(xml) != len(paragraphs):
            skipped += 1  # tracked changes or altChunks: positions would not line up
            continue
        bookmarks: dict[str, int] = {}
        for i, p in enumerate(xml):
            for b in p.iter(f"{W}bookmarkStart"):
                bookmarks.setdefault(b.get(f"{W}name", ""), i)
        pairs: list[tuple[int, int]] = []  # (TOC number, heading page)
        for i, p in enumerate(xml):
            anchors = [h.get(f"{W}anchor", "") for h in p.iter(f"{W}hyperlink")]
            anchor = next((a for a in anchors if a.startswith("_Toc")), None)
            if anchor is None or anchor not in bookmarks:
                continue
            m = TRAILING_NUMBER.search(paragraphs[i].text)
            page = paragraphs[bookmarks[anchor]].page
            if m and page is not None:
                pairs.append((int(m.group(1)), page))
        if not pairs:
            continue
        toc_files += 1
        entries += len(pairs)
        agree += sum(number == page for number, page in pairs)
        offset, _ = collections.Counter(page - number for number, page in pairs).most_common(1)[0]
        agree_offset += sum(page - number == offset for number, page in pairs)
    n = len(files)
    print(f"files with w:lastRenderedPageBreak: {rendered} of {n} ({100 * rendered / n:.1f}%)")
    print(f"  of those, skipped (paragraph positions differ from the XML): {skipped}")
    print(f"files with a Word-updated TOC: {toc_files}; TOC entries checked: {entries}")
    if entries:
        print(f"  heading page == TOC number: {agree} ({100 * agree / entries:.1f}%)")
        share = 100 * agree_offset / entries
        print(f"  equal up to one offset per file: {agree_offset} ({share:.1f}%)")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    shared = Path(__file__).resolve().parents[2] / "shared" / "corpus"
    default = os.environ.get("DOCXSIFT_CORPUS", str(shared))
    parser.add_argument("--corpus", default=default)
    parser.add_argument("--rounds", type=int, default=5)
    parser.add_argument("--max-tokens", type=int, default=512)
    parser.add_argument("--no-time", action="store_true", help="page statistics only")
    args = parser.parse_args()
    root = Path(args.corpus)
    if not root.is_dir():
        print(f"bench_chunks: no corpus at {root}", file=sys.stderr)
        return 1
    files = corpus_files(root)
    if not args.no_time:
        time_jobs(files, args.rounds, args.max_tokens)
    page_stats(files)
    return 0


if __name__ == "__main__":
    sys.exit(main())
