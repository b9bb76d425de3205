"""The python-docx names a ported script reaches for (issue #17), read-only.

Each snippet is read by docxsift and, where python-docx reads it, by
python-docx too: the values must be equal (enum members, Lengths, RGBColor).
"""

from __future__ import annotations

import io
import pickle
import zipfile
from typing import Any

import pytest

import docxsift
from docx_builder import make_docx, p

docx = pytest.importorskip("docx")
from docx.enum.section import WD_SECTION_START  # noqa: E402
from docx.enum.style import WD_STYLE_TYPE  # noqa: E402
from docx.enum.table import WD_CELL_VERTICAL_ALIGNMENT, WD_ROW_HEIGHT_RULE  # noqa: E402
from docx.enum.text import WD_COLOR_INDEX, WD_LINE_SPACING, WD_PARAGRAPH_ALIGNMENT, WD_UNDERLINE  # noqa: E402
from docx.shared import RGBColor  # noqa: E402


def both(data: bytes) -> tuple[Any, Any]:
    return docxsift.open(data), docx.Document(io.BytesIO(data))


def with_styles_content_type(data: bytes) -> bytes:
    """python-docx finds styles.xml by its content type, which the builder leaves to Default."""
    source = zipfile.ZipFile(io.BytesIO(data))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w") as target:
        for item in source.infolist():
            content = source.read(item.filename)
            if item.filename == "[Content_Types].xml":
                override = (
                    '<Override PartName="/word/styles.xml" ContentType="application/'
                    'vnd.openxmlformats-officedocument.wordprocessingml.styles+xml"/></Types>'
                )
                content = content.replace(b"</Types>", override.encode())
            target.writestr(item, content)
    return out.getvalue()


RPR = (
    '<w:b/><w:i w:val="0"/><w:u w:val="double"/><w:sz w:val="32"/><w:color w:val="ff0000"/>'
    '<w:rFonts w:ascii="Arial" w:eastAsia="仿宋_GB2312"/><w:vertAlign w:val="superscript"/>'
    '<w:caps/><w:smallCaps w:val="0"/><w:strike/><w:dstrike w:val="0"/><w:vanish w:val="0"/>'
    '<w:highlight w:val="yellow"/>'
)
FONT_NAMES = (
    "bold", "italic", "underline", "size", "name", "superscript", "subscript", "all_caps",
    "small_caps", "strike", "double_strike", "hidden", "highlight_color",
)


def test_run_font_names_equal_python_docx() -> None:
    data = make_docx(f"<w:p><w:r><w:rPr>{RPR}</w:rPr><w:t>x</w:t></w:r><w:r><w:t>bare</w:t></w:r></w:p>")
    ours, ref = both(data)
    for name in FONT_NAMES:
        for got_run, ref_run in zip(ours.paragraphs[0].runs, ref.paragraphs[0].runs):
            assert getattr(got_run.font, name) == getattr(ref_run.font, name), name
    font = ours.paragraphs[0].runs[0].font
    assert font.underline == WD_UNDERLINE.DOUBLE == docxsift.WD_UNDERLINE.DOUBLE
    assert font.size.pt == 16.0
    assert font.superscript is True and font.subscript is False
    assert font.highlight_color == WD_COLOR_INDEX.YELLOW and font.highlight_color == "yellow"
    assert WD_COLOR_INDEX.YELLOW == font.highlight_color != WD_COLOR_INDEX.RED
    # font.color: docxsift's hex string, and python-docx's ColorFormat names.
    assert font.color == "FF0000"
    assert font.color.rgb == RGBColor(0xFF, 0, 0) == ref.paragraphs[0].runs[0].font.color.rgb
    assert str(font.color.rgb) == "FF0000"
    assert font.color.type == ref.paragraphs[0].runs[0].font.color.type
    assert ours.paragraphs[0].runs[1].font.color is None
    copied = pickle.loads(pickle.dumps(font.color))
    assert copied == "FF0000" and copied.rgb == RGBColor(0xFF, 0, 0)
    # Run.underline stays docxsift's tri-state.
    assert ours.paragraphs[0].runs[0].underline is True


def test_underline_single_and_none_are_bools() -> None:
    body = '<w:p><w:r><w:rPr><w:u w:val="single"/></w:rPr><w:t>a</w:t></w:r><w:r><w:rPr><w:u w:val="none"/></w:rPr><w:t>b</w:t></w:r></w:p>'
    ours, ref = both(make_docx(body))
    assert [r.font.underline for r in ours.paragraphs[0].runs] == [True, False]
    assert [r.font.underline for r in ref.paragraphs[0].runs] == [True, False]


