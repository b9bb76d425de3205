"""Styles, Paragraph.style and CoreProperties, with python-docx's names and semantics."""

from __future__ import annotations

import csv
import datetime as dt
from pathlib import Path
from typing import Any

import pytest

import docxsift
from docx_builder import make_docx
from docxsift._methods import parse_w3cdtf

STYLES = (
    '<w:style w:type="paragraph" w:default="1" w:styleId="Normal">'
    '<w:name w:val="Normal"/></w:style>'
    '<w:style w:type="paragraph" w:styleId="Heading1"><w:name w:val="heading 1"/>'
    '<w:basedOn w:val="Normal"/><w:pPr><w:outlineLvl w:val="0"/></w:pPr></w:style>'
    '<w:style w:type="paragraph" w:styleId="Caption"><w:name w:val="caption"/></w:style>'
    '<w:style w:type="paragraph" w:styleId="TOC1"><w:name w:val="toc 1"/></w:style>'
    '<w:style w:type="character" w:default="1" w:styleId="DefaultParagraphFont">'
    '<w:name w:val="Default Paragraph Font"/></w:style>'
    '<w:style w:type="character" w:styleId="Strong"><w:name w:val="Strong"/></w:style>'
    '<w:style w:type="table" w:default="1" w:styleId="TableNormal">'
    '<w:name w:val="Normal Table"/></w:style>'
    '<w:style w:type="numbering" w:styleId="NoList"><w:name w:val="No List"/></w:style>'
    '<w:style w:type="paragraph" w:styleId="Orphan"><w:name w:val="Orphan"/>'
    '<w:basedOn w:val="Missing"/></w:style>'
    '<w:style w:type="paragraph" w:styleId="Loop"><w:basedOn w:val="Loop"/></w:style>'
)


@pytest.fixture
def doc() -> Any:
    body = (
        '<w:p><w:pPr><w:pStyle w:val="Heading1"/></w:pPr><w:r><w:t>Title</w:t></w:r></w:p>'
        "<w:p><w:r><w:t>plain</w:t></w:r></w:p>"
        '<w:p><w:pPr><w:pStyle w:val="Unknown"/></w:pPr><w:r><w:rPr><w:rStyle w:val="Strong"/>'
        "</w:rPr><w:t>x</w:t></w:r></w:p>"
    )
    return docxsift.open(make_docx(body, styles=STYLES))


@pytest.mark.parametrize(
    ("style_id", "name", "type_", "base", "outline"),
    [
        ("Normal", "Normal", "paragraph", None, None),
        ("Heading1", "Heading 1", "paragraph", "Normal", 0),
        ("Caption", "Caption", "paragraph", None, None),
        ("TOC1", "toc 1", "paragraph", None, None),  # python-docx maps only its aliases
        ("Strong", "Strong", "character", None, None),
        ("TableNormal", "Normal Table", "table", None, None),
        ("NoList", "No List", "numbering", None, None),
        ("Orphan", "Orphan", "paragraph", None, None),  # dangling basedOn
        ("Loop", None, "paragraph", None, None),  # no w:name; basedOn itself
    ],
)
def test_style_attributes(
    doc: Any, style_id: str, name: str | None, type_: str, base: str | None, outline: int | None
) -> None:
    style = doc.styles[style_id]
    assert style.style_id == style_id
    assert style.name == name
    assert style.type == type_
    assert (style.base_style.style_id if style.base_style else None) == base
    assert style.outline_level == outline


def test_styles_mapping(doc: Any) -> None:
    styles = doc.styles
    assert len(styles) == 10
    assert [s.style_id for s in styles] == styles.keys()
    assert styles["Heading1"] == styles["Heading 1"]  # id, or the name users see
    assert "Heading1" in styles and "Heading 1" in styles and "heading 1" in styles
    assert "Nope" not in styles and 3 not in styles
    with pytest.raises(KeyError):
        styles["Nope"]
    assert styles.get("Nope") is None
    assert styles.get("Strong").name == "Strong"
    assert dict(styles.items())["Normal"] == styles["Normal"]
    assert styles.values() == list(styles)
    assert styles.default("paragraph").style_id == "Normal"
    assert styles.default("table").style_id == "TableNormal"
    with pytest.raises(ValueError):
        styles.default("bogus")
    assert repr(styles["Heading1"]) == "<Style Heading1 name='Heading 1' type=paragraph>"
    assert {styles["Normal"], styles["Normal"]} == {styles["Normal"]}


