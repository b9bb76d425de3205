"""Legacy Word 97-2003 .doc files, built by doc_builder, through the public API."""

from __future__ import annotations

import struct
from pathlib import Path

import pytest

import docxsift
from doc_builder import (
    ANN,
    BOLD,
    DELETED,
    EN,
    FN,
    IN_TABLE,
    INNER_CELL,
    INNER_TTP,
    ITALIC,
    SECT,
    TTP,
    VANISH,
    ListLevel,
    P,
    R,
    Style,
    east_asian_font,
    font,
    itap,
    list_item,
    make_cfb,
    make_doc,
    outline_level,
    size,
)


def test_text_paragraphs_and_runs() -> None:
    doc = docxsift.open(make_doc(["Hello world", P(), R("bold", chp=BOLD), " tail", P()]))
    assert doc.text == "Hello world\nbold tail"
    assert [p.text for p in doc.paragraphs] == ["Hello world", "bold tail"]
    assert [(r.text, r.bold) for r in doc.paragraphs[1].runs] == [("bold", True), (" tail", None)]


def test_run_formatting_from_chpx() -> None:
    chp = ITALIC + size(32) + font(0) + east_asian_font(1)
    doc = docxsift.open(make_doc([R("styled", chp=chp), P()], fonts=["Times New Roman", "仿宋_GB2312"]))
    run = doc.paragraphs[0].runs[0]
    assert run.italic is True
    assert run.font.size.pt == 16.0
    assert run.font.name == "Times New Roman"
    assert run.font.east_asia_name == "仿宋_GB2312"


def test_compressed_pieces_decode_in_the_code_page_of_the_language() -> None:
    western = make_doc([R("café €5", codec="cp1252"), P()])
    assert docxsift.open(western).text == "café €5"
    simplified = make_doc([R("关于开展检查的通知", codec="gbk"), P(), "尾", P()], lid=0x0804)
    assert docxsift.open(simplified).text == "关于开展检查的通知\n尾"
    traditional = make_doc([R("繁體中文測試", codec="big5"), P()], lid=0x0404)
    assert docxsift.open(traditional).text == "繁體中文測試"


def test_utf16_pieces_keep_characters_outside_the_bmp() -> None:
    assert docxsift.open(make_doc(["emoji 😀 𠀀", P()])).text == "emoji 😀 𠀀"


def test_fast_saved_pieces_are_read_in_cp_order() -> None:
    items: list[object] = ["first ", R("second ", codec="cp1252"), "third", P(), "next", P()]
    doc = docxsift.open(make_doc(items, fast_saved=True))
    assert doc.text == "first second third\nnext"


def test_fields_show_their_result_never_their_code() -> None:
    items = ["Page ", "\x13 PAGE \x14", "3", "\x15", " of ", "\x13 NUMPAGES \x145\x15", P()]
    assert docxsift.open(make_doc(items)).text == "Page 3 of 5"


def test_nested_fields_and_a_field_without_result() -> None:
    nested = ["A", "\x13 IF \x13 PAGE \x141\x15 = 1 \"yes\" \x14yes\x15", "B", P()]
    assert docxsift.open(make_doc(nested)).text == "AyesB"
    no_result = ["before", "\x13 TC \"entry\" \\l 1 \x15", "after", P()]
    assert docxsift.open(make_doc(no_result)).text == "beforeafter"


def test_hyperlink_field_becomes_a_hyperlink() -> None:
    items = ["See ", '\x13 HYPERLINK "https://example.com/a" \x14', "the site", "\x15", ".", P()]
    doc = docxsift.open(make_doc(items))
    assert doc.text == "See the site."
    links = doc.paragraphs[0].hyperlinks
    assert [(h.text, h.url) for h in links] == [("the site", "https://example.com/a")]


def test_special_characters() -> None:
    items = ["a\tb\x0bc\x1ed\x1fe\x01\x08f", P(), "page\x0cbreak", P()]
    doc = docxsift.open(make_doc(items))
    assert [p.text for p in doc.paragraphs] == ["a\tb\nc-def", "page\nbreak"]


def test_table_marks_make_a_table() -> None:
    cell = P(pap=IN_TABLE, mark="\x07")
    row_end = P(pap=IN_TABLE + TTP, mark="\x07")
    items = ["before", P(), "a", cell, "b", cell, row_end, "c", cell, "d", cell, row_end, "after", P()]
    doc = docxsift.open(make_doc(items))
    assert [t.to_list() for t in doc.tables] == [[["a", "b"], ["c", "d"]]]
    assert [p.text for p in doc.paragraphs] == ["before", "after"]
    assert doc.text == "before\na\tb\nc\td\nafter"


