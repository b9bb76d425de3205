"""Writes fuzzing seeds from the unit-test builder's documents.

    python tests/fuzz/make_seeds.py OUT_DIR

OUT_DIR/package/ gets whole .docx packages (for fuzz_package),
OUT_DIR/document_xml/ the document.xml of each (for fuzz_document_xml) and
OUT_DIR/doc/ legacy .doc files from doc_builder (for fuzz_doc).
"""

from __future__ import annotations

import io
import sys
import zipfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "python"))

import doc_builder as db
from docx_builder import PNG, chart_run, chart_xml, inline_picture, make_docx, p, vml_picture

MATH = (
    "<w:p><w:r><w:t xml:space=\"preserve\">Let </w:t></w:r><m:oMath>"
    "<m:f><m:num><m:r><m:t>a</m:t></m:r></m:num><m:den><m:r><m:t>b</m:t></m:r></m:den></m:f>"
    "<m:sSup><m:e><m:r><m:t>x</m:t></m:r></m:e><m:sup><m:r><m:t>2</m:t></m:r></m:sup></m:sSup>"
    '<m:nary><m:naryPr><m:chr m:val="\u2211"/></m:naryPr><m:sub><m:r><m:t>i</m:t></m:r></m:sub><m:sup/>'
    "<m:e><m:d><m:e><m:r><w:rPr><w:vanish/></w:rPr><m:t>h</m:t></m:r></m:e></m:d></m:e></m:nary>"
    '<w:ins w:id="1"><m:r><m:t>+c</m:t></m:r></w:ins><w:del w:id="2"><m:r><w:delText>-d</w:delText></m:r></w:del>'
    '<mc:AlternateContent><mc:Choice Requires="w14"><m:r><m:t>y</m:t></m:r></mc:Choice>'
    "<mc:Fallback><m:r><m:t>z</m:t></m:r></mc:Fallback></mc:AlternateContent>"
    "</m:oMath><w:r><w:t>.</w:t></w:r></w:p>"
    "<w:p><m:oMathPara><m:oMath><m:eqArr><m:e><m:r><m:t>a&amp;=1</m:t></m:r></m:e>"
    "<m:e><m:m><m:mr><m:e><m:r><m:t>1</m:t></m:r></m:e></m:mr></m:m></m:e></m:eqArr>"
    "<m:func><m:fName><m:r><m:t>sin</m:t></m:r></m:fName><m:e><m:r><m:t>x</m:t></m:r></m:e></m:func>"
    "</m:oMath></m:oMathPara></w:p>"
)

# Relationship ids as fuzz_document_xml.cpp's package resolves them.
OBJECT_RELS: list[tuple[str, ...]] = [
    ("rId10", "image", "media/image1.png"),
    ("rId11", "image", "http://example.invalid/a.png", "External"),
    ("rId12", "oleObject", "embeddings/oleObject1.bin"),
    ("rId13", "oleObject", "file:///C:/x.docx", "External"),
    ("rId14", "aFChunk", "afchunk.html"),
    ("rId20", "chart", "charts/chart1.xml"),
]
OBJECT_PARTS: dict[str, bytes | str] = {
    "word/media/image1.png": PNG,
    "word/embeddings/oleObject1.bin": b"\xd0\xcf\x11\xe0",
    "word/afchunk.html": "<html><body>chunk</body></html>",
    "word/charts/chart1.xml": chart_xml("T", ["S"]),
}
OBJECT_TYPES = {"png": "image/png", "bin": "application/vnd.openxmlformats-officedocument.oleObject", "html": "text/html"}

PICTURES = (
    p("pic", inline_picture("rId10", descr="alt"), inline_picture(None, link="rId11"))
    + p(vml_picture("rId10", alt="v"), chart_run("rId20"))
    + p(
        '<w:r><w:object><v:shape style="width:10pt;height:10pt"><v:imagedata r:id="rId10"/></v:shape>'
        '<o:OLEObject Type="Embed" ProgID="Equation.3" r:id="rId12"/></w:object></w:r>'
        '<w:r><w:object><w:objectEmbed r:id="rId12" w:progId="Excel.Sheet.12"/>'
        '<w:objectLink r:id="rId13" w:updateMode="always"/></w:object></w:r>'
    )
    + '<w:altChunk r:id="rId14"/>'
)

