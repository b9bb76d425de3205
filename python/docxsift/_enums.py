"""python-docx's enumerations, mirrored so ported scripts compare as before.

python-docx's enums (``docx.enum.*``) are ``int`` + ``enum.Enum`` classes whose
values are Word's (MS API) numbers, so equality is by that number: each class
here is an ``IntEnum`` with the same member names and values, and
``docxsift.WD_PARAGRAPH_ALIGNMENT.CENTER == docx.enum.text.WD_PARAGRAPH_ALIGNMENT.CENTER``
holds without docxsift importing python-docx. ``xml_value`` is what the XML
says, as in python-docx.

Names the API documents as strings (``Style.type``, ``Paragraph.alignment``,
``Font.highlight_color``) stay strings: :class:`XmlString` is a ``str`` that
also equals the python-docx member of the same meaning.
"""

from __future__ import annotations

import enum
from typing import Any


class _XmlEnum(enum.IntEnum):
    """An IntEnum whose members also carry the XML attribute value they stand for."""

    xml_value: str | None

    def __new__(cls, value: int, xml_value: str | None) -> _XmlEnum:
        member = int.__new__(cls, value)
        member._value_ = value
        member.xml_value = xml_value
        return member

    def __str__(self) -> str:
        """As python-docx: the member's name and value, e.g. 'CENTER (1)'."""
        return f"{self.name} ({self.value})"

    @classmethod
    def from_xml(cls, xml_value: str | None) -> Any:
        """The member for an XML value, or None when there is none (unknown or absent)."""
        if xml_value is None:
            return None
        return _by_xml(cls).get(xml_value)


_XML_MAPS: dict[type, dict[str, Any]] = {}


def _by_xml(cls: type[_XmlEnum]) -> dict[str, Any]:
    found = _XML_MAPS.get(cls)
    if found is None:
        found = {m.xml_value: m for m in cls if m.xml_value is not None}
        _XML_MAPS[cls] = found
    return found


class WD_PARAGRAPH_ALIGNMENT(_XmlEnum):
    """Paragraph justification (python-docx ``WD_PARAGRAPH_ALIGNMENT``,
    alias ``WD_ALIGN_PARAGRAPH``)."""

    LEFT = (0, "left")
    CENTER = (1, "center")
    RIGHT = (2, "right")
    JUSTIFY = (3, "both")
    DISTRIBUTE = (4, "distribute")
    JUSTIFY_MED = (5, "mediumKashida")
    JUSTIFY_HI = (7, "highKashida")
    JUSTIFY_LOW = (8, "lowKashida")
    THAI_JUSTIFY = (9, "thaiDistribute")


WD_ALIGN_PARAGRAPH = WD_PARAGRAPH_ALIGNMENT


class WD_LINE_SPACING(_XmlEnum):
    """How ``ParagraphFormat.line_spacing`` is measured (python-docx ``WD_LINE_SPACING``)."""

    SINGLE = (0, None)
    ONE_POINT_FIVE = (1, None)
    DOUBLE = (2, None)
    AT_LEAST = (3, "atLeast")
    EXACTLY = (4, "exact")
    MULTIPLE = (5, "auto")


class WD_UNDERLINE(_XmlEnum):
    """Underline styles (python-docx ``WD_UNDERLINE``)."""

    INHERITED = (-1, None)
    NONE = (0, "none")
    SINGLE = (1, "single")
    WORDS = (2, "words")
    DOUBLE = (3, "double")
    DOTTED = (4, "dotted")
    THICK = (6, "thick")
    DASH = (7, "dash")
    DOT_DASH = (9, "dotDash")
    DOT_DOT_DASH = (10, "dotDotDash")
    WAVY = (11, "wave")
    DOTTED_HEAVY = (20, "dottedHeavy")
    DASH_HEAVY = (23, "dashedHeavy")
    DOT_DASH_HEAVY = (25, "dashDotHeavy")
    DOT_DOT_DASH_HEAVY = (26, "dashDotDotHeavy")
    WAVY_HEAVY = (27, "wavyHeavy")
    DASH_LONG = (39, "dashLong")
    WAVY_DOUBLE = (43, "wavyDouble")
    DASH_LONG_HEAVY = (55, "dashLongHeavy")


