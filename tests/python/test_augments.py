"""Python sugar on the C++ classes replaces nothing by accident."""

from __future__ import annotations

import pytest

from docxsift import _core
from docxsift._augments import AugmentError, augment


class Bound:
    """Stands for a class bound in C++."""

    def method(self) -> str:
        return "c++"


def test_a_clash_raises_without_override() -> None:
    with pytest.raises(AugmentError, match=r"Bound\.method exists already"):
        augment(Bound, "method", lambda self: "python")
    assert Bound().method() == "c++"


def test_override_replaces_and_must_name_something() -> None:
    class Local(Bound):
        pass

    augment(Local, "method", lambda self: "python", override=True)
    assert Local().method() == "python"
    with pytest.raises(AugmentError, match="nothing to override"):
        augment(Local, "absent", lambda self: None, override=True)
    augment(Local, "absent", lambda self: "new")
    assert Local().absent() == "new"  # type: ignore[attr-defined]


def test_to_markdown_has_one_docstring() -> None:
    public = _core.Document.to_markdown
    assert public.__module__ == "docxsift._images"
    assert "GitHub Flavored Markdown" in (public.__doc__ or "")
    engine_doc = _core.Document._to_markdown.__doc__ or ""
    assert "GitHub Flavored Markdown" not in engine_doc
