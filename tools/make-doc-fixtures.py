"""Writes tests/data/doc/: real Word 97-2003 `.doc` files saved by LibreOffice.

    .venv/bin/python tools/make-doc-fixtures.py [--out tests/data/doc] [--src build/doc-fixtures]

Each fixture starts as a `.docx` that this program builds (from the example
generators in examples/ and the test builder tests/python/docx_builder.py;
never from corpus files), which `soffice --headless --convert-to` saves as
`.doc` with LibreOffice's "MS Word 97" filter (one as a `.dot` with "MS Word
97 Vorlage", and one with a password through python3-uno, since
`--convert-to` ignores EncryptionPassword in 7.4). Beside each `.doc`:
  NAME.txt          the expected Document.text: docxsift's text of the source
                    .docx, the same characters the .doc holds (README.md lists
                    where LibreOffice's conversion changes something, and the
                    ADJUST table below applies it)
  NAME.expect.json  structural expectations read from the source .docx
                    (tables, notes, comments, header/footer text, title,
                    headings with levels, list labels)
LibreOffice's own text export of each .doc is written to --src as NAME.lo.txt,
to compare by eye (`diff`) with NAME.txt.

Needs soffice (Debian: libreoffice-writer-nogui) and, for the encrypted
fixture, python3-uno for /usr/bin/python3. `long_docx()` builds the large
document benchmarks/bench_doc.py converts at benchmark time (not committed).
"""

from __future__ import annotations

import argparse
import importlib.util
import json
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path
from types import ModuleType
from typing import Any
from xml.sax.saxutils import escape

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "tests" / "python"))
sys.path.insert(0, str(ROOT / "benchmarks"))

import soffice  # noqa: E402

from docx_builder import make_docx, p  # noqa: E402


def _load(name: str, path: Path) -> ModuleType:
    spec = importlib.util.spec_from_file_location(name, path)
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


notice = _load("make_gongwen_notice", ROOT / "examples" / "make_gongwen_notice.py")
lists = _load("make_gongwen_lists", ROOT / "examples" / "make_gongwen_lists.py")

PASSWORD = "docxsift"


# ---------------------------------------------------------------- source documents


def r(text: str, rpr: str = "") -> str:
    return f'<w:r>{f"<w:rPr>{rpr}</w:rPr>" if rpr else ""}<w:t xml:space="preserve">{escape(text)}</w:t></w:r>'


def styled(style: str, *runs: str) -> str:
    return p(*runs, ppr=f'<w:pStyle w:val="{style}"/>')


def field(instruction: str, result: str) -> str:
    return (
        '<w:r><w:fldChar w:fldCharType="begin"/></w:r>'
        f'<w:r><w:instrText xml:space="preserve"> {instruction} </w:instrText></w:r>'
        '<w:r><w:fldChar w:fldCharType="separate"/></w:r>'
        + r(result)
        + '<w:r><w:fldChar w:fldCharType="end"/></w:r>'
    )


def table(rows: list[list[str]], widths: int = 2000) -> str:
    """A grid table; a cell is plain text, or raw XML (starting with "<") for its content."""
    cols = max(len(row) for row in rows)
    grid = "".join(f'<w:gridCol w:w="{widths}"/>' for _ in range(cols))
    trs = "".join(
        "<w:tr>"
        + "".join(
            f'<w:tc><w:tcPr><w:tcW w:w="{widths}" w:type="dxa"/></w:tcPr>'
            f"{c if c.startswith('<') else p(escape(c))}</w:tc>"
            for c in row
        )
        + "</w:tr>"
        for row in rows
    )
    return (
        '<w:tbl><w:tblPr><w:tblStyle w:val="TableGrid"/><w:tblW w:w="0" w:type="auto"/></w:tblPr>'
        f"<w:tblGrid>{grid}</w:tblGrid>{trs}</w:tbl>"
    )


def heading_styles(east_asia: str = "") -> str:
    font = f'<w:rPr><w:rFonts w:eastAsia="{east_asia}"/></w:rPr>' if east_asia else ""
    return (
        '<w:style w:type="paragraph" w:default="1" w:styleId="Normal"><w:name w:val="Normal"/></w:style>'
        + "".join(
            f'<w:style w:type="paragraph" w:styleId="Heading{n}"><w:name w:val="heading {n}"/>'
            f'<w:basedOn w:val="Normal"/><w:pPr><w:outlineLvl w:val="{n - 1}"/></w:pPr>{font}</w:style>'
            for n in (1, 2)
        )
        + '<w:style w:type="paragraph" w:styleId="Title"><w:name w:val="Title"/></w:style>'
        '<w:style w:type="table" w:styleId="TableGrid"><w:name w:val="Table Grid"/></w:style>'
    )


