"""Run formatting: direct (python-docx meaning) and effective (as Word renders it).

Each resolution layer and toggle rule of ECMA-376 §17.7 gets a snippet whose
expected value a reader of the XML would agree with.
"""

from __future__ import annotations

from typing import Any

import pytest

import docxsift
from docx_builder import make_docx


def first_run(body: str, styles: str | None = None) -> Any:
    doc = docxsift.open(make_docx(body, styles=styles))
    return next(r for p in doc.iter_paragraphs() for r in p.runs)


def run_xml(rpr: str = "", text: str = "x") -> str:
    return f"<w:r>{f'<w:rPr>{rpr}</w:rPr>' if rpr else ''}<w:t>{text}</w:t></w:r>"


def para(rpr: str = "", pstyle: str | None = None) -> str:
    ppr = f'<w:pPr><w:pStyle w:val="{pstyle}"/></w:pPr>' if pstyle else ""
    return f"<w:p>{ppr}{run_xml(rpr)}</w:p>"


def pstyle(style_id: str, rpr: str, *, based_on: str | None = None, default: bool = False) -> str:
    base = f'<w:basedOn w:val="{based_on}"/>' if based_on else ""
    flag = ' w:default="1"' if default else ""
    return (
        f'<w:style w:type="paragraph"{flag} w:styleId="{style_id}"><w:name w:val="{style_id}"/>'
        f"{base}<w:rPr>{rpr}</w:rPr></w:style>"
    )


def cstyle(style_id: str, rpr: str, *, based_on: str | None = None) -> str:
    base = f'<w:basedOn w:val="{based_on}"/>' if based_on else ""
    return (
        f'<w:style w:type="character" w:styleId="{style_id}"><w:name w:val="{style_id}"/>'
        f"{base}<w:rPr>{rpr}</w:rPr></w:style>"
    )


def defaults(rpr: str) -> str:
    return f"<w:docDefaults><w:rPrDefault><w:rPr>{rpr}</w:rPr></w:rPrDefault></w:docDefaults>"


# --- direct formatting: python-docx meaning, None = inherited ----------------


@pytest.mark.parametrize(
    ("rpr", "attr", "expected"),
    [
        ("", "bold", None),
        ("<w:b/>", "bold", True),
        ('<w:b w:val="0"/>', "bold", False),
        ('<w:b w:val="false"/>', "bold", False),
        ('<w:b w:val="on"/>', "bold", True),
        ("<w:i/>", "italic", True),
        ('<w:i w:val="off"/>', "italic", False),
        ('<w:u w:val="single"/>', "underline", True),
        ('<w:u w:val="none"/>', "underline", False),
        ('<w:u w:color="FF0000"/>', "underline", None),  # no w:val: python-docx reads None
        ("<w:strike/>", "strike", True),
        ("", "strike", None),
    ],
)
def test_direct_toggles(rpr: str, attr: str, expected: bool | None) -> None:
    assert getattr(first_run(para(rpr)), attr) is expected


def test_direct_font() -> None:
    run = first_run(
        para(
            '<w:rFonts w:ascii="Arial" w:eastAsia="仿宋_GB2312"/><w:sz w:val="32"/>'
            '<w:color w:val="ff0000"/><w:highlight w:val="yellow"/>'
        )
    )
    assert run.font.name == "Arial"
    assert run.font.east_asia_name == "仿宋_GB2312"
    assert run.font.size.pt == 16.0
    assert run.font.color == "FF0000"
    assert run.font.highlight_color == "yellow"
    bare = first_run(para())
    assert bare.font.name is None and bare.font.size is None and bare.font.color is None


# --- effective: one layer at a time -----------------------------------------

