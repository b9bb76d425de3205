"""doc.to_markdown(): expected GFM for snippet documents, and the output
parsed back with markdown-it-py to check that tables and footnotes parse as
intended (not merely that the text looks right)."""

from __future__ import annotations

import html
import re
from pathlib import Path
from typing import Any

import pytest

import docxsift
from docx_builder import make_docx

markdown_it = pytest.importorskip("markdown_it")
footnote = pytest.importorskip("mdit_py_plugins.footnote")


def parser() -> Any:
    md = markdown_it.MarkdownIt("commonmark").enable(["table", "strikethrough"])
    return md.use(footnote.footnote_plugin)


def render_html(text: str) -> str:
    return parser().render(text)  # type: ignore[no-any-return]


def p(text: str, ppr: str = "", rpr: str = "") -> str:
    props = f"<w:pPr>{ppr}</w:pPr>" if ppr else ""
    rprops = f"<w:rPr>{rpr}</w:rPr>" if rpr else ""
    return f'<w:p>{props}<w:r>{rprops}<w:t xml:space="preserve">{text}</w:t></w:r></w:p>'


HEADING_STYLES = "".join(
    f'<w:style w:type="paragraph" w:styleId="Heading{n}"><w:name w:val="heading {n}"/>'
    f'<w:pPr><w:outlineLvl w:val="{n - 1}"/></w:pPr></w:style>'
    for n in range(1, 10)
)


def test_headings_and_paragraphs(open_docx: Any) -> None:
    body = (
        p("Title", '<w:pStyle w:val="Heading1"/>')
        + p("Intro text.")
        + p("Sub", '<w:pStyle w:val="Heading2"/>')
        + p("Deep", '<w:pStyle w:val="Heading7"/>')
        + "<w:p/>"
    )
    doc = open_docx(body, styles=HEADING_STYLES)
    assert doc.to_markdown() == "# Title\n\nIntro text.\n\n## Sub\n\n**Deep**\n"


def test_title_style_is_a_top_heading(open_docx: Any) -> None:
    # Word's built-in "Title" (python-docx's add_heading(level=0)): a top heading
    # in Markdown, while heading_level stays None (Title has no outline level).
    styles = HEADING_STYLES + (
        '<w:style w:type="paragraph" w:styleId="Title"><w:name w:val="Title"/></w:style>'
        '<w:style w:type="paragraph" w:styleId="MyTitle"><w:name w:val="My Title"/>'
        '<w:basedOn w:val="Title"/></w:style>'
        '<w:style w:type="paragraph" w:styleId="Subtitle"><w:name w:val="Subtitle"/></w:style>'
    )
    body = (
        p("年度报告", '<w:pStyle w:val="Title"/>')
        + p("副标题", '<w:pStyle w:val="Subtitle"/>')
        + p("Chapter", '<w:pStyle w:val="Heading1"/>')
        + p("Derived", '<w:pStyle w:val="MyTitle"/>')
        + p("Outlined", '<w:pStyle w:val="Title"/><w:outlineLvl w:val="1"/>')
    )
    doc = open_docx(body, styles=styles)
    assert doc.to_markdown() == (
        "# 年度报告\n\n副标题\n\n# Chapter\n\n# Derived\n\n## Outlined\n"
    )
    assert [x.heading_level for x in doc.paragraphs] == [None, None, 1, None, 2]


def test_bold_italic_merged_and_not_around_spaces(open_docx: Any) -> None:
    body = (
        "<w:p>"
        '<w:r><w:t xml:space="preserve">plain </w:t></w:r>'
        '<w:r><w:rPr><w:b/></w:rPr><w:t xml:space="preserve">bo</w:t></w:r>'
        '<w:r><w:rPr><w:b/></w:rPr><w:t xml:space="preserve">ld </w:t></w:r>'
        '<w:r><w:rPr><w:i/></w:rPr><w:t>it</w:t></w:r>'
        '<w:r><w:rPr><w:b/><w:i/></w:rPr><w:t>both</w:t></w:r>'
        '<w:r><w:rPr><w:b/></w:rPr><w:t xml:space="preserve">   </w:t></w:r>'
        "</w:p>"
    )
    md = open_docx(body).to_markdown()
    # "it" and "both" touch: intraword markers mixing * and ** fall back to <em>.
    assert md == "plain **bold** <em>it**both**</em>   \n"
    html = render_html(md)
    assert "<strong>bold</strong>" in html
    assert "<em>it<strong>both</strong></em>" in html


