"""Paragraph.text is the text Word shows: one snippet test per reader rule."""

from __future__ import annotations

import pytest

import docxsift
from docx_builder import RT, make_docx, p


def text_of(body: str, **kw: object) -> str:
    return docxsift.open(make_docx(body), **kw).paragraphs[0].text  # type: ignore[arg-type]


R = "<w:r><w:t>{}</w:t></w:r>"


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # special characters
        ("<w:p><w:r><w:t>a</w:t><w:tab/><w:t>b</w:t></w:r></w:p>", "a\tb"),
        ("<w:p><w:r><w:t>a</w:t><w:br/><w:t>b</w:t></w:r></w:p>", "a\nb"),
        ("<w:p><w:r><w:t>a</w:t><w:cr/><w:t>b</w:t></w:r></w:p>", "a\nb"),
        ("<w:p><w:r><w:t>a</w:t><w:noBreakHyphen/><w:t>b</w:t></w:r></w:p>", "a-b"),
        ("<w:p><w:r><w:t>a</w:t><w:softHyphen/><w:t>b</w:t></w:r></w:p>", "ab"),
        ('<w:p><w:r><w:sym w:font="Symbol" w:char="F061"/></w:r></w:p>', "α"),
        ('<w:p><w:r><w:sym w:font="Wingdings" w:char="F0FC"/></w:r></w:p>', "✔"),
        ('<w:p><w:r><w:sym w:font="Times New Roman" w:char="00A9"/></w:r></w:p>', "©"),
        ('<w:p><w:r><w:t xml:space="preserve">   </w:t></w:r></w:p>', "   "),
        ('<w:p><w:r><w:t xml:space="preserve"> a </w:t></w:r></w:p>', " a "),
        ("<w:p><w:r><w:t>1 &lt; 2 &amp; 3</w:t></w:r></w:p>", "1 < 2 & 3"),
        # wrappers whose runs belong to the paragraph
        ('<w:p><w:hyperlink r:id="rId9"><w:r><w:t>link</w:t></w:r></w:hyperlink></w:p>', "link"),
        ('<w:p><w:ins w:id="1" w:author="a"><w:r><w:t>inserted</w:t></w:r></w:ins></w:p>', "inserted"),
        ("<w:p><w:ins><w:r><w:t>no author</w:t></w:r></w:ins></w:p>", "no author"),
        ("<w:p><w:sdt><w:sdtPr><w:alias w:val='x'/></w:sdtPr><w:sdtContent>"
         "<w:r><w:t>in control</w:t></w:r></w:sdtContent></w:sdt></w:p>", "in control"),
        ('<w:p><w:smartTag w:uri="u" w:element="place"><w:smartTagPr/><w:r><w:t>tagged</w:t></w:r>'
         "</w:smartTag></w:p>", "tagged"),
        ('<w:p><w:customXml w:element="x"><w:r><w:t>custom</w:t></w:r></w:customXml></w:p>', "custom"),
        ('<w:p><w:fldSimple w:instr=" PAGE "><w:r><w:t>7</w:t></w:r></w:fldSimple></w:p>', "7"),
        ('<w:p><w:dir w:val="rtl"><w:r><w:t>bidi</w:t></w:r></w:dir></w:p>', "bidi"),
        ('<w:p><w:bdo w:val="rtl"><w:r><w:t>bdo</w:t></w:r></w:bdo></w:p>', "bdo"),
        ("<w:p><w:r><w:ruby><w:rubyPr/><w:rt><w:r><w:t>hàn</w:t></w:r></w:rt>"
         "<w:rubyBase><w:r><w:t>汉</w:t></w:r></w:rubyBase></w:ruby></w:r></w:p>", "汉"),
        # tracked changes: accepted by default
        ('<w:p><w:r><w:t>keep</w:t></w:r><w:del w:id="2" w:author="a"><w:r><w:delText> gone</w:delText>'
         "</w:r></w:del></w:p>", "keep"),
        ('<w:p><w:moveFrom w:id="3"><w:r><w:t>moved away</w:t></w:r></w:moveFrom>'
         '<w:moveTo w:id="4"><w:r><w:t>arrived</w:t></w:r></w:moveTo></w:p>', "arrived"),
        # fields: results, never instructions
        ('<w:p><w:r><w:fldChar w:fldCharType="begin"/></w:r><w:r><w:instrText> PAGE </w:instrText></w:r>'
         '<w:r><w:fldChar w:fldCharType="separate"/></w:r><w:r><w:t>3</w:t></w:r>'
         '<w:r><w:fldChar w:fldCharType="end"/></w:r></w:p>', "3"),
        ('<w:p><w:r><w:t>Page </w:t><w:fldChar w:fldCharType="begin"/><w:instrText>PAGE</w:instrText>'
         '<w:fldChar w:fldCharType="separate"/><w:t>4</w:t><w:fldChar w:fldCharType="end"/>'
         "<w:t> of 9</w:t></w:r></w:p>", "Page 4 of 9"),
        # nested field: the inner field's result is part of the outer instruction
        ('<w:p><w:r><w:fldChar w:fldCharType="begin"/></w:r><w:r><w:instrText>IF </w:instrText></w:r>'
         '<w:r><w:fldChar w:fldCharType="begin"/></w:r><w:r><w:instrText>MERGEFIELD x</w:instrText></w:r>'
         '<w:r><w:fldChar w:fldCharType="separate"/></w:r><w:r><w:t>inner</w:t></w:r>'
         '<w:r><w:fldChar w:fldCharType="end"/></w:r><w:r><w:instrText> = 1 "yes" "no"</w:instrText></w:r>'
         '<w:r><w:fldChar w:fldCharType="separate"/></w:r><w:r><w:t>yes</w:t></w:r>'
         '<w:r><w:fldChar w:fldCharType="end"/></w:r></w:p>', "yes"),
        # a field with no cached result shows nothing
        ('<w:p><w:r><w:t>a</w:t></w:r><w:r><w:fldChar w:fldCharType="begin"/></w:r>'
         '<w:r><w:instrText>NUMPAGES</w:instrText></w:r><w:r><w:fldChar w:fldCharType="end"/></w:r>'
         "<w:r><w:t>b</w:t></w:r></w:p>", "ab"),
        # hidden text
        ("<w:p><w:r><w:t>shown</w:t></w:r><w:r><w:rPr><w:vanish/></w:rPr><w:t> hidden</w:t></w:r></w:p>",
         "shown"),
        ('<w:p><w:r><w:rPr><w:vanish w:val="0"/></w:rPr><w:t>not hidden</w:t></w:r></w:p>', "not hidden"),
        # alternate content: one branch only
        ('<w:p><mc:AlternateContent><mc:Choice Requires="w14"><w:r><w:t>choice</w:t></w:r></mc:Choice>'
         "<mc:Fallback><w:r><w:t>fallback</w:t></w:r></mc:Fallback></mc:AlternateContent></w:p>", "choice"),
        ('<w:p><mc:AlternateContent xmlns:zz="urn:unknown"><mc:Choice Requires="zz"><w:r><w:t>choice</w:t>'
         "</w:r></mc:Choice><mc:Fallback><w:r><w:t>fallback</w:t></w:r></mc:Fallback></mc:AlternateContent>"
         "</w:p>", "fallback"),
        # footnote reference contributes nothing
        ('<w:p><w:r><w:t>claim</w:t></w:r><w:r><w:footnoteReference w:id="1"/></w:r></w:p>', "claim"),
        # math: its text in reading order
        ("<w:p><w:r><w:t>x: </w:t></w:r><m:oMath><m:r><m:t>a+b</m:t></m:r></m:oMath></w:p>", "x: a+b"),
        # lastRenderedPageBreak and bookmarks are not text
        ('<w:p><w:bookmarkStart w:id="0" w:name="b"/><w:r><w:lastRenderedPageBreak/><w:t>z</w:t></w:r>'
         '<w:bookmarkEnd w:id="0"/></w:p>', "z"),
    ],
)
def test_paragraph_text(body: str, expected: str) -> None:
    assert text_of(body) == expected