EFFECTIVE_CASES = [
    # nothing anywhere: Word's defaults
    pytest.param(
        para(),
        None,
        {
            "bold": False,
            "size_pt": 10.0,
            "font_name": None,
            "vertical_align": "baseline",
            "color": None,
        },
        id="word-defaults",
    ),
    # docDefaults
    pytest.param(
        para(),
        defaults('<w:rFonts w:ascii="Times New Roman" w:eastAsia="宋体"/><w:sz w:val="24"/>'),
        {"font_name": "Times New Roman", "east_asia_font": "宋体", "size_pt": 12.0},
        id="docDefaults",
    ),
    # the default paragraph style applies without a pStyle
    pytest.param(
        para(),
        pstyle("Normal", '<w:sz w:val="21"/>', default=True),
        {"size_pt": 10.5},
        id="default-paragraph-style",
    ),
    # paragraph style over docDefaults: 三号仿宋
    pytest.param(
        para(pstyle="Body"),
        defaults('<w:sz w:val="24"/>')
        + pstyle("Body", '<w:rFonts w:eastAsia="仿宋_GB2312"/><w:sz w:val="32"/>'),
        {"east_asia_font": "仿宋_GB2312", "size_pt": 16.0},
        id="paragraph-style",
    ),
    # basedOn: inherited, derived overrides
    pytest.param(
        para(pstyle="Child"),
        pstyle("Base", '<w:color w:val="00FF00"/><w:sz w:val="28"/><w:i/>')
        + pstyle("Child", '<w:sz w:val="30"/>', based_on="Base"),
        {"color": "00FF00", "size_pt": 15.0, "italic": True},
        id="basedOn-chain",
    ),
    pytest.param(
        para(pstyle="Child"),
        pstyle("Base", "<w:b/>") + pstyle("Child", '<w:b w:val="0"/>', based_on="Base"),
        {"bold": False},
        id="basedOn-derived-off",
    ),
    # character style over paragraph style
    pytest.param(
        para('<w:rStyle w:val="Red"/>', pstyle="Body"),
        pstyle("Body", '<w:color w:val="0000FF"/><w:sz w:val="24"/>')
        + cstyle("Red", '<w:color w:val="FF0000"/>'),
        {"color": "FF0000", "size_pt": 12.0},
        id="character-style",
    ),
    pytest.param(
        para('<w:rStyle w:val="Sup"/>'),
        cstyle("Base", '<w:highlight w:val="yellow"/>')
        + cstyle("Sup", '<w:vertAlign w:val="superscript"/>', based_on="Base"),
        {"vertical_align": "superscript", "highlight": "yellow"},
        id="character-chain",
    ),
    # direct over everything
    pytest.param(
        para(
            '<w:rStyle w:val="Red"/><w:color w:val="123456"/><w:sz w:val="44"/>'
            '<w:u w:val="double"/>',
            pstyle="Body",
        ),
        pstyle("Body", '<w:sz w:val="24"/>') + cstyle("Red", '<w:color w:val="FF0000"/>'),
        {"color": "123456", "size_pt": 22.0, "underline": True, "underline_style": "double"},
        id="direct",
    ),
    pytest.param(
        para('<w:u w:val="none"/>', pstyle="Body"),
        pstyle("Body", '<w:u w:val="single"/>'),
        {"underline": False},
        id="underline-is-not-a-toggle",
    ),
    pytest.param(
        para('<w:highlight w:val="none"/>'),
        defaults('<w:highlight w:val="green"/>'),
        {"highlight": None},
        id="highlight-none",
    ),
    pytest.param(para('<w:color w:val="auto"/>'), None, {"color": None}, id="color-auto"),
    pytest.param(
        para('<w:vertAlign w:val="subscript"/>'),
        None,
        {"vertical_align": "subscript"},
        id="subscript",
    ),
    pytest.param(
        para('<w:rFonts w:hAnsi="Georgia"/>'),
        None,
        {"font_name": "Georgia"},
        id="hAnsi-when-no-ascii",
    ),
]


@pytest.mark.parametrize(("body", "styles", "expected"), EFFECTIVE_CASES)
def test_effective_layers(body: str, styles: str | None, expected: dict[str, Any]) -> None:
    effective = first_run(body, styles).effective
    for name, value in expected.items():
        assert getattr(effective, name) == value, name


# --- toggle properties (ECMA-376 §17.7.3) -----------------------------------

TOGGLES = [
    ("b", "bold"),
    ("i", "italic"),
    ("caps", "all_caps"),
    ("smallCaps", "small_caps"),
    ("strike", "strike"),
    ("dstrike", "double_strike"),
    ("vanish", "hidden"),
]


@pytest.mark.parametrize(("element", "attr"), TOGGLES)
@pytest.mark.parametrize(
    ("in_paragraph_style", "in_character_style", "direct", "expected"),
    [
        (False, False, None, False),
        (True, False, None, True),
        (False, True, None, True),
        (True, True, None, False),  # two style levels turning it on cancel out
        (True, True, "1", True),  # direct formatting is absolute
        (True, False, "0", False),
        (False, False, "1", True),
    ],
)
def test_toggle_rules(
    element: str,
    attr: str,
    in_paragraph_style: bool,
    in_character_style: bool,
    direct: str | None,
    expected: bool,
) -> None:
    on = f"<w:{element}/>"
    styles = pstyle("P", on if in_paragraph_style else "") + cstyle(
        "C", on if in_character_style else ""
    )
    rpr = '<w:rStyle w:val="C"/>'
    if direct is not None:
        rpr += f'<w:{element} w:val="{direct}"/>'
    body = "<w:p><w:pPr><w:pStyle w:val='P'/></w:pPr>" + run_xml(rpr) + "</w:p>"
    if attr == "hidden":
        run = (
            docxsift.open(make_docx(body, styles=styles), include_hidden=True).paragraphs[0].runs[0]
        )
    else:
        run = first_run(body, styles)
    assert getattr(run.effective, attr) is expected


