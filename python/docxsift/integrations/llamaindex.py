"""A LlamaIndex reader: ``pip install docxsift[llamaindex]``.

>>> from docxsift.integrations.llamaindex import DocxsiftReader
>>> nodes = DocxsiftReader(max_tokens=512).load_data("notice.docx")  # doctest: +SKIP
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from typing import Any

from docxsift.integrations import PathOrFile, iter_records, record_options

try:
    from llama_index.core.readers.base import BaseReader
    from llama_index.core.schema import Document
except ImportError as exc:  # pragma: no cover - depends on the installation
    raise ImportError(
        "docxsift.integrations.llamaindex needs llama-index-core: pip install docxsift[llamaindex]"
    ) from exc


class DocxsiftReader(BaseReader):
    """Reads .docx files as LlamaIndex Documents, one per chunk or per file.

    Options as :class:`docxsift.integrations.langchain.DocxsiftLoader`; the
    chunk id becomes the Document's ``id_``.
    """

    def __init__(
        self,
        *,
        mode: str = "chunks",
        max_tokens: int = 512,
        tokenizer: Any = None,
        overlap: int = 0,
        by: str = "heading",
        open_kwargs: dict[str, Any] | None = None,
    ) -> None:
        super().__init__()
        self._options = record_options(
            mode=mode, max_tokens=max_tokens, tokenizer=tokenizer, overlap=overlap, by=by,
            open_kwargs=open_kwargs,
        )

    def lazy_load_data(  # type: ignore[override]
        self, file: PathOrFile | Iterable[PathOrFile], extra_info: dict[str, Any] | None = None
    ) -> Iterator[Document]:
        for text, metadata in iter_records(file, **self._options):
            doc_id = metadata.get("id")
            metadata = {**metadata, **(extra_info or {})}
            if doc_id is None:
                yield Document(text=text, metadata=metadata)
            else:
                yield Document(text=text, metadata=metadata, id_=doc_id)

    def load_data(  # type: ignore[override]
        self, file: PathOrFile | Iterable[PathOrFile], extra_info: dict[str, Any] | None = None
    ) -> list[Document]:
        return list(self.lazy_load_data(file, extra_info))