def test_rejected_revisions_show_the_original() -> None:
    body = (
        '<w:p><w:r><w:t>keep</w:t></w:r><w:ins w:id="1"><w:r><w:t> new</w:t></w:r></w:ins>'
        '<w:del w:id="2"><w:r><w:delText> old</w:delText></w:r></w:del></w:p>'
    )
    assert text_of(body) == "keep new"
    assert text_of(body, revisions="reject") == "keep old"


def test_moves_are_read_once() -> None:
    body = (
        '<w:p><w:moveFrom w:id="1"><w:r><w:t>M</w:t></w:r></w:moveFrom><w:r><w:t>-</w:t></w:r>'
        '<w:moveTo w:id="2"><w:r><w:t>M</w:t></w:r></w:moveTo></w:p>'
    )
    assert text_of(body) == "-M"
    assert text_of(body, revisions="reject") == "M-"


def test_deleted_paragraph_mark_merges_paragraphs() -> None:
    body = (
        '<w:p><w:pPr><w:rPr><w:del w:id="1" w:author="a"/></w:rPr></w:pPr><w:r><w:t>first </w:t></w:r></w:p>'
        + p("second")
    )
    doc = docxsift.open(make_docx(body))
    assert [x.text for x in doc.paragraphs] == ["first second"]
    rejected = docxsift.open(make_docx(body), revisions="reject")
    assert [x.text for x in rejected.paragraphs] == ["first ", "second"]