def test_paragraph_style_defaults_like_python_docx(doc: Any) -> None:
    heading, plain, unknown = doc.paragraphs
    assert heading.style.name == "Heading 1"
    assert heading.heading_level == 1
    assert plain.style.style_id == "Normal"  # no pStyle: the default paragraph style
    assert unknown.style.style_id == "Normal"  # unknown pStyle: likewise
    assert plain.runs[0].style.style_id == "DefaultParagraphFont"
    assert unknown.runs[0].style.name == "Strong"


def test_no_styles_part() -> None:
    doc = docxsift.open(make_docx("<w:p><w:r><w:t>x</w:t></w:r></w:p>"))
    assert len(doc.styles) == 0
    assert doc.paragraphs[0].style is None
    assert doc.paragraphs[0].runs[0].style is None
    assert doc.styles.default("paragraph") is None


# --- core properties ---------------------------------------------------------

CORE = (
    "<dc:title>关于做好安全生产工作的通知</dc:title><dc:subject>s</dc:subject>"
    "<dc:creator>张三</dc:creator><cp:keywords>k</cp:keywords><dc:description>c</dc:description>"
    "<cp:category>cat</cp:category><cp:lastModifiedBy>李四</cp:lastModifiedBy>"
    "<cp:revision>12</cp:revision>"
    '<dcterms:created xsi:type="dcterms:W3CDTF">2024-03-01T08:30:00Z</dcterms:created>'
    '<dcterms:modified xsi:type="dcterms:W3CDTF">2024-03-02T10:00:00+08:00</dcterms:modified>'
    "<cp:lastPrinted>2024-03-03T01:02:03.5Z</cp:lastPrinted>"
    "<dc:language>zh-CN</dc:language><dc:identifier>id</dc:identifier>"
    "<cp:version>1.0</cp:version><cp:contentStatus>Final</cp:contentStatus>"
)


def test_core_properties() -> None:
    core = docxsift.open(make_docx(core=CORE)).core_properties
    assert core.title == "关于做好安全生产工作的通知"
    assert (core.subject, core.author, core.keywords, core.comments) == ("s", "张三", "k", "c")
    assert (core.category, core.last_modified_by, core.language) == ("cat", "李四", "zh-CN")
    assert (core.identifier, core.version, core.content_status) == ("id", "1.0", "Final")
    assert core.revision == 12
    utc = dt.timezone.utc
    assert core.created == dt.datetime(2024, 3, 1, 8, 30, tzinfo=utc)
    assert core.created.tzinfo is not None
    assert core.modified == dt.datetime(2024, 3, 2, 2, 0, tzinfo=utc)
    assert core.modified.utcoffset() == dt.timedelta(hours=8)
    assert core.last_printed == dt.datetime(2024, 3, 3, 1, 2, 3, 500000, tzinfo=utc)


def test_core_properties_absent() -> None:
    core = docxsift.open(make_docx()).core_properties
    assert core.title == "" and core.author == ""  # python-docx: "" when absent
    assert core.revision == 0
    assert core.created is None and core.modified is None and core.last_printed is None


@pytest.mark.parametrize(
    ("raw", "expected"), [("", 0), ("abc", 0), ("-3", 0), (" 7 ", 7), ("1.5", 0)]
)
def test_core_revision_like_python_docx(raw: str, expected: int) -> None:
    core = docxsift.open(make_docx(core=f"<cp:revision>{raw}</cp:revision>")).core_properties
    assert core.revision == expected


UTC = dt.timezone.utc


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("2003", dt.datetime(2003, 1, 1, tzinfo=UTC)),
        ("2003-12", dt.datetime(2003, 12, 1, tzinfo=UTC)),
        ("2003-12-31", dt.datetime(2003, 12, 31, tzinfo=UTC)),
        ("2003-12-31T10:14:55Z", dt.datetime(2003, 12, 31, 10, 14, 55, tzinfo=UTC)),
        ("2003-12-31T10:14:55", dt.datetime(2003, 12, 31, 10, 14, 55, tzinfo=UTC)),
        (
            "2003-12-31T10:14:55-08:00",
            dt.datetime(2003, 12, 31, 10, 14, 55, tzinfo=dt.timezone(dt.timedelta(hours=-8))),
        ),
        (
            "2003-12-31T10:14:55.123456789+05:30",
            dt.datetime(
                2003, 12, 31, 10, 14, 55, 123456, tzinfo=dt.timezone(dt.timedelta(minutes=330))
            ),
        ),
        ("2003-12-31T10:14Z", dt.datetime(2003, 12, 31, 10, 14, tzinfo=UTC)),
        (
            "2003-12-31 10:14:55+0800",
            dt.datetime(2003, 12, 31, 10, 14, 55, tzinfo=dt.timezone(dt.timedelta(hours=8))),
        ),
        ("  2003-12-31T10:14:55Z\n", dt.datetime(2003, 12, 31, 10, 14, 55, tzinfo=UTC)),
        ("", None),
        ("not a date", None),
        ("2003-13-01", None),
        ("2003-02-30", None),
        ("2003-12-31T25:00:00Z", None),
        ("2003-12-31T10:14:55+24:00", None),
        ("2003-12-31T10:14:55Zjunk", None),
    ],
)
def test_parse_w3cdtf(text: str, expected: dt.datetime | None) -> None:
    parsed = parse_w3cdtf(text)
    assert parsed == expected
    if parsed is not None:
        assert parsed.tzinfo is not None
        assert parsed.utcoffset() == expected.utcoffset()  # type: ignore[union-attr]


