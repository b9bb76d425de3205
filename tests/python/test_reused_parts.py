"""Documents made from one template store the same styles.xml, theme,
settings.xml and numbering.xml byte for byte; docxsift reads such a part once
and reuses what it read, in every thread. Every document must still read
exactly as if read alone, and reuse must never skip a limit."""

from __future__ import annotations

from concurrent.futures import ThreadPoolExecutor
from typing import Any

import pytest

import docxsift
from docx_builder import make_docx
from docxsift import _core

W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
THEME = (
    '<?xml version="1.0"?><a:theme xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main">'
    '<a:themeElements><a:fontScheme name="Office"><a:majorFont><a:latin typeface="Calibri Light"/>'
    '<a:ea typeface=""/><a:font script="Hans" typeface="黑体"/><a:font script="Jpan" typeface="游ゴシック"/>'
    '</a:majorFont><a:minorFont><a:latin typeface="Calibri"/><a:ea typeface=""/>'
    '<a:font script="Jpan" typeface="游明朝"/><a:font script="Hans" typeface="等线"/>'
    "</a:minorFont></a:fontScheme></a:themeElements></a:theme>"
)


def settings(lang: str) -> str:
    return (
        f'<?xml version="1.0"?><w:settings xmlns:w="{W}">'
        f'<w:themeFontLang w:val="en-US" w:eastAsia="{lang}"/></w:settings>'
    )


def style(style_id: str, rpr: str, based_on: str = "") -> str:
    base = f'<w:basedOn w:val="{based_on}"/>' if based_on else ""
    return (
        f'<w:style w:type="paragraph" w:styleId="{style_id}"><w:name w:val="{style_id.lower()}"/>'
        f"{base}<w:rPr>{rpr}</w:rPr></w:style>"
    )


# docDefaults name theme fonts; the styles use colours, sizes and fonts whose
# strings a body may intern first, so the indexes differ between documents.
TEMPLATE_STYLES = (
    '<w:docDefaults><w:rPrDefault><w:rPr><w:rFonts w:asciiTheme="minorHAnsi" '
    'w:eastAsiaTheme="minorEastAsia"/><w:sz w:val="21"/></w:rPr></w:rPrDefault></w:docDefaults>'
    + style("Title", '<w:rFonts w:eastAsiaTheme="majorEastAsia"/><w:b/><w:sz w:val="44"/>')
    + style("Heading1", '<w:color w:val="FF0000"/><w:sz w:val="32"/>', based_on="Title")
    + style("Body", '<w:rFonts w:ascii="Arial" w:eastAsia="仿宋_GB2312"/>')
)


def template(body: str, *, styles: str = TEMPLATE_STYLES, lang: str = "zh-CN") -> bytes:
    return make_docx(
        body,
        styles=styles,
        document_rels=[
            ("rIdTheme", "theme", "theme/theme1.xml"),
            ("rIdSettings", "settings", "settings.xml"),
        ],
        extra={"word/theme/theme1.xml": THEME, "word/settings.xml": settings(lang)},
    )


def para(text: str, style_id: str = "", rpr: str = "") -> str:
    ppr = f'<w:pPr><w:pStyle w:val="{style_id}"/></w:pPr>' if style_id else ""
    return f"<w:p>{ppr}<w:r>{f'<w:rPr>{rpr}</w:rPr>' if rpr else ''}<w:t>{text}</w:t></w:r></w:p>"


# Two documents of the template: the second one's body interns strings (a
# colour, a font) before the styles' own would come, in another order.
FIRST = template(para("题目", "Title") + para("一、总则", "Heading1") + para("正文", "Body"))
SECOND = template(
    para("前言", rpr='<w:color w:val="00FF00"/><w:rFonts w:ascii="Arial"/>')
    + para("第一章", "Heading1")
    + para("正文", "Body", rpr='<w:rFonts w:eastAsia="仿宋_GB2312"/>')
    + para("附录", "Title")
)


def reading(data: bytes, **options: Any) -> Any:
    """Everything a user sees of a document: its dict, and each run's effective format."""
    doc = docxsift.open(data, **options)
    runs = [
        (p.style.name if p.style else None, r.text, repr(r.effective), r.effective.color)
        for p in doc.paragraphs
        for r in p.runs
    ]
    styles = [
        (s.style_id, s.name, s.base_style.style_id if s.base_style else None) for s in doc.styles
    ]
    return doc.to_dict(), runs, styles


def alone(data: bytes, **options: Any) -> Any:
    """The reading with nothing reused."""
    _core._forget_reused_parts()
    return reading(data, **options)


def test_a_document_reads_the_same_after_another_of_its_template() -> None:
    _core._forget_reused_parts()
    expected = alone(SECOND)
    reading(FIRST)
    assert reading(SECOND) == expected
    assert reading(SECOND) == expected  # and again, every part reused
    heading = docxsift.open(SECOND).paragraphs[1].runs[0].effective
    assert (heading.bold, heading.size_pt, str(heading.color), heading.east_asia_font) == (
        True,
        16.0,
        "FF0000",
        "黑体",
    )


