"""Every label where docxsift and LibreOffice's text export differ, grouped by cause.

Used by `tools/compare_labels_libreoffice.py --classify`. Each class is recognised
by a pattern of the two labels plus facts read from the document's XML (isLgl,
lvlRestart, text boxes, undefined styles, custom formats), and carries a verdict:
who draws the label the way Word does, and the evidence. A label that fits no
class is reported as "unexplained" (the report then is not finished).

Word's own rendering is also looked up directly: a table of contents or of
figures last updated by Word holds, for each heading or caption, the label
Word drew (test_corpus_labels_match_words_cached_contents reads them the same way).
"""

from __future__ import annotations

import collections
import re
import zipfile
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any
from xml.etree import ElementTree

import docxsift

W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
WS = " \t\u3000\xa0"
TOC_STYLE = re.compile(r"(toc|目录) ?\d|table of figures")

# key -> (who is right, what happens, evidence). "LibreOffice departs" classes
# are left out of the second agreement figure; "not comparable" ones have no
# LibreOffice label to compare.
CLASSES: dict[str, tuple[str, str, str]] = {
    "isLgl": (
        "docxsift (Word)",
        "LibreOffice ignores w:isLgl: it draws the higher levels of a legal-style label in their "
        "own "
        "format (一.1, I.01) where Word draws decimals (1.1, 1.01)",
        "ECMA-376 §17.9.4 isLgl; Word's cached TOCs in the SEUThesis/SJTUThesis templates show "
        "1.1; "
        "docx4j's article-section-isLgl.docx states its expected label [expect]Section "
        "1.01[/expect]",
    ),
    "lvlRestart": (
        "docxsift (Word)",
        "LibreOffice ignores w:lvlRestart (with isLgl): caption levels 图%1-%4 / 表%1-%5 restart "
        "after "
        "every heading and after each other, where Word restarts them only after level 1",
        "Word's cached table of figures in SEUThesis-Word's Template.docx lists 图1-2 … 图1-6",
    ),
    "decimalFullWidth": (
        "docxsift (Word)",
        "LibreOffice's text export writes decimalFullWidth counters as ASCII digits "
        "(第1章 for 第１章)",
        "Word's cached TOC in docx-rs toc1.docx: 第１章, 第１節",
    ),
    "stated by the text": (
        "docxsift (Word)",
        "the paragraph's text is the label Word drew (test documents typed their expected labels), "
        "docxsift equals it and LibreOffice does not (0th, 00, 01..1, 1.b.III, 2.18.2.1)",
        "Tika's testWORD_override_list_numbering.docx, made in Word: each item's text is its label",
    ),
    "undefined pStyle": (
        "docxsift (Word)",
        "LibreOffice drops a paragraph's direct w:numPr when its w:pStyle names a style the "
        "document "
        "does not define; Word applies the numbering (the unknown style is ignored)",
        "ECMA-376 §17.3.1.27 pStyle: a reference to a missing style is ignored; removing the "
        "pStyle alone makes LibreOffice draw the bullet (experiment on heu-thesis thesis.docx)",
    ),
    "empty section-break paragraph": (
        "docxsift (Word)",
        "LibreOffice removes an empty numbered paragraph that carries a w:sectPr, so the next item "
        "counts one lower; Word keeps and numbers that paragraph",
        "ECMA-376 §17.6.17: the w:sectPr in w:pPr marks the paragraph as the section's last; the "
        "paragraph itself stays (Word shows its label on the page with the section break)",
    ),
    "Greek custom format": (
        "docxsift (Word)",
        "w:numFmt custom 'α, β, γ, ...' (Word 2010): Word and docxsift draw Greek letters; "
        "LibreOffice 7.4 drops the level text and writes a bare decimal",
        "[MS-DOCX] 2.4 numFmt extensions; Word's Define New Number Format offers α, β, γ",
    ),
    "text box": (
        "not comparable",
        "the paragraph is in a text box or shape, which LibreOffice's text export leaves out",
        "the paragraph is inside w:txbxContent; LibreOffice's .txt has no line for it",
    ),
    "unexplained": ("?", "no class fits: to investigate", ""),
}
LO_DEPARTS = {k for k, v in CLASSES.items() if v[0] == "docxsift (Word)"}
NOT_COMPARABLE = {k for k, v in CLASSES.items() if v[0] == "not comparable"}


