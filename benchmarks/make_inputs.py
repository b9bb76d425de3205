"""Deterministic benchmark inputs: Chinese office documents of three sizes.

    python3 benchmarks/make_inputs.py [--out build/bench] [--sizes S,M,L]

Writes bench_S.docx (~50 KB of word/document.xml), bench_M.docx (~3 MB) and
bench_L.docx (~75 MB) with the structure Word itself writes: rsid attributes,
several runs per paragraph each with its own rPr (eastAsia fonts, sizes,
bold), proofErr and bookmarks, headings, numbered lists backed by
numbering.xml, tables, complex fields (PAGE, REF, HYPERLINK) and w:hyperlink
elements. The same seed always gives the same bytes; a file is only rewritten
when missing or produced by another GENERATOR_VERSION. The files are build
outputs: never commit them.
"""

from __future__ import annotations

import argparse
import random
import zipfile
from pathlib import Path

GENERATOR_VERSION = "1"
TARGETS = {"S": 50_000, "M": 3_000_000, "L": 75_000_000}

W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
R = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
RT = R
NS = f'xmlns:w="{W}" xmlns:r="{R}"'

# Phrases of a government/office notice; most text is CJK, some ASCII.
PHRASES = (
    "为深入贯彻落实党中央、国务院决策部署",
    "进一步加强和改进工作作风",
    "切实提高服务质量和效率",
    "各有关单位要高度重视",
    "结合本地区本部门实际",
    "认真组织实施",
    "确保各项任务落到实处",
    "现将有关事项通知如下",
    "请于2024年3月15日前",
    "将工作总结报送办公室",
    "联系人：张明",
    "电话：010-12345678",
    "根据《中华人民共和国预算法》有关规定",
    "第三季度完成率达到98.6%",
    "推进数字化转型",
    "建立健全长效机制",
    "加强统筹协调",
    "强化监督检查",
    "做好信息公开工作",
    "按照“谁主管、谁负责”的原则",
    "经研究决定",
    "自发布之日起施行",
    "项目编号 GB/T 9704-2012",
    "全面提升治理能力",
    "落实安全生产责任制",
    "开展专项整治行动",
    "优化营商环境",
)
FONTS = (
    ("仿宋_GB2312", "32"),
    ("仿宋_GB2312", "32"),
    ("楷体_GB2312", "32"),
    ("黑体", "32"),
    ("宋体", "24"),
    ("方正小标宋简体", "44"),
)