def core(title: str, author: str) -> str:
    return (
        f"<dc:title>{escape(title)}</dc:title><dc:creator>{escape(author)}</dc:creator>"
        '<dcterms:created xsi:type="dcterms:W3CDTF">2026-11-20T08:00:00Z</dcterms:created>'
    )


def english_report() -> bytes:
    """Headings, bold/italic runs, a hyperlink, a field, a table, header/footer, an
    endnote, a text box and hidden text."""
    textbox = (
        '<w:r><w:pict><v:shape id="box1" style="width:150pt;height:40pt" type="#_x0000_t202">'
        "<v:textbox><w:txbxContent>"
        + p("Text in a box.")
        + "</w:txbxContent></v:textbox></v:shape></w:pict></w:r>"
    )
    body = "".join(
        [
            styled("Title", r("Quarterly Report")),
            styled("Heading1", r("1 Introduction")),
            p(
                r("This report has "),
                r("bold", "<w:b/>"),
                r(", "),
                r("italic", "<w:i/>"),
                r(" and "),
                r("bold italic", "<w:b/><w:i/>"),
                r(" runs."),
            ),
            p(
                r("See the "),
                '<w:hyperlink r:id="rIdLink">' + r("project site") + "</w:hyperlink>",
                r("."),
            ),
            p(r("Prepared by "), field("AUTHOR", "Docxsift Tests"), r(".")),
            styled("Heading2", r("1.1 Figures")),
            table([["Quarter", "Revenue", "Cost"], ["Q1", "120", "80"], ["Q2", "150", "95"]]),
            p(r("Visible "), r("hidden ", "<w:vanish/>"), r("text.")),
            p(r("A claim that needs a source."), '<w:r><w:endnoteReference w:id="1"/></w:r>'),
            p(r("Anchor of a text box."), textbox),
            styled("Heading1", r("2 Conclusion")),
            p(r("Costs grew slower than revenue.")),
        ]
    )
    sect = (
        '<w:sectPr><w:headerReference w:type="default" r:id="rIdH1"/>'
        '<w:footerReference w:type="default" r:id="rIdF1"/></w:sectPr>'
    )
    return make_docx(
        body,
        sect=sect,
        styles=heading_styles(),
        headers={"rIdH1": p(r("Quarterly Report, Example Ltd"))},
        footers={"rIdF1": p(r("Page "), field("PAGE", "1"))},
        endnotes=(
            '<w:endnote w:type="separator" w:id="-1"><w:p><w:r><w:separator/></w:r></w:p></w:endnote>'
            '<w:endnote w:type="continuationSeparator" w:id="0"><w:p><w:r><w:continuationSeparator/></w:r></w:p></w:endnote>'
            '<w:endnote w:id="1">'
            + p("<w:r><w:endnoteRef/></w:r>", r(" Annual accounts, 2025."))
            + "</w:endnote>"
        ),
        document_rels=[("rIdLink", "hyperlink", "https://example.com/project", "External")],
        core=core("Quarterly Report", "Docxsift Tests"),
    )


def traditional_chinese() -> bytes:
    """Traditional Chinese (Taiwan) text: a heading, body, a table and a footnote."""
    lang = '<w:rFonts w:eastAsia="新細明體"/><w:lang w:eastAsia="zh-TW"/>'
    body = "".join(
        [
            styled("Heading1", r("壹、計畫緣起", lang)),
            p(
                r("臺灣的數位轉型計畫，著重於資訊安全與個人資料保護。", lang),
                '<w:r><w:footnoteReference w:id="1"/></w:r>',
            ),
            p(r("繁體中文文件常以「標楷體」排版，並使用全形標點：，。；：「」『』？！", lang)),
            styled("Heading2", r("一、執行項目", lang)),
            table(
                [
                    ["項目", "負責單位", "期程"],
                    ["系統建置", "資訊處", "一一五年"],
                    ["教育訓練", "人事室", "一一六年"],
                ]
            ),
            p(r("以上報告，敬請鑒核。", lang)),
        ]
    )
    return make_docx(
        body,
        styles=heading_styles("標楷體"),
        footnotes=(
            '<w:footnote w:type="separator" w:id="-1"><w:p><w:r><w:separator/></w:r></w:p></w:footnote>'
            '<w:footnote w:type="continuationSeparator" w:id="0"><w:p><w:r><w:continuationSeparator/></w:r></w:p></w:footnote>'
            '<w:footnote w:id="1">'
            + p("<w:r><w:footnoteRef/></w:r>", r(" 依據《個人資料保護法》。", lang))
            + "</w:footnote>"
        ),
        core=core("數位轉型計畫報告", "資訊處"),
    )


