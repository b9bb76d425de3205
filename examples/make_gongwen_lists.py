"""Writes examples/gongwen_lists.docx: a short 公文 whose numbering is Word's, not typed.

gongwen_notice.docx types its markers (一、 （一） 1．) into the text, as many
real notices do. This one numbers its headings and items through numbering.xml
instead, so the labels Word draws (一、 （一） 1. （1） ①) exist only as
Paragraph.list_label; docs/chinese.md shows them. It reuses the run and
paragraph helpers of make_gongwen_notice.py.

Run: python examples/make_gongwen_lists.py examples/gongwen_lists.docx
The output is deterministic (fixed timestamps), so it can be committed.
"""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path

_spec = importlib.util.spec_from_file_location(
    "make_gongwen_notice", Path(__file__).with_name("make_gongwen_notice.py")
)
assert _spec and _spec.loader
notice = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(notice)

NS, RT, para, run = notice.NS, notice.RT, notice.para, notice.run


def document() -> str:
    body = [
        para(run("关于开展冬季安全生产大检查的通知", font="方正小标宋简体", size_pt=22), jc="center"),
        para(run("各有关单位：", size_pt=16), indent=False),
        para(run("总体要求", font="黑体"), num=(1, 0)),
        para(run("全面排查，不留死角。")),
        para(run("检查内容", font="黑体"), num=(1, 0)),
        para(run("企业主体责任落实情况", font="楷体_GB2312"), num=(1, 1)),
        para(run("安全管理制度"), num=(1, 2)),
        para(run("值班值守制度"), num=(1, 3)),
        para(run("应急预案演练"), num=(1, 3)),
        para(run("重点部位", font="楷体_GB2312"), num=(1, 1)),
        para(run("燃气管道"), num=(2, 0)),
        para(run("消防通道"), num=(2, 0)),
        para(run("工作要求", font="黑体"), num=(1, 0)),
    ]
    return (
        '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
        f'<w:document {NS}><w:body>{"".join(body)}<w:sectPr/></w:body></w:document>'
    )


def level(ilvl: int, fmt: str, text: str, suffix: str = "nothing") -> str:
    return (
        f'<w:lvl w:ilvl="{ilvl}"><w:start w:val="1"/><w:numFmt w:val="{fmt}"/>'
        f'<w:suff w:val="{suffix}"/><w:lvlText w:val="{text}"/><w:lvlJc w:val="left"/></w:lvl>'
    )


def numbering() -> str:
    # The GB/T 9704 heading sequence, and circled numbers for items.
    gongwen = (
        level(0, "chineseCounting", "%1、")
        + level(1, "chineseCounting", "（%2）")
        + level(2, "decimal", "%3.", "space")
        + level(3, "decimal", "（%4）")
    )
    return (
        f'<?xml version="1.0" encoding="UTF-8"?><w:numbering {NS}>'
        f'<w:abstractNum w:abstractNumId="0">{gongwen}</w:abstractNum>'
        '<w:abstractNum w:abstractNumId="1">'
        + level(0, "decimalEnclosedCircleChinese", "%1")
        + "</w:abstractNum>"
        '<w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num>'
        '<w:num w:numId="2"><w:abstractNumId w:val="1"/></w:num></w:numbering>'
    )


def write(path: Path) -> None:
    main = "application/vnd.openxmlformats-officedocument.wordprocessingml"
    parts = {
        "[Content_Types].xml": (
            '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
            '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
            '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
            '<Default Extension="xml" ContentType="application/xml"/>'
            f'<Override PartName="/word/document.xml" ContentType="{main}.document.main+xml"/>'
            f'<Override PartName="/word/styles.xml" ContentType="{main}.styles+xml"/>'
            f'<Override PartName="/word/numbering.xml" ContentType="{main}.numbering+xml"/>'
            "</Types>"
        ),
        "_rels/.rels": notice.rels([("rId1", f"{RT}/officeDocument", "word/document.xml", "")]),
        "word/document.xml": document(),
        "word/_rels/document.xml.rels": notice.rels([
            ("rIdStyles", f"{RT}/styles", "styles.xml", ""),
            ("rIdNumbering", f"{RT}/numbering", "numbering.xml", ""),
        ]),
        "word/styles.xml": notice.styles(),
        "word/numbering.xml": numbering(),
    }
    notice.write_package(path, parts)


if __name__ == "__main__":
    write(Path(sys.argv[1] if len(sys.argv) > 1 else "examples/gongwen_lists.docx"))
