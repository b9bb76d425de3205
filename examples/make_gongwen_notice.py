"""Writes examples/gongwen_notice.docx: a realistic Chinese 公文-style notice.

It has what later features show on: a red-header title, 公文 headings typed as
text (一、 （一） 1. （1）; its numbering.xml defines a 一、/（一） list that no
paragraph uses: make_gongwen_lists.py writes one numbered by Word), 仿宋_GB2312 三号
body text, a table with a merged cell, a header and a footer with PAGE /
NUMPAGES fields, a footnote, a hyperlink, a tracked insertion and a comment.

Run: python examples/make_gongwen_notice.py examples/gongwen_notice.docx
The output is deterministic (fixed timestamps), so it can be committed.
"""

from __future__ import annotations

import sys
import zipfile
from pathlib import Path
from xml.sax.saxutils import escape

W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
R = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
NS = f'xmlns:w="{W}" xmlns:r="{R}"'
RT = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"


def run(text: str, *, bold: bool = False, font: str = "仿宋_GB2312", size_pt: float = 16) -> str:
    rpr = f'<w:rFonts w:ascii="Times New Roman" w:hAnsi="Times New Roman" w:eastAsia="{font}"/>'
    if bold:
        rpr += "<w:b/>"
    rpr += f'<w:sz w:val="{int(size_pt * 2)}"/><w:szCs w:val="{int(size_pt * 2)}"/>'
    return f'<w:r><w:rPr>{rpr}</w:rPr><w:t xml:space="preserve">{escape(text)}</w:t></w:r>'


def para(*runs: str, style: str | None = None, jc: str | None = None, num: tuple[int, int] | None = None,
         indent: bool = True) -> str:
    ppr = ""
    if style:
        ppr += f'<w:pStyle w:val="{style}"/>'
    if num:
        ppr += f'<w:numPr><w:ilvl w:val="{num[1]}"/><w:numId w:val="{num[0]}"/></w:numPr>'
    if indent and not jc:
        ppr += '<w:ind w:firstLineChars="200" w:firstLine="640"/>'
    if jc:
        ppr += f'<w:jc w:val="{jc}"/>'
    return f"<w:p><w:pPr>{ppr}</w:pPr>{''.join(runs)}</w:p>"


def field(instruction: str, result: str, font: str = "宋体", size_pt: float = 14) -> str:
    return (
        '<w:r><w:fldChar w:fldCharType="begin"/></w:r>'
        f'<w:r><w:instrText xml:space="preserve"> {instruction} </w:instrText></w:r>'
        '<w:r><w:fldChar w:fldCharType="separate"/></w:r>'
        + run(result, font=font, size_pt=size_pt)
        + '<w:r><w:fldChar w:fldCharType="end"/></w:r>'
    )


def cell(text: str, width: int, *, span: int = 1, vmerge: str | None = None, bold: bool = False) -> str:
    tcpr = f'<w:tcW w:w="{width}" w:type="dxa"/>'
    if span > 1:
        tcpr += f'<w:gridSpan w:val="{span}"/>'
    if vmerge == "restart":
        tcpr += '<w:vMerge w:val="restart"/>'
    elif vmerge == "continue":
        tcpr += "<w:vMerge/>"
    body = para(run(text, bold=bold, size_pt=12), jc="center") if text else '<w:p><w:pPr><w:jc w:val="center"/></w:pPr></w:p>'
    return f"<w:tc><w:tcPr>{tcpr}</w:tcPr>{body}</w:tc>"