class Gen:
    def __init__(self, seed: int) -> None:
        self.rnd = random.Random(seed)
        self.bookmark = 0

    def rsid(self) -> str:
        return f"00{self.rnd.randrange(0x100000, 0xFFFFFF):06X}"

    def text(self, lo: int, hi: int) -> str:
        return "，".join(self.rnd.choice(PHRASES) for _ in range(self.rnd.randint(lo, hi)))

    def rpr(self, bold: bool = False) -> str:
        font, size = self.rnd.choice(FONTS)
        b = "<w:b/><w:bCs/>" if bold else ""
        return (
            f'<w:rPr><w:rFonts w:ascii="{font}" w:eastAsia="{font}" w:hAnsi="{font}" '
            f'w:hint="eastAsia"/>{b}<w:sz w:val="{size}"/><w:szCs w:val="{size}"/>'
            '<w:lang w:eastAsia="zh-CN"/></w:rPr>'
        )

    def run(self, text: str, bold: bool = False) -> str:
        space = ' xml:space="preserve"' if text[:1] == " " or text[-1:] == " " else ""
        return f'<w:r w:rsidRPr="{self.rsid()}">{self.rpr(bold)}<w:t{space}>{text}</w:t></w:r>'

    def ppr(self, extra: str = "") -> str:
        return (
            f'<w:pPr>{extra}<w:spacing w:line="560" w:lineRule="exact"/>'
            '<w:ind w:firstLineChars="200" w:firstLine="640"/>'
            '<w:rPr><w:rFonts w:ascii="仿宋_GB2312" w:eastAsia="仿宋_GB2312"/>'
            '<w:sz w:val="32"/></w:rPr></w:pPr>'
        )

    def p_open(self) -> str:
        r = self.rsid()
        return f'<w:p w:rsidR="{r}" w:rsidRDefault="{r}" w:rsidP="{self.rsid()}">'

    def body_paragraph(self) -> str:
        rnd = self.rnd
        parts = [self.p_open(), self.ppr()]
        for _ in range(rnd.randint(3, 7)):
            kind = rnd.random()
            if kind < 0.08:
                parts.append('<w:proofErr w:type="spellStart"/>')
                parts.append(self.run("Excel"))
                parts.append('<w:proofErr w:type="spellEnd"/>')
            elif kind < 0.12:
                self.bookmark += 1
                mark = self.bookmark
                parts.append(f'<w:bookmarkStart w:id="{mark}" w:name="_Toc{mark}"/>')
                parts.append(self.run(self.text(1, 2), bold=True))
                parts.append(f'<w:bookmarkEnd w:id="{self.bookmark}"/>')
            elif kind < 0.16:
                rid = f"rIdLink{rnd.randrange(20)}"
                parts.append(
                    f'<w:hyperlink r:id="{rid}" w:history="1">'
                    f"{self.run('详见附件' + str(rnd.randrange(1, 9)))}</w:hyperlink>"
                )
            elif kind < 0.19:
                parts.append(self.field())
            else:
                parts.append(self.run(self.text(1, 3), bold=kind > 0.93))
        parts.append("</w:p>")
        return "".join(parts)

    def field(self) -> str:
        kind = self.rnd.choice(("PAGE", "REF", "HYPERLINK"))
        instr = {
            "PAGE": " PAGE \\* MERGEFORMAT ",
            "REF": f" REF _Toc{max(self.bookmark, 1)} \\h ",
            "HYPERLINK": ' HYPERLINK "https://www.gov.cn/zhengce/" ',
        }[kind]
        result = {"PAGE": "3", "REF": "第二章", "HYPERLINK": "中国政府网"}[kind]
        return (
            f'<w:r>{self.rpr()}<w:fldChar w:fldCharType="begin"/></w:r>'
            f'<w:r>{self.rpr()}<w:instrText xml:space="preserve">{instr}</w:instrText></w:r>'
            f'<w:r>{self.rpr()}<w:fldChar w:fldCharType="separate"/></w:r>'
            f"{self.run(result)}"
            f'<w:r>{self.rpr()}<w:fldChar w:fldCharType="end"/></w:r>'
        )

    def heading(self, level: int, n: int) -> str:
        return (
            f'{self.p_open()}<w:pPr><w:pStyle w:val="Heading{level}"/></w:pPr>'
            f"{self.run(f'第{n}部分 ' + self.text(1, 1), bold=True)}</w:p>"
        )

    def list_items(self) -> str:
        num = self.rnd.choice(("1", "2"))
        out = []
        for _ in range(self.rnd.randint(3, 6)):
            lvl = self.rnd.choice((0, 0, 0, 1))
            out.append(
                f'{self.p_open()}<w:pPr><w:pStyle w:val="ListParagraph"/><w:numPr>'
                f'<w:ilvl w:val="{lvl}"/><w:numId w:val="{num}"/></w:numPr></w:pPr>'
                f"{self.run(self.text(1, 2))}{self.run(self.text(1, 1))}</w:p>"
            )
        return "".join(out)

    def table(self) -> str:
        rows, cols = self.rnd.randint(3, 6), self.rnd.randint(3, 5)
        grid = "".join('<w:gridCol w:w="2000"/>' for _ in range(cols))
        out = [
            '<w:tbl><w:tblPr><w:tblStyle w:val="TableGrid"/><w:tblW w:w="0" w:type="auto"/>'
            f'<w:tblLook w:val="04A0"/></w:tblPr><w:tblGrid>{grid}</w:tblGrid>'
        ]
        for r in range(rows):
            out.append(f'<w:tr w:rsidR="{self.rsid()}">')
            for _ in range(cols):
                cell = self.run(self.text(1, 1), bold=r == 0)
                out.append(
                    '<w:tc><w:tcPr><w:tcW w:w="2000" w:type="dxa"/></w:tcPr>'
                    f'{self.p_open()}<w:pPr><w:jc w:val="center"/></w:pPr>{cell}</w:p></w:tc>'
                )
            out.append("</w:tr>")
        out.append("</w:tbl>")
        return "".join(out)