def test_escaping(open_docx: Any) -> None:
    body = p("# not a heading") + p("1. not a list") + p("a *b* [c](d) &lt;x&gt; | ~y~ &amp;amp; \\")
    md = open_docx(body).to_markdown()
    html = render_html(md)
    assert "<h1>" not in html and "<ol>" not in html
    assert "<em>" not in html and "<a " not in html and "<x>" not in html
    assert "# not a heading" in html
    assert "1. not a list" in html
    assert "&lt;x&gt;" in html and "&amp;amp;" in html


def test_dollar_signs_are_escaped(open_docx: Any) -> None:
    dollarmath = pytest.importorskip("mdit_py_plugins.dollarmath")
    fraction = (
        "<m:oMath><m:f><m:num><m:r><m:t>a</m:t></m:r></m:num>"
        "<m:den><m:r><m:t>b</m:t></m:r></m:den></m:f></m:oMath>"
    )
    body = p("costs $5 and $10") + (
        '<w:p><w:r><w:t xml:space="preserve">pay $5 for </w:t></w:r>' + fraction
        + '<w:r><w:t xml:space="preserve"> or $6</w:t></w:r></w:p>'
    )
    md = open_docx(body).to_markdown()
    assert md == "costs \\$5 and \\$10\n\npay \\$5 for $\\frac{a}{b}$ or \\$6\n"
    # CommonMark shows the dollars themselves.
    assert "<p>costs $5 and $10</p>" in render_html(md)
    # A renderer with math pairs nothing but the equation's own delimiters.
    with_math = markdown_it.MarkdownIt("commonmark").use(dollarmath.dollarmath_plugin).render(md)
    assert with_math.count('class="math inline"') == 1
    assert '<span class="math inline">\\frac{a}{b}</span>' in with_math
    assert "costs $5 and $10" in with_math and "pay $5 for" in with_math and "or $6" in with_math


def test_hyperlinks(open_docx: Any) -> None:
    body = (
        '<w:p><w:hyperlink r:id="rIdL"><w:r><w:t>site</w:t></w:r></w:hyperlink>'
        '<w:r><w:t xml:space="preserve"> and </w:t></w:r>'
        '<w:hyperlink w:anchor="sec1"><w:r><w:rPr><w:b/></w:rPr><w:t>there</w:t></w:r></w:hyperlink>'
        "</w:p>"
    )
    doc = open_docx(
        body,
        document_rels=[("rIdL", "hyperlink", "https://example.com/a b(c)", "External")],
    )
    md = doc.to_markdown()
    assert md == "[site](https://example.com/a%20b%28c%29) and [**there**](#sec1)\n"
    html = render_html(md)
    assert '<a href="https://example.com/a%20b%28c%29">site</a>' in html
    assert '<a href="#sec1"><strong>there</strong></a>' in html


NUMBERING = (
    '<w:abstractNum w:abstractNumId="1">'
    '<w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="decimal"/><w:lvlText w:val="%1."/></w:lvl>'
    '<w:lvl w:ilvl="1"><w:start w:val="1"/><w:numFmt w:val="bullet"/><w:lvlText w:val="•"/></w:lvl>'
    "</w:abstractNum>"
    '<w:abstractNum w:abstractNumId="2">'
    '<w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="chineseCounting"/>'
    '<w:lvlText w:val="%1、"/></w:lvl>'
    "</w:abstractNum>"
    '<w:num w:numId="1"><w:abstractNumId w:val="1"/></w:num>'
    '<w:num w:numId="2"><w:abstractNumId w:val="2"/></w:num>'
)