class WD_COLOR_INDEX(_XmlEnum):
    """Highlight colours (python-docx ``WD_COLOR_INDEX``, alias ``WD_COLOR``)."""

    INHERITED = (-1, None)
    AUTO = (0, "default")
    BLACK = (1, "black")
    BLUE = (2, "blue")
    TURQUOISE = (3, "cyan")
    BRIGHT_GREEN = (4, "green")
    PINK = (5, "magenta")
    RED = (6, "red")
    YELLOW = (7, "yellow")
    WHITE = (8, "white")
    DARK_BLUE = (9, "darkBlue")
    TEAL = (10, "darkCyan")
    GREEN = (11, "darkGreen")
    VIOLET = (12, "darkMagenta")
    DARK_RED = (13, "darkRed")
    DARK_YELLOW = (14, "darkYellow")
    GRAY_50 = (15, "darkGray")
    GRAY_25 = (16, "lightGray")


class WD_STYLE_TYPE(_XmlEnum):
    """Style types (python-docx ``WD_STYLE_TYPE``)."""

    PARAGRAPH = (1, "paragraph")
    CHARACTER = (2, "character")
    TABLE = (3, "table")
    LIST = (4, "numbering")


class WD_ROW_HEIGHT_RULE(_XmlEnum):
    """How ``Row.height`` applies (python-docx ``WD_ROW_HEIGHT_RULE``)."""

    AUTO = (0, "auto")
    AT_LEAST = (1, "atLeast")
    EXACTLY = (2, "exact")


class WD_CELL_VERTICAL_ALIGNMENT(_XmlEnum):
    """Vertical alignment in a cell (python-docx ``WD_CELL_VERTICAL_ALIGNMENT``,
    alias ``WD_ALIGN_VERTICAL``)."""

    TOP = (0, "top")
    CENTER = (1, "center")
    BOTTOM = (3, "bottom")
    BOTH = (101, "both")


class WD_SECTION_START(_XmlEnum):
    """Where a section starts (python-docx ``WD_SECTION_START``, alias ``WD_SECTION``)."""

    CONTINUOUS = (0, "continuous")
    NEW_COLUMN = (1, "nextColumn")
    NEW_PAGE = (2, "nextPage")
    EVEN_PAGE = (3, "evenPage")
    ODD_PAGE = (4, "oddPage")


class MSO_COLOR_TYPE(_XmlEnum):
    """What kind of colour a ``ColorFormat`` holds (python-docx ``MSO_COLOR_TYPE``)."""

    RGB = (1, None)
    THEME = (2, None)
    AUTO = (101, None)


class XmlString(str):
    """A value as the XML writes it (``"center"``, ``"paragraph"``, ``"yellow"``)
    that also equals python-docx's enum member of the same meaning.

    ``style.type == "paragraph"`` and ``style.type == WD_STYLE_TYPE.PARAGRAPH``
    both hold, whichever package's ``WD_STYLE_TYPE`` it is. It hashes as the
    string, so use it, not the enum member, as a dict key.
    """

    member: _XmlEnum | None

    def __new__(cls, value: str, member: _XmlEnum | None = None) -> XmlString:
        out = super().__new__(cls, value)
        out.member = member
        return out

    def __eq__(self, other: object) -> bool:
        if isinstance(other, int) and not isinstance(other, bool):
            return self.member is not None and int(self.member) == other
        return str.__eq__(self, other)

    def __ne__(self, other: object) -> bool:
        return not self.__eq__(other)

    __hash__ = str.__hash__


def xml_string(value: str | None, enum_cls: type[_XmlEnum]) -> XmlString | None:
    """``value`` as an :class:`XmlString` equal to its ``enum_cls`` member; None stays None."""
    if value is None:
        return None
    return XmlString(value, enum_cls.from_xml(value))
