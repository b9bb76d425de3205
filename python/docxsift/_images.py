"""Python sugar for pictures and embedded objects (docs/images.md).

Everything here is file handling and unit conversion over what the C++ core
answers: which parts, which file names (``Document._image_file_names``) and
the bytes (``.blob`` / ``Document._read_parts``, read with the GIL released).
"""

from __future__ import annotations

import enum
import os
import posixpath
from typing import Any

from docxsift import _core
from docxsift._augments import augment
from docxsift._length import Length


class InlineShapeType(enum.IntEnum):
    """What an InlineShape holds; python-docx's WD_INLINE_SHAPE names and values."""

    CHART = 12
    LINKED_PICTURE = 4
    PICTURE = 3
    SMART_ART = 15
    NOT_IMPLEMENTED = -6


_SHAPE_TYPES = {
    "chart": InlineShapeType.CHART,
    "linked_picture": InlineShapeType.LINKED_PICTURE,
    "picture": InlineShapeType.PICTURE,
    "smart_art": InlineShapeType.SMART_ART,
    "not_implemented": InlineShapeType.NOT_IMPLEMENTED,
}


def _length(raw: str, doc: str) -> property:
    def getter(self: Any) -> Length | None:
        value = getattr(self, raw)
        return None if value is None else Length(value)

    return property(getter, doc=doc)


for _cls in (_core.Image, _core.InlineShape):
    augment(_cls, "width", _length("_width", "Width as a Length (EMU), or None when not written."))
    augment(
        _cls, "height", _length("_height", "Height as a Length (EMU), or None when not written.")
    )


def _inline_shape_type(self: Any) -> InlineShapeType:
    return _SHAPE_TYPES[self._type]


augment(
    _core.InlineShape,
    "type",
    property(_inline_shape_type, doc="An InlineShapeType (python-docx's WD_INLINE_SHAPE values)."),
)


def _write(path: str | os.PathLike[str], data: bytes) -> str:
    out = os.fspath(path)
    with open(out, "wb") as f:
        f.write(data)
    return out


def _save_blob(self: Any, path: str | os.PathLike[str]) -> str:
    """Write the bytes to ``path`` and return where they went (a str).

    When ``path`` is an existing directory the file is ``path/<name>``, the
    base name of the part (``word/media/image1.png`` -> ``image1.png``), as
    ``doc.save_images()`` names it. ValueError when there are no bytes: a
    linked picture or a missing part.
    """
    blob = self.blob
    if blob is None:
        what = "linked" if getattr(self, "url", None) else "missing its part"
        raise ValueError(f"{self!r} has no bytes to save ({what})")
    if os.path.isdir(path):
        path = os.path.join(path, posixpath.basename(self.part_name))
    return _write(path, blob)


augment(_core.Image, "save", _save_blob)
augment(_core.EmbeddedObject, "save", _save_blob)


def save_images(self: Any, folder: str | os.PathLike[str]) -> list[str]:
    """Write every embedded picture part into ``folder`` (created if needed).

    Each part is written once under ``doc.images[i]``'s export name (its base
    name, made unique: ``image1.png``, ``image1-2.png``), the names that
    ``to_markdown()`` links. Linked and missing pictures are skipped. Returns
    the paths written, in order of first use. The package is opened once.
    """
    names = self._image_file_names()
    parts: list[str] = []
    files: list[str] = []
    seen: set[str] = set()
    for image, name in zip(self.images, names):
        part = image.part_name
        if part is None or part in seen:
            continue
        seen.add(part)
        parts.append(part)
        files.append(name)
    base = os.fspath(folder)
    os.makedirs(base, exist_ok=True)
    return [
        _write(os.path.join(base, name), data)
        for name, data in zip(files, self._read_parts(parts))
    ]


augment(_core.Document, "save_images", save_images)

_to_markdown_core = _core.Document._to_markdown


def to_markdown(
    self: Any,
    *,
    headers: bool = False,
    images: bool = True,
    images_dir: str | os.PathLike[str] | None = None,
    image_prefix: str | None = None,
) -> str:
    """The body as GitHub Flavored Markdown (see docs/output.md, docs/images.md).

    Headings from heading levels, list labels, bold/italic, links, pipe tables
    (merged cells repeated), footnotes and endnotes as ``[^n]`` with their
    definitions at the end, text boxes as block quotes, equations as
    ``$...$`` / ``$$...$$``. ``headers=True`` puts the headers before the body
    and the footers after it.

    Pictures become ``![alt text](name)`` where they stand, ``name`` being
    ``image_prefix`` followed by the picture's file name. ``images_dir=``
    also writes the picture files there (as ``save_images``) and, unless
    ``image_prefix`` says otherwise, links them as ``images_dir/name``.
    ``images=False`` leaves pictures out.
    """
    if images_dir is not None and images:
        self.save_images(images_dir)
        if image_prefix is None:
            image_prefix = os.fspath(images_dir).replace(os.sep, "/").rstrip("/") + "/"
    return _to_markdown_core(  # type: ignore[no-any-return]
        self, headers=headers, images=images, image_prefix=image_prefix or ""
    )


augment(_core.Document, "to_markdown", to_markdown)


def _open_embedded(
    self: Any,
    *,
    revisions: str = "accept",
    include_hidden: bool = False,
    limits: _core.Limits | None = None,
) -> _core.Document:
    """Read this object's bytes as a Word document of its own (an altChunk or an
    embedded .docx), under ``limits``. A part that is not a .docx raises a
    PackageError saying what it is; an object without a part raises ValueError.
    """
    from docxsift._source import open as open_source

    blob = self.blob
    if blob is None:
        raise ValueError(f"{self!r} has no part to open")
    return open_source(blob, revisions=revisions, include_hidden=include_hidden, limits=limits)


augment(_core.EmbeddedObject, "open", _open_embedded)
