"""Chunks of every corpus file (docs/chunks.md): no chunk over max_tokens except
a reported single indivisible unit, and with overlap=0 every body character in
exactly one chunk.

"Exactly one chunk", precisely: for each chunk take text[repeated_chars:] (the
chunk's own text, without the split table's repeated header rows); their
concatenation, with all white space removed, equals doc.text_with_labels with
all white space removed. Chunks join units with newlines and the text joins
table cells with tabs, so white space is the only freedom; any dropped,
duplicated or reordered character fails."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

import docxsift

pytestmark = pytest.mark.corpus

SPACE = re.compile(r"\s+")
BUDGETS = ((512, 0), (128, 0), (128, 32))


def docx_files(corpus: Path) -> list[Path]:
    return sorted(
        p for p in corpus.rglob("*") if p.suffix.lower() in (".docx", ".docm", ".dotx", ".dotm")
    )


def test_chunks_fit_and_cover_the_body_exactly_once(corpus: Path) -> None:
    checked = 0
    oversized = 0
    problems: list[str] = []
    for path in docx_files(corpus):
        try:
            doc = docxsift.open(path)
        except docxsift.DocxError:
            continue
        body = SPACE.sub("", doc.text_with_labels)
        for max_tokens, overlap in BUDGETS:
            chunks = doc.chunks(max_tokens=max_tokens, overlap=overlap, source=str(path))
            for c in chunks:
                if c.tokens > max_tokens and not c.oversized:
                    problems.append(
                        f"{path}: chunk {c.chunk_index} has {c.tokens} > {max_tokens} tokens (overlap={overlap})"
                    )
                oversized += c.oversized
                if c.tokens != docxsift.count_tokens(c.text):
                    problems.append(f"{path}: chunk {c.chunk_index} token count is off")
            own = SPACE.sub("", "".join(c.text[c.repeated_chars :] for c in chunks))
            if own != body:
                at = next((i for i, (a, b) in enumerate(zip(own, body)) if a != b), min(len(own), len(body)))
                problems.append(
                    f"{path} (max_tokens={max_tokens}, overlap={overlap}): chunks differ from the body "
                    f"at {at}: {own[at - 10 : at + 20]!r} vs {body[at - 10 : at + 20]!r}"
                )
            if [c.chunk_index for c in chunks] != list(range(len(chunks))):
                problems.append(f"{path}: chunk indices are not 0..n-1")
        checked += 1
    assert checked > 100
    assert problems == [], "\n".join(problems[:20])
    # The built-in count gives every code point at most one token: nothing is indivisible.
    assert oversized == 0
