"""Builds .docx packages in memory from XML snippets, for the tests.

``make_docx(body='<w:p>...</w:p>')`` wraps the snippet in a complete, valid
package; keyword arguments add or replace parts. Namespace prefixes used in
snippets (w, r, mc, wps, wp, a, pic, c, v, o, m, w14) are declared on every root.
``inline_picture()`` and friends write the drawing markup of a picture.
"""

from __future__ import annotations

import io
import zipfile
from collections.abc import Mapping

W_NS = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
W_STRICT_NS = "http://purl.oclc.org/ooxml/wordprocessingml/main"
R_NS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
R_STRICT_NS = "http://purl.oclc.org/ooxml/officeDocument/relationships"
REL_NS = "http://schemas.openxmlformats.org/package/2006/relationships"
RT = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
RT_STRICT = "http://purl.oclc.org/ooxml/officeDocument/relationships"

NAMESPACES = {
    "w": W_NS,
    "r": R_NS,
    "mc": "http://schemas.openxmlformats.org/markup-compatibility/2006",
    "wps": "http://schemas.microsoft.com/office/word/2010/wordprocessingShape",
    "wp": "http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing",
    "a": "http://schemas.openxmlformats.org/drawingml/2006/main",
    "pic": "http://schemas.openxmlformats.org/drawingml/2006/picture",
    "c": "http://schemas.openxmlformats.org/drawingml/2006/chart",
    "v": "urn:schemas-microsoft-com:vml",
    "o": "urn:schemas-microsoft-com:office:office",
    "m": "http://schemas.openxmlformats.org/officeDocument/2006/math",
    "w14": "http://schemas.microsoft.com/office/word/2010/wordml",
}


def xmlns(strict: bool = False) -> str:
    ns = dict(NAMESPACES)
    if strict:
        ns["w"] = W_STRICT_NS
        ns["r"] = R_STRICT_NS
    return " ".join(f'xmlns:{p}="{u}"' for p, u in ns.items())


def rels(*items: tuple[str, str, str] | tuple[str, str, str, str]) -> str:
    """Relationship part from (id, type-suffix-or-URI, target[, "External"])."""
    lines = []
    for item in items:
        rid, rtype, target = item[0], item[1], item[2]
        if "://" not in rtype:
            rtype = f"{RT}/{rtype}"
        mode = f' TargetMode="{item[3]}"' if len(item) > 3 else ""
        lines.append(f'<Relationship Id="{rid}" Type="{rtype}" Target="{target}"{mode}/>')
    return f'<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="{REL_NS}">{"".join(lines)}</Relationships>'


CONTENT_TYPES = (
    '<?xml version="1.0" encoding="UTF-8"?>'
    '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
    '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
    '<Default Extension="xml" ContentType="application/xml"/>'
    '<Override PartName="/{main}" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/>'
    "</Types>"
)


def document_xml(body: str, strict: bool = False, sect: str = "") -> str:
    return (
        '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
        f"<w:document {xmlns(strict)}><w:body>{body}{sect}</w:body></w:document>"
    )


def part_xml(root: str, inner: str, strict: bool = False) -> str:
    return f'<?xml version="1.0" encoding="UTF-8"?><w:{root} {xmlns(strict)}>{inner}</w:{root}>'


