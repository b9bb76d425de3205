"""Python sugar attached to the bound classes (docxsift/_augments.py says how)."""

from __future__ import annotations

import datetime as _dt
from typing import Any

from docxsift import _core
from docxsift._augments import augment
from docxsift._length import Length


def _length_property(raw: str, doc: str) -> property:
    def getter(self: Any) -> Length | None:
        value = getattr(self, raw)
        return None if value is None else Length(value)

    return property(getter, doc=f"{doc} as a :class:`docxsift.Length`, or None when not set.")


for _name, _doc in (
    ("page_width", "Page width (w:pgSz/@w:w)"),
    ("page_height", "Page height (w:pgSz/@w:h)"),
    ("top_margin", "Top margin (w:pgMar/@w:top)"),
    ("bottom_margin", "Bottom margin (w:pgMar/@w:bottom)"),
    ("left_margin", "Left margin (w:pgMar/@w:left)"),
    ("right_margin", "Right margin (w:pgMar/@w:right)"),
    ("header_distance", "Distance from the page's top edge to the header (w:pgMar/@w:header)"),
    ("footer_distance", "Distance from the page's bottom edge to the footer (w:pgMar/@w:footer)"),
    ("gutter", "Gutter margin (w:pgMar/@w:gutter)"),
):
    augment(_core.Section, _name, _length_property("_" + _name, _doc))


def _font_size(self: Any) -> Length | None:
    half_points = self._size_half_points
    return None if half_points is None else Length(half_points * 6350)


augment(
    _core.Font,
    "size",
    property(_font_size, doc="Direct font size (w:sz) as a :class:`docxsift.Length`, or None."),
)


def parse_w3cdtf(value: str | None) -> _dt.datetime | None:
    """A W3CDTF / ISO 8601 timestamp as an aware datetime (UTC when no zone).

    The parsing is done in C++ (the same code reads CoreProperties dates).
    """
    if not value:
        return None
    return _core._parse_w3cdtf(value)  # type: ignore[no-any-return]


def _date_property(raw: str, doc: str) -> property:
    def getter(self: Any) -> _dt.datetime | None:
        return parse_w3cdtf(getattr(self, raw))

    return property(getter, doc=doc)


augment(
    _core.Comment,
    "date",
    _date_property(
        "_date", "w:date as an aware datetime (UTC when written without a zone), or None."
    ),
)


def _document_styles(self: _core.Document) -> _core.Styles:
    return _core._styles_of(self)


def _document_core_properties(self: _core.Document) -> _core.CoreProperties:
    return _core._core_properties_of(self)


augment(
    _core.Document,
    "styles",
    property(
        _document_styles,
        doc="The document's styles (:class:`docxsift.Styles`): by style id or by name.",
    ),
)
augment(
    _core.Document,
    "core_properties",
    property(
        _document_core_properties,
        doc="Title, author, dates... (:class:`docxsift.CoreProperties`, python-docx names).",
    ),
)


def _normalized_text(self: Any, preset: str = "cjk", **options: Any) -> str:
    """The body text (``doc.text``) through :func:`docxsift.normalize`.

    ``preset`` and ``options`` are normalize's: ``doc.normalized_text("cjk", t2s=True)``.
    """
    return _core.normalize(self.text, preset, **options)  # type: ignore[no-any-return]


augment(_core.Document, "normalized_text", _normalized_text)

from docxsift import (  # noqa: E402  (attached after the classes above exist)
    _chunks,  # noqa: F401  (Document.chunks, Paragraph.rendered_page_breaks)
    _formatting,  # noqa: F401  (python-docx Font/ParagraphFormat/enum names)
    _images,  # noqa: F401  (pictures, embedded objects, Markdown with images)
    _repr,  # noqa: F401  (_repr_html_ and Table.to_pandas)
)