def test_style_off_leaves_the_toggle_alone() -> None:
    styles = pstyle("P", "<w:b/>") + cstyle("C", '<w:b w:val="0"/>')
    assert first_run(para('<w:rStyle w:val="C"/>', pstyle="P"), styles).effective.bold is True


# --- tables ------------------------------------------------------------------


def table(rpr: str = "", style: str | None = "Grid", pstyle_id: str | None = None) -> str:
    tbl_pr = f'<w:tblPr><w:tblStyle w:val="{style}"/></w:tblPr>' if style else "<w:tblPr/>"
    return (
        f"<w:tbl>{tbl_pr}<w:tblGrid><w:gridCol/></w:tblGrid><w:tr><w:tc>"
        f"{para(rpr, pstyle_id)}</w:tc></w:tr></w:tbl>"
    )


def tstyle(style_id: str, rpr: str, *, default: bool = False) -> str:
    flag = ' w:default="1"' if default else ""
    return (
        f'<w:style w:type="table"{flag} w:styleId="{style_id}"><w:name w:val="{style_id}"/>'
        f"<w:rPr>{rpr}</w:rPr></w:style>"
    )


def test_table_style_applies_in_cells_only() -> None:
    styles = tstyle("Grid", '<w:sz w:val="18"/><w:color w:val="C00000"/>')
    doc = docxsift.open(make_docx(table() + para(), styles=styles))
    in_cell = doc.tables[0].cell(0, 0).paragraphs[0].runs[0].effective
    outside = doc.paragraphs[0].runs[0].effective
    assert (in_cell.size_pt, in_cell.color) == (9.0, "C00000")
    assert (outside.size_pt, outside.color) == (10.0, None)


def test_table_style_beats_normal_but_not_other_paragraph_styles() -> None:
    styles = (
        pstyle("Normal", '<w:sz w:val="24"/>', default=True)
        + pstyle("Big", '<w:sz w:val="40"/>')
        + tstyle("Grid", '<w:sz w:val="18"/>')
    )
    doc = docxsift.open(make_docx(table() + table(pstyle_id="Big"), styles=styles))
    assert doc.tables[0].cell(0, 0).paragraphs[0].runs[0].effective.size_pt == 9.0
    assert doc.tables[1].cell(0, 0).paragraphs[0].runs[0].effective.size_pt == 20.0


def test_table_style_toggle_xor_with_paragraph_style() -> None:
    styles = pstyle("H", "<w:b/>") + tstyle("Grid", "<w:b/>")
    assert first_run(table(pstyle_id="H"), styles).effective.bold is False


def test_default_table_style_and_nested_tables() -> None:
    styles = tstyle("Plain", "<w:i/>", default=True) + tstyle("Grid", '<w:sz w:val="16"/>')
    inner = table(style=None)
    body = (
        f'<w:tbl><w:tblPr><w:tblStyle w:val="Grid"/></w:tblPr><w:tblGrid><w:gridCol/></w:tblGrid>'
        f"<w:tr><w:tc>{para()}{inner}<w:p/></w:tc></w:tr></w:tbl>"
    )
    doc = docxsift.open(make_docx(body, styles=styles))
    outer_cell = doc.tables[0].cell(0, 0)
    outer_run = outer_cell.paragraphs[0].runs[0].effective
    inner_run = outer_cell.tables[0].cell(0, 0).paragraphs[0].runs[0].effective
    assert (outer_run.size_pt, outer_run.italic) == (8.0, False)
    # the inner table has no tblStyle: the default table style applies, not the outer one
    assert (inner_run.size_pt, inner_run.italic) == (10.0, True)


# --- robustness ----------------------------------------------------------------


