"""Turning str | PathLike | bytes | a binary file object into an opened Document.

Path handling lives here so that a missing file is Python's own
FileNotFoundError (and a directory IsADirectoryError), never one made up in C++.
"""

from __future__ import annotations

import os
from typing import IO, TYPE_CHECKING, Any, Union

from docxsift import _core

Source = Union[str, "os.PathLike[str]", bytes, bytearray, memoryview, IO[bytes]]

_REVISIONS = ("accept", "reject")


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


class _DocumentMeta(type):
    """Makes ``Document(source)`` open a file while ``isinstance(x, Document)`` still works."""

    def __call__(cls, source: Source, **kwargs: Any) -> _core.Document:  # type: ignore[override]
        return open(source, **kwargs)

    def __instancecheck__(cls, instance: object) -> bool:
        return isinstance(instance, _core.Document)


if TYPE_CHECKING:
    # For type checkers docxsift.Document is the class of what open() returns.
    from docxsift._core import Document as Document
else:

    class Document(metaclass=_DocumentMeta):
        """``docxsift.Document(source, **kw)`` is ``docxsift.open(source, **kw)``.

        Kept for python-docx habits; ``isinstance(doc, docxsift.Document)`` holds.
        """