PPR = (
    '<w:jc w:val="center"/><w:ind w:left="420" w:right="210" w:hanging="420"/>'
    '<w:spacing w:before="120" w:after="0" w:line="360" w:lineRule="auto"/>'
    '<w:keepNext/><w:keepLines w:val="0"/><w:pageBreakBefore/><w:widowControl w:val="0"/>'
)
FORMAT_NAMES = (
    "alignment", "left_indent", "right_indent", "first_line_indent", "space_before", "space_after",
    "line_spacing", "line_spacing_rule", "keep_together", "keep_with_next", "page_break_before",
    "widow_control",
)


@pytest.mark.parametrize(
    "spacing",
    [
        '<w:spacing w:line="360" w:lineRule="auto"/>',
        '<w:spacing w:line="300"/>',
        '<w:spacing w:line="400" w:lineRule="exact"/>',
        '<w:spacing w:line="240" w:lineRule="atLeast"/>',
        '<w:spacing w:lineRule="exact"/>',
        '<w:ind w:firstLine="480"/>',
        '<w:ind w:left="-100"/>',
        "",
    ],
)
def test_paragraph_format_names_equal_python_docx(spacing: str) -> None:
    body = p("a", ppr=PPR) + p("b", ppr=spacing) + p("c")
    ours, ref = both(make_docx(body))
    for got_p, ref_p in zip(ours.paragraphs, ref.paragraphs):
        for name in FORMAT_NAMES:
            got, want = getattr(got_p.paragraph_format, name), getattr(ref_p.paragraph_format, name)
            assert got == want, (name, spacing, got, want)
            assert type(got) is type(want) or want is None or isinstance(want, int), name
    fmt = ours.paragraphs[0].paragraph_format
    assert fmt.alignment == WD_PARAGRAPH_ALIGNMENT.CENTER == docxsift.WD_ALIGN_PARAGRAPH.CENTER
    assert fmt.first_line_indent.pt == -21.0
    assert fmt.line_spacing == 1.5 and fmt.line_spacing_rule == WD_LINE_SPACING.ONE_POINT_FIVE
    # docxsift's Paragraph.alignment stays the string, and equals the enum member too.
    alignment = ours.paragraphs[0].alignment
    assert alignment == "center" and alignment == WD_PARAGRAPH_ALIGNMENT.CENTER
    assert WD_PARAGRAPH_ALIGNMENT.CENTER == alignment and alignment != WD_PARAGRAPH_ALIGNMENT.LEFT
    assert isinstance(alignment, str) and {alignment: 1}["center"] == 1
    copied = pickle.loads(pickle.dumps(alignment))
    assert copied == "center" and copied == WD_PARAGRAPH_ALIGNMENT.CENTER


STYLES = (
    '<w:style w:type="paragraph" w:default="1" w:styleId="Normal"><w:name w:val="Normal"/><w:qFormat/></w:style>'
    '<w:style w:type="paragraph" w:customStyle="1" w:styleId="Mine"><w:name w:val="Mine"/>'
    '<w:uiPriority w:val="7"/><w:semiHidden/><w:unhideWhenUsed/><w:locked/>'
    '<w:pPr><w:jc w:val="right"/><w:spacing w:after="200"/></w:pPr><w:rPr><w:b/><w:sz w:val="28"/></w:rPr></w:style>'
    '<w:style w:type="character" w:default="1" w:styleId="DefaultParagraphFont"><w:name w:val="Default Paragraph Font"/></w:style>'
    '<w:style w:type="table" w:styleId="TableGrid"><w:name w:val="Table Grid"/></w:style>'
)


def test_style_names_equal_python_docx() -> None:
    ours, ref = both(with_styles_content_type(make_docx(p("x"), styles=STYLES)))
    for got, want in zip(ours.styles, ref.styles):
        for name in ("hidden", "priority", "builtin", "quick_style", "unhide_when_used", "locked", "type"):
            assert getattr(got, name) == getattr(want, name), (got.style_id, name)
        if want.type in (WD_STYLE_TYPE.PARAGRAPH, WD_STYLE_TYPE.CHARACTER):
            for name in ("bold", "italic", "size", "name"):
                assert getattr(got.font, name) == getattr(want.font, name), (got.style_id, name)
        if want.type == WD_STYLE_TYPE.PARAGRAPH:
            for name in FORMAT_NAMES:
                assert getattr(got.paragraph_format, name) == getattr(want.paragraph_format, name), name
    mine = ours.styles["Mine"]
    assert mine.type == "paragraph" and mine.type == WD_STYLE_TYPE.PARAGRAPH
    assert mine.type == docxsift.WD_STYLE_TYPE.PARAGRAPH and mine.type != WD_STYLE_TYPE.TABLE
    assert mine.font.bold is True and mine.font.size.pt == 14.0
    assert mine.paragraph_format.alignment == WD_PARAGRAPH_ALIGNMENT.RIGHT
    assert (mine.priority, mine.builtin, mine.hidden) == (7, False, True)
    for key in (WD_STYLE_TYPE.PARAGRAPH, docxsift.WD_STYLE_TYPE.PARAGRAPH, "paragraph"):
        assert ours.styles.default(key).style_id == "Normal"
    assert ours.styles.default(WD_STYLE_TYPE.CHARACTER).style_id == "DefaultParagraphFont"
    assert ours.styles.default(WD_STYLE_TYPE.LIST) is None
    with pytest.raises(ValueError):
        ours.styles.default(99)


