"""Safety limits: each one fires before the work it protects, as LimitError."""

from __future__ import annotations

import io
import zipfile

import pytest

import docxsift
from docx_builder import CONTENT_TYPES, RT, document_xml, make_docx, p, rels


def test_defaults_are_documented_values() -> None:
    limits = docxsift.Limits()
    assert limits.max_entries == 10000
    assert limits.max_part_uncompressed == 256 * 2**20
    assert limits.max_total_uncompressed == 2**30
    assert limits.max_compression_ratio == 100.0
    assert limits.max_xml_depth == 256
    assert "max_entries=10000" in repr(limits)


def test_limits_are_immutable() -> None:
    limits = docxsift.Limits(max_entries=5)
    with pytest.raises(AttributeError):
        limits.max_entries = 6  # type: ignore[misc]


def test_limits_must_be_limits() -> None:
    with pytest.raises(TypeError):
        docxsift.open(make_docx(), limits={"max_entries": 1})  # type: ignore[arg-type]


def test_entry_count_limit() -> None:
    data = make_docx(extra={f"junk/{i}.bin": b"x" for i in range(20)})
    with pytest.raises(docxsift.LimitError) as info:
        docxsift.open(data, limits=docxsift.Limits(max_entries=10))
    assert info.value.limit == "max_entries"
    assert "max_entries" in str(info.value)
    assert docxsift.open(data).text == "Hello"  # control: the default admits it


def test_part_size_limit() -> None:
    data = make_docx(p("x" * 50_000))
    with pytest.raises(docxsift.LimitError) as info:
        docxsift.open(data, limits=docxsift.Limits(max_part_uncompressed=10_000))
    assert info.value.limit == "max_part_uncompressed"


def test_total_size_limit() -> None:
    data = make_docx(p("y" * 50_000))
    with pytest.raises(docxsift.LimitError) as info:
        docxsift.open(data, limits=docxsift.Limits(max_total_uncompressed=20_000))
    assert info.value.limit == "max_total_uncompressed"


def test_compression_ratio_limit_zip_bomb() -> None:
    # 20 MB of one repeated character compresses about 1000:1.
    data = make_docx(p("z" * 20_000_000))
    with pytest.raises(docxsift.LimitError) as info:
        docxsift.open(data)
    assert info.value.limit == "max_compression_ratio"


def test_duplicate_entry_names_case_insensitive() -> None:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as z:
        z.writestr("[Content_Types].xml", CONTENT_TYPES.format(main="word/document.xml"))
        z.writestr("_rels/.rels", rels(("rId1", f"{RT}/officeDocument", "word/document.xml")))
        z.writestr("word/document.xml", document_xml(p("first")))
        z.writestr("word/Document.xml", document_xml(p("second")))
    with pytest.raises(docxsift.LimitError) as info:
        docxsift.open(buffer.getvalue())
    assert info.value.limit == "duplicate_entry_names"


def test_xml_depth_limit() -> None:
    deep = "<w:sdt><w:sdtContent>" * 300 + p("deep") + "</w:sdtContent></w:sdt>" * 300
    with pytest.raises(docxsift.LimitError) as info:
        docxsift.open(make_docx(deep))
    assert info.value.limit == "max_xml_depth"
    doc = docxsift.open(make_docx(deep), limits=docxsift.Limits(max_xml_depth=1000))
    assert doc.text == "deep"


def test_xml_node_limit() -> None:
    body = p(*["a"] * 2000)
    with pytest.raises(docxsift.LimitError) as info:
        docxsift.open(make_docx(body), limits=docxsift.Limits(max_xml_nodes=1000))
    assert info.value.limit == "max_xml_nodes"


def test_text_size_limit() -> None:
    with pytest.raises(docxsift.LimitError) as info:
        docxsift.open(make_docx(p("t" * 5000)), limits=docxsift.Limits(max_text_size=1000))
    assert info.value.limit == "max_text_size"


def test_file_size_limit() -> None:
    data = make_docx(p("q" * 1000))
    with pytest.raises(docxsift.LimitError) as info:
        docxsift.open(data, limits=docxsift.Limits(max_file_size=100))
    assert info.value.limit == "max_file_size"


