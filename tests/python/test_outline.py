"""Document.outline() and `docxsift outline` (rules in docs/outline.md):
headings from styles and outline levels, numbering and typed 公文 markers, with
levels made consistent within one document."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

import docxsift
from docx_builder import lvl, make_docx, p

REPO = Path(__file__).resolve().parents[2]
EXAMPLE = REPO / "examples" / "gongwen_notice.docx"

STYLES = "".join(
    f'<w:style w:type="paragraph" w:styleId="Heading{n}"><w:name w:val="heading {n}"/></w:style>'
    for n in (1, 2, 3)
) + (
    '<w:style w:type="paragraph" w:styleId="Chapter"><w:name w:val="Chapter"/>'
    '<w:pPr><w:outlineLvl w:val="0"/></w:pPr></w:style>'
)

Row = tuple[int, str, str, str]  # level, label, title, source


def h(style: str, text: str) -> str:
    return p(text, ppr=f'<w:pStyle w:val="{style}"/>')


def outline(body: str, numbering: str | None = None) -> list[Row]:
    doc = docxsift.open(make_docx(body, styles=STYLES, numbering=numbering))
    return [(e.level, e.label, e.title, e.source) for e in doc.outline()]


CASES: list[tuple[str, str, list[Row]]] = [
    (
        "heading styles",
        h("Heading1", "Introduction") + p("body") + h("Heading2", "Scope"),
        [(1, "", "Introduction", "style"), (2, "", "Scope", "style")],
    ),
    (
        "outline level on the style and on the paragraph",
        h("Chapter", "第一章 总则") + p("细则", ppr='<w:outlineLvl w:val="1"/>'),
        [(1, "", "第一章 总则", "style"), (2, "", "细则", "style")],
    ),
    (
        "outline level 9 is body text",
        p("正文", ppr='<w:outlineLvl w:val="9"/>'),
        [],
    ),
    (
        "style headings starting at level 2 are ranked from 1",
        h("Heading2", "A") + h("Heading3", "B") + h("Heading2", "C"),
        [(1, "", "A", "style"), (2, "", "B", "style"), (1, "", "C", "style")],
    ),
    (
        "a typed marker on a style heading is its label",
        h("Heading1", "一、总体要求") + h("Heading2", "（一）强化风险排查"),
        [(1, "一、", "总体要求", "style"), (2, "（一）", "强化风险排查", "style")],
    ),
    (
        "empty heading paragraphs are skipped",
        h("Heading1", "") + h("Heading1", "标题"),
        [(1, "", "标题", "style")],
    ),
    (
        "typed 公文 markers, full width",
        p("一、总体要求") + p("（一）强化风险排查") + p("1．燃气安全") + p("（1）管道检查"),
        [
            (1, "一、", "总体要求", "text"),
            (2, "（一）", "强化风险排查", "text"),
            (3, "1．", "燃气安全", "text"),
            (4, "（1）", "管道检查", "text"),
        ],
    ),
    (
        "typed 公文 markers, half width and 、",
        p("十二、其他") + p("(三) 保障措施") + p("2.道路安全") + p("3、值班") + p("(10)报送"),
        [
            (1, "十二、", "其他", "text"),
            (2, "(三)", "保障措施", "text"),
            (3, "2.", "道路安全", "text"),
            (3, "3、", "值班", "text"),
            (4, "(10)", "报送", "text"),
        ],
    ),
    (
        "run-in title: the text up to the first 。",
        p("一、总体要求") + p("（一）强化风险排查整治。各地区要组织开展排查，建立问题清单。"),
        [(1, "一、", "总体要求", "text"), (2, "（一）", "强化风险排查整治", "text")],
    ),
    (
        "a trailing colon or semicolon is dropped",
        p("一、主要措施：") + p("（一）严格执行值班制度；"),
        [(1, "一、", "主要措施", "text"), (2, "（一）", "严格执行值班制度", "text")],
    ),
    (
        "body text that merely starts with a marker",
        p("一、" + "各地区、各部门要组织开展全覆盖拉网式排查" * 3)
        + p("二、各地区要组织开展排查，")
        + p("1.5亿元已经拨付。")
        + p("一是加强领导。")
        + p("一、总则")
        + p("2.张毅. 铸造工艺CAD及其应用[M]，北京：机械工业出版社，1994"),
        [(1, "一、", "总则", "text")],
    ),
    (
        "（一） with no 一、 above it is level 1; no gaps below",
        p("（一）第一部分") + p("（1）细项") + p("（二）第二部分"),
        [
            (1, "（一）", "第一部分", "text"),
            (2, "（1）", "细项", "text"),
            (1, "（二）", "第二部分", "text"),
        ],
    ),
    (
        "a gap in the middle closes up",
        p("一、总则") + p("（1）细项") + p("（一）分项") + p("1.要点"),
        [
            (1, "一、", "总则", "text"),
            (2, "（1）", "细项", "text"),
            (2, "（一）", "分项", "text"),
            (3, "1.", "要点", "text"),
        ],
    ),
    (
        "Arabic markers with no heading above are a typed list",
        p("1.第一项") + p("2.第二项"),
        [],
    ),
    (
        "typed markers nest below style headings that carry no label",
        h("Heading1", "第一章 总则") + p("一、目的") + p("（一）范围") + h("Heading1", "第二章"),
        [
            (1, "", "第一章 总则", "style"),
            (2, "一、", "目的", "text"),
            (3, "（一）", "范围", "text"),
            (1, "", "第二章", "style"),
        ],
    ),
    (
        "markers inside tables are not structure",
        p("一、总则") + "<w:tbl><w:tr><w:tc>" + p("二、表内") + "</w:tc></w:tr></w:tbl>",
        [(1, "一、", "总则", "text")],
    ),
]


@pytest.mark.parametrize(("body", "expected"), [c[1:] for c in CASES], ids=[c[0] for c in CASES])
def test_outline(body: str, expected: list[Row]) -> None:
    assert outline(body) == expected


NUMBERING = (
    '<w:abstractNum w:abstractNumId="0">'
    + lvl(0, "chineseCounting", "%1、")
    + lvl(1, "chineseCounting", "（%2）")
    + lvl(2, "decimal", "%3.")
    + "</w:abstractNum>"
    + '<w:abstractNum w:abstractNumId="1">'
    + lvl(0, "decimal", "%1.")
    + lvl(1, "decimal", "%1.%2")
    + "</w:abstractNum>"
    + '<w:abstractNum w:abstractNumId="2">'
    + lvl(0, "bullet", "•")
    + "</w:abstractNum>"
    + '<w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num>'
    + '<w:num w:numId="2"><w:abstractNumId w:val="1"/></w:num>'
    + '<w:num w:numId="3"><w:abstractNumId w:val="2"/></w:num>'
)


def item(text: str, num_id: int, ilvl: int) -> str:
    return p(text, ppr=f'<w:numPr><w:ilvl w:val="{ilvl}"/><w:numId w:val="{num_id}"/></w:numPr>')


NUMBERED_CASES: list[tuple[str, str, list[Row]]] = [
    (
        "公文 labels from numbering.xml",
        item("总体要求", 1, 0) + item("重点任务", 1, 1) + item("燃气安全。加强检查。", 1, 2),
        [
            (1, "一、", "总体要求", "numbering"),
            (2, "（一）", "重点任务", "numbering"),
            (3, "1.", "燃气安全", "numbering"),
        ],
    ),
    (
        "dotted decimal labels rank by their parts",
        item("Scope", 2, 1) + item("Terms", 2, 1),
        [(1, "1.1", "Scope", "numbering"), (1, "1.2", "Terms", "numbering")],
    ),
    (
        "a plain numbered list and bullets are not headings",
        item("Apples", 2, 0) + item("Pears", 2, 0) + item("point", 3, 0),
        [],
    ),
    (
        "numbered items of a running sentence are not headings",
        item("各地区要组织开展排查，", 1, 0),
        [],
    ),
]


@pytest.mark.parametrize(
    ("body", "expected"), [c[1:] for c in NUMBERED_CASES], ids=[c[0] for c in NUMBERED_CASES]
)
def test_outline_numbering(body: str, expected: list[Row]) -> None:
    assert outline(body, NUMBERING) == expected


EXAMPLE_OUTLINE: list[Row] = [
    (1, "一、", "总体要求", "style"),
    (1, "二、", "重点任务", "style"),
    (2, "（一）", "强化风险排查整治", "style"),
    (3, "1．", "燃气安全", "text"),
    (3, "2．", "道路交通安全", "text"),
    (2, "（二）", "加强应急值守", "style"),
    # （1） is rank 4, one below its parent （二）: level 3.
    (3, "（1）", "严格执行24小时值班和领导带班制度", "text"),
    (3, "（2）", "值班信息报送请登录市应急管理平台", "text"),
    (1, "三、", "工作安排", "style"),
]


def test_example_outline() -> None:
    doc = docxsift.open(EXAMPLE)
    entries = doc.outline()
    assert [(e.level, e.label, e.title, e.source) for e in entries] == EXAMPLE_OUTLINE
    assert entries[0].paragraph.text == "一、总体要求"
    assert entries[0].paragraph.heading_level == 1


def test_entry_protocols() -> None:
    doc = docxsift.open(make_docx(p("一、总则") + p("（一）范围"), styles=STYLES))
    first, second = doc.outline()
    level, label, title, paragraph, source = first
    assert (level, label, title, source) == (1, "一、", "总则", "text")
    assert paragraph == doc.paragraphs[0]
    assert docxsift.OutlineEntry._fields == ("level", "label", "title", "paragraph", "source")
    assert len(first) == 5 and first[2] == "总则" and first[-1] == "text"
    assert tuple(first) == (1, "一、", "总则", doc.paragraphs[0], "text")
    assert first == doc.outline()[0] and first != second and first != "x"
    assert hash(first) == hash(doc.outline()[0])
    assert (
        repr(first)
        == "OutlineEntry(level=1, label='一、', title='总则', "
        f"paragraph={doc.paragraphs[0]!r}, source='text')"
    )
    # .paragraph is a Paragraph, and the repr says so (not a bare number).
    assert "paragraph=<Paragraph doc.paragraphs[0] " in repr(first)
    assert "paragraph=<Paragraph doc.paragraphs[1] " in repr(second)


def test_empty_document() -> None:
    assert docxsift.open(make_docx(p("正文"))).outline() == []


def run(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "docxsift", *args], capture_output=True, text=True, check=False
    )


def test_cli_outline_example() -> None:
    result = run("outline", str(EXAMPLE))
    assert result.returncode == 0, result.stderr
    assert result.stdout == (
        "一、总体要求\n"
        "二、重点任务\n"
        "  （一）强化风险排查整治\n"
        "    1．燃气安全\n"
        "    2．道路交通安全\n"
        "  （二）加强应急值守\n"
        "    （1）严格执行24小时值班和领导带班制度\n"
        "    （2）值班信息报送请登录市应急管理平台\n"
        "三、工作安排\n"
    )


def test_cli_outline_ascii_label_and_empty(tmp_path: Path) -> None:
    path = tmp_path / "a.docx"
    path.write_bytes(make_docx(h("Heading1", "Intro") + p("2.Scope"), styles=STYLES))
    assert run("outline", str(path)).stdout == "Intro\n  2. Scope\n"
    empty = tmp_path / "empty.docx"
    empty.write_bytes(make_docx(p("正文")))
    result = run("outline", str(empty))
    assert (result.returncode, result.stdout, result.stderr) == (0, "", "")


def test_cli_outline_bad_input(tmp_path: Path) -> None:
    bad = tmp_path / "bad.docx"
    bad.write_bytes(b"not a zip")
    result = run("outline", str(bad))
    assert result.returncode == 2
    assert result.stdout == ""
    assert result.stderr.startswith(f"docxsift: {bad}: PackageError")
    assert len(result.stderr.splitlines()) == 1
    missing = tmp_path / "missing.docx"
    result = run("outline", str(missing))
    assert result.returncode == 2
    assert result.stderr.startswith(f"docxsift: {missing}: ")