def document_xml(target: int, seed: int) -> bytes:
    gen = Gen(seed)
    head = f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:document {NS}><w:body>'
    tail = (
        '<w:sectPr><w:pgSz w:w="11906" w:h="16838"/><w:pgMar w:top="2098" w:right="1474" '
        'w:bottom="1984" w:left="1588" w:header="851" w:footer="992" w:gutter="0"/></w:sectPr>'
        "</w:body></w:document>"
    )
    chunks: list[bytes] = [head.encode()]
    size = len(chunks[0])
    section = 0
    while size < target:
        section += 1
        block = [gen.heading(1, section)]
        for _ in range(gen.rnd.randint(2, 4)):
            if size + len("".join(block).encode()) >= target:
                break
            block.append(gen.heading(2, section))
            for _ in range(gen.rnd.randint(4, 10)):
                block.append(gen.body_paragraph())
            if gen.rnd.random() < 0.5:
                block.append(gen.list_items())
            if gen.rnd.random() < 0.4:
                block.append(gen.table())
        data = "".join(block).encode()
        chunks.append(data)
        size += len(data)
    chunks.append(tail.encode())
    return b"".join(chunks)


STYLES = (
    f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:styles {NS}>'
    '<w:docDefaults><w:rPrDefault><w:rPr><w:rFonts w:ascii="Times New Roman" '
    'w:eastAsia="宋体" w:hAnsi="Times New Roman"/><w:sz w:val="21"/><w:szCs w:val="22"/>'
    '<w:lang w:val="en-US" w:eastAsia="zh-CN"/></w:rPr></w:rPrDefault></w:docDefaults>'
    '<w:style w:type="paragraph" w:default="1" w:styleId="Normal"><w:name w:val="Normal"/>'
    '<w:pPr><w:widowControl w:val="0"/><w:jc w:val="both"/></w:pPr></w:style>'
    '<w:style w:type="paragraph" w:styleId="Heading1"><w:name w:val="heading 1"/>'
    '<w:basedOn w:val="Normal"/><w:pPr><w:outlineLvl w:val="0"/></w:pPr>'
    '<w:rPr><w:rFonts w:eastAsia="黑体"/><w:b/><w:sz w:val="32"/></w:rPr></w:style>'
    '<w:style w:type="paragraph" w:styleId="Heading2"><w:name w:val="heading 2"/>'
    '<w:basedOn w:val="Normal"/><w:pPr><w:outlineLvl w:val="1"/></w:pPr>'
    '<w:rPr><w:rFonts w:eastAsia="楷体_GB2312"/><w:sz w:val="32"/></w:rPr></w:style>'
    '<w:style w:type="paragraph" w:styleId="ListParagraph"><w:name w:val="List Paragraph"/>'
    '<w:basedOn w:val="Normal"/><w:pPr><w:ind w:firstLineChars="200" w:firstLine="420"/>'
    "</w:pPr></w:style>"
    '<w:style w:type="character" w:default="1" w:styleId="DefaultParagraphFont">'
    '<w:name w:val="Default Paragraph Font"/></w:style>'
    '<w:style w:type="table" w:styleId="TableGrid"><w:name w:val="Table Grid"/></w:style>'
    "</w:styles>"
)


def _levels(fmt: str, text: str) -> str:
    return "".join(
        f'<w:lvl w:ilvl="{i}"><w:start w:val="1"/>'
        f'<w:numFmt w:val="{fmt if i == 0 else "decimal"}"/>'
        f'<w:lvlText w:val="{text if i == 0 else f"%{i + 1}."}"/><w:lvlJc w:val="left"/>'
        f'<w:pPr><w:ind w:left="{420 * (i + 1)}" w:hanging="420"/></w:pPr></w:lvl>'
        for i in range(3)
    )


