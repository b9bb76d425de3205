"""Turning str | PathLike | bytes | a binary file object into an opened Document.

Path handling lives here so that a missing file is Python's own
FileNotFoundError (and a directory IsADirectoryError), never one made up in C++.
"""

from __future__ import annotations

import os
from typing import IO, Any, Union

from docxsift import _core
from docxsift._augments import augment

Source = Union[str, "os.PathLike[str]", bytes, bytearray, memoryview, IO[bytes]]

_REVISIONS: tuple[str, ...] = tuple(_core._REVISIONS)


def open(
    source: Source,
    *,
    revisions: str = "accept",
    include_hidden: bool = False,
    limits: _core.Limits | None = None,
) -> _core.Document:
    """Open a .docx (also .docm, .dotx, .dotm) or a Word 97-2003 .doc (.dot, WPS .wps) and read it.

    ``source`` is a path, the file's bytes, or a binary file object.
    ``revisions="reject"`` shows tracked changes rejected (the original);
    ``include_hidden=True`` shows hidden (w:vanish) text. Problems with the
    input raise a :class:`docxsift.DocxError` subclass.
    """
    if revisions not in _REVISIONS:
        raise ValueError(f"revisions must be 'accept' or 'reject', not {revisions!r}")
    if limits is not None and not isinstance(limits, _core.Limits):
        raise TypeError(f"limits must be a docxsift.Limits, not {type(limits).__name__}")
    if isinstance(source, (bytes, bytearray, memoryview)):
        return _core._open_bytes(bytes(source), revisions, bool(include_hidden), limits)
    if isinstance(source, (str, os.PathLike)):
        path = os.fspath(source)
        if isinstance(path, bytes):
            path = os.fsdecode(path)
        try:
            return _core._open_path(path, revisions, bool(include_hidden), limits)
        except OSError:
            # Python's own error for a missing file or a directory, with its
            # name; checked only on failure, as a check first costs every open.
            with _builtin_open(path, "rb"):
                pass
            raise
    read = getattr(source, "read", None)
    if callable(read):
        data: Any = read()
        if isinstance(data, str):
            raise TypeError("the file object is open in text mode: open it with 'rb'")
        return _core._open_bytes(bytes(data), revisions, bool(include_hidden), limits)
    raise TypeError(
        "source must be a path, bytes, or a binary file object, "
        f"not {type(source).__name__}"
    )


_builtin_open = __builtins__["open"] if isinstance(__builtins__, dict) else __builtins__.open


def _document_new(
    cls: type,
    source: Source,
    *,
    revisions: str = "accept",
    include_hidden: bool = False,
    limits: _core.Limits | None = None,
) -> _core.Document:
    """``docxsift.Document(source, **kw)`` opens ``source``, as ``docxsift.open`` does."""
    return open(source, revisions=revisions, include_hidden=include_hidden, limits=limits)


def _document_init(self: _core.Document, *args: Any, **kwargs: Any) -> None:
    """Nothing to do: ``__new__`` returned a document that is read completely."""


# docxsift.Document is the bound class itself, so help(), dir(), tab completion
# and isinstance() see the real thing; calling it opens a file (python-docx's
# habit). The bound class has no constructor of its own: documents are made
# in C++ (which allocates them without calling __new__).
augment(_core.Document, "__new__", _document_new, override=True)
augment(_core.Document, "__init__", _document_init, override=True)
Document = _core.Document
