"""Every problem with the input is a DocxError subclass with a clear message."""

from __future__ import annotations

import io
import struct
import zipfile

import pytest

import docxsift
from docx_builder import make_docx, p
from docxsift import _core


@pytest.mark.parametrize(
    ("kind", "cls"),
    [
        ("package", docxsift.PackageError),
        ("encrypted", docxsift.EncryptedError),
        ("xml", docxsift.XmlError),
        ("limit", docxsift.LimitError),
        ("docx", docxsift.DocxError),
    ],
)
def test_every_error_maps_to_its_class(kind: str, cls: type) -> None:
    with pytest.raises(cls) as info:
        _core._test.raise_error(kind)
    assert isinstance(info.value, docxsift.DocxError)


def test_hierarchy() -> None:
    for cls in (
        docxsift.PackageError,
        docxsift.EncryptedError,
        docxsift.XmlError,
        docxsift.LimitError,
    ):
        assert issubclass(cls, docxsift.DocxError)
    assert issubclass(docxsift.DocxError, Exception)
    assert docxsift.exceptions.DocxError is docxsift.DocxError


def test_xml_error_carries_part_and_line() -> None:
    with pytest.raises(docxsift.XmlError) as info:
        _core._test.raise_error("xml")
    assert info.value.part == "word/document.xml"
    assert info.value.line == 12
    assert "word/document.xml line 12" in str(info.value)


def test_not_a_zip() -> None:
    with pytest.raises(docxsift.PackageError, match="not a ZIP"):
        docxsift.open(b"hello, this is plain text and no zip at all")


def test_empty_file() -> None:
    with pytest.raises(docxsift.PackageError):
        docxsift.open(b"")


def test_truncated_zip() -> None:
    data = make_docx(p("x" * 1000))
    with pytest.raises(docxsift.PackageError):
        docxsift.open(data[: len(data) // 2])


def test_corrupted_member_crc() -> None:
    data = bytearray(make_docx(p("CRC test text " * 20)))
    # Flip a byte inside the compressed stream of word/document.xml.
    with zipfile.ZipFile(io.BytesIO(bytes(data))) as z:
        info = z.getinfo("word/document.xml")
    header_len = 30 + len(info.filename.encode()) + len(info.extra)
    data[info.header_offset + header_len + 10] ^= 0xFF
    with pytest.raises(docxsift.DocxError):
        docxsift.open(bytes(data))


def _ole_file(stream_name: str) -> bytes:
    """A minimal OLE/CFB header followed by a directory entry name in UTF-16LE."""
    header = bytes.fromhex("D0CF11E0A1B11AE1") + b"\0" * 504
    entry = stream_name.encode("utf-16-le").ljust(64, b"\0") + struct.pack("<H", 2 * len(stream_name) + 2)
    return header + entry.ljust(128, b"\0") + b"\0" * 384


def test_encrypted_document() -> None:
    with pytest.raises(docxsift.EncryptedError, match="password"):
        docxsift.open(_ole_file("EncryptedPackage"))


def test_legacy_doc_says_so() -> None:
    with pytest.raises(docxsift.PackageError, match="97-2003"):
        docxsift.open(_ole_file("WordDocument"))


def test_missing_main_part() -> None:
    data = make_docx(drop=("word/document.xml",))
    with pytest.raises(docxsift.PackageError, match="main document"):
        docxsift.open(data)


def test_not_wordprocessingml() -> None:
    sheet = '<?xml version="1.0"?><workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"/>'
    data = make_docx(extra={"word/document.xml": sheet})
    with pytest.raises(docxsift.PackageError, match="WordprocessingML"):
        docxsift.open(data)


def test_malformed_xml_names_part_and_line() -> None:
    broken = '<?xml version="1.0"?>\n<w:document xmlns:w="x">\n<w:body>\n<w:p></w:body>'
    data = make_docx(extra={"word/document.xml": broken})
    with pytest.raises(docxsift.XmlError) as info:
        docxsift.open(data)
    assert info.value.part == "word/document.xml"
    assert info.value.line >= 3
    assert "word/document.xml" in str(info.value)


def test_dtd_is_refused() -> None:
    billion_laughs = (
        '<?xml version="1.0"?><!DOCTYPE lolz [<!ENTITY lol "lol">'
        '<!ENTITY lol2 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">]>'
        '<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">'
        "<w:body><w:p><w:r><w:t>&lol2;</w:t></w:r></w:p></w:body></w:document>"
    )
    data = make_docx(extra={"word/document.xml": billion_laughs})
    with pytest.raises(docxsift.XmlError, match="DTD"):
        docxsift.open(data)


def test_messages_are_single_line_and_useful() -> None:
    with pytest.raises(docxsift.DocxError) as info:
        docxsift.open(b"PK\x03\x04 broken")
    message = str(info.value)
    assert message and "\n" not in message
