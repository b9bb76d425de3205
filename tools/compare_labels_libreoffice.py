"""List labels: docxsift against LibreOffice's text export (issue 3's check).

    python tools/compare_labels_libreoffice.py [CORPUS] [--out build/lo-labels] [--examples 20]
    python tools/compare_labels_libreoffice.py --classify [--examples 3]

Needs `soffice` (Debian: libreoffice-writer-nogui). Every corpus document
with at least one numbered paragraph is converted once with
`soffice --convert-to "txt:Text (encoded):UTF8"` (cached in --out), then each
numbered paragraph is aligned with a LibreOffice line and the label prefix
compared with Paragraph.list_label.

Alignment: a weighted longest common subsequence over paragraph texts, where a
numbered paragraph matches a line made of a short label prefix, a separator and
its text (a match that finds a label outweighs one that does not, so a list
item is not paired with an unnumbered paragraph of the same text); then the
numbered paragraphs left over are paired, between their aligned neighbours,
with a line whose text starts like theirs once spaces, soft hyphens and
zero-width characters are dropped (LibreOffice writes math, soft hyphens and
tracked changes differently from Paragraph.text).

LibreOffice redraws bullets with its own glyph per level (•, ◦, ▪); those
count as agreement. Prints the agreement and, with --examples, the differing
labels; with --classify, every mismatch grouped by cause with who is right
(tools/label_mismatch_classes.py).
"""

from __future__ import annotations

import argparse
import collections
import dataclasses
import os
import shutil
import subprocess
import sys
from pathlib import Path

import docxsift

WS = " \t\u3000\xa0"
MAX_LABEL = 30
IGNORABLE = set(WS) | {"\xad", "\u200b", "\u200c", "\u200d", "\ufeff", "\u2060"}


@dataclasses.dataclass
class Item:
    """One numbered paragraph with text, and what LibreOffice wrote for it."""

    doc: str  # path relative to the corpus
    index: int  # position in Document.iter_paragraphs()
    key: str  # first line of Paragraph.text, stripped
    ours: str  # Paragraph.list_label without trailing spaces
    level: int
    line: str | None  # LibreOffice's line, None when not aligned
    theirs: str | None  # LibreOffice's label prefix, None when not aligned
    # "equal", "bullet glyph redrawn by LibreOffice", "differ", "not in LibreOffice's output"
    status: str


def _prefix_ok(prefix: str) -> bool:
    return prefix == "" or (len(prefix) <= MAX_LABEL and prefix[-1] in WS)


def label_prefix(line: str, key: str) -> str | None:
    # The line is "label, separator, text": the text is at the end. Looking
    # there first matters when the text starts like the label ("11| 11",
    # "1st 1st" in test documents whose texts are labels).
    if line.endswith(key) and _prefix_ok(line[: len(line) - len(key)]):
        return line[: len(line) - len(key)].rstrip()
    at = line.find(key)
    while at >= 0:
        if _prefix_ok(line[:at]):
            return line[:at].rstrip()
        at = line.find(key, at + 1)
    return None


def _squeeze(s: str) -> str:
    return "".join(c for c in s if c not in IGNORABLE)


def _common_prefix(a: str, b: str) -> int:
    n = 0
    while n < min(len(a), len(b)) and a[n] == b[n]:
        n += 1
    return n


def loose_label_prefixes(line: str, key: str) -> list[str]:
    """The label prefixes that make a line read as "label, separator, text like key" once
    spaces, soft hyphens and zero-width characters are dropped: the same first 8 characters
    (all of a shorter key), or, where LibreOffice leaves out part of Paragraph.text (math),
    the same first or last 4 or more. Several splits can fit; the caller picks."""
    want = _squeeze(key)
    found: list[str] = []
    if not want:
        return found
    n = min(len(want), 8)
    for at in [0] + [k + 1 for k, c in enumerate(line[: MAX_LABEL + 1]) if c in WS]:
        if not _prefix_ok(line[:at]):
            continue
        rest = _squeeze(line[at:])
        head = _common_prefix(rest, want)
        tail = _common_prefix(rest[::-1], want[::-1])
        if (head >= n and (len(want) >= 8 or rest == want)) or (
            len(rest) >= 4 and (head == len(rest) or tail == len(rest) or tail >= 8)
        ):
            found.append(line[:at].rstrip())
    return found


def theirs_in(line: str, key: str, ours: str) -> str:
    """LibreOffice's label on an aligned line: the exact split, else the loose split that
    reads as ours when one does, else the first non-empty one."""
    exact = label_prefix(line, key)
    if exact is not None:
        return exact
    loose = loose_label_prefixes(line, key)
    if ours in loose:
        return ours
    return next((p for p in loose if p), "")


def convert(docs: dict[str, Path], out: Path) -> None:
    inbox, txt, profile = out / "in", out / "txt", out / "profile"
    for d in (inbox, txt):
        d.mkdir(parents=True, exist_ok=True)
    todo = []
    for name, path in docs.items():
        if not (txt / f"{name}.txt").exists():
            shutil.copyfile(path, inbox / f"{name}.docx")
            todo.append(str(inbox / f"{name}.docx"))
    for start in range(0, len(todo), 15):
        subprocess.run(
            [
                "soffice",
                f"-env:UserInstallation=file://{profile.resolve()}",
                "--headless",
                "--convert-to",
                "txt:Text (encoded):UTF8",
                "--outdir",
                str(txt),
                *todo[start : start + 15],
            ],
            capture_output=True,
            timeout=900,
            check=False,
        )


