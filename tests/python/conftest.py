from __future__ import annotations

import os
import sys
from pathlib import Path
from typing import Any, Callable

import pytest

sys.path.insert(0, str(Path(__file__).parent))

import docxsift
from docx_builder import make_docx

REPO = Path(__file__).resolve().parents[2]


def corpus_root() -> Path | None:
    root = Path(os.environ.get("DOCXSIFT_CORPUS", REPO.parent / "shared" / "corpus"))
    return root if (root / "MANIFEST.tsv").is_file() else None


@pytest.fixture
def build() -> Callable[..., bytes]:
    """make_docx: a .docx as bytes from XML snippets."""
    return make_docx


@pytest.fixture
def open_docx() -> Callable[..., Any]:
    """Builds a .docx from snippets and opens it: open_docx(body, **parts, _open={...})."""

    def _open(body: str = "", _open: dict[str, Any] | None = None, **parts: Any) -> Any:
        return docxsift.open(make_docx(body, **parts), **(_open or {}))

    return _open


@pytest.fixture(scope="session")
def corpus() -> Path:
    root = corpus_root()
    if root is None:
        pytest.skip("real-document corpus not found (set DOCXSIFT_CORPUS)")
    return root
