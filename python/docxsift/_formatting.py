"""python-docx's formatting names on the bound classes: Font, ParagraphFormat,
Style, Table columns, Row, Cell, Section, iter_inner_content().

The values come from the C++ core (the ``_``-prefixed raw properties: EMU,
XML attribute values); this module only dresses them as python-docx does
(``Length``, enum members, ``RGBColor``). See docs/migrating-from-python-docx.md.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import TYPE_CHECKING, Any, Callable

from docxsift import _core
from docxsift._augments import augment
from docxsift._length import Length

if TYPE_CHECKING:
    from docxsift._enums import (
        MSO_COLOR_TYPE,
        WD_CELL_VERTICAL_ALIGNMENT,
        WD_LINE_SPACING,
        WD_PARAGRAPH_ALIGNMENT,
        WD_ROW_HEIGHT_RULE,
        WD_SECTION_START,
        WD_UNDERLINE,
        XmlString,
    )

# docxsift._enums is imported on first use, inside the functions below:
# creating its enum classes costs milliseconds that `import docxsift` (and so
# every CLI call) should not pay.

_HEX = frozenset("0123456789abcdefABCDEF")


class RGBColor(tuple):  # type: ignore[type-arg]
    """An (r, g, b) colour: equal to python-docx's ``RGBColor`` (also a tuple),
    ``str()`` is ``"RRGGBB"``."""

    def __new__(cls, r: int, g: int, b: int) -> RGBColor:
        for value in (r, g, b):
            if not isinstance(value, int) or not 0 <= value <= 255:
                raise ValueError("RGBColor() takes three integer values 0-255")
        return super().__new__(cls, (r, g, b))

    def __getnewargs__(self) -> tuple[int, int, int]:  # type: ignore[override]
        r, g, b = self
        return (r, g, b)

    @classmethod
    def from_string(cls, rgb_hex_str: str) -> RGBColor:
        """From a hex string such as ``"3C2F80"``."""
        return cls(int(rgb_hex_str[:2], 16), int(rgb_hex_str[2:4], 16), int(rgb_hex_str[4:], 16))

    def __repr__(self) -> str:
        r, g, b = self
        return f"RGBColor(0x{r:02x}, 0x{g:02x}, 0x{b:02x})"

    def __str__(self) -> str:
        r, g, b = self
        return f"{r:02X}{g:02X}{b:02X}"


class ColorFormat(str):
    """A run's or style's direct colour: the hex string ``"RRGGBB"`` the API
    documents for ``Font.color``, with python-docx's ``ColorFormat`` names
    ``.rgb`` (an :class:`RGBColor`), ``.type`` and ``.theme_color``."""

    rgb: RGBColor | None
    type: MSO_COLOR_TYPE
    theme_color: None

    def __new__(cls, hex_value: str) -> ColorFormat:
        out = super().__new__(cls, hex_value.upper())
        valid = len(hex_value) == 6 and all(ch in _HEX for ch in hex_value)
        out.rgb = RGBColor.from_string(hex_value) if valid else None
        from docxsift._enums import MSO_COLOR_TYPE

        out.type = MSO_COLOR_TYPE.RGB
        out.theme_color = None
        return out


# Each getter below is a named function with a return annotation: `make stubs`
# writes that annotation into _core.pyi as the property's type.


def _attach_property(cls: type, name: str, getter: Callable[[Any], Any], doc: str) -> None:
    augment(cls, name, property(getter, doc=doc))


def _replace_property(cls: type, name: str, getter: Callable[[Any], Any]) -> None:
    """Replace a bound read-only property by ``getter``, keeping its docstring."""
    augment(cls, name, property(getter, doc=getattr(cls, name).__doc__), override=True)


def _length(value: int | None) -> Length | None:
    return None if value is None else Length(value)


def _length_getter(raw: str) -> Callable[[Any], Length | None]:
    """A getter of the raw EMU property ``raw`` as a Length."""

    def getter(self: Any) -> Length | None:
        return _length(getattr(self, raw))

    return getter


# --- Font ---------------------------------------------------------------------


def _font_color(font: Any) -> ColorFormat | None:
    value = font._color
    if value is None or value == "auto":
        return None
    return ColorFormat(value)


def _font_underline(font: Any) -> bool | WD_UNDERLINE | None:
    # python-docx: True for single, False for none, else the WD_UNDERLINE member.
    value = font._underline
    if value is None:
        return None
    if value == "single":
        return True
    if value in ("none", "0", "false", "off"):
        return False
    from docxsift._enums import WD_UNDERLINE

    member: WD_UNDERLINE | None = WD_UNDERLINE.from_xml(value)
    return True if member is None else member


_attach_property(
    _core.Font, "color", _font_color,
    "Direct colour (w:color) as a ColorFormat: the hex str 'RRGGBB' with python-docx's .rgb "
    "(RGBColor), .type and .theme_color; None when unset or 'auto'.",
)
_attach_property(
    _core.Font, "underline", _font_underline,
    "w:u as python-docx reads it: True (single), False (none), a WD_UNDERLINE member for "
    "other styles, or None when inherited.",
)
def _font_highlight(font: Any) -> XmlString | None:
    from docxsift._enums import WD_COLOR_INDEX, xml_string

    return xml_string(font._highlight, WD_COLOR_INDEX)


_attach_property(
    _core.Font, "highlight_color", _font_highlight,
    "w:highlight as written ('yellow'), equal to python-docx's WD_COLOR_INDEX member; or None.",
)


# --- ParagraphFormat ----------------------------------------------------------


def _line_spacing(fmt: Any) -> float | Length | None:
    line, rule = fmt._line, fmt._line_rule
    if line is None:
        return None
    if rule == "auto":
        return float(line) / 240.0  # 240ths of a line
    return Length(line * 635)


def _line_spacing_rule(fmt: Any) -> WD_LINE_SPACING | None:
    from docxsift._enums import WD_LINE_SPACING

    rule = fmt._line_rule
    if rule == "auto":
        # python-docx names these multiples (in 240ths of a line) by their own members.
        special = {
            240: WD_LINE_SPACING.SINGLE,
            360: WD_LINE_SPACING.ONE_POINT_FIVE,
            480: WD_LINE_SPACING.DOUBLE,
        }
        return special.get(fmt._line, WD_LINE_SPACING.MULTIPLE)
    member: WD_LINE_SPACING | None = WD_LINE_SPACING.from_xml(rule)
    return member


def _enum_member(enum_name: str, xml_value: str | None) -> Any:
    from docxsift import _enums

    return getattr(_enums, enum_name).from_xml(xml_value)


def _xml_string(enum_name: str, value: str | None) -> XmlString | None:
    from docxsift import _enums

    return _enums.xml_string(value, getattr(_enums, enum_name))


def _paragraph_format_alignment(fmt: Any) -> WD_PARAGRAPH_ALIGNMENT | None:
    return _enum_member("WD_PARAGRAPH_ALIGNMENT", fmt._alignment)  # type: ignore[no-any-return]


_attach_property(
    _core.ParagraphFormat,
    "alignment",
    _paragraph_format_alignment,
    "w:jc as a WD_PARAGRAPH_ALIGNMENT member, or None when inherited.",
)
for _name, _what in (
    ("left_indent", "w:ind/@w:left"),
    ("right_indent", "w:ind/@w:right"),
    ("first_line_indent", "w:ind/@w:firstLine, negative for w:hanging"),
    ("space_before", "w:spacing/@w:before"),
    ("space_after", "w:spacing/@w:after"),
):
    _attach_property(
        _core.ParagraphFormat, _name, _length_getter("_" + _name),
        f"{_what} as a Length, or None when inherited.",
    )
_attach_property(
    _core.ParagraphFormat, "line_spacing", _line_spacing,
    "w:spacing/@w:line: a float number of lines (lineRule auto), a Length (exact, atLeast), "
    "or None when inherited.",
)
_attach_property(
    _core.ParagraphFormat, "line_spacing_rule", _line_spacing_rule,
    "A WD_LINE_SPACING member (SINGLE, ONE_POINT_FIVE, DOUBLE for those multiples), or None.",
)


# --- strings the API documents that also equal python-docx's enum members ---

# The bound getters of the raw strings.
_paragraph_alignment_raw = vars(_core.Paragraph)["alignment"].fget
_style_type_raw = vars(_core.Style)["type"].fget


def _paragraph_alignment(paragraph: Any) -> XmlString | None:
    return _xml_string("WD_PARAGRAPH_ALIGNMENT", _paragraph_alignment_raw(paragraph))


def _style_type(style: Any) -> XmlString:
    from docxsift._enums import WD_STYLE_TYPE, XmlString

    value: str = _style_type_raw(style)  # never None: one of the four type names
    return XmlString(value, WD_STYLE_TYPE.from_xml(value))


_replace_property(_core.Paragraph, "alignment", _paragraph_alignment)
_replace_property(_core.Style, "type", _style_type)

# WD_STYLE_TYPE's values (python-docx's and docxsift's) and the names Styles.default takes.
_STYLE_TYPE_NAMES = {1: "paragraph", 2: "character", 3: "table", 4: "numbering"}


def _styles_default(self: _core.Styles, style_type: str | int) -> _core.Style | None:
    """The default style of a type, or None: ``styles.default("paragraph")`` or
    ``styles.default(WD_STYLE_TYPE.PARAGRAPH)`` (python-docx's member works too)."""
    if isinstance(style_type, int) and not isinstance(style_type, bool):
        name = _STYLE_TYPE_NAMES.get(int(style_type))
        if name is None:
            raise ValueError(f"not a WD_STYLE_TYPE value: {style_type!r}")
        style_type = name
    return self._default(str(style_type))


augment(_core.Styles, "default", _styles_default)


# --- tables -------------------------------------------------------------------


class Column:
    """A grid column of a table (python-docx ``_Column``)."""

    def __init__(self, table: Any, index: int, width: int | None) -> None:
        self.table = table
        self._index = index
        self._width = width

    @property
    def width(self) -> Length | None:
        """w:gridCol/@w:w as a Length, or None when not set."""
        return _length(self._width)

    @property
    def cells(self) -> tuple[Any, ...]:
        """The cell covering this column in each row (rows without one are skipped)."""
        return tuple(self.table._column_cells(self._index))

    def __repr__(self) -> str:
        return f"<Column {self._index} width={self.width!r}>"


class Columns:
    """The grid columns of a table (python-docx ``_Columns``): len, iteration, indexing."""

    def __init__(self, table: Any) -> None:
        self.table = table
        widths = list(table._column_widths)
        widths += [None] * (table.grid_columns - len(widths))
        self._columns = [Column(table, i, w) for i, w in enumerate(widths)]

    def __len__(self) -> int:
        return len(self._columns)

    def __iter__(self) -> Iterator[Column]:
        return iter(self._columns)

    def __getitem__(self, index: int) -> Column:
        try:
            return self._columns[index]
        except IndexError:
            raise IndexError(f"column index [{index}] is out of range") from None

    def __repr__(self) -> str:
        return f"<Columns {len(self)}>"


def _table_columns(table: Any) -> Columns:
    return Columns(table)


def _row_height_rule(row: Any) -> WD_ROW_HEIGHT_RULE | None:
    return _enum_member("WD_ROW_HEIGHT_RULE", row._height_rule)  # type: ignore[no-any-return]


def _cell_vertical_alignment(cell: Any) -> WD_CELL_VERTICAL_ALIGNMENT | None:
    return _enum_member(  # type: ignore[no-any-return]
        "WD_CELL_VERTICAL_ALIGNMENT", cell._vertical_alignment
    )


_attach_property(
    _core.Table, "columns", _table_columns, "The grid columns (python-docx Table.columns)."
)
_attach_property(_core.Row, "height", _length_getter("_height"), "w:trHeight as a Length, or None.")
_attach_property(
    _core.Row, "height_rule", _row_height_rule,
    "w:trHeight/@w:hRule as a WD_ROW_HEIGHT_RULE member, or None when not written.",
)
_attach_property(
    _core.Cell, "width", _length_getter("_width"),
    "w:tcW as a Length when its type is 'dxa' (twips), else None (python-docx).",
)
_attach_property(
    _core.Cell, "vertical_alignment", _cell_vertical_alignment,
    "w:vAlign as a WD_CELL_VERTICAL_ALIGNMENT member, or None when inherited.",
)


# --- sections and inner content -----------------------------------------------


def _section_start_type(section: Any) -> WD_SECTION_START | None:
    from docxsift._enums import WD_SECTION_START

    raw = section._start_type
    if raw is None:
        return WD_SECTION_START.NEW_PAGE  # python-docx: w:type absent means a new page
    member: WD_SECTION_START | None = WD_SECTION_START.from_xml(raw)
    return member


_attach_property(
    _core.Section, "start_type", _section_start_type,
    "w:type as a WD_SECTION_START member (NEW_PAGE when absent, as python-docx); "
    "None for an unknown value.",
)


def _document_inner_content(self: Any) -> Iterator[_core.Paragraph | _core.Table]:
    """The body's paragraphs and tables in document order (python-docx)."""
    return iter(self.blocks)


def _paragraph_inner_content(self: Any) -> Iterator[_core.Run | _core.Hyperlink]:
    """Runs and hyperlinks in order (python-docx 1.1): a hyperlink's runs are
    inside the Hyperlink, which is yielded once where its first run stands."""
    previous = None
    for run in self.runs:
        link = run.hyperlink
        if link is None:
            yield run
        elif previous is None or link != previous:
            yield link
        previous = link


def _run_inner_content(self: Any) -> Iterator[str]:
    """The run's text as one str (when not empty). python-docx also yields
    Drawing and RenderedPageBreak objects; docxsift does not (see the migration guide)."""
    text = self.text
    if text:
        yield text


augment(_core.Document, "iter_inner_content", _document_inner_content)
augment(_core.Paragraph, "iter_inner_content", _paragraph_inner_content)
augment(_core.Run, "iter_inner_content", _run_inner_content)