@dataclass
class DocFacts:
    """What the XML says, for the classes that need more than the two labels."""

    is_lgl: bool = False
    lvl_restart: bool = False
    greek_custom: bool = False
    textbox_texts: list[str] = field(default_factory=list)
    undefined_style_texts: list[str] = field(default_factory=list)  # direct numPr + missing pStyle
    empty_sectpr_paragraphs: int = 0  # empty paragraphs whose pPr carries a sectPr


def _text(p: ElementTree.Element) -> str:
    return "".join(t.text or "" for t in p.iter(f"{W}t")).strip()


def doc_facts(path: Path) -> DocFacts:
    facts = DocFacts()
    with zipfile.ZipFile(path) as z:
        names = set(z.namelist())
        numbering = (
            z.read("word/numbering.xml").decode("utf-8", "replace")
            if "word/numbering.xml" in names
            else ""
        )
        styles = z.read("word/styles.xml") if "word/styles.xml" in names else b""
        body = ElementTree.fromstring(z.read("word/document.xml"))
    facts.is_lgl = "isLgl" in numbering
    facts.lvl_restart = "lvlRestart" in numbering
    facts.greek_custom = bool(re.search(r'w:format="[αΑ]', numbering))
    defined = set(re.findall(rb'w:styleId="([^"]*)"', styles))
    for box in body.iter(f"{W}txbxContent"):
        facts.textbox_texts += [t for t in (_text(p) for p in box.iter(f"{W}p")) if t]
    for p in body.iter(f"{W}p"):
        ppr = p.find(f"{W}pPr")
        if ppr is None:
            continue
        style = ppr.find(f"{W}pStyle")
        if ppr.find(f"{W}numPr") is not None and style is not None:
            if style.get(f"{W}val", "").encode() not in defined:
                facts.undefined_style_texts.append(_text(p))
        if ppr.find(f"{W}sectPr") is not None and not _text(p):
            facts.empty_sectpr_paragraphs += 1
    return facts


def word_toc_labels(path: Path) -> dict[int, str]:
    """Paragraph index -> the label Word drew for it in a cached TOC / table of figures."""
    paragraphs = list(docxsift.open(path).iter_paragraphs())
    entries: list[str | None] = [
        p.text.strip().rsplit("\t", 1)[0]
        for p in paragraphs
        if p.style is not None and TOC_STYLE.fullmatch((p.style.name or "").lower())
    ]
    found: dict[int, str] = {}
    if not entries:
        return found
    for index, p in enumerate(paragraphs):
        title = p.text.strip()
        if p.list_label is None or len(title) < 2 or p.style is None:
            continue
        if TOC_STYLE.fullmatch((p.style.name or "").lower()):
            continue
        for k, head in enumerate(entries):
            if head is None or not head.endswith(title) or len(head) <= len(title):
                continue
            if head[-len(title) - 1] not in WS:
                continue
            entries[k] = None
            found[index] = head[: -len(title)].strip(WS)
            break
    return found


# --- label patterns ------------------------------------------------------------------------------

FULL_TO_ASCII = str.maketrans("０１２３４５６７８９", "0123456789")
HAN = {c: i for i, c in enumerate("〇一二三四五六七八九")}
ROMAN = {"i": 1, "v": 5, "x": 10, "l": 50, "c": 100, "d": 500, "m": 1000}
# Roman numerals only as whole words: "Section" is not s-e-c-t-i-o-n numbers.
NUMBER = re.compile(
    r"[0-9]+|[〇一二三四五六七八九十百]+|(?<![A-Za-z])(?:[ivxlcdm]+|[IVXLCDM]+)(?![A-Za-z])"
)


def _value(token: str) -> int:
    if token.isdigit():
        return int(token)
    if token[0] in HAN or token[0] in "十百":
        total, digit = 0, 0
        for c in token:
            if c == "十":
                total += (digit or 1) * 10
                digit = 0
            elif c == "百":
                total += (digit or 1) * 100
                digit = 0
            else:
                digit = HAN[c]
        return total + digit
    values = [ROMAN[c] for c in token.lower()]
    return sum(-v if k + 1 < len(values) and v < values[k + 1] else v for k, v in enumerate(values))


