"""Office Math: Paragraph.equations (LaTeX), $...$ / $$...$$ in to_markdown(),
"equations" in to_dict(), with .text keeping each equation's linear text."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any, Callable

import pytest

import docxsift

REPO = Path(__file__).resolve().parents[2]

AREA = (
    "<m:oMath><m:r><m:t>A=</m:t></m:r><m:r><m:t>π</m:t></m:r>"
    "<m:sSup><m:e><m:r><m:t>r</m:t></m:r></m:e><m:sup><m:r><m:t>2</m:t></m:r></m:sup></m:sSup></m:oMath>"
)
FRACTION = (
    "<m:oMath><m:f><m:num><m:r><m:t>a</m:t></m:r></m:num>"
    "<m:den><m:r><m:t>b</m:t></m:r></m:den></m:f></m:oMath>"
)


def run(text: str) -> str:
    return f'<w:r><w:t xml:space="preserve">{text}</w:t></w:r>'


def para(*content: str) -> str:
    return "<w:p>" + "".join(content) + "</w:p>"


def display(*maths: str) -> str:
    return "<m:oMathPara>" + "".join(maths) + "</m:oMathPara>"


Opener = Callable[..., Any]


def test_inline_equation_latex_and_linear_text(open_docx: Opener) -> None:
    doc = open_docx(para(run("Area: "), AREA, run(" here.")))
    p = doc.paragraphs[0]
    assert p.equations == ["A=\\pi r^{2}"]
    assert p.text == "Area: A=πr2 here."  # the linear text stays


def test_paragraph_without_math_has_no_equations(open_docx: Opener) -> None:
    assert open_docx(para(run("plain"))).paragraphs[0].equations == []


def test_several_equations_in_reading_order(open_docx: Opener) -> None:
    doc = open_docx(para(run("Let "), FRACTION, run(" and "), AREA, run(".")))
    assert doc.paragraphs[0].equations == ["\\frac{a}{b}", "A=\\pi r^{2}"]


def test_math_paragraph_is_one_equation_joined_by_line_breaks(open_docx: Opener) -> None:
    doc = open_docx(para(display(FRACTION, AREA)))
    assert doc.paragraphs[0].equations == ["\\frac{a}{b} \\\\ A=\\pi r^{2}"]


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        (para(run("Area: "), AREA, run(" here.")), "Area: $A=\\pi r^{2}$ here.\n"),
        (para(display(AREA)), "$$A=\\pi r^{2}$$\n"),
        # math alone in its paragraph is drawn as a display equation by Word
        (para(AREA), "$$A=\\pi r^{2}$$\n"),
        (para(FRACTION, AREA), "$$\\frac{a}{b}$$\n\n$$A=\\pi r^{2}$$\n"),
        (para(run("see "), display(FRACTION)), "see $$\\frac{a}{b}$$\n"),
        (para(run("x"), FRACTION, FRACTION, run("y")), "x$\\frac{a}{b}$ $\\frac{a}{b}$y\n"),
    ],
)
def test_markdown_puts_latex_in_place_of_the_linear_text(open_docx: Opener, body: str, expected: str) -> None:
    assert open_docx(body).to_markdown() == expected


def test_markdown_equation_inside_formatting_and_table(open_docx: Opener) -> None:
    bold = '<w:r><w:rPr><w:b/></w:rPr><w:t xml:space="preserve">bold </w:t></w:r>'
    assert open_docx(para(bold, AREA)).to_markdown() == "**bold** $A=\\pi r^{2}$\n"
    abs_value = (
        "<m:oMath><m:d><m:dPr><m:begChr m:val=\"|\"/><m:endChr m:val=\"|\"/></m:dPr>"
        "<m:e><m:r><m:t>x</m:t></m:r></m:e></m:d></m:oMath>"
    )
    table = (
        "<w:tbl><w:tr><w:tc><w:p><w:r><w:t>v</w:t></w:r></w:p></w:tc>"
        f"<w:tc>{para(abs_value)}</w:tc></w:tr></w:tbl>"
    )
    md = open_docx(table).to_markdown()
    assert "$$\\left\\|x\\right\\|$$" in md  # pipes escaped inside a table cell


def test_to_dict_lists_equations(open_docx: Opener) -> None:
    doc = open_docx(para(run("Area: "), AREA) + para(display(FRACTION)) + para(run("none")))
    paragraphs = [b for b in doc.to_dict()["blocks"] if b["type"] == "paragraph"]
    assert paragraphs[0]["equations"] == [{"latex": "A=\\pi r^{2}", "display": False}]
    assert paragraphs[1]["equations"] == [{"latex": "\\frac{a}{b}", "display": True}]
    assert paragraphs[2]["equations"] == []
    assert json.loads(doc.to_json())["blocks"][0]["equations"] == paragraphs[0]["equations"]


def test_to_dict_equations_validate_against_schema(open_docx: Opener) -> None:
    jsonschema = pytest.importorskip("jsonschema")
    schema = json.loads((REPO / "docs" / "schema" / "document.schema.json").read_text("utf-8"))
    doc = open_docx(para(run("Area: "), AREA) + para(display(FRACTION)))
    jsonschema.Draft202012Validator(schema).validate(doc.to_dict())


@pytest.mark.parametrize(("revisions", "expected"), [("accept", "a+b"), ("reject", "a-c")])
def test_tracked_changes_in_math_follow_revisions(open_docx: Opener, revisions: str, expected: str) -> None:
    math = (
        '<m:oMath><m:r><m:t>a</m:t></m:r><w:ins w:id="1"><m:r><m:t>+b</m:t></m:r></w:ins>'
        '<w:del w:id="2"><m:r><m:t>-c</m:t></m:r></w:del></m:oMath>'
    )
    doc = open_docx(para(run("v: "), math), _open={"revisions": revisions})
    p = doc.paragraphs[0]
    assert p.equations == [expected]
    assert p.text == "v: " + expected


def test_deleted_equation_is_gone_when_accepted(open_docx: Opener) -> None:
    body = para(run("x "), f'<w:del w:id="1">{AREA}</w:del>')
    assert open_docx(body).paragraphs[0].equations == []
    assert open_docx(body, _open={"revisions": "reject"}).paragraphs[0].equations == ["A=\\pi r^{2}"]


def test_equations_in_notes_and_table_cells(open_docx: Opener) -> None:
    table = f"<w:tbl><w:tr><w:tc>{para(run('x '), FRACTION)}</w:tc></w:tr></w:tbl>"
    doc = open_docx(table)
    assert doc.tables[0].rows[0].cells[0].paragraphs[0].equations == ["\\frac{a}{b}"]
    assert "$\\frac{a}{b}$" in doc.to_markdown()


@pytest.mark.parametrize(
    ("math", "expected"),
    [
        ("<m:oMath><m:foo><m:baz><m:r><m:t>x</m:t></m:r></m:baz></m:foo></m:oMath>", "x"),
        ("<m:oMath><m:bar><m:r><m:t>x</m:t></m:r></m:bar></m:oMath>", "\\underline{x}"),
        ("<m:oMath><m:f><m:num><m:e/></m:num><m:den/></m:f></m:oMath>", "\\frac{}{}"),
        ("<m:oMath/>", ""),
        ("<m:oMath><m:sSup><m:e/><m:sup/></m:sSup></m:oMath>", "{}^{}"),
    ],
)
def test_odd_math_degrades(open_docx: Opener, math: str, expected: str) -> None:
    assert open_docx(para(run("v "), math)).paragraphs[0].equations == [expected]


def test_deep_math_nesting_is_bounded(open_docx: Opener) -> None:
    depth = 200  # within max_xml_depth (256), beyond the converter's structural depth
    math = "<m:oMath>" + "<m:e>" * depth + "<m:r><m:t>x</m:t></m:r>" + "</m:e>" * depth + "</m:oMath>"
    doc = open_docx(para(run("v "), math))
    assert doc.paragraphs[0].equations == ["x"]
    too_deep = "<m:oMath>" + "<m:e>" * 100_000 + "</m:e>" * 100_000 + "</m:oMath>"
    with pytest.raises(docxsift.LimitError):
        open_docx(para(too_deep))


# --- hidden math, mc:AlternateContent, revisions past the depth limit ------

VANISH = "<w:rPr><w:vanish/></w:rPr>"
SECRET_STYLE = '<w:rPr><w:rStyle w:val="Secret"/></w:rPr>'


def mrun(text: str, rpr: str = "") -> str:
    return f"<m:r>{rpr}<m:t>{text}</m:t></m:r>"


HIDDEN_STYLES = (
    '<w:style w:type="character" w:styleId="Secret"><w:name w:val="Secret"/><w:rPr><w:vanish/></w:rPr></w:style>'
    '<w:style w:type="paragraph" w:styleId="HiddenPara"><w:name w:val="Hidden Para"/>'
    "<w:rPr><w:vanish/></w:rPr></w:style>"
)


@pytest.mark.parametrize(
    ("body", "how"),
    [
        (para(run("v "), f"<m:oMath>{mrun('x=1', VANISH)}</m:oMath>"), "direct"),
        (para(run("v "), "<m:oMath>" + mrun("x=1", SECRET_STYLE) + "</m:oMath>"), "char style"),
        (
            '<w:p><w:pPr><w:pStyle w:val="HiddenPara"/></w:pPr>'
            + run("v ").replace("<w:r>", '<w:r><w:rPr><w:vanish w:val="0"/></w:rPr>')
            + f"<m:oMath>{mrun('x=1')}</m:oMath></w:p>",
            "paragraph style",
        ),
        (
            para(run("v "), display(f"<m:oMath><m:f><m:num>{mrun('a', VANISH)}</m:num>"
                                    f"<m:den>{mrun('b', VANISH)}</m:den></m:f></m:oMath>")),
            "structure",
        ),
    ],
)
def test_hidden_math_is_no_equation(open_docx: Opener, body: str, how: str) -> None:
    doc = open_docx(body, styles=HIDDEN_STYLES)
    p = doc.paragraphs[0]
    assert p.equations == [], how
    assert p.text == "v ", how
    assert "$" not in doc.to_markdown(), how
    assert doc.to_dict()["blocks"][0]["equations"] == [], how
    # include_hidden reads it like any other math.
    shown = open_docx(body, styles=HIDDEN_STYLES, _open={"include_hidden": True}).paragraphs[0]
    assert len(shown.equations) == 1, how
    assert shown.text.startswith("v "), how


def test_partly_hidden_math_leaves_the_hidden_runs_out(open_docx: Opener) -> None:
    math = f"<m:oMath>{mrun('a')}{mrun('+secret', VANISH)}{mrun('+b')}</m:oMath>"
    doc = open_docx(para(run("v: "), math))
    p = doc.paragraphs[0]
    assert p.equations == ["a+b"]
    assert p.text == "v: a+b"  # the LaTeX and the linear text agree
    assert open_docx(para(run("v: "), math), _open={"include_hidden": True}).paragraphs[0].equations == [
        "a+secret+b"
    ]


def test_hidden_word_run_inside_math_is_left_out(open_docx: Opener) -> None:
    math = f'<m:oMath>{mrun("x")}<w:r>{VANISH}<w:t xml:space="preserve"> hidden</w:t></w:r></m:oMath>'
    assert open_docx(para(run("v "), math)).paragraphs[0].equations == ["x"]


def alternate(requires: str, choice: str, fallback: str, declare: str = "") -> str:
    return (
        f'<mc:AlternateContent{declare}><mc:Choice Requires="{requires}">{choice}</mc:Choice>'
        f"<mc:Fallback>{fallback}</mc:Fallback></mc:AlternateContent>"
    )


@pytest.mark.parametrize(
    ("alt", "expected"),
    [
        (alternate("w14", mrun("c"), mrun("f")), "c"),  # understood: the Choice
        (alternate("x9", mrun("c"), mrun("f"), ' xmlns:x9="urn:unknown"'), "f"),  # unknown: the Fallback
        (alternate("nope", mrun("c"), mrun("f")), "f"),  # prefix not even declared
        (alternate("w14 x9", mrun("c"), mrun("f"), ' xmlns:x9="urn:unknown"'), "f"),  # all must be understood
    ],
)
def test_alternate_content_in_math_takes_the_story_readers_branch(
    open_docx: Opener, alt: str, expected: str
) -> None:
    doc = open_docx(para(run("v: "), f"<m:oMath>{mrun('x=')}{alt}</m:oMath>"))
    p = doc.paragraphs[0]
    assert p.equations == ["x=" + expected]
    assert p.text == "v: x=" + expected  # the same branch as the linear text


@pytest.mark.parametrize(("revisions", "expected"), [("accept", "a+b"), ("reject", "a-c")])
def test_revisions_past_the_depth_limit_follow_revisions(open_docx: Opener, revisions: str, expected: str) -> None:
    depth = 200  # beyond the converter's structural depth (128): read as plain text
    inner = (
        f'{mrun("a")}<w:ins w:id="1">{mrun("+b")}</w:ins>'
        '<w:del w:id="2"><m:r><w:delText>-c</w:delText></m:r></w:del>'
        f'<w:r>{VANISH}<w:t>hidden</w:t></w:r>'
        + alternate("x9", mrun("!"), "", ' xmlns:x9="urn:unknown"')
    )
    math = "<m:oMath>" + "<m:e>" * depth + inner + "</m:e>" * depth + "</m:oMath>"
    doc = open_docx(para(run("v: "), math), _open={"revisions": revisions})
    p = doc.paragraphs[0]
    assert p.equations == [expected]
    assert p.text == "v: " + expected