def document() -> str:
    heading = "黑体"
    body = [
        para(run("××市人民政府办公室", bold=True, font="方正小标宋简体", size_pt=22), jc="center"),
        para(run("关于做好2026年冬季安全生产工作的通知", font="方正小标宋简体", size_pt=22), jc="center"),
        para(run("×政办发〔2026〕18号", size_pt=16), jc="center"),
        para(run("各区县人民政府，市政府各部门，各直属机构：", size_pt=16), indent=False),
        para(
            run("为深入贯彻落实安全生产工作部署，切实防范化解重大安全风险，经市政府同意，现就做好今冬安全生产工作通知如下。"),
            run("", size_pt=16),
            '<w:r><w:rPr><w:vertAlign w:val="superscript"/></w:rPr><w:footnoteReference w:id="1"/></w:r>',
        ),
        para(run("一、总体要求", font=heading), style="Heading1", indent=True),
        para(run("坚持人民至上、生命至上，统筹发展和安全，压实各方责任，确保全市安全生产形势持续稳定向好。")),
        para(run("二、重点任务", font=heading), style="Heading1"),
        para(run("（一）", font="楷体_GB2312"), run("强化风险排查整治", font="楷体_GB2312"), style="Heading2"),
        para(run("各地区、各部门要组织开展全覆盖拉网式排查，建立问题清单、责任清单、整改清单。"),
             '<w:commentRangeStart w:id="0"/>', run("重点行业领域每月至少检查一次。"),
             '<w:commentRangeEnd w:id="0"/><w:r><w:commentReference w:id="0"/></w:r>'),
        para(run("1．", size_pt=16), run("燃气安全。加强城镇燃气管道和用户端安全检查。")),
        para(run("2．", size_pt=16), run("道路交通安全。严查“三超一疲劳”等违法行为"),
             '<w:ins w:id="5" w:author="办公室" w:date="2026-11-20T09:00:00Z">'
             + run("，冰雪天气及时采取管控措施") + "</w:ins>", run("。")),
        para(run("（二）", font="楷体_GB2312"), run("加强应急值守", font="楷体_GB2312"), style="Heading2"),
        para(run("（1）严格执行24小时值班和领导带班制度；")),
        para(run("（2）值班信息报送请登录"),
             '<w:hyperlink r:id="rIdLink">' + run("市应急管理平台") + "</w:hyperlink>", run("。")),
        para(run("三、工作安排", font=heading), style="Heading1"),
        para(run("各项工作安排详见下表。", size_pt=16)),
        "<w:tbl><w:tblPr><w:tblStyle w:val=\"TableGrid\"/><w:tblW w:w=\"8800\" w:type=\"dxa\"/></w:tblPr>"
        "<w:tblGrid><w:gridCol w:w=\"1400\"/><w:gridCol w:w=\"3800\"/><w:gridCol w:w=\"3600\"/></w:tblGrid>"
        "<w:tr>" + cell("序号", 1400, bold=True) + cell("工作内容", 3800, bold=True) + cell("完成时限", 3600, bold=True) + "</w:tr>"
        "<w:tr>" + cell("1", 1400) + cell("风险排查", 3800) + cell("2026年12月15日前", 3600, vmerge="restart") + "</w:tr>"
        "<w:tr>" + cell("2", 1400) + cell("隐患整改", 3800) + cell("", 3600, vmerge="continue") + "</w:tr>"
        "<w:tr>" + cell("3", 1400) + cell("总结报告（报市应急局）", 7400, span=2) + "</w:tr>"
        "</w:tbl>",
        para(run("附件：冬季安全生产检查表", size_pt=16)),
        para(run("××市人民政府办公室", size_pt=16), jc="right"),
        para(run("2026年11月28日", size_pt=16), jc="right"),
    ]
    sect = (
        '<w:sectPr><w:headerReference w:type="default" r:id="rIdHeader"/>'
        '<w:footerReference w:type="default" r:id="rIdFooter"/>'
        '<w:pgSz w:w="11906" w:h="16838"/>'
        '<w:pgMar w:top="2098" w:right="1474" w:bottom="1984" w:left="1588" w:header="851" w:footer="992" w:gutter="0"/>'
        "</w:sectPr>"
    )
    return f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:document {NS}><w:body>{"".join(body)}{sect}</w:body></w:document>'