def _overlapping_zip() -> bytes:
    """Two central-directory entries pointing at one local entry (Fifield's construction)."""
    import struct
    import zlib

    payload = document_xml(p("shared"))
    raw = zlib.compress(payload.encode(), 9)[2:-4]
    crc = zlib.crc32(payload.encode())
    parts = []
    central = []
    offset = 0
    entries = [
        ("[Content_Types].xml", CONTENT_TYPES.format(main="word/document.xml").encode()),
        ("_rels/.rels", rels(("rId1", f"{RT}/officeDocument", "word/document.xml")).encode()),
    ]
    for name, data in entries:
        local = struct.pack("<IHHHHHIIIHH", 0x04034B50, 20, 0, 0, 0, 0, zlib.crc32(data), len(data), len(data), len(name), 0)
        parts.append(local + name.encode() + data)
        central.append((name, offset, zlib.crc32(data), len(data), len(data), 0))
        offset += len(parts[-1])
    name = "word/document.xml"
    local = struct.pack("<IHHHHHIIIHH", 0x04034B50, 20, 0, 8, 0, 0, crc, len(raw), len(payload), len(name), 0)
    parts.append(local + name.encode() + raw)
    central.append((name, offset, crc, len(raw), len(payload), 8))
    central.append(("word/other.xml", offset, crc, len(raw), len(payload), 8))  # same bytes again
    body = b"".join(parts)
    cd = b""
    for name, off, c, csize, usize, method in central:
        cd += struct.pack("<IHHHHHHIIIHHHHHII", 0x02014B50, 20, 20, 0, method, 0, 0, c, csize, usize, len(name), 0, 0, 0, 0, 0, off) + name.encode()
    eocd = struct.pack("<IHHHHIIH", 0x06054B50, 0, 0, len(central), len(central), len(cd), len(body), 0)
    return body + cd + eocd


def test_overlapping_entries_are_refused() -> None:
    with pytest.raises(docxsift.PackageError, match="overlap"):
        docxsift.open(_overlapping_zip())


def _patch_entry(data: bytes, name: str, *, flags: int | None = None, size: int | None = None) -> bytes:
    """Rewrites the general-purpose flags or the uncompressed size of one entry,
    in its local header and in the central directory alike."""
    import struct

    out = bytearray(data)
    encoded = name.encode()
    with zipfile.ZipFile(io.BytesIO(data)) as z:
        info = z.getinfo(name)
    local = info.header_offset
    central = out.find(b"PK\x01\x02")
    while central != -1:
        name_len = struct.unpack_from("<H", out, central + 28)[0]
        if out[central + 46 : central + 46 + name_len] == encoded:
            break
        central = out.find(b"PK\x01\x02", central + 4)
    assert central != -1
    if flags is not None:
        struct.pack_into("<H", out, local + 6, flags)
        struct.pack_into("<H", out, central + 8, flags)
    if size is not None:
        struct.pack_into("<I", out, local + 22, size)
        struct.pack_into("<I", out, central + 24, size)
    return bytes(out)


def test_encrypted_zip_entry_is_an_encrypted_error() -> None:
    data = _patch_entry(make_docx(p("secret")), "word/document.xml", flags=0x0001)
    with pytest.raises(docxsift.EncryptedError, match="encrypted"):
        docxsift.open(data)


def test_header_claiming_a_huge_size_is_refused_before_inflating() -> None:
    data = _patch_entry(make_docx(p("small")), "word/document.xml", size=0xFFFFFFF0)
    with pytest.raises(docxsift.LimitError) as info:
        docxsift.open(data)
    assert info.value.limit == "max_part_uncompressed"


def test_header_claiming_a_tiny_size_is_not_trusted() -> None:
    # The header says 10 bytes; the limits count what is actually inflated.
    data = _patch_entry(make_docx(p("x" * 5000)), "word/document.xml", size=10)
    assert docxsift.open(data).text == "x" * 5000
    with pytest.raises(docxsift.LimitError) as info:
        docxsift.open(data, limits=docxsift.Limits(max_part_uncompressed=1000))
    assert info.value.limit == "max_part_uncompressed"


def test_path_like_entry_names_stay_inside_the_package() -> None:
    body = p("body")
    data = make_docx(
        body,
        sect='<w:sectPr><w:headerReference w:type="default" r:id="rIdEvil"/></w:sectPr>',
        document_rels=[("rIdEvil", f"{RT}/header", "../../../../etc/header.xml")],
        extra={
            "etc/header.xml": (
                '<w:hdr xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">'
                "<w:p><w:r><w:t>clamped to the package root</w:t></w:r></w:p></w:hdr>"
            )
        },
    )
    doc = docxsift.open(data)
    # "../" cannot climb above the package root: the target is the part etc/header.xml.
    assert doc.sections[0].header.text == "clamped to the package root"


def test_time_budget() -> None:
    body = p(*["x"] * 40000)  # > 65,536 elements: the clock is read every 65,536
    with pytest.raises(docxsift.LimitError) as info:
        docxsift.open(make_docx(body), limits=docxsift.Limits(max_seconds=1e-9, max_compression_ratio=1e6))
    assert info.value.limit == "max_seconds"
    generous = docxsift.Limits(max_seconds=60, max_compression_ratio=1e6)
    assert docxsift.open(make_docx(body), limits=generous).text.startswith("x")
