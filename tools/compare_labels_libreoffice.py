"""List labels: docxsift against LibreOffice's text export (issue 3's check).

    python tools/compare_labels_libreoffice.py [CORPUS] [--out build/lo-labels] [--examples 20]

Needs `soffice` (Debian: libreoffice-writer-nogui). Every corpus document
with at least one numbered paragraph is converted once with
`soffice --convert-to "txt:Text (encoded):UTF8"` (cached in --out), then each
numbered paragraph is aligned with a LibreOffice line (a longest common
subsequence over paragraph texts, where a numbered paragraph matches a line
that is a short label prefix plus its text) and the label prefix compared with
Paragraph.list_label. LibreOffice redraws bullets with its own glyph per level
(•, ◦, ▪); those count as agreement. Prints the agreement and, with
--examples, the differing labels to explain.
"""

from __future__ import annotations

import argparse
import collections
import os
import shutil
import subprocess
import sys
from pathlib import Path

import docxsift

WS = " \t\u3000\xa0"
MAX_LABEL = 30


def label_prefix(line: str, key: str) -> str | None:
    at = line.find(key)
    while at >= 0:
        prefix = line[:at]
        if prefix == "" or (len(prefix) <= MAX_LABEL and prefix[-1] in WS):
            return prefix.rstrip()
        at = line.find(key, at + 1)
    return None


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
            ["soffice", f"-env:UserInstallation=file://{profile.resolve()}", "--headless",
             "--convert-to", "txt:Text (encoded):UTF8", "--outdir", str(txt),
             *todo[start:start + 15]],
            capture_output=True, timeout=900, check=False,
        )


def align(paras: list[tuple[str, str | None]], lines: list[str]) -> dict[int, int]:
    """Paragraph index -> line index, by a longest common subsequence."""
    n, m = len(paras), len(lines)
    table = [[0] * (m + 1) for _ in range(n + 1)]
    for i in range(n - 1, -1, -1):
        key, label = paras[i]
        for j in range(m - 1, -1, -1):
            ok = lines[j] == key if label is None else label_prefix(lines[j], key) is not None
            diagonal = table[i + 1][j + 1] + 1 if ok else 0
            table[i][j] = max(table[i + 1][j], table[i][j + 1], diagonal)
    match, i, j = {}, 0, 0
    while i < n and j < m:
        key, label = paras[i]
        ok = lines[j] == key if label is None else label_prefix(lines[j], key) is not None
        if ok and table[i][j] == table[i + 1][j + 1] + 1:
            match[i] = j
            i, j = i + 1, j + 1
        elif table[i + 1][j] >= table[i][j + 1]:
            i += 1
        else:
            j += 1
    return match


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    shared = Path(__file__).resolve().parents[2] / "shared" / "corpus"
    default = os.environ.get("DOCXSIFT_CORPUS", str(shared))
    parser.add_argument("corpus", nargs="?", default=default)
    parser.add_argument("--out", default="build/lo-labels")
    parser.add_argument("--examples", type=int, default=0)
    parser.add_argument("--max-paragraphs", type=int, default=3000, help="skip longer documents")
    args = parser.parse_args()
    if shutil.which("soffice") is None:
        print("needs soffice: apt-get install libreoffice-writer-nogui", file=sys.stderr)
        return 1
    docs: dict[str, Path] = {}
    for i, path in enumerate(sorted(Path(args.corpus).rglob("*.docx"))):
        try:
            doc = docxsift.open(path)
        except docxsift.DocxError:
            continue
        paras = list(doc.iter_paragraphs())
        if len(paras) <= args.max_paragraphs and any(p.list_label for p in paras):
            docs[f"d{i:05d}"] = path
    out = Path(args.out)
    convert(docs, out)
    stats: collections.Counter[str] = collections.Counter()
    examples: list[tuple[str, str, str, str]] = []
    for name, path in docs.items():
        txt = out / "txt" / f"{name}.txt"
        if not txt.exists():
            stats["not converted"] += 1
            continue
        lines = [x.strip(" \t\ufeff") for x in txt.read_text("utf-8", "replace").split("\n")]
        lines = [x for x in lines if x]
        paras = []
        levels = []
        for p in docxsift.open(path).iter_paragraphs():
            key = p.text.split("\n")[0].strip()
            if key:
                paras.append((key, p.list_label))
                levels.append(p.list_level or 0)
            elif p.list_label is not None:
                stats["numbered, no text (not compared)"] += 1
        match = align(paras, lines)
        for i, (key, label) in enumerate(paras):
            if label is None:
                continue
            stats["numbered"] += 1
            if i not in match:
                stats["not in LibreOffice's output"] += 1
                continue
            theirs = label_prefix(lines[match[i]], key) or ""
            ours = label.rstrip(WS)
            if ours == theirs:
                stats["equal"] += 1
            elif theirs == "•◦▪"[levels[i] % 3] and len(ours) <= 1:
                stats["bullet glyph redrawn by LibreOffice"] += 1
            else:
                stats["differ"] += 1
                examples.append((str(path.relative_to(args.corpus)), ours, theirs, key[:24]))
    agree = stats["equal"] + stats["bullet glyph redrawn by LibreOffice"]
    print(dict(stats))
    total = stats["numbered"]
    print(f"agreement: {agree}/{total} = {100.0 * agree / max(total, 1):.2f}%")
    for example in examples[: args.examples]:
        print("  differ:", example)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