def test_include_hidden_shows_vanished_text() -> None:
    body = "<w:p><w:r><w:t>a</w:t></w:r><w:r><w:rPr><w:vanish/></w:rPr><w:t>b</w:t></w:r></w:p>"
    assert text_of(body) == "a"
    assert text_of(body, include_hidden=True) == "ab"


def test_runs_cover_wrapped_runs_and_make_up_text() -> None:
    body = (
        "<w:p><w:r><w:t>a</w:t></w:r>"
        '<w:hyperlink w:anchor="x"><w:r><w:t>b</w:t></w:r></w:hyperlink>'
        '<w:ins w:id="1"><w:r><w:t>c</w:t></w:r></w:ins>'
        "<w:sdt><w:sdtContent><w:r><w:t>d</w:t></w:r></w:sdtContent></w:sdt>"
        '<w:r><w:fldChar w:fldCharType="begin"/></w:r><w:r><w:instrText>PAGE</w:instrText></w:r>'
        '<w:r><w:fldChar w:fldCharType="separate"/></w:r><w:r><w:t>e</w:t></w:r>'
        '<w:r><w:fldChar w:fldCharType="end"/></w:r></w:p>'
    )
    para = docxsift.open(make_docx(body)).paragraphs[0]
    assert [r.text for r in para.runs] == ["a", "b", "c", "d", "e"]
    assert "".join(r.text for r in para.runs) == para.text


def test_hyperlinks_external_internal_and_field() -> None:
    body = (
        '<w:p><w:hyperlink r:id="rIdX"><w:r><w:t>site</w:t></w:r></w:hyperlink>'
        '<w:r><w:t> and </w:t></w:r><w:hyperlink w:anchor="_Toc1"><w:r><w:t>section</w:t></w:r></w:hyperlink>'
        '<w:r><w:fldChar w:fldCharType="begin"/></w:r>'
        '<w:r><w:instrText xml:space="preserve"> HYPERLINK "https://field.example/" </w:instrText></w:r>'
        '<w:r><w:fldChar w:fldCharType="separate"/></w:r><w:r><w:t>field</w:t></w:r>'
        '<w:r><w:fldChar w:fldCharType="end"/></w:r></w:p>'
    )
    data = make_docx(body, document_rels=[("rIdX", f"{RT}/hyperlink", "https://example.com/", "External")])
    para = docxsift.open(data).paragraphs[0]
    assert para.text == "site and sectionfield"
    links = para.hyperlinks
    assert [(h.text, h.url, h.anchor) for h in links] == [
        ("site", "https://example.com/", None),
        ("section", None, "_Toc1"),
        ("field", "https://field.example/", None),
    ]
    assert para.runs[0].hyperlink is not None and para.runs[0].hyperlink.url == "https://example.com/"
    assert para.runs[1].hyperlink is None


