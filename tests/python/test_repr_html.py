"""Jupyter display: HTML for Document, Paragraph and Table escapes everything
taken from the document, and tables keep their spans."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

import docxsift

EVIL = "&lt;script&gt;alert(1)&lt;/script&gt; &amp; &quot;q&quot;"
EXAMPLE = Path(__file__).resolve().parents[2] / "examples" / "gongwen_notice.docx"


def tc(text: str, pr: str = "") -> str:
    return f"<w:tc><w:tcPr>{pr}</w:tcPr><w:p><w:r><w:t>{text}</w:t></w:r></w:p></w:tc>"


def test_document_html_escapes(open_docx: Any) -> None:
    body = (
        f"<w:p><w:r><w:rPr><w:b/></w:rPr><w:t>{EVIL}</w:t></w:r></w:p>"
        "<w:tbl><w:tr>" + tc(EVIL) + "</w:tr></w:tbl>"
    )
    doc = open_docx(body, core=f"<dc:title>{EVIL}</dc:title>")
    html = doc._repr_html_()
    assert "<script>" not in html
    assert "&lt;script&gt;" in html and "&amp;" in html and "&quot;q&quot;" in html
    assert "<strong>" in html and "<table" in html
    assert "1 paragraphs, 1 tables" in html


def test_paragraph_html_shows_formatting_and_style(open_docx: Any) -> None:
    body = (
        '<w:p><w:pPr><w:pStyle w:val="S"/></w:pPr>'
        '<w:r><w:rPr><w:i/></w:rPr><w:t>it</w:t></w:r>'
        '<w:r><w:rPr><w:b/></w:rPr><w:t>&lt;b&gt;</w:t></w:r></w:p>'
    )
    doc = open_docx(
        body, styles='<w:style w:type="paragraph" w:styleId="S"><w:name w:val="My &lt;Style&gt;"/></w:style>'
    )
    html = doc.paragraphs[0]._repr_html_()
    assert "<em>it</em>" in html
    assert "<strong>&lt;b&gt;</strong>" in html
    assert "My &lt;Style&gt;" in html


def test_table_html_spans(open_docx: Any) -> None:
    body = (
        "<w:tbl><w:tblGrid><w:gridCol/><w:gridCol/><w:gridCol/></w:tblGrid>"
        "<w:tr>" + tc("A", '<w:gridSpan w:val="2"/>') + tc("B") + "</w:tr>"
        "<w:tr>" + tc("C", '<w:vMerge w:val="restart"/>') + tc("D") + tc("E") + "</w:tr>"
        "<w:tr>" + tc("", "<w:vMerge/>") + tc("F") + tc("G") + "</w:tr></w:tbl>"
    )
    html = open_docx(body).tables[0]._repr_html_()
    assert '<td colspan="2">A</td><td>B</td>' in html
    assert '<td rowspan="2">C</td><td>D</td><td>E</td>' in html
    assert "<tr><td>F</td><td>G</td></tr>" in html


def test_example_renders_headings_and_labels() -> None:
    doc = docxsift.open(EXAMPLE)
    html = doc._repr_html_()
    assert html.startswith('<div class="docxsift-document">')
    labels = [p.list_label for p in doc.paragraphs if p.list_label]
    for label in labels[:3]:
        assert label in html


def test_to_pandas(open_docx: Any) -> None:
    pd = pytest.importorskip("pandas")
    body = (
        "<w:tbl><w:tblGrid><w:gridCol/><w:gridCol/></w:tblGrid>"
        "<w:tr>" + tc("name") + tc("n") + "</w:tr>"
        "<w:tr>" + tc("a") + tc("1") + "</w:tr></w:tbl>"
    )
    table = open_docx(body).tables[0]
    frame = table.to_pandas()
    assert isinstance(frame, pd.DataFrame)
    assert list(frame.columns) == ["name", "n"] and frame.iloc[0].tolist() == ["a", "1"]
    assert table.to_pandas(header=False).shape == (2, 2)


def test_to_pandas_without_pandas(open_docx: Any, monkeypatch: Any) -> None:
    import sys

    monkeypatch.setitem(sys.modules, "pandas", None)
    table = open_docx("<w:tbl><w:tr>" + tc("x") + "</w:tr></w:tbl>").tables[0]
    with pytest.raises(ImportError, match=r"pip install docxsift\[pandas\]"):
        table.to_pandas()


def test_table_html_with_grid_before(open_docx: Any) -> None:
    body = (
        "<w:tbl><w:tblGrid><w:gridCol/><w:gridCol/></w:tblGrid>"
        "<w:tr>" + tc("A") + tc("B") + "</w:tr>"
        '<w:tr><w:trPr><w:gridBefore w:val="1"/></w:trPr>' + tc("C") + "</w:tr></w:tbl>"
    )
    html = open_docx(body).tables[0]._repr_html_()
    assert "<tr><td></td><td>C</td></tr>" in html
