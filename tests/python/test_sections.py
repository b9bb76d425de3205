"""Sections, headers and footers: separate stories, linked-to-previous inheritance."""

from __future__ import annotations

import docxsift
from docx_builder import make_docx, p


def hdr_ref(kind: str, rid: str, footer: bool = False) -> str:
    tag = "footerReference" if footer else "headerReference"
    return f'<w:{tag} w:type="{kind}" r:id="{rid}"/>'


def test_every_sectpr_is_a_section_in_order() -> None:
    body = (
        p("one")
        + '<w:p><w:pPr><w:sectPr><w:pgSz w:w="11906" w:h="16838"/></w:sectPr></w:pPr>'
        "<w:r><w:t>end of one</w:t></w:r></w:p>"
        + p("two")
    )
    sect = '<w:sectPr><w:pgSz w:w="16838" w:h="11906" w:orient="landscape"/>' \
        '<w:pgMar w:top="1440" w:right="1800" w:bottom="1440" w:left="1800" w:header="851" ' \
        'w:footer="992" w:gutter="0"/></w:sectPr>'
    doc = docxsift.open(make_docx(body, sect=sect))
    sections = doc.sections
    assert len(sections) == 2
    assert sections[0].orientation == "portrait"
    assert sections[1].orientation == "landscape"
    assert sections[0].page_width == 11906 * 635
    assert abs(sections[0].page_width.mm - 210.0) < 0.1
    assert sections[1].left_margin.inches == 1.25
    assert sections[1].header_distance.twips == 851
    # the body text does not change because of sections
    assert doc.text == "one\nend of one\ntwo"


def test_headers_and_footers_are_separate_stories() -> None:
    sect = "<w:sectPr>" + hdr_ref("default", "rIdH") + hdr_ref("default", "rIdF", footer=True) + "</w:sectPr>"
    page = (
        '<w:p><w:r><w:t xml:space="preserve">Page </w:t></w:r><w:r><w:fldChar w:fldCharType="begin"/></w:r>'
        "<w:r><w:instrText>PAGE</w:instrText></w:r><w:r><w:fldChar w:fldCharType=\"separate\"/></w:r>"
        '<w:r><w:t>2</w:t></w:r><w:r><w:fldChar w:fldCharType="end"/></w:r></w:p>'
    )
    doc = docxsift.open(
        make_docx(p("body"), sect=sect, headers={"rIdH": p("机密")}, footers={"rIdF": page})
    )
    section = doc.sections[0]
    assert doc.text == "body"
    assert section.header.text == "机密"
    assert section.footer.text == "Page 2"
    assert [x.text for x in section.footer.paragraphs] == ["Page 2"]
    assert section.header.is_linked_to_previous is False
    assert section.first_page_header.is_linked_to_previous is True
    assert section.first_page_header.text == ""
    assert section.even_page_footer.paragraphs == []


def test_linked_to_previous_inherits_the_previous_definition() -> None:
    first = "<w:sectPr>" + hdr_ref("default", "rIdA") + hdr_ref("first", "rIdB") + '<w:titlePg/></w:sectPr>'
    body = p("s1") + f"<w:p><w:pPr>{first}</w:pPr></w:p>" + p("s2")
    sect = "<w:sectPr></w:sectPr>"
    doc = docxsift.open(make_docx(body, sect=sect, headers={"rIdA": p("A"), "rIdB": p("B")}))
    one, two = doc.sections
    assert one.different_first_page_header_footer is True
    assert one.header.text == "A" and one.first_page_header.text == "B"
    assert two.header.is_linked_to_previous is True
    assert two.header.text == "A"  # shown from the previous section, not created
    assert two.first_page_header.text == "B"


def test_shared_header_part_is_read_once() -> None:
    inner = "<w:sectPr>" + hdr_ref("default", "rIdH") + "</w:sectPr>"
    body = p("a") + f"<w:p><w:pPr>{inner}</w:pPr></w:p>"
    doc = docxsift.open(make_docx(body, sect=inner, headers={"rIdH": p("same")}))
    assert [s.header.text for s in doc.sections] == ["same", "same"]
    assert doc.sections[0].header.paragraphs[0] == doc.sections[1].header.paragraphs[0]


def test_header_tables_and_text_boxes() -> None:
    table = "<w:tbl><w:tr><w:tc>" + p("L") + "</w:tc><w:tc>" + p("R") + "</w:tc></w:tr></w:tbl>"
    sect = "<w:sectPr>" + hdr_ref("default", "rIdH") + "</w:sectPr>"
    doc = docxsift.open(make_docx(p("x"), sect=sect, headers={"rIdH": table + p("")}))
    header = doc.sections[0].header
    assert len(header.tables) == 1
    assert header.text == "L\tR\n"
