"""Repeated w:rPr and w:pPr markup: the reader remembers what it read by the
markup's text, so equal text must read equally, and only while the namespace
bindings in scope are the same."""

from __future__ import annotations

import docxsift
from docx_builder import W_NS, make_docx

OTHER_NS = "urn:example:not-wordprocessingml"


def test_equal_run_properties_read_equally_on_every_run() -> None:
    rpr = '<w:rPr><w:b/><w:sz w:val="28"/></w:rPr>'
    body = "<w:p>" + "".join(f"<w:r>{rpr}<w:t>{i}</w:t></w:r>" for i in range(5)) + "</w:p>"
    runs = docxsift.open(make_docx(body)).paragraphs[0].runs
    assert [r.bold for r in runs] == [True] * 5
    assert [r.font.size.pt for r in runs] == [14.0] * 5


def test_equal_run_markup_under_another_namespace_is_not_taken_as_read() -> None:
    # The same bytes "w:rPr><q:b/></w:rPr>" mean bold only where q is WordprocessingML.
    run = "<w:r><w:rPr><q:b/></w:rPr><w:t>{}</w:t></w:r>"
    body = (
        f'<w:p xmlns:q="{W_NS}">{run.format("bold")}</w:p>'
        f'<w:p xmlns:q="{OTHER_NS}">{run.format("plain")}</w:p>'
        f'<w:p xmlns:q="{W_NS}">{run.format("bold again")}</w:p>'
    )
    paras = docxsift.open(make_docx(body)).paragraphs
    assert [(p.text, p.runs[0].bold) for p in paras] == [
        ("bold", True),
        ("plain", None),
        ("bold again", True),
    ]


STYLES = '<w:style w:type="paragraph" w:styleId="Heading1"><w:name w:val="heading 1"/></w:style>'


def test_equal_paragraph_properties_read_equally_on_every_paragraph() -> None:
    ppr = '<w:pPr><w:pStyle w:val="Heading1"/><w:jc w:val="center"/></w:pPr>'
    body = "".join(f"<w:p>{ppr}<w:r><w:t>{i}</w:t></w:r></w:p>" for i in range(4))
    paras = docxsift.open(make_docx(body, styles=STYLES)).paragraphs
    assert [p.style.name if p.style else None for p in paras] == ["Heading 1"] * 4
    assert [p.alignment for p in paras] == ["center"] * 4


def test_equal_paragraph_markup_under_another_namespace_is_not_taken_as_read() -> None:
    para = '<w:pPr><q:pStyle q:val="Heading1"/></w:pPr><w:r><w:t>{}</w:t></w:r>'
    body = (
        f'<w:p xmlns:q="{W_NS}">{para.format("heading")}</w:p>'
        f'<w:p xmlns:q="{OTHER_NS}">{para.format("body")}</w:p>'
        f'<w:p xmlns:q="{W_NS}">{para.format("heading again")}</w:p>'
    )
    paras = docxsift.open(make_docx(body, styles=STYLES)).paragraphs
    assert [(p.text, p.style.name if p.style else None) for p in paras] == [
        ("heading", "Heading 1"),
        ("body", None),
        ("heading again", "Heading 1"),
    ]


def test_equal_paragraph_markup_with_a_section_break_makes_a_section_each_time() -> None:
    ppr = '<w:pPr><w:sectPr><w:pgSz w:w="11906" w:h="16838"/></w:sectPr></w:pPr>'
    body = "".join(f"<w:p>{ppr}<w:r><w:t>part {i}</w:t></w:r></w:p>" for i in range(3))
    sect = '<w:sectPr><w:pgSz w:w="16838" w:h="11906" w:orient="landscape"/></w:sectPr>'
    doc = docxsift.open(make_docx(body + "<w:p/>", sect=sect))
    assert [s.orientation for s in doc.sections] == ["portrait"] * 3 + ["landscape"]
