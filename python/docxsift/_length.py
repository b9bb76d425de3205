"""Length: an int of EMU with unit properties, as in python-docx."""

from __future__ import annotations


class Length(int):
    """A length: an int of English Metric Units (914400 per inch), with conversions.

    As python-docx's ``Length``: ``section.page_width.cm``, ``run.font.size.pt``.
    """

    _EMUS_PER_INCH = 914400
    _EMUS_PER_CM = 360000
    _EMUS_PER_MM = 36000
    _EMUS_PER_PT = 12700
    _EMUS_PER_TWIP = 635

    @property
    def inches(self) -> float:
        """The length in inches."""
        return self / float(self._EMUS_PER_INCH)

    @property
    def cm(self) -> float:
        """The length in centimetres."""
        return self / float(self._EMUS_PER_CM)

    @property
    def mm(self) -> float:
        """The length in millimetres."""
        return self / float(self._EMUS_PER_MM)

    @property
    def pt(self) -> float:
        """The length in points (12700 EMU)."""
        return self / float(self._EMUS_PER_PT)

    @property
    def twips(self) -> int:
        """The length in twentieths of a point (635 EMU), rounded: Word's own unit."""
        return round(self / float(self._EMUS_PER_TWIP))

    @property
    def emu(self) -> int:
        """The length in EMU, as a plain int."""
        return int(self)

    def __repr__(self) -> str:
        return f"Length({int(self)} EMU = {self.pt:g} pt)"
