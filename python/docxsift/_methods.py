"""Python sugar attached to the bound classes (pikepdf's "augments" idea).

Attaching, rather than subclassing, keeps identity for objects made in C++.
"""

from __future__ import annotations

import datetime as _dt
from typing import Any, Callable

from docxsift import _core
from docxsift._length import Length


def _attach(cls: type, name: str) -> Callable[[Any], Any]:
    def decorator(fn: Any) -> Any:
        setattr(cls, name, fn)
        return fn

    return decorator


def _length_property(raw: str) -> property:
    def getter(self: Any) -> Length | None:
        value = getattr(self, raw)
        return None if value is None else Length(value)

    return property(getter)


for _name in (
    "page_width",
    "page_height",
    "top_margin",
    "bottom_margin",
    "left_margin",
    "right_margin",
    "header_distance",
    "footer_distance",
    "gutter",
):
    setattr(_core.Section, _name, _length_property("_" + _name))


def _font_size(self: Any) -> Length | None:
    half_points = self._size_half_points
    return None if half_points is None else Length(half_points * 6350)


setattr(_core.Font, "size", property(_font_size))


def parse_w3cdtf(value: str | None) -> _dt.datetime | None:
    """A W3CDTF / ISO 8601 timestamp as an aware datetime (UTC when no zone).

    The parsing is done in C++ (the same code reads CoreProperties dates).
    """
    if not value:
        return None
    return _core._parse_w3cdtf(value)  # type: ignore[no-any-return]


def _date_property(raw: str) -> property:
    return property(lambda self: parse_w3cdtf(getattr(self, raw)))


setattr(_core.Comment, "date", _date_property("_date"))

setattr(_core.Document, "styles", property(lambda self: _core._styles_of(self)))
setattr(
    _core.Document, "core_properties", property(lambda self: _core._core_properties_of(self))
)


def _normalized_text(self: Any, preset: str = "cjk", **options: Any) -> str:
    """The body text (``doc.text``) through :func:`docxsift.normalize`."""
    return _core.normalize(self.text, preset, **options)  # type: ignore[no-any-return]


setattr(_core.Document, "normalized_text", _normalized_text)

from docxsift import (  # noqa: E402  (attached after the classes above exist)
    _images,  # noqa: F401  (pictures, embedded objects, Markdown with images)
    _repr,  # noqa: F401  (_repr_html_ and Table.to_pandas)
)
