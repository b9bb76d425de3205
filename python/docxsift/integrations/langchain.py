"""A LangChain document loader: ``pip install docxsift[langchain]``.

>>> from docxsift.integrations.langchain import DocxsiftLoader
>>> docs = DocxsiftLoader("notice.docx", max_tokens=512).load()  # doctest: +SKIP
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from typing import Any

from docxsift.integrations import PathOrFile, iter_records, record_options

try:
    from langchain_core.document_loaders import BaseLoader
    from langchain_core.documents import Document
except ImportError as exc:  # pragma: no cover - depends on the installation
    raise ImportError(
        "docxsift.integrations.langchain needs langchain-core: pip install docxsift[langchain]"
    ) from exc


class DocxsiftLoader(BaseLoader):
    """Loads .docx files as LangChain Documents, one per chunk or per file.

    ``mode="chunks"`` (default): one Document per :class:`docxsift.Chunk`
    (``max_tokens``, ``tokenizer``, ``overlap``, ``by`` as for
    :class:`docxsift.Chunker`), metadata ``source``, ``heading_path``,
    ``page_start``, ``page_end``, ``chunk_index``, ``id``, ``table``.
    ``mode="file"``: one Document per file with its ``text_with_labels``.
    ``open_kwargs`` go to :func:`docxsift.open` (``revisions``, ``limits``...).
    """

    def __init__(
        self,
        paths_or_file: PathOrFile | Iterable[PathOrFile],
        *,
        mode: str = "chunks",
        max_tokens: int = 512,
        tokenizer: Any = None,
        overlap: int = 0,
        by: str = "heading",
        open_kwargs: dict[str, Any] | None = None,
    ) -> None:
        self.paths_or_file = paths_or_file
        self.options = record_options(
            mode=mode, max_tokens=max_tokens, tokenizer=tokenizer, overlap=overlap, by=by,
            open_kwargs=open_kwargs,
        )

    def lazy_load(self) -> Iterator[Document]:
        for text, metadata in iter_records(self.paths_or_file, **self.options):
            yield Document(page_content=text, metadata=metadata, id=metadata.get("id"))