def test_nested_table() -> None:
    outer_cell = P(pap=IN_TABLE, mark="\x07")
    outer_row = P(pap=IN_TABLE + TTP, mark="\x07")
    inner_cell = P(pap=IN_TABLE + itap(2) + INNER_CELL)
    inner_row = P(pap=IN_TABLE + itap(2) + INNER_CELL + INNER_TTP)
    items = ["x", P(pap=IN_TABLE), "i1", inner_cell, "i2", inner_cell, inner_row, "", outer_cell,
             "y", outer_cell, outer_row]
    doc = docxsift.open(make_doc(items))
    table = doc.tables[0]
    assert len(table.rows) == 1 and len(table.rows[0].cells) == 2
    inner = table.rows[0].cells[0].tables
    assert [t.to_list() for t in inner] == [[["i1", "i2"]]]


def test_footnotes_endnotes_and_comments_are_their_own_stories() -> None:
    items = ["claim", FN("source one"), " more", EN("closing note"), " reviewed", ANN("Zhang San", "check this", "ZS"), P()]
    doc = docxsift.open(make_doc(items))
    assert doc.text == "claim more reviewed"
    assert [(n.id, n.text) for n in doc.footnotes] == [("1", "source one")]
    assert [(n.id, n.text) for n in doc.endnotes] == [("1", "closing note")]
    assert doc.paragraphs[0].footnote_ids == ["1"]
    assert doc.paragraphs[0].endnote_ids == ["1"]
    assert [(c.author, c.initials, c.text) for c in doc.comments] == [("Zhang San", "ZS", "check this")]


def test_headers_and_footers_per_section() -> None:
    headers = [
        {"header": ["First header", P()], "footer": ["Page one", P()]},
        {"header": ["Second header", P()]},
    ]
    doc = docxsift.open(make_doc(["one", P(), SECT(), "two", P()], headers=headers))
    assert doc.text == "one\n\ntwo"
    assert len(doc.sections) == 2
    assert doc.sections[0].header.text == "First header"
    assert doc.sections[0].footer.text == "Page one"
    assert doc.sections[1].header.text == "Second header"


def test_hidden_and_deleted_text() -> None:
    items = ["shown", R(" hidden", chp=VANISH), R(" gone", chp=DELETED), P()]
    assert docxsift.open(make_doc(items)).text == "shown"
    assert docxsift.open(make_doc(items), include_hidden=True).text == "shown hidden"
    assert docxsift.open(make_doc(items), revisions="reject").text == "shown gone"


def test_styles_give_heading_levels() -> None:
    styles = [
        Style("Normal", sti=0),
        Style("标题 1", sti=1, base=0),
        Style("公文二级", base=0, pap=outline_level(1)),
    ]
    items = ["关于开展检查的通知", P(istd=1), "（一）总体要求", P(istd=2), "正文", P(istd=0)]
    doc = docxsift.open(make_doc(items, styles=styles))
    assert [p.heading_level for p in doc.paragraphs] == [1, 2, None]
    assert doc.paragraphs[0].style.name == "Heading 1"
    assert doc.paragraphs[2].style.name == "Normal"


def test_core_properties_from_summary_information() -> None:
    created = (1_700_000_000 + 11_644_473_600) * 10_000_000
    doc = docxsift.open(make_doc(["x", P()], title="Annual report", author="Ann", created=created))
    assert doc.core_properties.title == "Annual report"
    assert doc.core_properties.author == "Ann"
    assert doc.core_properties.created is not None
    assert doc.core_properties.created.year == 2023


def test_word_97_table_stream_0table() -> None:
    doc = docxsift.open(make_doc(["zero table", P()], table_name="0Table"))
    assert doc.text == "zero table"


def test_encrypted_and_obfuscated_doc_raise_encrypted_error() -> None:
    with pytest.raises(docxsift.EncryptedError, match="RC4"):
        docxsift.open(make_doc(["x", P()], encrypted=True))
    with pytest.raises(docxsift.EncryptedError, match="XOR"):
        docxsift.open(make_doc(["x", P()], obfuscated=True))
    with pytest.raises(docxsift.EncryptedError):
        docxsift.open(make_cfb({"EncryptionInfo": b"\0" * 64, "EncryptedPackage": b"\0" * 64}))


def test_word_6_and_other_ole_files_raise_package_error() -> None:
    with pytest.raises(docxsift.PackageError, match=r"Word 6\.0/95"):
        docxsift.open(make_doc(["x", P()], n_fib=104))
    with pytest.raises(docxsift.PackageError, match="Microsoft Works"):
        docxsift.open(make_cfb({"CONTENTS": b"\0" * 100, "MatOST": b"\0" * 10}))
    with pytest.raises(docxsift.PackageError, match="Excel"):
        docxsift.open(make_cfb({"Workbook": b"\0" * 100}))
    with pytest.raises(docxsift.PackageError, match="no WordDocument"):
        docxsift.open(make_cfb({"Something": b"\0" * 100}))


