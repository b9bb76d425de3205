"""Loaders for RAG frameworks (docs/chunks.md "LangChain and LlamaIndex").

``docxsift.integrations.langchain.DocxsiftLoader`` and
``docxsift.integrations.llamaindex.DocxsiftReader``. Each module imports its
framework when it is imported itself; ``import docxsift`` imports neither.
"""

from __future__ import annotations

import os
from collections.abc import Iterable, Iterator
from typing import IO, Any, Union

import docxsift

PathOrFile = Union[str, "os.PathLike[str]", IO[bytes]]


def _sources(paths_or_file: PathOrFile | Iterable[PathOrFile]) -> list[PathOrFile]:
    if isinstance(paths_or_file, (str, os.PathLike)) or hasattr(paths_or_file, "read"):
        return [paths_or_file]  # type: ignore[list-item]
    return list(paths_or_file)  # type: ignore[arg-type]


def _name(source: PathOrFile) -> str:
    if isinstance(source, (str, os.PathLike)):
        return os.fspath(source)  # type: ignore[return-value]
    return str(getattr(source, "name", "<stream>"))


def _check_mode(mode: str) -> None:
    if mode not in ("chunks", "file"):
        raise ValueError(f"mode must be 'chunks' or 'file', not {mode!r}")


def record_options(
    *,
    mode: str = "chunks",
    max_tokens: int = 512,
    tokenizer: Any = None,
    overlap: int = 0,
    by: str = "heading",
    open_kwargs: dict[str, Any] | None = None,
) -> dict[str, Any]:
    """The keyword options of :func:`iter_records`, checked now: a loader made
    with a bad ``mode`` fails when it is made, not when it is first read."""
    _check_mode(mode)
    return {
        "mode": mode,
        "max_tokens": max_tokens,
        "tokenizer": tokenizer,
        "overlap": overlap,
        "by": by,
        "open_kwargs": open_kwargs,
    }


def iter_records(
    paths_or_file: PathOrFile | Iterable[PathOrFile],
    *,
    mode: str = "chunks",
    max_tokens: int = 512,
    tokenizer: Any = None,
    overlap: int = 0,
    by: str = "heading",
    open_kwargs: dict[str, Any] | None = None,
) -> Iterator[tuple[str, dict[str, Any]]]:
    """(text, metadata) pairs, one per chunk or per file, lazily, file after file."""
    _check_mode(mode)
    for source in _sources(paths_or_file):
        name = _name(source)
        doc = docxsift.open(source, **(open_kwargs or {}))
        if mode == "file":
            yield doc.text_with_labels, {"source": name}
            continue
        chunker = docxsift.Chunker(max_tokens, tokenizer, overlap, by, name)
        for chunk in chunker(doc):
            yield chunk.text, {
                "source": name,
                "heading_path": chunk.heading_path,
                "page_start": chunk.page_start,
                "page_end": chunk.page_end,
                "chunk_index": chunk.chunk_index,
                "id": chunk.id,
                "table": chunk.table,
            }
