"""doc.to_dict() / to_json(): the schema in docs/schema validates them, and
the JSON text round-trips to exactly the dict."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

import docxsift

jsonschema = pytest.importorskip("jsonschema")

REPO = Path(__file__).resolve().parents[2]
SCHEMA = json.loads((REPO / "docs" / "schema" / "document.schema.json").read_text("utf-8"))
EXAMPLE = REPO / "examples" / "gongwen_notice.docx"


def validate(data: Any) -> None:
    jsonschema.Draft202012Validator.check_schema(SCHEMA)
    jsonschema.Draft202012Validator(SCHEMA).validate(data)


def test_schema_validates_example_and_round_trips() -> None:
    doc = docxsift.open(EXAMPLE)
    data = doc.to_dict()
    validate(data)
    assert json.loads(doc.to_json()) == data
    assert json.loads(doc.to_json(indent=2)) == data
    texts = [b["text"] for b in data["blocks"] if b["type"] == "paragraph"]
    assert texts == [p.text for p in doc.paragraphs]


def test_paragraph_fields(open_docx: Any) -> None:
    body = (
        '<w:p><w:pPr><w:pStyle w:val="H1"/><w:jc w:val="center"/></w:pPr>'
        '<w:r><w:rPr><w:b/><w:sz w:val="32"/></w:rPr><w:t>Title "q" \\ &lt;</w:t></w:r>'
        '<w:r><w:footnoteReference w:id="1"/></w:r>'
        '<w:hyperlink w:anchor="x"><w:r><w:t>go</w:t></w:r></w:hyperlink></w:p>'
    )
    doc = open_docx(
        body,
        styles='<w:style w:type="paragraph" w:styleId="H1"><w:name w:val="heading 1"/>'
        '<w:pPr><w:outlineLvl w:val="0"/></w:pPr></w:style>',
        footnotes='<w:footnote w:id="1"><w:p><w:r><w:t>note</w:t></w:r></w:p></w:footnote>',
    )
    data = doc.to_dict()
    validate(data)
    para = data["blocks"][0]
    assert para["text"] == 'Title "q" \\ <go'
    assert para["style"] == "Heading 1"
    assert para["heading_level"] == 1
    assert para["alignment"] == "center"
    assert para["footnote_ids"] == ["1"]
    run = para["runs"][0]
    assert run["bold"] is True and run["size_pt"] == 16.0
    assert [r["hyperlink"] for r in para["runs"] if r["text"] == "go"] == [0]
    assert para["hyperlinks"] == [{"text": "go", "url": None, "anchor": "x"}]
    assert data["footnotes"][0]["id"] == "1"
    assert json.loads(doc.to_json()) == data
    assert data["styles"][0]["name"] == "Heading 1"


def test_table_spans(open_docx: Any) -> None:
    def tc(text: str, pr: str = "") -> str:
        return f"<w:tc><w:tcPr>{pr}</w:tcPr><w:p><w:r><w:t>{text}</w:t></w:r></w:p></w:tc>"

    body = (
        "<w:tbl><w:tblGrid><w:gridCol/><w:gridCol/></w:tblGrid>"
        "<w:tr>" + tc("A", '<w:gridSpan w:val="2"/>') + "</w:tr>"
        "<w:tr>" + tc("B", '<w:vMerge w:val="restart"/>') + tc("C") + "</w:tr>"
        "<w:tr>" + tc("", "<w:vMerge/>") + tc("D") + "</w:tr></w:tbl>"
    )
    data = open_docx(body).to_dict()
    validate(data)
    table = data["blocks"][0]
    assert table["type"] == "table" and table["columns"] == 2
    rows = [[(c["text"], c["colspan"], c["rowspan"]) for c in r["cells"]] for r in table["rows"]]
    assert rows == [[("A", 2, 1)], [("B", 1, 2), ("C", 1, 1)], [("D", 1, 1)]]
    assert table["grid"] == [["A", "A"], ["B", "C"], ["B", "D"]]


def test_sections_notes_comments_properties(open_docx: Any) -> None:
    sect = (
        '<w:sectPr><w:headerReference w:type="default" r:id="rIdH"/>'
        '<w:pgSz w:w="11906" w:h="16838"/></w:sectPr>'
    )
    doc = open_docx(
        '<w:p><w:r><w:t>x</w:t></w:r></w:p>',
        sect=sect,
        headers={"rIdH": "<w:p><w:r><w:t>Head</w:t></w:r></w:p>"},
        comments='<w:comment w:id="0" w:author="Ann"><w:p><w:r><w:t>c</w:t></w:r></w:p></w:comment>',
        core="<dc:title>T \u4e2d</dc:title>",
    )
    data = doc.to_dict()
    validate(data)
    section = data["sections"][0]
    assert section["page_width"] == 11906 * 635
    assert section["headers"]["default"][0]["text"] == "Head"
    assert section["headers"]["first"] is None
    assert data["comments"][0]["author"] == "Ann"
    assert data["properties"]["title"] == "T \u4e2d"
    text = doc.to_json()
    assert "\u4e2d" in text  # UTF-8, not \\u escapes
    assert json.loads(text) == data


def test_control_characters_escaped(open_docx: Any) -> None:
    doc = open_docx('<w:p><w:r><w:t>a</w:t><w:tab/><w:t>b</w:t><w:br/><w:t>c</w:t></w:r></w:p>')
    text = doc.to_json()
    assert "\\t" in text and "\\n" in text
    assert json.loads(text)["blocks"][0]["text"] == "a\tb\nc"


def test_cli_json(tmp_path: Path, build: Any) -> None:
    import subprocess
    import sys

    path = tmp_path / "a.docx"
    path.write_bytes(build('<w:p><w:r><w:t>x "y"</w:t></w:r></w:p>'))
    result = subprocess.run(
        [sys.executable, "-m", "docxsift", "json", str(path), "--indent", "2"],
        capture_output=True, text=True, check=False,
    )
    assert result.returncode == 0, result.stderr
    data = json.loads(result.stdout)
    validate(data)
    assert data == docxsift.open(path).to_dict()