def test_the_same_theme_under_other_settings_takes_their_script() -> None:
    body = para("见出し", "Title")
    chinese, japanese = template(body), template(body, lang="ja-JP")
    assert docxsift.open(chinese).paragraphs[0].runs[0].effective.east_asia_font == "黑体"
    assert docxsift.open(japanese).paragraphs[0].runs[0].effective.east_asia_font == "游ゴシック"
    assert docxsift.open(chinese).paragraphs[0].runs[0].effective.east_asia_font == "黑体"


def test_styles_of_the_same_size_that_differ_are_read_apart() -> None:
    body = para("x", "Heading1")
    bold, italic = (template(body, styles=style("Heading1", f"<w:{tag}/>")) for tag in ("b", "i"))
    for _ in range(2):
        assert docxsift.open(bold).paragraphs[0].runs[0].effective.bold is True
        assert docxsift.open(italic).paragraphs[0].runs[0].effective.bold is False
        assert docxsift.open(italic).paragraphs[0].runs[0].effective.italic is True


def test_hidden_text_follows_the_options_of_each_open() -> None:
    data = template(para("seen") + para("hidden", "Secret"), styles=style("Secret", "<w:vanish/>"))
    assert "hidden" not in docxsift.open(data).text
    assert "hidden" in docxsift.open(data, include_hidden=True).text
    assert "hidden" not in docxsift.open(data).text


# styles.xml is the largest part here: limits between its size and the others'.
BIG_STYLES = "".join(style(f"S{i}", "<w:b/>") for i in range(300))


@pytest.mark.parametrize(
    "limit",
    [
        {"max_part_uncompressed": 20_000},
        {"max_xml_nodes": 300},
        {"max_total_uncompressed": 25_000},
    ],
    ids=lambda limit: next(iter(limit)),
)
def test_a_reused_part_still_counts_against_the_limits(limit: dict[str, int]) -> None:
    data = template(para("x", "S1"), styles=BIG_STYLES)
    assert docxsift.open(data).paragraphs[0].runs[0].effective.bold is True
    with pytest.raises(docxsift.LimitError) as reused:
        docxsift.open(data, limits=docxsift.Limits(**limit))
    _core._forget_reused_parts()
    with pytest.raises(docxsift.LimitError) as read:
        docxsift.open(data, limits=docxsift.Limits(**limit))
    assert str(reused.value) == str(read.value)
    assert docxsift.open(data).paragraphs[0].runs[0].effective.bold is True


def test_a_broken_part_is_never_kept() -> None:
    broken = template(para("x"), styles='<w:style w:type="paragraph" w:styleId="A">')
    for _ in range(2):
        with pytest.raises(docxsift.XmlError, match=r"styles\.xml"):
            docxsift.open(broken)


def smallest_total_that_opens(data: bytes) -> int:
    """The least max_total_uncompressed under which `data` opens, read alone."""
    low, high = 1, 10_000_000
    while low < high:
        mid = (low + high) // 2
        _core._forget_reused_parts()
        try:
            docxsift.open(data, limits=docxsift.Limits(max_total_uncompressed=mid))
            high = mid
        except docxsift.LimitError:
            low = mid + 1
    return low


def test_a_reused_part_still_counts_in_the_document_total() -> None:
    small = template(para("x", "S1"), styles=BIG_STYLES)
    larger = template(para("x" * 2_000, "S1"), styles=BIG_STYLES)
    limits = docxsift.Limits(max_total_uncompressed=smallest_total_that_opens(small))
    _core._forget_reused_parts()
    docxsift.open(small, limits=limits)  # keeps its styles for the next document
    with pytest.raises(docxsift.LimitError, match="max_total_uncompressed"):
        docxsift.open(larger, limits=limits)


def numbering(text: str) -> str:
    return (
        '<w:abstractNum w:abstractNumId="0"><w:lvl w:ilvl="0"><w:start w:val="1"/>'
        f'<w:numFmt w:val="chineseCounting"/><w:lvlText w:val="{text}"/></w:lvl></w:abstractNum>'
        '<w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num>'
    )


def test_list_labels_of_reused_numbering_count_in_each_document() -> None:
    item = '<w:p><w:pPr><w:numPr><w:ilvl w:val="0"/><w:numId w:val="1"/></w:numPr></w:pPr><w:r><w:t>{}</w:t></w:r></w:p>'
    one = make_docx(item.format("总则"), numbering=numbering("%1、"))
    three = make_docx("".join(item.format(t) for t in "甲乙丙"), numbering=numbering("%1、"))
    other = make_docx(item.format("总则"), numbering=numbering("%1．"))  # same size, other text
    for _ in range(2):
        assert [p.list_label for p in docxsift.open(three).paragraphs] == ["一、", "二、", "三、"]
        assert [p.list_label for p in docxsift.open(one).paragraphs] == ["一、"]
        assert [p.list_label for p in docxsift.open(other).paragraphs] == ["一．"]


def test_threads_share_what_they_reuse() -> None:
    variants = [
        template(para(f"第{i}段", style_id), styles=styles)
        for i, (style_id, styles) in enumerate(
            [("Heading1", TEMPLATE_STYLES), ("Body", TEMPLATE_STYLES), ("S1", BIG_STYLES)] * 2
        )
    ]
    expected = [alone(data) for data in variants]
    _core._forget_reused_parts()
    with ThreadPoolExecutor(max_workers=4) as pool:
        readings = list(pool.map(reading, variants * 20))
    assert readings == expected * 20
