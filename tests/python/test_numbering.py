"""List labels: Paragraph.list_label/list_level/list_suffix and
Document.text_with_labels, built from numbering.xml snippets. Each expectation
names the Word behaviour it encodes."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

import docxsift
from docx_builder import lvl, make_docx

MC_NS = "http://schemas.openxmlformats.org/markup-compatibility/2006"


def abstract(aid: int, *levels: str, extra: str = "") -> str:
    return f'<w:abstractNum w:abstractNumId="{aid}">{extra}{"".join(levels)}</w:abstractNum>'


def num(nid: int, aid: int, overrides: str = "") -> str:
    return f'<w:num w:numId="{nid}"><w:abstractNumId w:val="{aid}"/>{overrides}</w:num>'


def item(
    text: str, num_id: int | None = None, ilvl: int | None = None, style: str | None = None
) -> str:
    ppr = f'<w:pStyle w:val="{style}"/>' if style else ""
    numpr = ""
    if ilvl is not None:
        numpr += f'<w:ilvl w:val="{ilvl}"/>'
    if num_id is not None:
        numpr += f'<w:numId w:val="{num_id}"/>'
    if numpr:
        ppr += f"<w:numPr>{numpr}</w:numPr>"
    return f"<w:p><w:pPr>{ppr}</w:pPr><w:r><w:t>{text}</w:t></w:r></w:p>"


def open_doc(body: str, numbering: str, styles: str | None = None) -> docxsift.Document:
    return docxsift.open(make_docx(body, numbering=numbering, styles=styles))


def labels(body: str, numbering: str, styles: str | None = None) -> list[str | None]:
    return [p.list_label for p in open_doc(body, numbering, styles).iter_paragraphs()]


# --- formats, end to end (every value is covered in tests/cpp/test_numbering.cpp) ---


@pytest.mark.parametrize(
    ("fmt", "start", "expected"),
    [
        ("decimal", 1, "1"),
        ("decimalZero", 7, "07"),
        ("upperLetter", 27, "AA"),  # Word repeats the letter, not spreadsheet-style AB
        ("lowerLetter", 2, "b"),
        ("upperRoman", 4, "IV"),
        ("lowerRoman", 9, "ix"),
        ("ordinal", 22, "22nd"),
        ("cardinalText", 21, "Twenty-one"),
        ("ordinalText", 101, "One hundred first"),
        ("chineseCounting", 11, "十一"),
        ("chineseCounting", 20, "二十"),
        (
            "chineseCounting",
            101,
            "一○一",
        ),  # Word's sample "一, 十, 一○○(简)" ([MS-DOCX] 2.4), not 一百零一
        ("chineseCountingThousand", 101, "一百〇一"),
        ("chineseLegalSimplified", 12, "壹拾贰"),
        ("ideographTraditional", 3, "丙"),
        ("ideographZodiac", 3, "寅"),
        ("ideographDigital", 10, "一〇"),
        ("decimalEnclosedCircle", 20, "⑳"),
        ("decimalEnclosedCircle", 21, "21"),  # Word circles 1-20 only
        ("decimalEnclosedCircleChinese", 3, "③"),
        ("decimalEnclosedParen", 1, "⑴"),
        ("decimalEnclosedFullstop", 1, "⒈"),
        ("decimalFullWidth", 12, "１２"),
        ("decimalHalfWidth", 12, "12"),
        ("taiwaneseCounting", 11, "十一"),
        ("taiwaneseCountingThousand", 1000, "一千"),
        ("japaneseCounting", 100, "百"),
        ("koreanCounting", 11, "십일"),
        ("ideographEnclosedCircle", 10, "㊉"),
        ("ideographZodiacTraditional", 60, "癸亥"),
        ("ideographLegalTraditional", 2, "貳"),
        ("none", 1, ""),
        ("aiueo", 5, "5"),  # formats docxsift does not draw: decimal
    ],
)
def test_format(fmt: str, start: int, expected: str) -> None:
    numbering = abstract(0, lvl(0, fmt, "%1", start)) + num(1, 0)
    assert labels(item("x", 1, 0), numbering) == [expected]


# --- templates ----------------------------------------------------------------------


def test_template_with_several_placeholders() -> None:
    numbering = abstract(
        0, lvl(0, "decimal", "%1."), lvl(1, "decimal", "%1.%2."), lvl(2, "decimal", "%1.%2.%3")
    ) + num(1, 0)
    body = item("a", 1, 0) + item("b", 1, 1) + item("c", 1, 2) + item("d", 1, 1) + item("e", 1, 0)
    assert labels(body, numbering) == ["1.", "1.1.", "1.1.1", "1.2.", "2."]


def test_chinese_templates() -> None:
    numbering = abstract(
        0, lvl(0, "chineseCounting", "第%1条"), lvl(1, "chineseCounting", "（%2）")
    ) + num(1, 0)
    body = item("a", 1, 0) + item("b", 1, 1) + item("c", 1, 1) + item("d", 1, 0) + item("e", 1, 1)
    assert labels(body, numbering) == ["第一条", "（一）", "（二）", "第二条", "（一）"]


def test_unused_higher_level_shows_its_start() -> None:
    # Word draws a level that was never used at its start value.
    numbering = abstract(0, lvl(0, "decimal", "%1.", start=3), lvl(1, "decimal", "%1.%2.")) + num(
        1, 0
    )
    assert labels(item("a", 1, 1), numbering) == ["3.1."]


def test_is_lgl_draws_higher_levels_as_decimals() -> None:
    numbering = abstract(
        0, lvl(0, "upperRoman", "Article %1."), lvl(1, "decimal", "%1.%2", extra="<w:isLgl/>")
    ) + num(1, 0)
    body = item("a", 1, 0) + item("b", 1, 1) + item("c", 1, 0) + item("d", 1, 1)
    assert labels(body, numbering) == ["Article I.", "1.1", "Article II.", "2.1"]


def test_zero_padded_custom_format() -> None:
    # Word 2010 writes "001, 002, ..." as an mc:Choice with a decimal Fallback.
    level = (
        '<w:lvl w:ilvl="0"><w:start w:val="7"/>'
        f'<mc:AlternateContent xmlns:mc="{MC_NS}"><mc:Choice Requires="w14">'
        '<w:numFmt w:val="custom" w:format="001, 002, 003, ..."/></mc:Choice>'
        '<mc:Fallback><w:numFmt w:val="decimal"/></mc:Fallback></mc:AlternateContent>'
        '<w:lvlText w:val="%1"/></w:lvl>'
    )
    assert labels(item("a", 1, 0), abstract(0, level) + num(1, 0)) == ["007"]


@pytest.mark.parametrize(
    ("sample", "expected"), [("α, β, γ, ...", "Some-β-Format"), ("Α, Β, Γ, ...", "Some-Β-Format")]
)
def test_greek_custom_format(sample: str, expected: str) -> None:
    # Word 2010's Greek custom formats are drawn as Greek letters, not as the decimal
    # Fallback (Tika's testWORD_numbered_list.docx: "Some-%1-CrazyFormat" with α, β, γ).
    level = (
        '<w:lvl w:ilvl="0"><w:start w:val="2"/>'
        f'<mc:AlternateContent xmlns:mc="{MC_NS}"><mc:Choice Requires="w14">'
        f'<w:numFmt w:val="custom" w:format="{sample}"/></mc:Choice>'
        '<mc:Fallback><w:numFmt w:val="decimal"/></mc:Fallback></mc:AlternateContent>'
        '<w:lvlText w:val="Some-%1-Format"/></w:lvl>'
    )
    assert labels(item("a", 1, 0), abstract(0, level) + num(1, 0)) == [expected]


def test_unknown_custom_format_takes_the_fallback() -> None:
    level = (
        '<w:lvl w:ilvl="0"><w:start w:val="2"/>'
        f'<mc:AlternateContent xmlns:mc="{MC_NS}"><mc:Choice Requires="w14">'
        '<w:numFmt w:val="custom" w:format="ア, イ, ウ, ..."/></mc:Choice>'
        '<mc:Fallback><w:numFmt w:val="lowerLetter"/></mc:Fallback></mc:AlternateContent>'
        '<w:lvlText w:val="%1"/></w:lvl>'
    )
    assert labels(item("a", 1, 0), abstract(0, level) + num(1, 0)) == ["b"]


# --- start, restart, overrides ------------------------------------------------------------


def test_start_value() -> None:
    numbering = abstract(0, lvl(0, "decimal", "%1)", start=5)) + num(1, 0)
    assert labels(item("a", 1, 0) + item("b", 1, 0), numbering) == ["5)", "6)"]


def test_higher_level_restarts_lower_levels() -> None:
    numbering = abstract(0, lvl(0, "upperLetter", "%1."), lvl(1, "decimal", "%2.")) + num(1, 0)
    body = item("a", 1, 0) + item("b", 1, 1) + item("c", 1, 1) + item("d", 1, 0) + item("e", 1, 1)
    assert labels(body, numbering) == ["A.", "1.", "2.", "B.", "1."]


def test_skipped_level_is_fixed_at_its_start() -> None:
    # Word: drawing 2.a.I uses level 2 at its start, so the next level-2 item is 2.b,
    # even when level 3 restarts after level 1 only (Tika's
    # testWORD_override_list_numbering.docx, whose texts are Word's labels).
    restart = '<w:lvlRestart w:val="1"/>'
    numbering = abstract(
        0,
        lvl(0, "decimal", "%1"),
        lvl(1, "lowerLetter", "%1.%2"),
        lvl(2, "upperRoman", "%1.%2.%3", extra=restart),
    ) + num(1, 0)
    body = item("a", 1, 0) + item("b", 1, 2) + item("c", 1, 1)
    assert labels(body, numbering) == ["1", "1.a.I", "1.b"]


def test_skipped_levels_outside_the_restart_chain_stay_unused() -> None:
    # Thesis templates number figures 图%1-%4 and tables 表%1-%5 in one list, both
    # restarting after chapters only: a table leaves the figure level unused, so
    # the first figure is 图1-1 (Word's cached table of figures, SEUThesis-Word).
    restart = '<w:lvlRestart w:val="1"/>'
    numbering = abstract(
        0,
        lvl(0, "decimal", "第%1章"),
        lvl(1, "decimal", "图%1-%2", extra=restart),
        lvl(2, "decimal", "表%1-%3", extra=restart),
    ) + num(1, 0)
    body = item("a", 1, 0) + item("b", 1, 2) + item("c", 1, 1) + item("d", 1, 2)
    assert labels(body, numbering) == ["第1章", "表1-1", "图1-1", "表1-2"]


def test_skipped_level_not_shown_is_still_fixed() -> None:
    # Tika's testWORD_numbered_list.docx: A., i., ii., a., b., then "2." at the
    # skipped level 4: the level-5 items had fixed it at 1.
    numbering = abstract(
        0,
        lvl(0, "upperLetter", "%1."),
        lvl(1, "decimal", "%2."),
        lvl(2, "lowerLetter", "%3."),
    ) + num(1, 0)
    body = item("a", 1, 0) + item("b", 1, 2) + item("c", 1, 1)
    assert labels(body, numbering) == ["A.", "a.", "2."]


def test_lvl_restart_zero_never_restarts() -> None:
    numbering = abstract(
        0, lvl(0, "upperLetter", "%1."), lvl(1, "decimal", "%2.", extra='<w:lvlRestart w:val="0"/>')
    ) + num(1, 0)
    body = item("a", 1, 0) + item("b", 1, 1) + item("c", 1, 1) + item("d", 1, 0) + item("e", 1, 1)
    assert labels(body, numbering) == ["A.", "1.", "2.", "B.", "3."]


def test_lvl_restart_after_named_level_only() -> None:
    # Level 3 (ilvl 2) restarts after level 1 only, not after level 2.
    numbering = abstract(
        0,
        lvl(0, "decimal", "%1."),
        lvl(1, "lowerLetter", "%2)"),
        lvl(2, "lowerRoman", "%3.", extra='<w:lvlRestart w:val="1"/>'),
    ) + num(1, 0)
    body = (
        item("a", 1, 0)
        + item("b", 1, 2)
        + item("c", 1, 1)
        + item("d", 1, 2)
        + item("e", 1, 0)
        + item("f", 1, 2)
    )
    assert labels(body, numbering) == ["1.", "i.", "a)", "ii.", "2.", "i."]


def test_counters_shared_across_num_ids_and_start_override_restarts() -> None:
    # Word: nums of one abstractNum continue one list; a num with startOverride restarts it.
    numbering = (
        abstract(0, lvl(0, "decimal", "%1."))
        + num(1, 0)
        + num(2, 0)
        + num(3, 0, '<w:lvlOverride w:ilvl="0"><w:startOverride w:val="1"/></w:lvlOverride>')
    )
    body = item("a", 1, 0) + item("b", 2, 0) + item("c", 1, 0) + item("d", 3, 0) + item("e", 3, 0)
    assert labels(body, numbering) == ["1.", "2.", "3.", "1.", "2."]


def test_start_override_with_other_value() -> None:
    numbering = abstract(0, lvl(0, "decimal", "%1.")) + num(
        1, 0, '<w:lvlOverride w:ilvl="0"><w:startOverride w:val="10"/></w:lvlOverride>'
    )
    assert labels(item("a", 1, 0) + item("b", 1, 0), numbering) == ["10.", "11."]


def test_overriding_lvl_changes_the_drawing_not_the_count() -> None:
    # An overriding w:lvl without w:startOverride keeps counting in the shared
    # list (Word's cached TOC of a thesis template in the corpus shows this).
    numbering = (
        abstract(0, lvl(0, "decimal", "%1."))
        + num(1, 0)
        + num(2, 0, f'<w:lvlOverride w:ilvl="0">{lvl(0, "upperRoman", "(%1)")}</w:lvlOverride>')
    )
    assert labels(item("a", 1, 0) + item("b", 2, 0) + item("c", 2, 0), numbering) == [
        "1.",
        "(II)",
        "(III)",
    ]


def test_chapter_headings_continue_across_an_overriding_num() -> None:
    # Chapters from one num, sections from another num of the same abstractNum
    # whose w:lvlOverride redraws level 2 (isLgl): 第一章, 1.1, 1.2, 第二章, 2.1.
    numbering = (
        abstract(
            0,
            lvl(0, "chineseCountingThousand", "第%1章", extra='<w:suff w:val="nothing"/>'),
            lvl(1, "decimal", "%1.%2.", extra="<w:isLgl/>"),
        )
        + num(4, 0)
        + num(
            12,
            0,
            '<w:lvlOverride w:ilvl="1">'
            + lvl(1, "decimal", "%1.%2", extra="<w:isLgl/>")
            + "</w:lvlOverride>",
        )
    )
    body = "".join(
        item(t, n, lv)
        for t, n, lv in [("a", 4, 0), ("b", 12, 1), ("c", 12, 1), ("d", 4, 0), ("e", 12, 1)]
    )
    assert labels(body, numbering) == ["第一章", "1.1", "1.2", "第二章", "2.1"]


def test_separate_abstract_nums_count_separately() -> None:
    numbering = (
        abstract(0, lvl(0)) + abstract(1, lvl(0, "lowerLetter", "%1)")) + num(1, 0) + num(2, 1)
    )
    body = item("a", 1, 0) + item("b", 2, 0) + item("c", 1, 0) + item("d", 2, 0)
    assert labels(body, numbering) == ["1.", "a)", "2.", "b)"]


# --- numbering from styles ---------------------------------------------------------------

STYLES = (
    '<w:style w:type="paragraph" w:styleId="ListPara"><w:name w:val="List Para"/>'
    '<w:pPr><w:numPr><w:numId w:val="1"/></w:numPr></w:pPr></w:style>'
    '<w:style w:type="paragraph" w:styleId="Child"><w:name w:val="Child"/>'
    '<w:basedOn w:val="ListPara"/></w:style>'
    '<w:style w:type="paragraph" w:styleId="Heading2"><w:name w:val="heading 2"/>'
    '<w:pPr><w:numPr><w:numId w:val="1"/></w:numPr></w:pPr></w:style>'
    '<w:style w:type="paragraph" w:styleId="Loop1"><w:name w:val="Loop1"/>'
    '<w:basedOn w:val="Loop2"/></w:style>'
    '<w:style w:type="paragraph" w:styleId="Loop2"><w:name w:val="Loop2"/>'
    '<w:basedOn w:val="Loop1"/></w:style>'
)
STYLE_NUMBERING = abstract(
    0,
    lvl(0, "chineseCounting", "%1、"),
    lvl(1, "chineseCounting", "（%2）", extra='<w:pStyle w:val="Heading2"/>'),
) + num(1, 0)


def test_numbering_from_style_and_based_on_chain() -> None:
    body = item("a", style="ListPara") + item("b", style="Child") + item("c", style="ListPara")
    assert labels(body, STYLE_NUMBERING, STYLES) == ["一、", "二、", "三、"]


def test_style_level_from_lvl_pstyle() -> None:
    # A style numbered without ilvl takes the level whose w:pStyle names it.
    doc = open_doc(
        item("a", style="ListPara") + item("b", style="Heading2"), STYLE_NUMBERING, STYLES
    )
    paragraphs = doc.paragraphs
    assert [p.list_label for p in paragraphs] == ["一、", "（一）"]
    assert [p.list_level for p in paragraphs] == [0, 1]


def test_direct_ilvl_with_style_num_id() -> None:
    assert labels(item("a", ilvl=1, style="ListPara"), STYLE_NUMBERING, STYLES) == ["（一）"]


def test_num_id_zero_removes_style_numbering() -> None:
    body = (
        item("a", style="ListPara") + item("b", 0, style="ListPara") + item("c", style="ListPara")
    )
    assert labels(body, STYLE_NUMBERING, STYLES) == ["一、", None, "二、"]


def test_style_cycle_is_safe() -> None:
    assert labels(item("a", style="Loop1"), STYLE_NUMBERING, STYLES) == [None]


def test_num_style_link() -> None:
    styles = (
        '<w:style w:type="numbering" w:styleId="MyList"><w:name w:val="My List"/>'
        '<w:pPr><w:numPr><w:numId w:val="5"/></w:numPr></w:pPr></w:style>'
    )
    numbering = (
        abstract(10, lvl(0, "lowerRoman", "%1."), extra='<w:styleLink w:val="MyList"/>')
        + abstract(11, extra='<w:numStyleLink w:val="MyList"/>')
        + num(5, 10)
        + num(6, 11)
    )
    # Both nums count in the numbering style's list.
    assert labels(item("a", 6, 0) + item("b", 5, 0) + item("c", 6, 0), numbering, styles) == [
        "i.",
        "ii.",
        "iii.",
    ]


def test_num_style_link_cycle_is_safe() -> None:
    styles = (
        '<w:style w:type="numbering" w:styleId="A"><w:name w:val="A"/>'
        '<w:pPr><w:numPr><w:numId w:val="1"/></w:numPr></w:pPr></w:style>'
    )
    numbering = abstract(0, lvl(0), extra='<w:numStyleLink w:val="A"/>') + num(1, 0)
    assert labels(item("a", 1, 0), numbering, styles) == [None]


# --- bullets ------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("font", "text", "expected"),
    [
        ("Symbol", "\uf0b7", "•"),
        ("Wingdings", "\uf0a7", "▪"),
        ("Wingdings", "\uf0d8", "➢"),
        ("Wingdings", "\uf0fc", "✔"),
        ("Symbol", "\u00b7", "•"),  # the bare byte, as some writers store it
        (None, "•", "•"),
        (None, "-", "-"),
    ],
)
def test_bullets_mapped_to_unicode(font: str | None, text: str, expected: str) -> None:
    rpr = (
        f'<w:rPr><w:rFonts w:ascii="{font}" w:hAnsi="{font}" w:hint="default"/></w:rPr>'
        if font
        else ""
    )
    numbering = abstract(0, lvl(0, "bullet", text, extra=rpr)) + num(1, 0)
    assert labels(item("a", 1, 0), numbering) == [expected]


# --- level, suffix, absent labels --------------------------------------------------------------


def test_level_and_suffix() -> None:
    numbering = abstract(
        0,
        lvl(0),
        lvl(1, text="%2)", extra='<w:suff w:val="space"/>'),
        lvl(2, text="%3]", extra='<w:suff w:val="nothing"/>'),
    ) + num(1, 0)
    doc = open_doc(item("a", 1, 0) + item("b", 1, 1) + item("c", 1, 2) + item("plain"), numbering)
    ps = doc.paragraphs
    assert [p.list_level for p in ps] == [0, 1, 2, None]
    assert [p.list_suffix for p in ps] == ["tab", "space", "nothing", None]
    assert [p.list_label for p in ps] == ["1.", "1)", "1]", None]
    assert doc.text_with_labels == "1.\ta\n1) b\n1]c\nplain"
    assert doc.text == "a\nb\nc\nplain"  # the label is never part of .text


def test_direct_numbering_under_an_undefined_style() -> None:
    # ECMA-376 §17.3.1.27: a pStyle naming a missing style applies no style; the
    # direct numPr still numbers the paragraph (Word; LibreOffice drops it).
    numbering = abstract(0, lvl(0)) + num(1, 0)
    assert labels(
        item("a", 1, 0, style="Compact") + item("b", 1, 0, style="Compact"), numbering
    ) == ["1.", "2."]


def test_empty_paragraph_carrying_a_section_break_is_counted() -> None:
    # Word keeps the empty paragraph whose pPr holds a w:sectPr and numbers it, so the
    # next item is 3 (docx-rs section_property_in_ppr.docx); LibreOffice removes it.
    numbering = abstract(0, lvl(0, "decimal", "%1")) + num(1, 0)
    section_end = '<w:p><w:pPr><w:numPr><w:ilvl w:val="0"/><w:numId w:val="1"/></w:numPr><w:sectPr/></w:pPr></w:p>'
    assert labels(item("a", 1, 0) + section_end + item("c", 1, 0), numbering) == ["1", "2", "3"]


def test_undefined_num_or_level_has_no_label() -> None:
    numbering = abstract(0, lvl(0)) + num(1, 0)
    assert labels(item("a", 7, 0) + item("b", 1, 4) + item("c", 1, 0), numbering) == [
        None,
        None,
        "1.",
    ]


def test_no_numbering_part() -> None:
    doc = docxsift.open(make_docx(item("a", 1, 0)))
    p = doc.paragraphs[0]
    assert (p.list_label, p.list_level, p.list_suffix) == (None, None, None)
    assert doc.text_with_labels == "a"


def test_broken_numbering_part_keeps_the_document() -> None:
    data = make_docx(item("a", 1, 0), numbering="<w:abstractNum>")
    doc = docxsift.open(data)
    assert doc.text == "a"
    assert doc.paragraphs[0].list_label is None


# --- text_with_labels -------------------------------------------------------------------------


def test_text_with_labels_in_tables_and_stories() -> None:
    numbering = abstract(0, lvl(0, "decimalEnclosedCircle", "%1")) + num(1, 0)
    table = (
        "<w:tbl><w:tblGrid><w:gridCol/><w:gridCol/></w:tblGrid><w:tr>"
        f"<w:tc>{item('in cell', 1, 0)}</w:tc><w:tc>{item('plain')}</w:tc></w:tr></w:tbl>"
    )
    doc = open_doc(item("first", 1, 0) + table + item("after", 1, 0), numbering)
    assert doc.text_with_labels == "①\tfirst\n②\tin cell\tplain\n③\tafter"


def test_footnote_lists_count_on_their_own() -> None:
    numbering = abstract(0, lvl(0)) + num(1, 0)
    footnotes = f'<w:footnote w:id="1">{item("note", 1, 0)}</w:footnote>'
    body = (
        item("a", 1, 0) + '<w:p><w:r><w:footnoteReference w:id="1"/></w:r></w:p>' + item("b", 1, 0)
    )
    doc = docxsift.open(make_docx(body, numbering=numbering, footnotes=footnotes))
    assert [p.list_label for p in doc.paragraphs] == ["1.", None, "2."]
    assert [p.list_label for p in doc.footnotes[0].paragraphs] == ["1."]


# --- real documents ------------------------------------------------------------------------------

WS = " \t\u3000\xa0"
TOC_STYLE = re.compile(r"(toc|目录) ?\d|table of figures")


def test_corpus_labels_are_well_formed(corpus: Path) -> None:
    """Every numbered paragraph of the corpus has a label, level and suffix together."""
    checked = 0
    for path in sorted(corpus.rglob("*.docx"))[:200]:
        try:
            doc = docxsift.open(path)
        except docxsift.DocxError:
            continue
        for p in doc.iter_paragraphs():
            if p.list_label is not None:
                assert p.list_level is not None and 0 <= p.list_level <= 8
                assert p.list_suffix in ("tab", "space", "nothing")
                checked += 1
    assert checked > 0


def test_corpus_labels_match_words_cached_contents(corpus: Path) -> None:
    """Word's own rendering: a table of contents (or of figures) holds the labels Word
    drew when it last updated the field. Each numbered heading or caption found there,
    in order, must carry the same label."""
    compared, mismatches = 0, []
    for path in sorted(corpus.rglob("*.docx")):
        try:
            doc = docxsift.open(path)
        except docxsift.DocxError:
            continue
        paragraphs = list(doc.iter_paragraphs())
        entries: list[str | None] = [
            p.text.strip().rsplit("\t", 1)[0]
            for p in paragraphs
            if p.style is not None and TOC_STYLE.fullmatch((p.style.name or "").lower())
        ]
        if not entries:
            continue
        for p in paragraphs:
            title = p.text.strip()
            if p.list_label is None or len(title) < 2 or p.style is None:
                continue
            if TOC_STYLE.fullmatch((p.style.name or "").lower()):
                continue
            for k, head in enumerate(entries):
                if head is None or not head.endswith(title) or len(head) <= len(title):
                    continue
                if head[-len(title) - 1] not in WS:
                    continue
                entries[k] = None
                compared += 1
                word_label = head[: -len(title)].strip(WS)
                if word_label != p.list_label.strip(WS):
                    mismatches.append((path.name, title, word_label, p.list_label))
                break
    assert compared >= 100
    assert mismatches == []
