"""Tables with python-docx semantics: spans, vertical merges, nesting, wrappers."""

from __future__ import annotations

import pytest

import docxsift
from docx_builder import make_docx, p


def tc(text: str, props: str = "") -> str:
    return f"<w:tc>{f'<w:tcPr>{props}</w:tcPr>' if props else ''}{p(text)}</w:tc>"


def grid(n: int) -> str:
    return "<w:tblGrid>" + "<w:gridCol/>" * n + "</w:tblGrid>"


def test_spans_and_vertical_merges() -> None:
    table = (
        "<w:tbl>" + grid(3)
        + "<w:tr>" + tc("a", '<w:vMerge w:val="restart"/>') + tc("b", '<w:gridSpan w:val="2"/>') + "</w:tr>"
        + "<w:tr>" + tc("", "<w:vMerge/>") + tc("c") + tc("d") + "</w:tr>"
        + "</w:tbl>"
    )
    doc = docxsift.open(make_docx(table))
    t = doc.tables[0]
    rows = t.rows
    assert [c.text for c in rows[0].cells] == ["a", "b", "b"]
    assert rows[0].cells[1] == rows[0].cells[2]  # a spanning cell appears N times
    assert rows[1].cells[0] == rows[0].cells[0]  # a continuation is the starting cell
    assert t.to_list() == [["a", "b", "b"], ["a", "c", "d"]]
    assert t.cell(1, 0).text == "a"
    assert rows[0].cells[1].grid_span == 2
    assert rows[0].cells[0].vertical_merge == "restart"
    assert doc.text == "a\tb\n\tc\td"


def test_nested_tables_and_cell_text() -> None:
    inner = "<w:tbl>" + grid(2) + "<w:tr>" + tc("x") + tc("y") + "</w:tr></w:tbl>"
    table = "<w:tbl>" + grid(1) + "<w:tr><w:tc>" + p("outer") + inner + p("after") + "</w:tc></w:tr></w:tbl>"
    doc = docxsift.open(make_docx(table))
    cell = doc.tables[0].cell(0, 0)
    assert [x.text for x in cell.paragraphs] == ["outer", "after"]
    assert len(cell.tables) == 1 and cell.tables[0].to_list() == [["x", "y"]]
    assert cell.text == "outer\nx\ty\nafter"
    assert [x.text for x in doc.iter_paragraphs()] == ["outer", "x", "y", "after"]


def test_rows_in_content_controls_and_insertions_are_rows() -> None:
    table = (
        "<w:tbl>" + grid(1)
        + "<w:sdt><w:sdtPr/><w:sdtContent><w:tr>" + tc("in sdt") + "</w:tr></w:sdtContent></w:sdt>"
        + '<w:customXml w:element="r"><w:tr>' + tc("in customXml") + "</w:tr></w:customXml>"
        + '<w:tr><w:trPr><w:ins w:id="1" w:author="a"/></w:trPr>' + tc("inserted row") + "</w:tr>"
        + '<w:tr><w:trPr><w:del w:id="2" w:author="a"/></w:trPr>' + tc("deleted row") + "</w:tr>"
        + "<w:tr><w:sdt><w:sdtContent>" + tc("cell in sdt") + "</w:sdtContent></w:sdt></w:tr>"
        + "</w:tbl>"
    )
    doc = docxsift.open(make_docx(table))
    assert [r.cells[0].text for r in doc.tables[0].rows] == [
        "in sdt", "in customXml", "inserted row", "cell in sdt",
    ]
    rejected = docxsift.open(make_docx(table), revisions="reject")
    assert [r.cells[0].text for r in rejected.tables[0].rows] == [
        "in sdt", "in customXml", "deleted row", "cell in sdt",
    ]


def test_rows_starting_late_or_ending_early_have_only_real_cells() -> None:
    # python-docx 1.2 _Row.cells: only the cells present; never None (issue #17).
    table = (
        "<w:tbl>" + grid(3)
        + '<w:tr><w:trPr><w:gridBefore w:val="1"/></w:trPr>' + tc("b") + tc("c") + "</w:tr>"
        + "<w:tr>" + tc("a") + tc("b") + tc("c") + "</w:tr>"
        + '<w:tr><w:trPr><w:gridAfter w:val="1"/></w:trPr>' + tc("x") + tc("y") + "</w:tr>"
        + "<w:tr>" + tc("short") + "</w:tr></w:tbl>"
    )
    t = docxsift.open(make_docx(table)).tables[0]
    assert [[c.text for c in r.cells] for r in t.rows] == [["b", "c"], ["a", "b", "c"], ["x", "y"], ["short"]]
    assert [(r.grid_cols_before, r.grid_cols_after) for r in t.rows] == [(1, 0), (0, 0), (0, 1), (0, 0)]
    assert t.to_list() == [["", "b", "c"], ["a", "b", "c"], ["x", "y", ""], ["short", "", ""]]
    assert t.cell(0, 1).text == "b" and t.cell(2, 1).text == "y"
    for row, col in [(0, 0), (2, 2), (3, 1), (4, 0), (0, 3)]:
        with pytest.raises(IndexError):
            t.cell(row, col)
    assert [c.text for c in t.columns[0].cells] == ["a", "x", "short"]
    assert "<td></td><td>b</td>" in t._repr_html_()


def test_table_repr_and_len() -> None:
    table = "<w:tbl>" + grid(2) + "<w:tr>" + tc("a") + tc("b") + "</w:tr></w:tbl>"
    t = docxsift.open(make_docx(table)).tables[0]
    assert len(t) == 1
    assert repr(t) == "<Table 0 rows=1 cols=2>"


def merged_header_table() -> docxsift.Table:
    # 基本信息 spans two columns over 姓名 / 年龄; 备注 is merged down both header rows.
    table = (
        "<w:tbl>" + grid(3)
        + "<w:tr>" + tc("基本信息", '<w:gridSpan w:val="2"/>') + tc("备注", '<w:vMerge w:val="restart"/>')
        + "</w:tr><w:tr>" + tc("姓名") + tc("年龄") + tc("", "<w:vMerge/>")
        + "</w:tr><w:tr>" + tc("张三") + tc("30") + tc("无") + "</w:tr></w:tbl>"
    )
    return docxsift.open(make_docx(table)).tables[0]


def test_to_pandas_makes_repeated_header_names_unique_like_read_csv() -> None:
    pytest.importorskip("pandas")
    frame = merged_header_table().to_pandas()
    assert list(frame.columns) == ["基本信息", "基本信息.1", "备注"]
    assert frame.columns.is_unique
    assert frame["基本信息.1"].tolist() == ["年龄", "30"]
    assert list(merged_header_table().to_pandas(header=False).columns) == [0, 1, 2]


def test_unique_names_skip_names_already_taken() -> None:
    from docxsift._repr import _unique_names

    # As pandas.read_csv: the second "a" cannot become "a.1", which is taken.
    assert _unique_names(["a", "a.1", "a", "b", "a"]) == ["a", "a.1", "a.2", "b", "a.3"]


def test_to_pandas_multiindex_header() -> None:
    pd = pytest.importorskip("pandas")
    frame = merged_header_table().to_pandas(header=2)
    assert isinstance(frame.columns, pd.MultiIndex)
    assert list(frame.columns) == [("基本信息", "姓名"), ("基本信息", "年龄"), ("备注", "备注")]
    assert frame[("基本信息", "姓名")].tolist() == ["张三"]
    with pytest.raises(ValueError, match="header"):
        merged_header_table().to_pandas(header=-1)
