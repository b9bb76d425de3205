"""Generated documents: nothing a snippet holds may crash docxsift.

Hypothesis builds bodies from WordprocessingML building blocks (valid or
not, nested arbitrarily) and arbitrary text; every one must either open and
render, or raise a DocxError.
"""

from __future__ import annotations

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import docxsift
from docx_builder import make_docx

LEAVES = [
    "<w:t>{t}</w:t>", '<w:t xml:space="preserve"> {t} </w:t>', "<w:tab/>", "<w:br/>", "<w:cr/>",
    "<w:noBreakHyphen/>", "<w:softHyphen/>", '<w:sym w:font="Symbol" w:char="F0{h}"/>',
    "<w:delText>{t}</w:delText>", "<w:instrText>{t}</w:instrText>",
    '<w:fldChar w:fldCharType="begin"/>', '<w:fldChar w:fldCharType="separate"/>',
    '<w:fldChar w:fldCharType="end"/>', '<w:footnoteReference w:id="{h}"/>',
    '<w:commentRangeStart w:id="{h}"/>', "<m:t>{t}</m:t>",
]
WRAPPERS = [
    ("<w:p>", "</w:p>"), ("<w:r>", "</w:r>"), ("<w:r><w:rPr><w:vanish/><w:b/></w:rPr>", "</w:r>"),
    ('<w:hyperlink w:anchor="a">', "</w:hyperlink>"), ('<w:ins w:id="1">', "</w:ins>"),
    ('<w:del w:id="2">', "</w:del>"), ("<w:sdt><w:sdtContent>", "</w:sdtContent></w:sdt>"),
    ('<w:fldSimple w:instr="PAGE">', "</w:fldSimple>"), ("<w:tbl>", "</w:tbl>"), ("<w:tr>", "</w:tr>"),
    ("<w:tc>", "</w:tc>"), ('<w:tc><w:tcPr><w:gridSpan w:val="{n}"/><w:vMerge/></w:tcPr>', "</w:tc>"),
    ("<w:txbxContent>", "</w:txbxContent>"),
    ('<mc:AlternateContent><mc:Choice Requires="wps">', "</mc:Choice></mc:AlternateContent>"),
    ("<mc:Fallback>", "</mc:Fallback>"), ("<w:smartTag>", "</w:smartTag>"),
    ('<w:p><w:pPr><w:rPr><w:del w:id="3"/></w:rPr></w:pPr>', "</w:p>"),
    ('<w:tr><w:trPr><w:gridBefore w:val="{n}"/></w:trPr>', "</w:tr>"),
    ("<m:oMath><m:r>", "</m:r></m:oMath>"),
]

text = st.text(
    alphabet=st.characters(blacklist_categories=("Cs",), blacklist_characters="<>&\x00"), max_size=12
)


def render(template: str, t: str, n: int) -> str:
    return template.replace("{t}", t).replace("{h}", f"{n % 256:02X}").replace("{n}", str(n % 70000))


@st.composite
def xml_body(draw: st.DrawFn, depth: int = 0) -> str:
    parts = []
    for _ in range(draw(st.integers(0, 4))):
        n = draw(st.integers(0, 2**32))
        if depth < 6 and draw(st.booleans()):
            open_tag, close_tag = draw(st.sampled_from(WRAPPERS))
            parts.append(render(open_tag, "", n) + draw(xml_body(depth + 1)) + close_tag)
        else:
            parts.append(render(draw(st.sampled_from(LEAVES)), draw(text), n))
    return "".join(parts)


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(body=xml_body(), reject=st.booleans(), hidden=st.booleans())
def test_generated_documents_never_crash(body: str, reject: bool, hidden: bool) -> None:
    data = make_docx(body)
    try:
        doc = docxsift.open(data, revisions="reject" if reject else "accept", include_hidden=hidden)
    except docxsift.DocxError:
        return
    doc.text.encode("utf-8")
    for para in doc.iter_paragraphs():
        assert "".join(r.text for r in para.runs) == para.text
        assert isinstance((para.hyperlinks, para.footnote_ids, para.comment_ids, para.style), tuple)
        assert para.heading_level is None or 1 <= para.heading_level <= 9
    for table in doc.tables:
        table.to_list()
        for row in table.rows:
            [c.text for c in row.cells if c is not None]
    for section in doc.sections:
        assert isinstance(section.header.text + section.footer.text, str)


@settings(max_examples=200, deadline=None)
@given(raw=st.binary(max_size=400))
def test_arbitrary_bytes_as_document_xml(raw: bytes) -> None:
    data = make_docx(extra={"word/document.xml": raw})
    try:
        docxsift.open(data).text.encode("utf-8")
    except docxsift.DocxError:
        pass


@settings(max_examples=200, deadline=None)
@given(raw=st.binary(max_size=600))
def test_arbitrary_bytes_as_package(raw: bytes) -> None:
    try:
        assert isinstance(docxsift.open(b"PK\x03\x04" + raw).text, str)
    except docxsift.DocxError:
        pass
