"""Builds .docx packages in memory from XML snippets, for the tests.

``make_docx(body='<w:p>...</w:p>')`` wraps the snippet in a complete, valid
package; keyword arguments add or replace parts. Namespace prefixes used in
snippets (w, r, mc, wps, wp, a, v, m, w14) are declared on every root.
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
) -> bytes:
    """A complete .docx as bytes.

    ``headers``/``footers`` map a relationship id to the inner XML of a
    w:hdr/w:ftr part (reference them from ``sect``). ``styles`` etc. are the
    inner XML of their part's root element. ``extra`` adds raw parts;
    ``drop`` leaves parts out.
    """
    rt = RT_STRICT if strict else RT
    parts: dict[str, bytes | str] = {}
    parts["[Content_Types].xml"] = CONTENT_TYPES.format(main=main)
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