@pytest.mark.parametrize(
    "styles",
    [
        pstyle("A", "<w:b/>", based_on="B") + pstyle("B", "<w:i/>", based_on="A"),
        pstyle("A", "<w:b/>", based_on="A"),
        pstyle("A", "<w:b/>", based_on="Missing"),
        "".join(pstyle(f"S{i}", "", based_on=f"S{i + 1}") for i in range(200))
        + pstyle("A", "<w:b/>", based_on="S0"),
    ],
    ids=["cycle", "self", "dangling", "deep"],
)
def test_cycles_and_dangling_based_on_are_harmless(styles: str) -> None:
    effective = first_run(para(pstyle="A"), styles).effective
    assert effective.bold is True
    assert effective.size_pt == 10.0


def test_unknown_styles_contribute_nothing() -> None:
    effective = first_run(
        para('<w:rStyle w:val="Nope"/>', pstyle="Nope"),
        pstyle("Normal", '<w:sz w:val="22"/>', default=True),
    ).effective
    assert effective.size_pt == 11.0  # unknown pStyle means the default paragraph style


def test_character_style_must_be_a_character_style() -> None:
    styles = pstyle("P", "<w:b/>")
    assert first_run(para('<w:rStyle w:val="P"/>'), styles).effective.bold is False


def test_repr_is_short() -> None:
    effective = first_run(
        para("<w:b/><w:sz w:val='32'/><w:rFonts w:eastAsia='仿宋_GB2312'/>")
    ).effective
    assert repr(effective) == "<RunFormat bold east_asia_font='仿宋_GB2312' size_pt=16>"


# --- theme fonts ------------------------------------------------------------------

THEME = (
    '<?xml version="1.0"?><a:theme xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main">'
    '<a:themeElements><a:fontScheme name="Office"><a:majorFont><a:latin typeface="Calibri Light"/>'
    '<a:ea typeface=""/><a:font script="Hans" typeface="黑体"/></a:majorFont>'
    '<a:minorFont><a:latin typeface="Calibri"/><a:ea typeface=""/>'
    '<a:font script="Jpan" typeface="游明朝"/><a:font script="Hans" typeface="等线"/>'
    "</a:minorFont></a:fontScheme></a:themeElements></a:theme>"
)


def themed(body: str, styles: str, lang: str | None = "zh-CN") -> Any:
    rels = [("rIdTheme", "theme", "theme/theme1.xml")]
    extra: dict[str, str] = {"word/theme/theme1.xml": THEME}
    if lang:
        rels.append(("rIdSettings", "settings", "settings.xml"))
        extra["word/settings.xml"] = (
            '<?xml version="1.0"?><w:settings xmlns:w="http://schemas.openxmlformats.org/'
            f'wordprocessingml/2006/main"><w:themeFontLang w:val="en-US" w:eastAsia="{lang}"/>'
            "</w:settings>"
        )
    doc = docxsift.open(make_docx(body, styles=styles, document_rels=rels, extra=extra))
    return doc.paragraphs[0].runs[0].effective


def test_theme_fonts_resolve() -> None:
    styles = defaults(
        '<w:rFonts w:asciiTheme="minorHAnsi" w:hAnsiTheme="minorHAnsi" '
        'w:eastAsiaTheme="minorEastAsia"/>'
    ) + pstyle("H", '<w:rFonts w:asciiTheme="majorHAnsi" w:eastAsiaTheme="majorEastAsia"/>')
    body = para() + para(pstyle="H")
    assert (themed(body, styles).font_name, themed(body, styles).east_asia_font) == (
        "Calibri",
        "等线",
    )
    assert themed(body, styles, lang="ja-JP").east_asia_font == "游明朝"
    heading = docxsift.open(
        make_docx(
            para(pstyle="H"),
            styles=styles,
            document_rels=[("rIdTheme", "theme", "theme/theme1.xml")],
            extra={"word/theme/theme1.xml": THEME},
        )
    )
    # without w:themeFontLang the empty a:ea says nothing: unresolved
    assert heading.paragraphs[0].runs[0].effective.font_name == "Calibri Light"
    assert heading.paragraphs[0].runs[0].effective.east_asia_font is None


def test_direct_typeface_beats_inherited_theme() -> None:
    styles = defaults('<w:rFonts w:asciiTheme="minorHAnsi" w:eastAsiaTheme="minorEastAsia"/>')
    effective = themed(para('<w:rFonts w:ascii="Arial" w:eastAsia="仿宋_GB2312"/>'), styles)
    assert (effective.font_name, effective.east_asia_font) == ("Arial", "仿宋_GB2312")


def test_theme_missing_keeps_the_written_typeface() -> None:
    effective = first_run(para('<w:rFonts w:asciiTheme="minorHAnsi" w:ascii="Arial"/>')).effective
    assert effective.font_name == "Arial"
    assert effective.unresolved_theme_font == "minorHAnsi"
