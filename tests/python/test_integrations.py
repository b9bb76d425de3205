"""The LangChain loader and the LlamaIndex reader against the real packages
(extras langchain / llamaindex; skipped when they are not installed), and
that ``import docxsift`` imports neither."""

from __future__ import annotations

import io
import subprocess
import sys
from pathlib import Path

import pytest

from docx_builder import make_docx, p

BODY = p("一、总体要求") + p("坚持人民至上。") + p("二、重点任务") + p("开展排查。")


@pytest.fixture
def notice(tmp_path: Path) -> Path:
    path = tmp_path / "notice.docx"
    path.write_bytes(make_docx(BODY))
    return path


def test_import_docxsift_imports_no_framework() -> None:
    code = (
        "import sys, docxsift, docxsift.integrations\n"
        "bad = [m for m in sys.modules if m.split('.')[0] in ('langchain_core', 'llama_index')]\n"
        "assert not bad, bad\n"
    )
    subprocess.run([sys.executable, "-c", code], check=True)


def test_langchain_loader_chunks(notice: Path) -> None:
    pytest.importorskip("langchain_core")
    from langchain_core.document_loaders import BaseLoader
    from langchain_core.documents import Document

    from docxsift.integrations.langchain import DocxsiftLoader

    loader = DocxsiftLoader(notice, max_tokens=100)
    assert isinstance(loader, BaseLoader)
    lazy = loader.lazy_load()
    first = next(lazy)
    assert isinstance(first, Document)
    docs = [first, *lazy]
    assert [d.page_content for d in docs] == ["一、总体要求\n坚持人民至上。", "二、重点任务\n开展排查。"]
    meta = docs[1].metadata
    assert meta["source"] == str(notice)
    assert meta["heading_path"] == ["二、重点任务"]
    assert meta["chunk_index"] == 1
    assert meta["page_start"] is None and meta["page_end"] is None
    assert docs[1].id == meta["id"]
    assert loader.load() == docs


def test_langchain_loader_per_file_and_many_sources(notice: Path) -> None:
    pytest.importorskip("langchain_core")
    from docxsift.integrations.langchain import DocxsiftLoader

    stream = io.BytesIO(make_docx(p("other")))
    docs = DocxsiftLoader([notice, stream], mode="file").load()
    assert [d.page_content for d in docs] == ["一、总体要求\n坚持人民至上。\n二、重点任务\n开展排查。", "other"]
    assert docs[0].metadata == {"source": str(notice)}
    with pytest.raises(ValueError, match="mode"):
        DocxsiftLoader(notice, mode="pages")


def test_llamaindex_reader(notice: Path) -> None:
    pytest.importorskip("llama_index.core")
    from llama_index.core.readers.base import BaseReader
    from llama_index.core.schema import Document

    from docxsift.integrations.llamaindex import DocxsiftReader

    reader = DocxsiftReader(max_tokens=100)
    assert isinstance(reader, BaseReader)
    docs = reader.load_data(notice, extra_info={"corpus": "test"})
    assert all(isinstance(d, Document) for d in docs)
    assert [d.text for d in docs] == ["一、总体要求\n坚持人民至上。", "二、重点任务\n开展排查。"]
    assert docs[0].metadata["heading_path"] == ["一、总体要求"]
    assert docs[0].metadata["corpus"] == "test"
    assert docs[0].id_ == docs[0].metadata["id"]
    assert [d.text for d in reader.lazy_load_data([notice])] == [d.text for d in docs]
    (whole,) = DocxsiftReader(mode="file").load_data(notice)
    assert whole.text.startswith("一、总体要求")