def shape(label: str) -> tuple[str, list[int], list[bool]]:
    """("表#-#", [1, 2], [decimal?...]): the label with its numbers taken out."""
    values, decimal = [], []
    for m in NUMBER.finditer(label):
        values.append(_value(m.group()))
        decimal.append(m.group().isdigit())
    return NUMBER.sub("#", label), values, decimal


def classify(item: Any, facts: DocFacts, lines: list[str]) -> str:
    ours, theirs, key = item.ours, item.theirs, item.key
    if theirs is None:
        if any(key.startswith(t) or t.startswith(key) for t in facts.textbox_texts if t):
            return "text box"
        return "unexplained"
    if theirs == "" and any(
        t and (key.startswith(t) or t.startswith(key)) for t in facts.undefined_style_texts
    ):
        return "undefined pStyle"
    if ours == key and theirs != ours:
        return "stated by the text"
    if ours.translate(FULL_TO_ASCII) == theirs and ours != theirs:
        return "decimalFullWidth"
    if facts.greek_custom and re.search("[α-ωΑ-Ω]", ours):
        return "Greek custom format"
    s_ours, s_theirs = shape(ours), shape(theirs)
    if s_ours[0] == s_theirs[0] and len(s_ours[1]) == len(s_theirs[1]):
        lgl = facts.is_lgl and not all(s_theirs[2]) and all(s_ours[2])
        if lgl and s_ours[1] == s_theirs[1]:
            return "isLgl"
        if lgl and facts.lvl_restart:
            return "lvlRestart"
        if s_ours[1] != s_theirs[1] and facts.empty_sectpr_paragraphs and all(s_theirs[2]):
            return "empty section-break paragraph"
    return "unexplained"


def report(
    corpus: Path, out: Path, items: list[Any], agree: int, total: int, examples: int
) -> None:
    mismatches = [i for i in items if i.status in ("differ", "not in LibreOffice's output")]
    by_doc: dict[str, list[Any]] = collections.defaultdict(list)
    for item in mismatches:
        by_doc[item.doc].append(item)
    classes: dict[str, list[Any]] = collections.defaultdict(list)
    toc_for_ours = toc_for_theirs = toc_seen = 0
    for doc, doc_items in by_doc.items():
        facts = doc_facts(corpus / doc)
        toc = word_toc_labels(corpus / doc)
        for item in doc_items:
            classes[classify(item, facts, [])].append(item)
            if item.index in toc:
                toc_seen += 1
                toc_for_ours += toc[item.index] == item.ours
                toc_for_theirs += toc[item.index] == item.theirs
    print()
    print(f"{len(mismatches)} mismatches in {len(by_doc)} documents")
    print("| class | count | documents | who is right | what happens |")
    print("| --- | --- | --- | --- | --- |")
    for name, (verdict, what, _) in CLASSES.items():
        found = classes.get(name, [])
        if found or name != "unexplained":
            docs = len({i.doc for i in found})
            print(f"| {name} | {len(found)} | {docs} | {verdict} | {what} |")
    departs = sum(len(classes.get(k, [])) for k in LO_DEPARTS)
    missing = sum(len(classes.get(k, [])) for k in NOT_COMPARABLE)
    print()
    print(f"agreement: {agree}/{total} = {100.0 * agree / max(total, 1):.2f}%")
    rest = total - departs
    print(
        f"without the {departs} labels where LibreOffice departs from Word: "
        f"{agree}/{rest} = {100.0 * agree / max(rest, 1):.2f}%"
    )
    rest -= missing
    print(
        f"and without the {missing} paragraphs LibreOffice's export leaves out: "
        f"{agree}/{rest} = {100.0 * agree / max(rest, 1):.2f}%"
    )
    print(
        f"Word's cached TOC / table of figures covers {toc_seen} of the mismatches: "
        f"it agrees with docxsift on {toc_for_ours}, with LibreOffice on {toc_for_theirs}"
    )
    for name, found in classes.items():
        print(f"\n{name} ({len(found)}): {CLASSES[name][2]}")
        for item in found[: max(examples, 1) if name != "unexplained" else len(found)]:
            print(
                f"  {item.doc}: docxsift {item.ours!r}, LibreOffice {item.theirs!r}, "
                f"text {item.key[:30]!r}"
            )