def test_text_boxes_read_once_after_their_anchor() -> None:
    txbx = "<w:txbxContent>" + p("in the box") + "</w:txbxContent>"
    body = (
        "<w:p><w:r><w:t>anchor</w:t></w:r><w:r><mc:AlternateContent>"
        '<mc:Choice Requires="wps"><w:drawing><wp:anchor><a:graphic><a:graphicData>'
        f"<wps:wsp><wps:txbx>{txbx}</wps:txbx></wps:wsp></a:graphicData></a:graphic></wp:anchor>"
        "</w:drawing></mc:Choice>"
        f"<mc:Fallback><w:pict><v:shape><v:textbox>{txbx}</v:textbox></v:shape></w:pict></mc:Fallback>"
        "</mc:AlternateContent></w:r></w:p>" + p("after")
    )
    doc = docxsift.open(make_docx(body))
    assert [x.text for x in doc.paragraphs] == ["anchor", "after"]
    assert [x.text for x in doc.iter_paragraphs()] == ["anchor", "in the box", "after"]
    assert doc.text == "anchor\nin the box\nafter"


def test_vml_text_box_without_alternate_content() -> None:
    body = (
        "<w:p><w:r><w:pict><v:shape><v:textbox><w:txbxContent>"
        + p("vml box")
        + "</w:txbxContent></v:textbox></v:shape></w:pict></w:r></w:p>"
    )
    doc = docxsift.open(make_docx(body))
    assert doc.text == "\nvml box"


def test_block_level_content_controls_and_custom_xml() -> None:
    body = (
        "<w:sdt><w:sdtPr/><w:sdtContent>" + p("in block sdt")
        + "<w:tbl><w:tr><w:tc>" + p("cell") + "</w:tc></w:tr></w:tbl></w:sdtContent></w:sdt>"
        + '<w:customXml w:element="x">' + p("in customXml") + "</w:customXml>"
    )
    doc = docxsift.open(make_docx(body))
    assert [type(b).__name__ for b in doc.blocks] == ["Paragraph", "Table", "Paragraph"]
    assert doc.text == "in block sdt\ncell\nin customXml"


def test_paragraph_properties_style_alignment_heading() -> None:
    styles = (
        '<w:style w:type="paragraph" w:styleId="Heading1"><w:name w:val="heading 1"/></w:style>'
        '<w:style w:type="paragraph" w:styleId="My"><w:name w:val="Mine"/><w:basedOn w:val="Heading1"/></w:style>'
    )
    body = (
        p("h", ppr='<w:pStyle w:val="Heading1"/><w:jc w:val="center"/>')
        + p("derived", ppr='<w:pStyle w:val="My"/>')
        + p("outline", ppr='<w:outlineLvl w:val="2"/>')
        + p("body")
    )
    doc = docxsift.open(make_docx(body, styles=styles))
    paras = doc.paragraphs
    assert paras[0].style is not None and paras[0].style.name == "Heading 1"
    assert paras[0].alignment == "center"
    assert [x.heading_level for x in paras] == [1, 1, 3, None]
    assert paras[3].alignment is None


def test_footnote_and_comment_ids() -> None:
    body = (
        '<w:p><w:commentRangeStart w:id="5"/><w:r><w:t>text</w:t></w:r><w:commentRangeEnd w:id="5"/>'
        '<w:r><w:commentReference w:id="5"/></w:r><w:r><w:footnoteReference w:id="2"/></w:r></w:p>'
    )
    para = docxsift.open(make_docx(body)).paragraphs[0]
    assert para.text == "text"
    assert para.footnote_ids == ["2"]
    assert para.comment_ids == ["5"]


def test_invalid_utf8_and_nul_become_valid_text() -> None:
    raw = (
        b'<?xml version="1.0"?><w:document xmlns:w="http://schemas.openxmlformats.org/'
        b'wordprocessingml/2006/main"><w:body><w:p><w:r><w:t>a\xff\xfeb&#0;c</w:t></w:r></w:p>'
        b"</w:body></w:document>"
    )
    doc = docxsift.open(make_docx(extra={"word/document.xml": raw}))
    text = doc.text
    assert text.startswith("a") and text.endswith("b\ufffdc")
    text.encode("utf-8")  # always valid
    assert "\x00" not in text


def test_repr_is_short_and_informative() -> None:
    doc = docxsift.open(make_docx(p("一、总体要求" * 20)))
    r = repr(doc.paragraphs[0])
    assert r.startswith("<Paragraph doc.paragraphs[0] ") and "一、总体要求" in r and len(r) < 200
    assert repr(doc).startswith("<Document paragraphs=1")


