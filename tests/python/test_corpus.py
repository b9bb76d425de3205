"""Every real document opens and yields text, or raises a DocxError: no crash."""

from __future__ import annotations

import csv
import subprocess
import sys
from pathlib import Path

import pytest

pytestmark = pytest.mark.corpus

SCRIPT = r"""
import sys, docxsift
bad = 0
for line in sys.stdin:
    path = line.rstrip("\n")
    try:
        doc = docxsift.open(path)
        doc.text
        for p in doc.iter_paragraphs():
            p.runs
        for t in doc.tables:
            t.to_list()
        for s in doc.sections:
            s.header.text, s.footer.text
        [n.text for n in doc.footnotes]
        [c.text for c in doc.comments]
        print("OK", path, flush=True)
    except docxsift.DocxError as e:
        print("ERR", type(e).__name__, path, flush=True)
"""


def manifest(corpus: Path) -> list[dict[str, str]]:
    with (corpus / "MANIFEST.tsv").open(encoding="utf-8") as handle:
        return list(csv.DictReader(handle, delimiter="\t"))


def test_every_corpus_file_opens_or_raises_docx_error(corpus: Path) -> None:
    rows = [r for r in manifest(corpus) if r["file"].lower().endswith((".docx", ".docm", ".dotx", ".dotm"))]
    paths = [str(corpus / r["file"]) for r in rows]
    # A separate process: a crash there fails this test instead of killing pytest.
    result = subprocess.run(
        [sys.executable, "-c", SCRIPT],
        input="\n".join(paths),
        capture_output=True,
        text=True,
        timeout=600,
        check=False,
    )
    assert result.returncode == 0, f"reader process died: {result.returncode}\n{result.stderr[-2000:]}"
    outcome = {}
    for line in result.stdout.splitlines():
        status, rest = line.split(" ", 1)
        outcome[rest.split(" ", 1)[1] if status == "ERR" else rest] = status
    assert len(outcome) == len(paths)
    # Files the manifest marks as damaged may fail; every other file must open.
    damaged = {
        str(corpus / r["file"])
        for r in rows
        if any(k in r["notes"] for k in ("CORRUPT", "NOT A ZIP", "ENCRYPTED", "MISLABELLED"))
        or "no _rels/.rels" in r["notes"]
    }
    unexpected = sorted(p for p, s in outcome.items() if s == "ERR" and p not in damaged)
    assert not unexpected, unexpected
