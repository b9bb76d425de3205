"""Paragraph.page, contains_page_break and rendered_page_breaks (docs/chunks.md
"Page numbers"): pages as Word last paginated the file, from
w:lastRenderedPageBreak plus explicit page and section breaks; None without
rendering information."""

from __future__ import annotations

import docxsift
from docx_builder import make_docx, p

LRPB = "<w:r><w:lastRenderedPageBreak/></w:r>"
BR = '<w:r><w:br w:type="page"/></w:r>'


def pages(body: str, **parts: object) -> list[int | None]:
    return [x.page for x in docxsift.open(make_docx(body, **parts)).paragraphs]  # type: ignore[arg-type]


def test_rendered_page_breaks_number_the_pages() -> None:
    doc = docxsift.open(make_docx(p("a") + p(LRPB, "b") + p("c") + p(LRPB, "d")))
    assert [x.page for x in doc.paragraphs] == [1, 2, 2, 3]
    assert [x.contains_page_break for x in doc.paragraphs] == [False, True, False, True]
    breaks = doc.paragraphs[1].rendered_page_breaks
    assert len(breaks) == 1 and breaks[0].paragraph == doc.paragraphs[1]
    assert doc.paragraphs[0].rendered_page_breaks == []


def test_no_rendering_information_means_no_pages() -> None:
    doc = docxsift.open(make_docx(p("a", BR) + p("b")))
    assert [x.page for x in doc.paragraphs] == [None, None]
    assert not any(x.contains_page_break for x in doc.paragraphs)


def test_a_paragraph_is_on_the_page_where_it_starts() -> None:
    assert pages(p("start", LRPB, "rest") + p("next")) == [1, 2]


def test_explicit_break_and_words_rendered_mark_are_one_boundary() -> None:
    # Word writes a rendered break right after a hard page break it drew.
    assert pages(p("a", BR) + p(LRPB, "b") + p("c")) == [1, 2, 2]


def test_explicit_breaks_without_rendered_mark_still_count() -> None:
    body = p("a") + p(LRPB, "b") + p("c", BR) + p("d") + p("e", ppr="<w:pageBreakBefore/>")
    assert pages(body) == [1, 2, 2, 3, 4]


def test_page_break_before_from_the_style_chain() -> None:
    styles = (
        '<w:style w:type="paragraph" w:styleId="Base"><w:pPr><w:pageBreakBefore/></w:pPr></w:style>'
        '<w:style w:type="paragraph" w:styleId="Chapter"><w:basedOn w:val="Base"/></w:style>'
        '<w:style w:type="paragraph" w:styleId="Off"><w:basedOn w:val="Base"/>'
        '<w:pPr><w:pageBreakBefore w:val="0"/></w:pPr></w:style>'
    )
    body = (
        p(LRPB, "a")
        + p("b", ppr='<w:pStyle w:val="Chapter"/>')
        + p("c", ppr='<w:pStyle w:val="Off"/>')
        + p("d", ppr='<w:pStyle w:val="Chapter"/><w:pageBreakBefore w:val="false"/>')
    )
    assert pages(body, styles=styles) == [1, 2, 2, 2]


def test_section_breaks_of_page_types_start_a_page() -> None:
    def body(next_type: str) -> str:
        return p("a") + p("b", ppr="<w:sectPr/>") + p("c") + p(LRPB, "d")

    next_page = '<w:sectPr><w:type w:val="nextPage"/></w:sectPr>'
    continuous = '<w:sectPr><w:type w:val="continuous"/></w:sectPr>'
    assert pages(body("nextPage"), sect=next_page) == [1, 1, 2, 3]
    assert pages(body("continuous"), sect=continuous) == [1, 1, 1, 2]
    assert pages(body("absent"), sect="<w:sectPr/>") == [1, 1, 2, 3]


def test_rendered_breaks_in_every_cell_of_a_row_count_once() -> None:
    def cell(*runs: str) -> str:
        return f"<w:tc>{p(*runs)}</w:tc>"

    table = (
        "<w:tbl><w:tblGrid><w:gridCol/><w:gridCol/></w:tblGrid>"
        f"<w:tr>{cell('a')}{cell('b')}</w:tr>"
        f"<w:tr>{cell(LRPB, 'c')}{cell(LRPB, 'd')}</w:tr>"
        "</w:tbl>"
    )
    doc = docxsift.open(make_docx(p("x") + table + p("y")))
    assert [x.page for x in doc.iter_paragraphs()] == [1, 1, 1, 2, 2, 2]


def test_chunks_carry_pages() -> None:
    doc = docxsift.open(make_docx(p("一、总体要求") + p("甲。") + p(LRPB, "乙。") + p("二、重点任务") + p("丙。")))
    chunks = doc.chunks(max_tokens=100)
    assert [(c.page_start, c.page_end) for c in chunks] == [(1, 2), (2, 2)]


def test_headers_and_notes_have_no_page() -> None:
    footnotes = '<w:footnote w:id="1"><w:p><w:r><w:t>note</w:t></w:r></w:p></w:footnote>'
    doc = docxsift.open(make_docx(p(LRPB, "a"), footnotes=footnotes))
    assert doc.paragraphs[0].page == 1
    assert doc.footnotes[0].paragraphs[0].page is None


def test_page_break_before_right_after_a_section_break_is_one_boundary() -> None:
    body = p(LRPB, "a") + p("b", ppr="<w:sectPr/>") + p("c", ppr="<w:pageBreakBefore/>") + p("d")
    assert pages(body, sect="<w:sectPr/>") == [1, 1, 2, 2]