def test_text_hidden_through_a_style_is_not_shown() -> None:
    styles = (
        '<w:style w:type="character" w:styleId="Secret"><w:name w:val="Secret"/>'
        "<w:rPr><w:vanish/></w:rPr></w:style>"
        '<w:style w:type="paragraph" w:styleId="HiddenPara"><w:name w:val="Hidden para"/>'
        "<w:rPr><w:vanish/></w:rPr></w:style>"
    )
    body = (
        '<w:p><w:r><w:t>a</w:t></w:r><w:r><w:rPr><w:rStyle w:val="Secret"/></w:rPr><w:t>b</w:t></w:r>'
        '<w:r><w:rPr><w:rStyle w:val="Secret"/><w:vanish w:val="0"/></w:rPr><w:t>c</w:t></w:r></w:p>'
        + p("hidden by paragraph style", ppr='<w:pStyle w:val="HiddenPara"/>')
    )
    doc = docxsift.open(make_docx(body, styles=styles))
    assert [x.text for x in doc.paragraphs] == ["ac", ""]
    shown = docxsift.open(make_docx(body, styles=styles), include_hidden=True)
    assert [x.text for x in shown.paragraphs] == ["abc", "hidden by paragraph style"]


def test_tracked_cell_deletion_and_emptied_paragraphs() -> None:
    table = (
        "<w:tbl><w:tr><w:tc>" + p("a") + "</w:tc><w:tc><w:tcPr><w:cellDel/></w:tcPr>" + p("gone")
        + "</w:tc></w:tr></w:tbl>"
    )
    emptied = (
        '<w:p><w:pPr><w:rPr><w:ins w:id="1"/></w:rPr></w:pPr><w:ins w:id="2"><w:r><w:t>new</w:t></w:r>'
        "</w:ins></w:p>"
    )
    body = emptied + table + p("end")
    accepted = docxsift.open(make_docx(body))
    assert accepted.text == "new\na\nend"
    rejected = docxsift.open(make_docx(body), revisions="reject")
    # The inserted paragraph loses its text and its mark: nothing of it is left.
    assert rejected.text == "a\tgone\nend"


def test_repr_names_the_position_and_the_style_name_users_see() -> None:
    styles = (
        '<w:style w:type="paragraph" w:default="1" w:styleId="Normal"><w:name w:val="Normal"/></w:style>'
        '<w:style w:type="paragraph" w:styleId="Heading1"><w:name w:val="heading 1"/></w:style>'
    )
    txbx = "<w:txbxContent>" + p("boxed") + "</w:txbxContent>"
    box = (
        "<w:p><w:r><w:t>anchor</w:t></w:r><w:r><w:drawing><wp:anchor><a:graphic><a:graphicData>"
        f"<wps:wsp><wps:txbx>{txbx}</wps:txbx></wps:wsp></a:graphicData></a:graphic></wp:anchor>"
        "</w:drawing></w:r></w:p>"
    )
    table = "<w:tbl><w:tblGrid><w:gridCol/></w:tblGrid><w:tr><w:tc>" + p("cell") + "</w:tc></w:tr></w:tbl>"
    body = p("Intro") + table + p("一、总则", ppr='<w:pStyle w:val="Heading1"/>') + box
    doc = docxsift.open(make_docx(body, styles=styles, headers={"rId9": p("top")},
                                  sect='<w:sectPr><w:headerReference w:type="default" r:id="rId9"/></w:sectPr>'))
    heading = doc.paragraphs[1]
    assert heading.style.name == "Heading 1"
    assert repr(heading) == "<Paragraph doc.paragraphs[1] style='Heading 1' text='一、总则'>"
    assert repr(doc.paragraphs[0]) == "<Paragraph doc.paragraphs[0] style='Normal' text='Intro'>"
    cell = doc.tables[0].cell(0, 0).paragraphs[0]
    assert repr(cell) == "<Paragraph in a table of the body style='Normal' text='cell'>"
    boxed = next(x for x in doc.iter_paragraphs() if x.text == "boxed")
    assert repr(boxed) == "<Paragraph in a text box of the body style='Normal' text='boxed'>"
    top = doc.sections[0].header.paragraphs[0]
    assert repr(top) == "<Paragraph header paragraphs[0] style='Normal' text='top'>"