def _score(key: str, label: str | None, line: str) -> int:
    """0: no match; 2: exact text, or a numbered paragraph on a line with a label prefix; 1: a
    numbered paragraph on a line without one (its text may also be an unnumbered paragraph)."""
    if label is None:
        return 2 if line == key else 0
    prefix = label_prefix(line, key)
    if prefix is None:
        return 0
    return 2 if prefix or not label.strip(WS) else 1


def align(paras: list[tuple[str, str | None]], lines: list[str]) -> dict[int, int]:
    """Paragraph index -> line index, by a weighted longest common subsequence, then the
    numbered paragraphs left over by a loose match between their aligned neighbours."""
    n, m = len(paras), len(lines)
    table = [[0] * (m + 1) for _ in range(n + 1)]
    for i in range(n - 1, -1, -1):
        key, label = paras[i]
        row, below = table[i], table[i + 1]
        for j in range(m - 1, -1, -1):
            s = _score(key, label, lines[j]) if key in lines[j] else 0
            row[j] = max(below[j], row[j + 1], below[j + 1] + s if s else 0)
    match, i, j = {}, 0, 0
    while i < n and j < m:
        key, label = paras[i]
        s = _score(key, label, lines[j]) if key in lines[j] else 0
        if s and table[i][j] == table[i + 1][j + 1] + s:
            match[i] = j
            i, j = i + 1, j + 1
        elif table[i + 1][j] >= table[i][j + 1]:
            i += 1
        else:
            j += 1
    used = set(match.values())
    low = -1
    for i, (key, label) in enumerate(paras):
        if i in match:
            low = match[i]
            continue
        if label is None:
            continue
        high = next((match[k] for k in range(i + 1, n) if k in match), m)
        for j in range(low + 1, high):
            if j not in used and loose_label_prefixes(lines[j], key):
                match[i] = low = j
                used.add(j)
                break
    return match


def lo_lines(txt: Path) -> list[str]:
    lines = [x.strip(" \t\ufeff") for x in txt.read_text("utf-8", "replace").split("\n")]
    return [x for x in lines if x]


def compare(
    corpus: Path, out: Path, max_paragraphs: int
) -> tuple[collections.Counter[str], list[Item]]:
    docs: dict[str, Path] = {}
    for i, path in enumerate(sorted(corpus.rglob("*.docx"))):
        try:
            doc = docxsift.open(path)
        except docxsift.DocxError:
            continue
        every = list(doc.iter_paragraphs())
        if len(every) <= max_paragraphs and any(p.list_label for p in every):
            docs[f"d{i:05d}"] = path
    convert(docs, out)
    stats: collections.Counter[str] = collections.Counter()
    items: list[Item] = []
    for name, path in docs.items():
        txt = out / "txt" / f"{name}.txt"
        if not txt.exists():
            stats["not converted"] += 1
            continue
        lines = lo_lines(txt)
        paras: list[tuple[str, str | None]] = []
        where: list[tuple[int, int]] = []  # (paragraph index, level)
        for k, p in enumerate(docxsift.open(path).iter_paragraphs()):
            key = p.text.split("\n")[0].strip()
            if key:
                paras.append((key, p.list_label))
                where.append((k, p.list_level or 0))
            elif p.list_label is not None:
                stats["numbered, no text (not compared)"] += 1
        match = align(paras, lines)
        rel = str(path.relative_to(corpus))
        for i, (key, label) in enumerate(paras):
            if label is None:
                continue
            stats["numbered"] += 1
            ours = label.rstrip(WS)
            index, level = where[i]
            if i not in match:
                status, line, theirs = "not in LibreOffice's output", None, None
            else:
                line = lines[match[i]]
                theirs = theirs_in(line, key, ours)
                if ours == theirs:
                    status = "equal"
                elif theirs == "•◦▪"[level % 3] and len(ours) <= 1:
                    status = "bullet glyph redrawn by LibreOffice"
                else:
                    status = "differ"
            stats[status] += 1
            items.append(Item(rel, index, key, ours, level, line, theirs, status))
    return stats, items


def main() -> int:
    parser = argparse.ArgumentParser(description=(__doc__ or "").split("\n")[0])
    shared = Path(__file__).resolve().parents[2] / "shared" / "corpus"
    default = os.environ.get("DOCXSIFT_CORPUS", str(shared))
    parser.add_argument("corpus", nargs="?", default=default)
    parser.add_argument("--out", default="build/lo-labels")
    parser.add_argument("--examples", type=int, default=0)
    parser.add_argument("--classify", action="store_true", help="group every mismatch by cause")
    parser.add_argument("--max-paragraphs", type=int, default=3000, help="skip longer documents")
    args = parser.parse_args()
    if shutil.which("soffice") is None:
        print("needs soffice: apt-get install libreoffice-writer-nogui", file=sys.stderr)
        return 1
    corpus = Path(args.corpus)
    stats, items = compare(corpus, Path(args.out), args.max_paragraphs)
    agree = stats["equal"] + stats["bullet glyph redrawn by LibreOffice"]
    total = stats["numbered"]
    print(dict(stats))
    print(f"agreement: {agree}/{total} = {100.0 * agree / max(total, 1):.2f}%")
    if args.classify:
        sys.path.insert(0, str(Path(__file__).resolve().parent))
        import label_mismatch_classes

        label_mismatch_classes.report(corpus, Path(args.out), items, agree, total, args.examples)
        return 0
    shown = 0
    for item in items:
        if item.status in ("differ", "not in LibreOffice's output") and shown < args.examples:
            print("  differ:", (item.doc, item.ours, item.theirs, item.key[:24]))
            shown += 1
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