def styles() -> str:
    def heading(level: int, font: str) -> str:
        return (
            f'<w:style w:type="paragraph" w:styleId="Heading{level}"><w:name w:val="heading {level}"/>'
            f'<w:basedOn w:val="Normal"/><w:next w:val="Normal"/><w:qFormat/>'
            f'<w:pPr><w:outlineLvl w:val="{level - 1}"/></w:pPr>'
            f'<w:rPr><w:rFonts w:eastAsia="{font}"/><w:sz w:val="32"/></w:rPr></w:style>'
        )

    return (
        f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:styles {NS}>'
        '<w:docDefaults><w:rPrDefault><w:rPr><w:rFonts w:ascii="Times New Roman" w:eastAsia="仿宋_GB2312" '
        'w:hAnsi="Times New Roman"/><w:sz w:val="32"/><w:lang w:val="en-US" w:eastAsia="zh-CN"/></w:rPr>'
        "</w:rPrDefault><w:pPrDefault/></w:docDefaults>"
        '<w:style w:type="paragraph" w:default="1" w:styleId="Normal"><w:name w:val="Normal"/></w:style>'
        + heading(1, "黑体")
        + heading(2, "楷体_GB2312")
        + '<w:style w:type="table" w:styleId="TableGrid"><w:name w:val="Table Grid"/></w:style>'
        '<w:style w:type="paragraph" w:styleId="FootnoteText"><w:name w:val="footnote text"/></w:style>'
        "</w:styles>"
    )


def header() -> str:
    return (
        f'<?xml version="1.0" encoding="UTF-8"?><w:hdr {NS}>'
        + para(run("××市人民政府办公室文件", font="宋体", size_pt=10.5), jc="center")
        + "</w:hdr>"
    )


def footer() -> str:
    return (
        f'<?xml version="1.0" encoding="UTF-8"?><w:ftr {NS}>'
        + para(run("— ", font="宋体", size_pt=14), field("PAGE", "1"), run(" —", font="宋体", size_pt=14),
               run("（共", font="宋体", size_pt=10.5), field("NUMPAGES", "2", size_pt=10.5),
               run("页）", font="宋体", size_pt=10.5), jc="center")
        + "</w:ftr>"
    )


def footnotes() -> str:
    return (
        f'<?xml version="1.0" encoding="UTF-8"?><w:footnotes {NS}>'
        '<w:footnote w:type="separator" w:id="-1"><w:p><w:r><w:separator/></w:r></w:p></w:footnote>'
        '<w:footnote w:type="continuationSeparator" w:id="0"><w:p><w:r><w:continuationSeparator/></w:r></w:p></w:footnote>'
        '<w:footnote w:id="1"><w:p><w:pPr><w:pStyle w:val="FootnoteText"/></w:pPr>'
        '<w:r><w:footnoteRef/></w:r>' + run(" 依据《中华人民共和国安全生产法》第三条。", size_pt=9)
        + "</w:p></w:footnote></w:footnotes>"
    )


def comments() -> str:
    return (
        f'<?xml version="1.0" encoding="UTF-8"?><w:comments {NS}>'
        '<w:comment w:id="0" w:author="审核人" w:initials="SH" w:date="2026-11-21T10:30:00Z">'
        + para(run("建议明确检查频次的考核方式。", size_pt=10.5), indent=False)
        + "</w:comment></w:comments>"
    )


def numbering() -> str:
    return (
        f'<?xml version="1.0" encoding="UTF-8"?><w:numbering {NS}>'
        '<w:abstractNum w:abstractNumId="0"><w:lvl w:ilvl="0"><w:start w:val="1"/>'
        '<w:numFmt w:val="chineseCounting"/><w:lvlText w:val="%1、"/><w:lvlJc w:val="left"/></w:lvl>'
        '<w:lvl w:ilvl="1"><w:start w:val="1"/><w:numFmt w:val="chineseCounting"/>'
        '<w:lvlText w:val="（%2）"/><w:lvlJc w:val="left"/></w:lvl></w:abstractNum>'
        '<w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num></w:numbering>'
    )