SNIPPETS = [
    p("plain"),
    "<w:p><w:r><w:t>a</w:t><w:tab/><w:br/><w:cr/><w:noBreakHyphen/><w:softHyphen/>"
    '<w:sym w:font="Symbol" w:char="F061"/></w:r></w:p>',
    '<w:p><w:hyperlink r:id="rId9" w:anchor="x"><w:r><w:t>link</w:t></w:r></w:hyperlink></w:p>',
    '<w:p><w:ins w:id="1"><w:r><w:t>i</w:t></w:r></w:ins><w:del w:id="2"><w:r><w:delText>d</w:delText>'
    "</w:r></w:del></w:p>",
    '<w:p><w:pPr><w:rPr><w:del w:id="1"/></w:rPr></w:pPr><w:r><w:t>x</w:t></w:r></w:p>' + p("y"),
    '<w:p><w:r><w:fldChar w:fldCharType="begin"/><w:instrText>HYPERLINK "u" \\l "a"</w:instrText>'
    '<w:fldChar w:fldCharType="separate"/><w:t>r</w:t><w:fldChar w:fldCharType="end"/></w:r></w:p>',
    '<w:p><w:fldSimple w:instr="PAGE"><w:r><w:t>1</w:t></w:r></w:fldSimple></w:p>',
    "<w:sdt><w:sdtPr/><w:sdtContent>" + p("s") + "</w:sdtContent></w:sdt>",
    '<w:tbl><w:tblGrid><w:gridCol/><w:gridCol/></w:tblGrid><w:tr><w:trPr><w:gridBefore w:val="1"/></w:trPr>'
    '<w:tc><w:tcPr><w:vMerge w:val="restart"/></w:tcPr>' + p("c") + "</w:tc></w:tr><w:tr><w:tc><w:tcPr>"
    '<w:gridSpan w:val="2"/><w:vMerge/></w:tcPr>' + p("d") + "</w:tc></w:tr></w:tbl>",
    '<w:p><w:r><mc:AlternateContent><mc:Choice Requires="wps"><w:drawing><wps:txbx><w:txbxContent>'
    + p("box") + "</w:txbxContent></wps:txbx></w:drawing></mc:Choice><mc:Fallback><w:pict><v:textbox>"
    "<w:txbxContent>" + p("box") + "</w:txbxContent></v:textbox></w:pict></mc:Fallback>"
    "</mc:AlternateContent></w:r></w:p>",
    '<w:p><w:r><w:rPr><w:vanish/><w:b/><w:rFonts w:ascii="Symbol"/></w:rPr><w:t>\uf0b7</w:t></w:r></w:p>',
    "<w:p><m:oMath><m:r><m:t>x</m:t></m:r></m:oMath></w:p>",
    MATH,
    PICTURES,
    '<w:p><w:r><w:footnoteReference w:id="1"/><w:commentReference w:id="0"/></w:r></w:p>',
    '<w:p><w:pPr><w:pStyle w:val="Heading1"/><w:numPr><w:ilvl w:val="0"/><w:numId w:val="1"/></w:numPr>'
    '<w:outlineLvl w:val="1"/><w:sectPr><w:headerReference w:type="default" r:id="rIdH"/></w:sectPr>'
    "</w:pPr></w:p>",
]


def doc_seeds() -> list[bytes]:
    """.doc files covering each reader of the doc stage."""
    cell = db.P(pap=db.IN_TABLE, mark="\x07")
    row_end = db.P(pap=db.IN_TABLE + db.TTP, mark="\x07")
    styles = [db.Style("Normal", sti=0), db.Style("heading 1", sti=1, base=0, chp=db.BOLD),
              db.Style("Level 2", base=0, pap=db.outline_level(1))]
    return [
        db.make_doc(["Hello ", db.R("bold", chp=db.BOLD + db.size(28) + db.font(1)), db.P()], title="T", author="A",
                    created=133_000_000_000_000_000),
        db.make_doc([db.R("中文", codec="gbk"), db.P(), db.R("繁體", codec="big5"), db.P()], lid=0x0804, fast_saved=True),
        db.make_doc(["a", cell, "b", cell, row_end, "c", cell, "d", cell, row_end, "x", db.P()]),
        db.make_doc(["f\x13 HYPERLINK \"http://x\" \x14link\x15", db.FN("note"), db.EN("end"),
                     db.ANN("Ann", "comment"), db.P(), db.SECT(), "two", db.P()],
                    headers=[{"header": ["h", db.P()], "footer": ["f", db.P()]}, {"header": ["h2", db.P()]}]),
        db.make_doc(["Title", db.P(istd=1), "Sub", db.P(istd=2), db.R("hid", chp=db.VANISH), db.P()], styles=styles),
    ]


def main(out: Path) -> None:
    (out / "doc").mkdir(parents=True, exist_ok=True)
    for i, data in enumerate(doc_seeds()):
        (out / "doc" / f"seed{i:02d}.doc").write_bytes(data)
    (out / "package").mkdir(parents=True, exist_ok=True)
    (out / "document_xml").mkdir(parents=True, exist_ok=True)
    for i, snippet in enumerate(SNIPPETS):
        data = make_docx(
            snippet,
            styles='<w:style w:type="paragraph" w:styleId="Heading1"><w:name w:val="heading 1"/>'
            '<w:basedOn w:val="Heading1"/><w:rPr><w:b/></w:rPr></w:style>',
            footnotes='<w:footnote w:id="1">' + p("note") + "</w:footnote>",
            document_rels=OBJECT_RELS,
            content_types=OBJECT_TYPES,
            extra=OBJECT_PARTS,
        )
        (out / "package" / f"seed{i:02d}.docx").write_bytes(data)
        with zipfile.ZipFile(io.BytesIO(data)) as archive:
            xml = archive.read("word/document.xml")
            styles = archive.read("word/styles.xml")
        (out / "document_xml" / f"seed{i:02d}.xml").write_bytes(xml + b"\0" + styles)


if __name__ == "__main__":
    main(Path(sys.argv[1]))
