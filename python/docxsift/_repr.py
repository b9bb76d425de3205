"""Jupyter display and pandas sugar attached to the bound classes.

``_repr_html_`` for Document, Paragraph and Table, and ``Table.to_pandas``.
Everything taken from the document goes through :func:`html.escape`: a
document is untrusted input, and a notebook renders HTML.
"""

from __future__ import annotations

import html
from typing import Any

from docxsift import _core
from docxsift._augments import augment

#: Blocks of the body shown by ``Document._repr_html_`` (the "first pages").
MAX_BLOCKS = 50

_PROPERTIES = (
    "title",
    "subject",
    "author",
    "keywords",
    "category",
    "last_modified_by",
    "revision",
    "created",
    "modified",
)


def _esc(value: object) -> str:
    return html.escape(str(value), quote=True)


def _text_html(text: str) -> str:
    return _esc(text).replace("\n", "<br>").replace("\t", "&emsp;")


def _runs_html(paragraph: Any) -> str:
    parts = []
    for run in paragraph.runs:
        text = run.text
        if not text:
            continue
        piece = _text_html(text)
        fmt = run.effective
        if fmt.bold:
            piece = f"<strong>{piece}</strong>"
        if fmt.italic:
            piece = f"<em>{piece}</em>"
        if fmt.underline:
            piece = f"<u>{piece}</u>"
        if fmt.strike:
            piece = f"<s>{piece}</s>"
        parts.append(piece)
    return "".join(parts)


def _label_html(paragraph: Any) -> str:
    label = paragraph.list_label
    if not label:
        return ""
    return f'<span class="docxsift-label">{_esc(label)}</span>&nbsp;'


def _paragraph_block_html(paragraph: Any) -> str:
    body = _label_html(paragraph) + _runs_html(paragraph)
    level = paragraph.heading_level
    if level and level <= 6:
        return f"<h{level}>{body}</h{level}>"
    indent = paragraph.list_level or 0
    style = f' style="margin-left:{1.5 * indent:g}em"' if indent else ""
    return f"<p{style}>{body}</p>"


def _same(a: Any, b: Any) -> bool:
    # Cell.__eq__ accepts only cells; grid slots outside any cell are None.
    return a is not None and b is not None and bool(a == b)


def _table_html(table: Any) -> str:
    """An HTML table over the grid: a cell spanning columns or merged rows is
    one <td> with colspan/rowspan (python-docx grid: a merged cell fills every
    slot it covers, so equal neighbours are one cell)."""
    grid = [
        [None] * row.grid_cols_before + list(row.cells) + [None] * row.grid_cols_after
        for row in table.rows
    ]
    width = max((len(r) for r in grid), default=0)
    done: set[tuple[int, int]] = set()
    rows_html = []
    for r, row in enumerate(grid):
        cells_html = []
        for c in range(width):
            if (r, c) in done:
                continue
            cell = row[c] if c < len(row) else None
            colspan = rowspan = 1
            if cell is not None:
                while c + colspan < len(row) and _same(row[c + colspan], cell):
                    colspan += 1
                while (
                    r + rowspan < len(grid)
                    and c < len(grid[r + rowspan])
                    and _same(grid[r + rowspan][c], cell)
                ):
                    rowspan += 1
            for dr in range(rowspan):
                for dc in range(colspan):
                    done.add((r + dr, c + dc))
            attrs = ""
            if colspan > 1:
                attrs += f' colspan="{colspan}"'
            if rowspan > 1:
                attrs += f' rowspan="{rowspan}"'
            text = "" if cell is None else _text_html(cell.text)
            cells_html.append(f"<td{attrs}>{text}</td>")
        rows_html.append("<tr>" + "".join(cells_html) + "</tr>")
    return '<table class="docxsift-table" border="1">' + "".join(rows_html) + "</table>"


def document_counts(doc: Any) -> dict[str, int]:
    """How many body paragraphs, tables, sections, notes and comments: the
    summary both the notebook view and ``docxsift info`` show."""
    return {
        "paragraphs": len(doc.paragraphs),
        "tables": len(doc.tables),
        "sections": len(doc.sections),
        "footnotes": len(doc.footnotes),
        "endnotes": len(doc.endnotes),
        "comments": len(doc.comments),
    }


def _document_html(doc: Any) -> str:
    props = doc.core_properties
    prop_rows = []
    for name in _PROPERTIES:
        value = getattr(props, name, None)
        if value not in (None, ""):
            prop_rows.append(f"<tr><th>{_esc(name)}</th><td>{_esc(value)}</td></tr>")
    blocks = doc.blocks
    counts = document_counts(doc)
    count_text = ", ".join(f"{n} {name}" for name, n in counts.items())
    body = []
    for block in blocks[:MAX_BLOCKS]:
        if isinstance(block, _core.Table):
            body.append(_table_html(block))
        else:
            body.append(_paragraph_block_html(block))
    more = len(blocks) - MAX_BLOCKS
    if more > 0:
        body.append(f"<p><em>… {more} more blocks</em></p>")
    props_html = (
        '<table class="docxsift-properties">' + "".join(prop_rows) + "</table>" if prop_rows else ""
    )
    return (
        '<div class="docxsift-document">'
        f"<p><strong>docxsift.Document</strong>: {_esc(count_text)}</p>"
        f"{props_html}<hr>{''.join(body)}</div>"
    )


def _paragraph_html(paragraph: Any) -> str:
    style = paragraph.style
    name = style.name if style is not None else None
    caption = f'<small class="docxsift-style">{_esc(name)}</small>' if name else ""
    return f'<div class="docxsift-paragraph">{caption}{_paragraph_block_html(paragraph)}</div>'


def _unique_names(names: list[str]) -> list[str]:
    """Column names made unique as pandas.read_csv does: a repeated ``name``
    becomes ``name.1``, ``name.2`` (skipping any such name already taken)."""
    counts: dict[str, int] = {}
    out = []
    for name in names:
        count = counts.get(name, 0)
        unique = name
        while count > 0:
            counts[unique] = count + 1
            unique = f"{name}.{count}"
            count = counts.get(unique, 0)
        counts[unique] = count + 1
        out.append(unique)
    return out


def _to_pandas(self: Any, header: int = True) -> Any:
    """The table as a pandas DataFrame of cell texts over the grid (``to_list()``;
    merged cells repeat their text in every grid slot they cover).

    ``header=True`` (or 1): the first row names the columns; a name repeated
    by a merged header cell is made unique as ``pandas.read_csv`` does
    (``name``, ``name.1``). ``header=N`` (N >= 2): the first N rows name the
    columns as a ``pandas.MultiIndex`` (a merged group title over its
    sub-headings). ``header=False`` (or 0): columns 0, 1, 2...
    """
    if isinstance(header, bool):
        header = int(header)
    if not isinstance(header, int) or header < 0:
        raise ValueError(f"header must be True, False or a number of rows >= 0, not {header!r}")
    try:
        import pandas as pd
    except ImportError as exc:
        raise ImportError(
            "Table.to_pandas needs pandas: pip install docxsift[pandas]"
        ) from exc
    rows = self.to_list()
    if header == 0 or not rows:
        return pd.DataFrame(rows)
    if header == 1:
        return pd.DataFrame(rows[1:], columns=_unique_names(rows[0]))
    columns = pd.MultiIndex.from_arrays(rows[:header])
    return pd.DataFrame(rows[header:], columns=columns)


augment(_core.Document, "_repr_html_", _document_html)
augment(_core.Paragraph, "_repr_html_", _paragraph_html)
augment(_core.Table, "_repr_html_", _table_html)
augment(_core.Table, "to_pandas", _to_pandas)