def structure() -> bytes:
    """Tabs, line breaks, a page break, a section break, a nested table, symbols and
    special hyphens: the special characters of the MS-DOC text stream."""
    nested = table([["inner a", "inner b"], ["inner c", "inner d"]], widths=1200)
    body = "".join(
        [
            p(r("Tabs:"), "<w:r><w:tab/></w:r>", r("one"), "<w:r><w:tab/></w:r>", r("two")),
            p(r("First line"), "<w:r><w:br/></w:r>", r("second line of the same paragraph")),
            p(r("Before a page break.")),
            p('<w:r><w:br w:type="page"/></w:r>', r("After the page break.")),
            p(r("End of section one."), ppr="<w:sectPr/>"),
            p(r("Section two starts here.")),
            table([["outer 1", p("holds a table:") + nested + p("")], ["outer 2", "outer 3"]]),
            p(r("Symbols: © ® ™ € £ ¥ § ¶ ° ± × ÷ → ≤ ≥ ∞ — – … “quoted” ‘single’")),
            p(r("Greek αβγ, Cyrillic Жж, Japanese かなカナ, Korean 한국어, emoji 😀.")),
            p(
                r("soft"),
                "<w:r><w:softHyphen/></w:r>",
                r("hyphen and non"),
                "<w:r><w:noBreakHyphen/></w:r>",
                r("breaking hyphen."),
            ),
            p(""),
            p(r("After an empty paragraph.")),
        ]
    )
    return make_docx(body, styles=heading_styles(), core=core("Structure test", "Docxsift Tests"))


def via_file(write: Any) -> bytes:
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "x.docx"
        write(path)
        return path.read_bytes()


# name -> (source .docx bytes, LibreOffice filter, extension of the saved file)
SOURCES: dict[str, tuple[Any, str, str]] = {
    "gongwen_notice": (lambda: via_file(notice.write), soffice.TO_DOC, "doc"),
    "gongwen_lists": (lambda: via_file(lists.write), soffice.TO_DOC, "doc"),
    "english_report": (english_report, soffice.TO_DOC, "doc"),
    "traditional_chinese": (traditional_chinese, soffice.TO_DOC, "doc"),
    "structure": (structure, soffice.TO_DOC, "doc"),
    "gongwen_notice_template": (lambda: via_file(notice.write), "dot:MS Word 97 Vorlage", "dot"),
}
ENCRYPTED = "encrypted"  # english_report with PASSWORD, EncryptedError expected


def long_docx(mb: float = 2.0) -> bytes:
    """About `mb` MB of body text (UTF-8): Chinese and English paragraphs, headings
    every 50 paragraphs and a small table every 200, for the speed benchmark."""
    zh = "为深入贯彻落实安全生产工作部署，切实防范化解重大安全风险，经市政府同意，现就有关事项通知如下。"
    en = "The quick brown fox jumps over the lazy dog while the committee reviews the quarterly figures. "
    parts, size, i = [], 0, 0
    while size < mb * 1_000_000:
        if i % 50 == 0:
            parts.append(styled("Heading1", r(f"第{i // 50 + 1}部分 Part {i // 50 + 1}")))
        if i % 200 == 199:
            parts.append(table([["序号", "内容", "时限"], [str(i), "风险排查", "2026年12月"]]))
        text = (zh * 3) if i % 2 else (en * 3)
        parts.append(p(r(text)))
        size += len(text.encode())
        i += 1
    return make_docx("".join(parts), styles=heading_styles())


# ---------------------------------------------------------------- expectations


