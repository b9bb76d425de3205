"""Chunks and pages as Python sugar over the core (docs/chunks.md).

``Document.chunks()`` is ``Chunker(...)(doc)``; ``Paragraph.rendered_page_breaks``
gives python-docx's list with light objects.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from docxsift import _core
from docxsift._augments import augment


def _document_chunks(
    self: _core.Document,
    max_tokens: int = 512,
    tokenizer: Any = None,
    overlap: int = 0,
    by: str = "heading",
    source: str = "",
) -> list[_core.Chunk]:
    """The body as RAG-ready chunks: ``Chunker(max_tokens, tokenizer, overlap, by, source)(doc)``.

    See :class:`docxsift.Chunker` and docs/chunks.md.
    """
    return _core.Chunker(max_tokens, tokenizer, overlap, by, source)(self)


augment(_core.Document, "chunks", _document_chunks)


@dataclass(frozen=True)
class RenderedPageBreak:
    """A ``w:lastRenderedPageBreak`` in a paragraph: where Word last started a new page.

    Lighter than python-docx's RenderedPageBreak: it names its paragraph and
    its position among that paragraph's rendered breaks, and does not split
    the paragraph into fragments.
    """

    paragraph: _core.Paragraph
    index: int


def _rendered_page_breaks(self: _core.Paragraph) -> list[RenderedPageBreak]:
    return [RenderedPageBreak(self, i) for i in range(self._rendered_page_break_count)]


augment(
    _core.Paragraph,
    "rendered_page_breaks",
    property(
        _rendered_page_breaks,
        doc="The rendered page breaks in the paragraph (python-docx 1.1), body paragraphs only.",
    ),
)