def tc(text: str, props: str = "") -> str:
    return f"<w:tc>{f'<w:tcPr>{props}</w:tcPr>' if props else ''}{p(text)}</w:tc>"


def test_table_columns_rows_and_cells_equal_python_docx() -> None:
    table = (
        '<w:tbl><w:tblGrid><w:gridCol w:w="2000"/><w:gridCol w:w="3000"/></w:tblGrid>'
        '<w:tr><w:trPr><w:trHeight w:val="567" w:hRule="exact"/></w:trPr>'
        + tc("a", '<w:tcW w:w="2000" w:type="dxa"/><w:vAlign w:val="center"/>')
        + tc("b", '<w:tcW w:w="50" w:type="pct"/><w:vAlign w:val="bottom"/>')
        + '</w:tr><w:tr><w:trPr><w:trHeight w:val="300"/></w:trPr>' + tc("c") + tc("d") + "</w:tr>"
        + "<w:tr>" + tc("e") + tc("f") + "</w:tr></w:tbl>"
    )
    ours, ref = both(make_docx(table))
    got, want = ours.tables[0], ref.tables[0]
    assert len(got.columns) == len(want.columns) == 2
    assert [c.width for c in got.columns] == [c.width for c in want.columns]
    assert [[c.text for c in col.cells] for col in got.columns] == [[c.text for c in col.cells] for col in want.columns]
    assert [(r.height, r.height_rule) for r in got.rows] == [(r.height, r.height_rule) for r in want.rows]
    assert got.rows[0].height_rule == WD_ROW_HEIGHT_RULE.EXACTLY and got.rows[0].height.twips == 567
    cells = [(c.width, c.vertical_alignment) for r in got.rows for c in r.cells]
    assert cells == [(c.width, c.vertical_alignment) for r in want.rows for c in r.cells]
    assert got.rows[0].cells[0].vertical_alignment == WD_CELL_VERTICAL_ALIGNMENT.CENTER
    with pytest.raises(IndexError):
        got.columns[2]


def test_section_start_type_and_inner_content_equal_python_docx() -> None:
    body = (
        p("one")
        + '<w:tbl><w:tblGrid><w:gridCol/></w:tblGrid><w:tr>' + tc("t") + "</w:tr></w:tbl>"
        + '<w:p><w:pPr><w:sectPr><w:type w:val="continuous"/></w:sectPr></w:pPr><w:r><w:t>two</w:t></w:r></w:p>'
        + p("three")
    )
    ours, ref = both(make_docx(body, sect='<w:sectPr><w:type w:val="oddPage"/></w:sectPr>'))
    assert [s.start_type for s in ours.sections] == [s.start_type for s in ref.sections]
    assert ours.sections[0].start_type == WD_SECTION_START.CONTINUOUS
    plain, plain_ref = both(make_docx(p("x"), sect="<w:sectPr/>"))
    assert plain.sections[0].start_type == plain_ref.sections[0].start_type == WD_SECTION_START.NEW_PAGE

    def kinds(items: Any) -> list[tuple[str, str]]:
        out = []
        for item in items:
            text = item.text if hasattr(item, "text") else item.rows[0].cells[0].text
            out.append((type(item).__name__, text))
        return out

    assert kinds(ours.iter_inner_content()) == kinds(ref.iter_inner_content())
    for got, want in zip(ours.sections, ref.sections):
        assert kinds(got.iter_inner_content()) == kinds(want.iter_inner_content())
    assert [t for _, t in kinds(ours.sections[1].iter_inner_content())] == ["three"]


def test_paragraph_and_run_inner_content_and_hyperlink_runs() -> None:
    body = (
        '<w:p><w:r><w:t>see </w:t></w:r><w:hyperlink r:id="rId9"><w:r><w:t>the </w:t></w:r>'
        '<w:r><w:rPr><w:b/></w:rPr><w:t>site</w:t></w:r></w:hyperlink><w:r><w:t> now</w:t></w:r></w:p>'
    )
    data = make_docx(body, document_rels=[("rId9", "hyperlink", "https://example.com", "External")])
    ours, ref = both(data)
    got = list(ours.paragraphs[0].iter_inner_content())
    want = list(ref.paragraphs[0].iter_inner_content())
    assert [type(x).__name__ for x in got] == [type(x).__name__ for x in want] == ["Run", "Hyperlink", "Run"]
    assert [x.text for x in got] == [x.text for x in want]
    link = got[1]
    assert [r.text for r in link.runs] == [r.text for r in want[1].runs] == ["the ", "site"]
    assert link.runs[1].bold is True
    assert list(got[0].iter_inner_content()) == list(want[0].iter_inner_content()) == ["see "]