def make_docx(
    body: str = "<w:p><w:r><w:t>Hello</w:t></w:r></w:p>",
    *,
    strict: bool = False,
    main: str = "word/document.xml",
    styles: str | None = None,
    numbering: str | None = None,
    footnotes: str | None = None,
    endnotes: str | None = None,
    comments: str | None = None,
    headers: Mapping[str, str] | None = None,
    footers: Mapping[str, str] | None = None,
    sect: str = "",
    document_rels: list[tuple[str, ...]] | None = None,
    core: str | None = None,
    extra: Mapping[str, bytes | str] | None = None,
    drop: tuple[str, ...] = (),
    content_types: Mapping[str, str] | None = None,
    part_rels: Mapping[str, list[tuple[str, ...]]] | None = None,
) -> bytes:
    """A complete .docx as bytes.

    ``headers``/``footers`` map a relationship id to the inner XML of a
    w:hdr/w:ftr part (reference them from ``sect``). ``styles`` etc. are the
    inner XML of their part's root element. ``extra`` adds raw parts;
    ``drop`` leaves parts out. ``content_types`` adds Default entries
    (extension -> type, e.g. ``{"png": "image/png"}``); ``part_rels`` gives
    other parts relationships (``{"word/header1.xml": [("rId1", "image",
    "media/a.png")]}``), ``document_rels`` those of the main part.
    """
    rt = RT_STRICT if strict else RT
    parts: dict[str, bytes | str] = {}
    parts["[Content_Types].xml"] = CONTENT_TYPES.format(main=main)
    if content_types:
        defaults = "".join(
            f'<Default Extension="{ext}" ContentType="{ctype}"/>' for ext, ctype in content_types.items()
        )
        parts["[Content_Types].xml"] = parts["[Content_Types].xml"].replace("</Types>", defaults + "</Types>")
    package_rels: list[tuple[str, ...]] = [("rId1", f"{rt}/officeDocument", main)]
    if core is not None:
        package_rels.append(
            (
                "rId2",
                "http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties",
                "docProps/core.xml",
            )
        )
        parts["docProps/core.xml"] = (
            '<?xml version="1.0" encoding="UTF-8"?>'
            '<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" '
            'xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" '
            'xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">' + core + "</cp:coreProperties>"
        )
    parts["_rels/.rels"] = rels(*package_rels)  # type: ignore[arg-type]
    parts[main] = document_xml(body, strict, sect)
    word_dir = main.rsplit("/", 1)[0] if "/" in main else ""
    prefix = f"{word_dir}/" if word_dir else ""
    doc_rels: list[tuple[str, ...]] = list(document_rels or [])
    for name, root, content in (
        ("styles", "styles", styles),
        ("numbering", "numbering", numbering),
        ("footnotes", "footnotes", footnotes),
        ("endnotes", "endnotes", endnotes),
        ("comments", "comments", comments),
    ):
        if content is not None:
            doc_rels.append((f"rId{name}", f"{rt}/{name}", f"{name}.xml"))
            parts[f"{prefix}{name}.xml"] = part_xml(root, content, strict)
    for kind, root, mapping in (("header", "hdr", headers), ("footer", "ftr", footers)):
        for i, (rid, content) in enumerate((mapping or {}).items(), 1):
            doc_rels.append((rid, f"{rt}/{kind}", f"{kind}{i}.xml"))
            parts[f"{prefix}{kind}{i}.xml"] = part_xml(root, content, strict)
    if doc_rels:
        main_file = main.rsplit("/", 1)[-1]
        parts[f"{prefix}_rels/{main_file}.rels"] = rels(*doc_rels)  # type: ignore[arg-type]
    for part, items in (part_rels or {}).items():
        folder, _, file = part.rpartition("/")
        parts[f"{folder}/_rels/{file}.rels" if folder else f"_rels/{file}.rels"] = rels(*items)  # type: ignore[arg-type]
    for name, data in (extra or {}).items():
        parts[name] = data
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        for name, data in parts.items():
            if name in drop:
                continue
            archive.writestr(name, data.encode("utf-8") if isinstance(data, str) else data)
    return buffer.getvalue()


def p(*runs: str, ppr: str = "") -> str:
    """A paragraph from run texts (plain strings become w:r/w:t) or raw XML."""
    inner = "".join(r if r.startswith("<") else f'<w:r><w:t xml:space="preserve">{r}</w:t></w:r>' for r in runs)
    return f"<w:p>{f'<w:pPr>{ppr}</w:pPr>' if ppr else ''}{inner}</w:p>"


def _doc_pr(descr: str | None, title: str | None, name: str = "Picture 1") -> str:
    attrs = f' descr="{descr}"' if descr is not None else ""
    attrs += f' title="{title}"' if title is not None else ""
    return f'<wp:docPr id="1" name="{name}"{attrs}/>'


def picture_graphic(embed: str | None = "rId10", link: str | None = None) -> str:
    """a:graphic holding a pic:pic whose a:blip embeds and/or links a picture."""
    attrs = f' r:embed="{embed}"' if embed else ""
    attrs += f' r:link="{link}"' if link else ""
    return (
        '<a:graphic><a:graphicData uri="http://schemas.openxmlformats.org/drawingml/2006/picture">'
        '<pic:pic><pic:nvPicPr><pic:cNvPr id="0" name="x.png"/><pic:cNvPicPr/></pic:nvPicPr>'
        f"<pic:blipFill><a:blip{attrs}/><a:stretch><a:fillRect/></a:stretch></pic:blipFill>"
        "<pic:spPr/></pic:pic></a:graphicData></a:graphic>"
    )