def numbered(text: str, num: int, level: int) -> str:
    return p(text, f'<w:numPr><w:ilvl w:val="{level}"/><w:numId w:val="{num}"/></w:numPr>')


def test_lists(open_docx: Any) -> None:
    body = (
        numbered("one", 1, 0)
        + numbered("dot", 1, 1)
        + numbered("two", 1, 0)
        + p("between")
        + numbered("总体要求", 2, 0)
        + numbered("主要任务", 2, 0)
    )
    md = open_docx(body, numbering=NUMBERING).to_markdown()
    assert md == "1. one\n   - dot\n2. two\n\nbetween\n\n一、 总体要求\n\n二、 主要任务\n"
    html = render_html(md)
    assert "<ol>" in html and "<ul>" in html and "<li>dot</li>" in html


def cell(text: str, tcpr: str = "") -> str:
    props = f"<w:tcPr>{tcpr}</w:tcPr>" if tcpr else ""
    return f"<w:tc>{props}{p(text)}</w:tc>"


def test_table_merged_cells_and_escaping(open_docx: Any) -> None:
    body = (
        "<w:tbl><w:tblGrid><w:gridCol/><w:gridCol/><w:gridCol/></w:tblGrid>"
        "<w:tr>" + cell("A", '<w:gridSpan w:val="2"/>') + cell("B") + "</w:tr>"
        "<w:tr>" + cell("x|y", '<w:vMerge w:val="restart"/>') + cell("2") + cell("3") + "</w:tr>"
        "<w:tr>" + cell("", "<w:vMerge/>")
        + '<w:tc><w:p><w:r><w:t>l1</w:t></w:r></w:p><w:p><w:r><w:t>l2</w:t></w:r></w:p></w:tc>'
        + cell("z") + "</w:tr>"
        "</w:tbl>"
    )
    md = open_docx(body).to_markdown()
    assert md == (
        "| A | A | B |\n| --- | --- | --- |\n| x\\|y | 2 | 3 |\n| x\\|y | l1<br>l2 | z |\n"
    )
    tokens = parser().parse(md)
    assert [t.type for t in tokens].count("td_open") == 6
    assert [t.type for t in tokens].count("th_open") == 3
    html = render_html(md)
    assert "<td>x|y</td>" in html and "l1<br>l2" in html


def test_nested_table_flattened(open_docx: Any) -> None:
    inner = "<w:tbl><w:tr>" + cell("in1") + cell("in2") + "</w:tr></w:tbl>"
    body = "<w:tbl><w:tr><w:tc>" + p("outer") + inner + p("") + "</w:tc></w:tr></w:tbl>"
    md = open_docx(body).to_markdown()
    assert md == "| outer<br>in1<br>in2 |\n| --- |\n"


def test_footnotes_and_endnotes(open_docx: Any) -> None:
    body = (
        '<w:p><w:r><w:t>See</w:t></w:r><w:r><w:footnoteReference w:id="2"/></w:r>'
        '<w:r><w:t xml:space="preserve"> and</w:t></w:r><w:r><w:endnoteReference w:id="1"/></w:r></w:p>'
    )
    doc = open_docx(
        body,
        footnotes='<w:footnote w:id="2"><w:p><w:r><w:t>Foot text</w:t></w:r></w:p>'
        "<w:p><w:r><w:t>second para</w:t></w:r></w:p></w:footnote>",
        endnotes='<w:endnote w:id="1"><w:p><w:r><w:t>End text</w:t></w:r></w:p></w:endnote>',
    )
    md = doc.to_markdown()
    assert md == (
        "See and[^1][^2]\n\n[^1]: Foot text\n    \n    second para\n\n[^2]: End text\n"
    )
    html = render_html(md)
    assert html.count('class="footnote-ref"') == 2
    assert "Foot text" in html and "second para" in html and "End text" in html