NUMBERING = (
    f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:numbering {NS}>'
    f'<w:abstractNum w:abstractNumId="0">{_levels("chineseCounting", "%1、")}</w:abstractNum>'
    f'<w:abstractNum w:abstractNumId="1">{_levels("decimal", "%1.")}</w:abstractNum>'
    '<w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num>'
    '<w:num w:numId="2"><w:abstractNumId w:val="1"/></w:num>'
    "</w:numbering>"
)

CONTENT_TYPES = (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
    '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
    '<Default Extension="rels" '
    'ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
    '<Default Extension="xml" ContentType="application/xml"/>'
    '<Override PartName="/word/document.xml" ContentType="application/'
    'vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/>'
    '<Override PartName="/word/styles.xml" ContentType="application/'
    'vnd.openxmlformats-officedocument.wordprocessingml.styles+xml"/>'
    '<Override PartName="/word/numbering.xml" ContentType="application/'
    'vnd.openxmlformats-officedocument.wordprocessingml.numbering+xml"/>'
    '<Override PartName="/docProps/core.xml" '
    'ContentType="application/vnd.openxmlformats-package.core-properties+xml"/>'
    "</Types>"
)

PKG_RELS = (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
    '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
    f'<Relationship Id="rId1" Type="{RT}/officeDocument" Target="word/document.xml"/>'
    '<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/package/2006/'
    'relationships/metadata/core-properties" Target="docProps/core.xml"/>'
    "</Relationships>"
)

DOC_RELS = (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
    '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
    f'<Relationship Id="rId1" Type="{RT}/styles" Target="styles.xml"/>'
    f'<Relationship Id="rId2" Type="{RT}/numbering" Target="numbering.xml"/>'
    + "".join(
        f'<Relationship Id="rIdLink{i}" Type="{RT}/hyperlink" '
        f'Target="https://www.gov.cn/zhengce/{i}.htm" TargetMode="External"/>'
        for i in range(20)
    )
    + "</Relationships>"
)

CORE = (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
    '<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/'
    'metadata/core-properties" xmlns:dc="http://purl.org/dc/elements/1.1/" '
    'xmlns:dcterms="http://purl.org/dc/terms/" '
    'xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">'
    "<dc:title>关于开展专项工作的通知</dc:title><dc:creator>办公室</dc:creator>"
    '<dcterms:created xsi:type="dcterms:W3CDTF">2024-03-01T08:00:00Z</dcterms:created>'
    "</cp:coreProperties>"
)


def write_docx(path: Path, document: bytes) -> None:
    tmp = path.with_suffix(".tmp")
    # A fixed date_time keeps the archive bytes identical from run to run.
    with zipfile.ZipFile(tmp, "w", zipfile.ZIP_DEFLATED, compresslevel=6) as z:
        for name, data in (
            ("[Content_Types].xml", CONTENT_TYPES.encode()),
            ("_rels/.rels", PKG_RELS.encode()),
            ("word/document.xml", document),
            ("word/_rels/document.xml.rels", DOC_RELS.encode()),
            ("word/styles.xml", STYLES.encode()),
            ("word/numbering.xml", NUMBERING.encode()),
            ("docProps/core.xml", CORE.encode()),
        ):
            info = zipfile.ZipInfo(name, date_time=(2024, 3, 1, 8, 0, 0))
            info.compress_type = zipfile.ZIP_DEFLATED
            z.writestr(info, data)
    tmp.replace(path)


def make(out: Path, size: str) -> Path:
    path = out / f"bench_{size}.docx"
    stamp = out / f"bench_{size}.version"
    if path.exists() and stamp.exists() and stamp.read_text() == GENERATOR_VERSION:
        return path
    document = document_xml(TARGETS[size], seed=10)
    write_docx(path, document)
    stamp.write_text(GENERATOR_VERSION)
    print(
        f"wrote {path}: word/document.xml {len(document) / 1e6:.2f} MB, "
        f"package {path.stat().st_size / 1e6:.2f} MB"
    )
    return path


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--out", type=Path, default=Path("build/bench"))
    ap.add_argument("--sizes", default="S,M,L")
    args = ap.parse_args()
    args.out.mkdir(parents=True, exist_ok=True)
    for size in args.sizes.split(","):
        make(args.out, size)


if __name__ == "__main__":
    main()