def test_malformed_core_xml_never_stops_opening() -> None:
    data = make_docx(core="<dc:title>ok</dc:title>", extra={"docProps/core.xml": "<broken"})
    assert docxsift.open(data).core_properties.title == ""


# --- python-docx agreement on real documents ------------------------------------


def corpus_sample(corpus: Path, count: int) -> list[Path]:
    with (corpus / "MANIFEST.tsv").open(encoding="utf-8") as handle:
        rows = [
            r for r in csv.DictReader(handle, delimiter="\t") if r["file"].lower().endswith(".docx")
        ]
    step = max(1, len(rows) // count)
    return [corpus / r["file"] for r in rows[::step]][:count]


def python_docx_or_none(path: Path) -> Any:
    docx = pytest.importorskip("docx")  # a test dependency; skip, not fail, without it
    try:
        return docx.Document(str(path))
    except Exception:  # python-docx cannot read every real file; those are not compared
        return None


@pytest.mark.corpus
def test_style_names_and_core_properties_match_python_docx(corpus: Path) -> None:
    compared = 0
    for path in corpus_sample(corpus, 40):
        theirs = python_docx_or_none(path)
        if theirs is None:
            continue
        try:
            ours = docxsift.open(path)
        except docxsift.DocxError:
            continue
        try:
            their_styles = [(s.style_id, s.name) for s in theirs.styles]
        except KeyError:  # python-docx raises on a w:style without w:type
            continue
        compared += 1
        assert [(s.style_id, s.name) for s in ours.styles] == their_styles, path
        a, b = ours.core_properties, theirs.core_properties
        if (b.title, b.last_modified_by) == ("Word Document", "python-docx"):
            continue  # python-docx found no core part it recognises and made up its default
        for name in ("title", "author", "last_modified_by", "category", "revision"):
            assert getattr(a, name) == getattr(b, name), (path, name)
        for name in ("created", "modified", "last_printed"):
            mine, their = getattr(a, name), getattr(b, name)
            # python-docx drops fractions of a second; docxsift keeps them
            assert (mine.replace(microsecond=0) if mine else None) == their, (path, name)
    assert compared >= 10


@pytest.mark.corpus
def test_paragraph_styles_and_direct_run_formatting_match_python_docx(corpus: Path) -> None:
    pairs = same = 0
    for path in corpus_sample(corpus, 40):
        theirs = python_docx_or_none(path)
        if theirs is None:
            continue
        try:
            ours = docxsift.open(path)
        except docxsift.DocxError:
            continue
        their_paragraphs = theirs.paragraphs
        our_paragraphs = ours.paragraphs
        if len(their_paragraphs) != len(our_paragraphs):
            continue  # python-docx misses paragraphs (block content controls): not 1:1
        for mine, their in zip(our_paragraphs, their_paragraphs):
            pairs += 1
            their_name = their.style.name if their.style is not None else None
            same += (mine.style.name if mine.style is not None else None) == their_name
            # runs python-docx sees (direct w:r children) appear in ours in order, by text
            our_runs = iter(mine.runs)
            for run in their.runs:
                if not run.text:
                    continue
                match = next((r for r in our_runs if r.text == run.text), None)
                if match is None:
                    break
                pairs += 1
                their_u = run.underline if run.underline in (None, False) else True
                same += (match.bold, match.italic, match.underline) == (
                    run.bold,
                    run.italic,
                    their_u,
                )
    assert pairs > 100
    assert same / pairs > 0.99
