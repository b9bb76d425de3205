"""Length: an int of EMU with unit properties, as in python-docx."""

from __future__ import annotations


class Length(int):
    """A length in English Metric Units (914400 per inch), with conversions."""

    _EMUS_PER_INCH = 914400
    _EMUS_PER_CM = 360000
    _EMUS_PER_MM = 36000
    _EMUS_PER_PT = 12700
    _EMUS_PER_TWIP = 635

    @property
    def inches(self) -> float:
        return self / float(self._EMUS_PER_INCH)

    @property
    def cm(self) -> float:
        return self / float(self._EMUS_PER_CM)

    @property
    def mm(self) -> float:
        return self / float(self._EMUS_PER_MM)

    @property
    def pt(self) -> float:
        return self / float(self._EMUS_PER_PT)

    @property
    def twips(self) -> int:
        return round(self / float(self._EMUS_PER_TWIP))

    @property
    def emu(self) -> int:
        return int(self)

    def __repr__(self) -> str:
        return f"Length({int(self)} EMU = {self.pt:g} pt)"