def test_text_box_as_block_quote(open_docx: Any) -> None:
    txbx = (
        '<w:p><w:r><w:t>Anchor</w:t></w:r><w:r><w:pict><v:shape><v:textbox><w:txbxContent>'
        + p("Boxed one")
        + p("Boxed two")
        + "</w:txbxContent></v:textbox></v:shape></w:pict></w:r></w:p>"
    )
    md = open_docx(txbx).to_markdown()
    assert md == "Anchor\n\n> Boxed one\n>\n> Boxed two\n"
    assert "<blockquote>" in render_html(md)


def test_headers_and_footers(open_docx: Any) -> None:
    sect = (
        '<w:sectPr><w:headerReference w:type="default" r:id="rIdH"/>'
        '<w:footerReference w:type="default" r:id="rIdF"/></w:sectPr>'
    )
    doc = open_docx(
        p("Body"), sect=sect, headers={"rIdH": p("Head")}, footers={"rIdF": p("Foot")}
    )
    assert doc.to_markdown() == "Body\n"
    assert doc.to_markdown(headers=True) == "Head\n\n---\n\nBody\n\n---\n\nFoot\n"


def test_example_document() -> None:
    path = Path(__file__).resolve().parents[2] / "examples" / "gongwen_notice.docx"
    doc = docxsift.open(path)
    md = doc.to_markdown()
    assert md.endswith("\n") and md.strip()
    render_html(md)  # parses
    for paragraph in doc.paragraphs:
        if paragraph.list_label:
            assert paragraph.list_label in md


def run_cli(*args: str) -> Any:
    import subprocess
    import sys

    return subprocess.run(
        [sys.executable, "-m", "docxsift", *args], capture_output=True, text=True, check=False
    )


def test_cli_markdown_and_info(tmp_path: Any, build: Any) -> None:
    path = tmp_path / "a.docx"
    path.write_bytes(build(p("# one") + p("two")))
    result = run_cli("markdown", str(path))
    assert result.returncode == 0, result.stderr
    assert result.stdout == "\\# one\n\ntwo\n"
    result = run_cli("info", str(path))
    assert result.returncode == 0, result.stderr
    assert "paragraphs: 2" in result.stdout.splitlines()
    bad = tmp_path / "bad.docx"
    bad.write_bytes(b"not a zip")
    for command in ("markdown", "info", "json"):
        result = run_cli(command, str(bad))
        assert result.returncode == 2
        assert result.stdout == ""
        assert result.stderr.startswith(f"docxsift: {bad}: PackageError")
        assert len(result.stderr.splitlines()) == 1


hypothesis = pytest.importorskip("hypothesis")
st = hypothesis.strategies
_CHARS = st.sampled_from([*"ab *_`[]<>|~&#-+=!().\\1{}:;'\"$", "中", "\u3000"])


def _shown_text(html_text: str) -> str:
    match = re.fullmatch(r"<p>(.*)</p>\n", html_text, re.S)
    assert match, html_text
    return html.unescape(re.sub(r"</?(em|strong)>", "", match.group(1))).strip()


@hypothesis.settings(max_examples=150, deadline=None)
@hypothesis.given(
    st.lists(
        st.tuples(st.text(_CHARS, min_size=1, max_size=12), st.booleans(), st.booleans()),
        min_size=1,
        max_size=5,
    )
)
def test_any_text_and_emphasis_shows_literally(runs: list[tuple[str, bool, bool]]) -> None:
    """Whatever the characters and formatting, the rendered paragraph shows
    exactly the document's text: escaping and emphasis markers never change it."""
    xml = "".join(
        "<w:r><w:rPr>"
        + ("<w:b/>" if bold else "")
        + ("<w:i/>" if italic else "")
        + f'</w:rPr><w:t xml:space="preserve">{html.escape(text, quote=False)}</w:t></w:r>'
        for text, bold, italic in runs
    )
    expected = "".join(text for text, _, _ in runs).strip()
    hypothesis.assume(expected)
    md = docxsift.open(make_docx(f"<w:p>{xml}</w:p>")).to_markdown()
    assert _shown_text(render_html(md)) == expected, md