def core() -> str:
    return (
        '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
        '<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" '
        'xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" '
        'xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">'
        "<dc:title>关于做好2026年冬季安全生产工作的通知</dc:title><dc:creator>××市人民政府办公室</dc:creator>"
        "<cp:keywords>安全生产;通知</cp:keywords><cp:revision>3</cp:revision>"
        '<dcterms:created xsi:type="dcterms:W3CDTF">2026-11-20T08:00:00Z</dcterms:created>'
        '<dcterms:modified xsi:type="dcterms:W3CDTF">2026-11-28T09:00:00Z</dcterms:modified>'
        "</cp:coreProperties>"
    )


def rels(items: list[tuple[str, str, str, str]]) -> str:
    body = "".join(
        f'<Relationship Id="{i}" Type="{t}" Target="{target}"{mode}/>' for i, t, target, mode in items
    )
    return (
        '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
        f'<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">{body}</Relationships>'
    )


def content_types() -> str:
    main = "application/vnd.openxmlformats-officedocument.wordprocessingml"
    overrides = {
        "/word/document.xml": f"{main}.document.main+xml",
        "/word/styles.xml": f"{main}.styles+xml",
        "/word/numbering.xml": f"{main}.numbering+xml",
        "/word/header1.xml": f"{main}.header+xml",
        "/word/footer1.xml": f"{main}.footer+xml",
        "/word/footnotes.xml": f"{main}.footnotes+xml",
        "/word/comments.xml": f"{main}.comments+xml",
        "/docProps/core.xml": "application/vnd.openxmlformats-package.core-properties+xml",
    }
    body = "".join(f'<Override PartName="{k}" ContentType="{v}"/>' for k, v in overrides.items())
    return (
        '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
        '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
        '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
        f'<Default Extension="xml" ContentType="application/xml"/>{body}</Types>'
    )


def write(path: Path) -> None:
    parts = {
        "[Content_Types].xml": content_types(),
        "_rels/.rels": rels([
            ("rId1", f"{RT}/officeDocument", "word/document.xml", ""),
            ("rId2", "http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties",
             "docProps/core.xml", ""),
        ]),
        "word/document.xml": document(),
        "word/_rels/document.xml.rels": rels([
            ("rIdStyles", f"{RT}/styles", "styles.xml", ""),
            ("rIdNumbering", f"{RT}/numbering", "numbering.xml", ""),
            ("rIdHeader", f"{RT}/header", "header1.xml", ""),
            ("rIdFooter", f"{RT}/footer", "footer1.xml", ""),
            ("rIdFootnotes", f"{RT}/footnotes", "footnotes.xml", ""),
            ("rIdComments", f"{RT}/comments", "comments.xml", ""),
            ("rIdLink", f"{RT}/hyperlink", "https://yjgl.example.gov.cn/", ' TargetMode="External"'),
        ]),
        "word/styles.xml": styles(),
        "word/numbering.xml": numbering(),
        "word/header1.xml": header(),
        "word/footer1.xml": footer(),
        "word/footnotes.xml": footnotes(),
        "word/comments.xml": comments(),
        "docProps/core.xml": core(),
    }
    write_package(path, parts)


def write_package(path: Path, parts: dict[str, str]) -> None:
    """The parts as a ZIP with fixed timestamps, so the file is byte-for-byte reproducible."""
    path.parent.mkdir(parents=True, exist_ok=True)
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as archive:
        for name, text in parts.items():
            info = zipfile.ZipInfo(name, date_time=(2026, 11, 28, 0, 0, 0))
            info.compress_type = zipfile.ZIP_DEFLATED
            archive.writestr(info, text.encode("utf-8"))


if __name__ == "__main__":
    write(Path(sys.argv[1] if len(sys.argv) > 1 else "examples/gongwen_notice.docx"))