def inline_picture(
    embed: str | None = "rId10",
    *,
    cx: int = 914400,
    cy: int = 457200,
    descr: str | None = None,
    title: str | None = None,
    link: str | None = None,
) -> str:
    """A run holding an inline (wp:inline) DrawingML picture."""
    return (
        f'<w:r><w:drawing><wp:inline><wp:extent cx="{cx}" cy="{cy}"/>{_doc_pr(descr, title)}'
        f"{picture_graphic(embed, link)}</wp:inline></w:drawing></w:r>"
    )


def anchored_picture(embed: str = "rId10", *, cx: int = 914400, cy: int = 457200, descr: str | None = None) -> str:
    """A run holding a floating (wp:anchor) DrawingML picture."""
    return (
        '<w:r><w:drawing><wp:anchor behindDoc="0" simplePos="0" locked="0" layoutInCell="1" '
        'allowOverlap="1" relativeHeight="1" distT="0" distB="0" distL="0" distR="0">'
        '<wp:simplePos x="0" y="0"/><wp:positionH relativeFrom="column"><wp:posOffset>0</wp:posOffset>'
        '</wp:positionH><wp:positionV relativeFrom="paragraph"><wp:posOffset>0</wp:posOffset></wp:positionV>'
        f'<wp:extent cx="{cx}" cy="{cy}"/><wp:wrapNone/>{_doc_pr(descr, None)}'
        f"{picture_graphic(embed)}</wp:anchor></w:drawing></w:r>"
    )


def vml_picture(rid: str = "rId10", *, style: str = "width:72pt;height:36pt", alt: str | None = None,
                title: str | None = None) -> str:
    """A run holding a VML picture (w:pict/v:shape/v:imagedata)."""
    alt_attr = f' alt="{alt}"' if alt is not None else ""
    title_attr = f' o:title="{title}"' if title is not None else ""
    return (
        f'<w:r><w:pict><v:shape id="_x0000_i1025" type="#_x0000_t75" style="{style}"{alt_attr}>'
        f'<v:imagedata r:id="{rid}"{title_attr}/></v:shape></w:pict></w:r>'
    )


def chart_run(rid: str = "rId20", *, cx: int = 5486400, cy: int = 3200400) -> str:
    """A run holding an inline chart (c:chart r:id)."""
    return (
        f'<w:r><w:drawing><wp:inline><wp:extent cx="{cx}" cy="{cy}"/>{_doc_pr(None, None, "Chart 1")}'
        '<a:graphic><a:graphicData uri="http://schemas.openxmlformats.org/drawingml/2006/chart">'
        f'<c:chart r:id="{rid}"/></a:graphicData></a:graphic></wp:inline></w:drawing></w:r>'
    )


def chart_xml(title: str | None, series: list[str]) -> str:
    """A chart part with a rich-text title and one bar series per name."""
    c = NAMESPACES["c"]
    a = NAMESPACES["a"]
    title_xml = (
        f"<c:title><c:tx><c:rich><a:bodyPr/><a:p><a:r><a:t>{title}</a:t></a:r></a:p></c:rich></c:tx></c:title>"
        if title is not None
        else ""
    )
    sers = "".join(
        f'<c:ser><c:idx val="{i}"/><c:tx><c:strRef><c:f>Sheet1!$B${i + 1}</c:f><c:strCache>'
        f'<c:ptCount val="1"/><c:pt idx="0"><c:v>{name}</c:v></c:pt></c:strCache></c:strRef></c:tx></c:ser>'
        for i, name in enumerate(series)
    )
    return (
        f'<?xml version="1.0" encoding="UTF-8"?><c:chartSpace xmlns:c="{c}" xmlns:a="{a}">'
        f"<c:chart>{title_xml}<c:plotArea><c:layout/><c:barChart>{sers}</c:barChart></c:plotArea></c:chart>"
        "</c:chartSpace>"
    )


#: Bytes that start like a PNG file (docxsift never decodes pictures).
PNG = b"\x89PNG\r\n\x1a\n" + bytes(range(32))


def lvl(
    ilvl: int, fmt: str = "decimal", text: str = "%1.", start: int | None = 1, extra: str = ""
) -> str:
    """One numbering.xml ``w:lvl``: its number format, level text and start."""
    start_xml = "" if start is None else f'<w:start w:val="{start}"/>'
    return (
        f'<w:lvl w:ilvl="{ilvl}">{start_xml}<w:numFmt w:val="{fmt}"/>'
        f'<w:lvlText w:val="{text}"/>{extra}</w:lvl>'
    )