def _large_doc() -> bytes:
    # A WordDocument stream past the 4096-byte mini-stream cutoff: in FAT sectors.
    return make_doc(["x" * 3000, P()])


def _fat_entries(data: bytes) -> list[int]:
    return list(struct.unpack_from("<128I", data, 512))


def test_fat_chain_with_a_cycle_raises_package_error() -> None:
    data = bytearray(_large_doc())
    fat = _fat_entries(bytes(data))
    for i, nxt in enumerate(fat):
        if nxt < 0xFFFFFFF0 and i != 0:
            struct.pack_into("<I", data, 512 + i * 4, i)  # each link points at itself
    with pytest.raises(docxsift.PackageError, match="cycle"):
        docxsift.open(bytes(data))


def test_fat_sector_out_of_range_raises_package_error() -> None:
    data = bytearray(_large_doc())
    fat = _fat_entries(bytes(data))
    for i, nxt in enumerate(fat):
        if nxt < 0xFFFFFFF0:
            struct.pack_into("<I", data, 512 + i * 4, 0x00FFFFFF)
    with pytest.raises(docxsift.PackageError, match="out of range"):
        docxsift.open(bytes(data))


def test_huge_declared_stream_size_raises_limit_error() -> None:
    data = bytearray(_large_doc())
    name = "WordDocument".encode("utf-16-le")
    entry = data.find(name)
    struct.pack_into("<I", data, entry + 120, 0xFFFFFF00)
    with pytest.raises(docxsift.LimitError):
        docxsift.open(bytes(data))


def test_limits_apply_to_doc_text() -> None:
    with pytest.raises(docxsift.LimitError, match="max_text_size"):
        docxsift.open(make_doc(["y" * 5000, P()]), limits=docxsift.Limits(max_text_size=1000))


def test_truncated_and_garbage_ole_files_raise_package_error() -> None:
    data = _large_doc()
    for cut in (8, 100, 600, len(data) // 2):
        with pytest.raises(docxsift.DocxError):
            docxsift.open(data[:cut])


def test_open_path_and_extract_pick_up_doc_files(tmp_path: Path) -> None:
    (tmp_path / "a.doc").write_bytes(make_doc(["from a doc", P()]))
    (tmp_path / "renamed.docx").write_bytes(make_doc(["content decides", P()]))
    assert docxsift.open(tmp_path / "a.doc").text == "from a doc"
    assert docxsift.open(str(tmp_path / "renamed.docx")).text == "content decides"
    records = list(docxsift.extract(tmp_path))
    texts = sorted(r["text"] for r in records)
    assert texts == ["content decides", "from a doc"]


def test_list_labels_from_lst_and_lfo() -> None:
    gongwen = [
        ListLevel(37, "\x00、"),  # chineseCounting: 一、
        ListLevel(37, "（\x01）"),  # （一）
        ListLevel(0, "\x02."),  # 1.
        ListLevel(18, "\x03", follow=2),  # decimalEnclosedCircle: ①
    ]
    items = [
        "总体要求", P(pap=list_item(1, 0)),
        "企业责任", P(pap=list_item(1, 1)),
        "制度", P(pap=list_item(1, 2)),
        "预案", P(pap=list_item(1, 3)),
        "重点部位", P(pap=list_item(1, 1)),
        "管道", P(pap=list_item(1, 3)),
        "工作要求", P(pap=list_item(1, 0)),
        "正文", P(),
    ]
    doc = docxsift.open(make_doc(items, lists=[gongwen]))
    labels = [p.list_label for p in doc.paragraphs]
    assert labels == ["一、", "（一）", "1.", "①", "（二）", "①", "二、", None]


def test_html_and_mht_saved_as_doc_say_what_they_are() -> None:
    with pytest.raises(docxsift.PackageError, match="an HTML file"):
        docxsift.open(b"\xef\xbb\xbf<!DOCTYPE html><html><body>x</body></html>")
    with pytest.raises(docxsift.PackageError, match="MIME HTML"):
        docxsift.open(b"MIME-Version: 1.0\r\nContent-Type: multipart/related\r\n\r\n")


def test_fast_saved_piece_properties_from_the_prm() -> None:
    # A fast save records edits as sprms of whole pieces (the Prm of each PCD).
    cell = P(pap=None, mark="\x07", prm=IN_TABLE)
    row_end = P(pap=None, mark="\x07", prm=IN_TABLE + TTP)
    items = ["a", cell, "b", cell, row_end, "shown", R(" hidden", prm=VANISH), P()]
    doc = docxsift.open(make_doc(items, fast_saved=True))
    assert [t.to_list() for t in doc.tables] == [[["a", "b"]]]
    assert [p.text for p in doc.paragraphs] == ["shown"]