def expectations(doc: Any) -> dict[str, Any]:
    """What the test checks beyond the text, read from the source .docx."""
    return {
        "paragraphs": len(doc.paragraphs),
        "tables": [t.to_list() for t in doc.tables],
        "footnotes": [n.text for n in doc.footnotes],
        "endnotes": [n.text for n in doc.endnotes],
        "comments": [c.text for c in doc.comments],
        "headers": sorted({s.header.text for s in doc.sections if s.header and s.header.text}),
        "footers": sorted({s.footer.text for s in doc.sections if s.footer and s.footer.text}),
        "title": doc.core_properties.title,
        "headings": [[q.heading_level, q.text] for q in doc.iter_paragraphs() if q.heading_level],
        "list_labels": [[q.list_label, q.text] for q in doc.iter_paragraphs() if q.list_label],
    }


# Where the .doc LibreOffice writes differs from the .docx it read, as
# (fixtures, key, what the .docx gives, what the .doc holds): in a string the
# first is replaced by the second, in a list the element equal to it. Found by
# comparing each .doc's bytes and LibreOffice's text export with the .docx;
# tests/data/doc/README.md says why for each.
ADJUST: list[tuple[tuple[str, ...], str, str, str]] = [
    # A page break that starts a paragraph is saved as "page break before"
    # (sprmPFPageBreakBefore), not as a 0x0C character: no line for it.
    (("structure",), "text", "Before a page break.\n\nAfter", "Before a page break.\nAfter"),
    # LibreOffice updates NUMPAGES when it saves: the notice fits on one page.
    (("gongwen_notice", "gongwen_notice_template"), "footers", "— 1 —（共2页）", "— 1 —（共1页）"),
]


def adjusted(name: str, key: str, value: Any) -> Any:
    for fixtures, k, before, after in ADJUST:
        if name not in fixtures or k != key:
            continue
        if isinstance(value, str):
            if before not in value:
                raise SystemExit(f"{name}: {key} no longer holds {before!r}; review ADJUST")
            value = value.replace(before, after)
        else:
            if before not in value:
                raise SystemExit(f"{name}: {key} no longer holds {before!r}; review ADJUST")
            value = [after if v == before else v for v in value]
    return value


def encrypt(src: Path, out: Path) -> None:
    """Saves src as .doc with a password, through python3-uno (LibreOffice 7.4's
    --convert-to ignores filter options given as JSON)."""
    script = ROOT / "tools" / "uno_save_encrypted.py"
    subprocess.run(
        ["/usr/bin/python3", str(script), str(src), str(out), PASSWORD], check=True, timeout=300
    )


def main() -> int:
    ap = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    ap.add_argument("--out", default=str(ROOT / "tests" / "data" / "doc"))
    ap.add_argument("--src", default=str(ROOT / "build" / "doc-fixtures"))
    args = ap.parse_args()
    if not soffice.available():
        print("needs soffice: apt-get install libreoffice-writer-nogui", file=sys.stderr)
        return 2
    import docxsift

    out, src = Path(args.out), Path(args.src)
    out.mkdir(parents=True, exist_ok=True)
    src.mkdir(parents=True, exist_ok=True)
    profile = src / "profile"
    for name, (build, filter_, ext) in SOURCES.items():
        docx = src / f"{name}.docx"
        docx.write_bytes(build())
        saved = out / f"{name}.{ext}"
        saved.unlink(missing_ok=True)
        soffice.run_once(filter_, out, [docx], profile)
        if not saved.exists():
            print(f"{name}: LibreOffice wrote no {saved.name}", file=sys.stderr)
            return 1
        lo_txt = src / f"{name}.txt"
        lo_txt.unlink(missing_ok=True)
        soffice.run_once(soffice.TO_TXT, src, [saved], profile)
        shutil.move(lo_txt, src / f"{name}.lo.txt")
        doc = docxsift.open(docx)
        text = adjusted(name, "text", doc.text)
        (out / f"{name}.txt").write_text(text, encoding="utf-8")  # exactly Document.text
        expect = {k: adjusted(name, k, v) for k, v in expectations(doc).items()}
        (out / f"{name}.expect.json").write_text(
            json.dumps(expect, ensure_ascii=False, indent=1) + "\n"
        )
        print(f"{name}.{ext}: {saved.stat().st_size} bytes")
    encrypted = out / f"{ENCRYPTED}.doc"
    encrypt(src / "english_report.docx", encrypted)
    print(f"{encrypted.name}: {encrypted.stat().st_size} bytes (password {PASSWORD!r})")
    return 0


if __name__ == "__main__":
    sys.exit(main())
