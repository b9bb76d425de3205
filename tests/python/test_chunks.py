"""Document.chunks() and docxsift.Chunker (docs/chunks.md): boundaries at
headings, heading paths with 公文 labels, split tables with their header rows
repeated, overlap, long paragraphs cut at sentence boundaries, custom tokenizers."""

from __future__ import annotations

import re
from typing import Any

import pytest

import docxsift
from docx_builder import lvl, make_docx, p

STYLES = "".join(
    f'<w:style w:type="paragraph" w:styleId="Heading{n}"><w:name w:val="heading {n}"/></w:style>'
    for n in (1, 2)
)


NUMBERING = (
    '<w:abstractNum w:abstractNumId="0">'
    + lvl(0, "chineseCounting", "%1、")
    + lvl(1, "chineseCounting", "（%2）")
    + "</w:abstractNum>"
    + '<w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num>'
)


def item(text: str, ilvl: int) -> str:
    return p(text, ppr=f'<w:numPr><w:ilvl w:val="{ilvl}"/><w:numId w:val="1"/></w:numPr>')


def h(style: str, text: str) -> str:
    return p(text, ppr=f'<w:pStyle w:val="{style}"/>')


def open_doc(body: str, **parts: Any) -> docxsift.Document:
    parts.setdefault("styles", STYLES)
    return docxsift.open(make_docx(body, **parts))


def squash(text: str) -> str:
    return re.sub(r"\s+", "", text)


def own_text(chunks: list[docxsift.Chunk]) -> str:
    return "".join(c.text[c.repeated_chars :] for c in chunks)


def test_typed_gongwen_headings_start_chunks_with_their_paths() -> None:
    doc = open_doc(
        p("一、总体要求")
        + p("坚持人民至上。")
        + p("（一）工作目标")
        + p("确保安全。")
        + p("二、重点任务")
        + p("开展排查。")
    )
    chunks = doc.chunks(max_tokens=100)
    assert [c.text for c in chunks] == [
        "一、总体要求\n坚持人民至上。",
        "（一）工作目标\n确保安全。",
        "二、重点任务\n开展排查。",
    ]
    assert [c.heading_path for c in chunks] == [
        ["一、总体要求"],
        ["一、总体要求", "（一）工作目标"],
        ["二、重点任务"],
    ]
    assert chunks[1].contextualized == "一、总体要求 > （一）工作目标\n（一）工作目标\n确保安全。"
    assert [(c.block_start, c.block_end) for c in chunks] == [(0, 2), (2, 4), (4, 6)]
    assert [c.chunk_index for c in chunks] == [0, 1, 2]
    assert all(c.table is None and c.page_start is None for c in chunks)


def test_headings_from_numbering_carry_their_labels() -> None:
    doc = open_doc(item("总体要求", 0) + item("工作目标", 1) + p("正文内容。"), numbering=NUMBERING)
    (chunk,) = doc.chunks(max_tokens=100)
    # Headings with no body yet stay with the section they open.
    # The text is doc.text_with_labels': a numbered label keeps its tab suffix.
    assert chunk.text == "一、\t总体要求\n（一）\t工作目标\n正文内容。"
    assert chunk.heading_path == ["一、总体要求", "（一）工作目标"]


def test_style_headings_and_by_paragraph() -> None:
    body = h("Heading1", "Intro") + p("Some words here.") + h("Heading1", "Scope") + p("More words.")
    doc = open_doc(body)
    assert [c.heading_path for c in doc.chunks(max_tokens=100)] == [["Intro"], ["Scope"]]
    (one,) = doc.chunks(max_tokens=100, by="paragraph")
    assert one.text == "Intro\nSome words here.\nScope\nMore words."
    assert one.heading_path == ["Intro"]


def test_run_in_headings_are_body_text() -> None:
    doc = open_doc(p("一、总体要求") + p("1．燃气安全。加强检查。") + p("2．交通安全。严查超载。"))
    chunks = doc.chunks(max_tokens=100)
    assert len(chunks) == 2
    assert chunks[1].text == "2．交通安全。严查超载。"
    assert chunks[1].heading_path[-1] == "2．交通安全"


def test_packing_respects_max_tokens() -> None:
    doc = open_doc("".join(p("甲" * 10) for _ in range(10)))
    chunks = doc.chunks(max_tokens=25)
    assert [c.tokens for c in chunks] == [20] * 5
    assert all(docxsift.count_tokens(c.text) <= 25 for c in chunks)
    assert squash(own_text(chunks)) == squash(doc.text_with_labels)


def test_long_chinese_paragraph_is_cut_at_sentence_ends() -> None:
    sentences = ["第一句话比较长一点。", "第二句呢？", "第三句！", "最后一句结束。"]
    doc = open_doc(p("".join(sentences)))
    chunks = doc.chunks(max_tokens=12)
    assert [c.text for c in chunks] == ["第一句话比较长一点。", "第二句呢？第三句！", "最后一句结束。"]
    assert all(c.block_start == 0 and c.block_end == 1 for c in chunks)


def test_long_english_paragraph_is_cut_at_sentence_ends() -> None:
    text = "The cat sat. The dog ran away quickly. Birds fly."
    chunks = open_doc(p(text)).chunks(max_tokens=8)
    assert [c.text for c in chunks] == ["The cat sat. ", "The dog ran away quickly. ", "Birds fly."]


def test_a_sentence_over_budget_is_cut_between_words_then_characters() -> None:
    text = "没有句号的一段很长的文字" * 3
    chunks = open_doc(p(text)).chunks(max_tokens=10)
    assert "".join(c.text for c in chunks) == text
    assert all(c.tokens <= 10 and not c.oversized for c in chunks)


def test_oversized_single_unit_is_reported() -> None:
    chunks = open_doc(p("abc")).chunks(max_tokens=1, tokenizer=lambda s: 2 * len(s))
    assert [c.text for c in chunks] == ["a", "b", "c"]
    assert all(c.oversized for c in chunks)


def test_overlap_repeats_whole_sentences_of_the_same_section() -> None:
    doc = open_doc(p("一、总体要求") + p("甲甲甲。乙乙乙。丙丙丙。丁丁丁。") + p("二、重点任务") + p("戊戊戊。"))
    chunks = doc.chunks(max_tokens=14, overlap=4)
    texts = [c.text for c in chunks]
    assert texts == [
        "一、总体要求\n甲甲甲。乙乙乙。",
        "乙乙乙。丙丙丙。丁丁丁。",
        "二、重点任务\n戊戊戊。",
    ]
    assert chunks[1].text[: chunks[1].repeated_chars] == "乙乙乙。"
    assert chunks[2].repeated_chars == 0  # never across a heading
    no_overlap = doc.chunks(max_tokens=14)
    assert squash(own_text(no_overlap)) == squash(own_text(chunks)) == squash(doc.text_with_labels)


def test_overlap_must_be_below_max_tokens() -> None:
    with pytest.raises(ValueError, match="overlap"):
        docxsift.Chunker(max_tokens=10, overlap=10)
    with pytest.raises(ValueError, match="by"):
        docxsift.Chunker(by="page")


def row(*cells: str, header: bool = False) -> str:
    trpr = "<w:trPr><w:tblHeader/></w:trPr>" if header else ""
    return "<w:tr>" + trpr + "".join(f"<w:tc>{p(c)}</w:tc>" for c in cells) + "</w:tr>"


def table(*rows: str) -> str:
    return "<w:tbl><w:tblGrid><w:gridCol/><w:gridCol/></w:tblGrid>" + "".join(rows) + "</w:tbl>"


def test_split_table_repeats_its_tblheader_rows() -> None:
    body = p("前言。") + table(
        row("序号", "内容", header=True), *[row(str(i), "排查整治" * 2) for i in range(1, 7)]
    ) + p("结语。")
    doc = open_doc(body)
    chunks = doc.chunks(max_tokens=25)
    assert chunks[0].text == "前言。" and chunks[0].table is None
    table_chunks = [c for c in chunks if c.table is not None]
    assert len(table_chunks) > 1
    assert all(c.table == 0 and c.block_start == 1 and c.block_end == 2 for c in table_chunks)
    for c in table_chunks:
        assert c.text.startswith("序号\t内容\n")
        assert c.tokens <= 25
    assert table_chunks[0].repeated_chars == 0
    assert all(c.text[: c.repeated_chars] == "序号\t内容" for c in table_chunks[1:])
    rows = [(c.row_start, c.row_end) for c in table_chunks]
    assert rows[0][0] == 0 and rows[-1][1] == 7
    assert all(a[1] == b[0] for a, b in zip(rows, rows[1:]))
    assert chunks[-1].text == "结语。"
    assert squash(own_text(chunks)) == squash(doc.text_with_labels)


def test_split_table_without_tblheader_repeats_its_first_row() -> None:
    doc = open_doc(table(row("A", "B"), *[row("x" * 8, "y" * 8) for _ in range(4)]))
    chunks = doc.chunks(max_tokens=6)
    assert len(chunks) == 4
    assert all(c.text.startswith("A\tB\n") for c in chunks)


def test_table_that_fits_is_one_chunk() -> None:
    doc = open_doc(table(row("A", "B"), row("1", "2")))
    (chunk,) = doc.chunks()
    assert chunk.text == "A\tB\n1\t2"
    assert (chunk.table, chunk.row_start, chunk.row_end) == (0, 0, 2)


def test_callable_tokenizer_is_called_and_respected() -> None:
    calls: list[str] = []

    def words(text: str) -> int:
        calls.append(text)
        return len(text.split())

    doc = open_doc("".join(p(f"w{i} x y") for i in range(6)))
    chunks = docxsift.Chunker(max_tokens=7, tokenizer=words)(doc)
    assert calls
    assert all(words(c.text) <= 7 for c in chunks)
    assert [c.text.count("\n") + 1 for c in chunks] == [2, 2, 2]


def test_tokenizer_errors_propagate() -> None:
    def broken(text: str) -> int:
        raise RuntimeError("boom")

    with pytest.raises(RuntimeError, match="boom"):
        open_doc(p("text")).chunks(tokenizer=broken)
    with pytest.raises(TypeError):
        docxsift.Chunker(tokenizer=42)


def test_hugging_face_tokenizer_built_in_memory() -> None:
    tokenizers = pytest.importorskip("tokenizers")
    vocab = {"[UNK]": 0, "alpha": 1, "beta": 2, "gamma": 3}
    tok = tokenizers.Tokenizer(tokenizers.models.WordLevel(vocab, unk_token="[UNK]"))
    tok.pre_tokenizer = tokenizers.pre_tokenizers.Whitespace()
    doc = open_doc("".join(p("alpha beta gamma") for _ in range(4)))
    chunks = doc.chunks(max_tokens=6, tokenizer=tok)
    assert [c.tokens for c in chunks] == [6, 6]


def test_ids_are_stable_and_depend_on_source() -> None:
    data = make_docx(p("一、总体要求") + p("正文。"), styles=STYLES)
    a = docxsift.open(data).chunks(source="a.docx")
    b = docxsift.open(data).chunks(source="a.docx")
    c = docxsift.open(data).chunks(source="b.docx")
    assert [x.id for x in a] == [x.id for x in b]
    assert [x.id for x in a] != [x.id for x in c]
    assert re.fullmatch(r"[0-9a-f]{16}", a[0].id)


def test_to_dict() -> None:
    (chunk,) = open_doc(p("一、总体要求") + p("正文。")).chunks()
    d = chunk.to_dict()
    assert d["text"] == chunk.text
    assert d["heading_path"] == ["一、总体要求"]
    assert d["page_start"] is None and d["table"] is None
    assert set(d) >= {"id", "chunk_index", "contextualized", "block_start", "block_end", "page_end"}


def test_count_tokens_rule() -> None:
    assert docxsift.count_tokens("") == 0
    assert docxsift.count_tokens("安全生产") == 4
    assert docxsift.count_tokens("，。") == 2
    assert docxsift.count_tokens("hello world") == 4  # ceil(5/4) twice
    assert docxsift.count_tokens("a b c") == 3
    assert docxsift.count_tokens("2026年") == 2


def test_empty_document_has_no_chunks() -> None:
    assert open_doc(p("") + p("  ")).chunks() == []


def test_extract_chunks_field(tmp_path: Any) -> None:
    path = tmp_path / "a.docx"
    path.write_bytes(make_docx(p("一、总体要求") + p("甲。" * 30) + p("二、重点任务") + p("乙。"), styles=STYLES))
    (record,) = docxsift.extract([str(path)], fields=("chunks",), chunk_max_tokens=40, workers=1)
    expected = docxsift.open(path).chunks(max_tokens=40, source=str(path))
    assert record["chunks"] == [c.to_dict() for c in expected]
    assert len(record["chunks"]) > 2
    (processed,) = docxsift.extract(
        [str(path)], fields=("chunks",), chunk_max_tokens=40, isolation="processes", workers=1
    )
    assert processed["chunks"] == record["chunks"]
    with pytest.raises(ValueError, match="overlap"):
        list(docxsift.extract([str(path)], fields=("chunks",), chunk_max_tokens=4, chunk_overlap=4))


def test_extract_chunks_to_arrow(tmp_path: Any) -> None:
    pytest.importorskip("pyarrow")
    path = tmp_path / "a.docx"
    path.write_bytes(make_docx(p("一、总体要求") + p("正文。"), styles=STYLES))
    table = docxsift.extract_to_arrow([str(path)], fields=("chunks",))
    (chunks,) = table.column("chunks").to_pylist()
    assert chunks[0]["heading_path"] == ["一、总体要求"]


def test_cli_chunks(tmp_path: Any) -> None:
    import json
    import subprocess
    import sys

    path = tmp_path / "a.docx"
    path.write_bytes(make_docx(p("一、总体要求") + p("正文。") + p("二、重点任务") + p("乙。"), styles=STYLES))
    out = subprocess.run(
        [sys.executable, "-m", "docxsift", "chunks", str(path), str(tmp_path / "missing.docx"),
         "--max-tokens", "50"],
        capture_output=True, text=True,
    )
    assert out.returncode == 2
    assert "missing.docx" in out.stderr
    lines = [json.loads(line) for line in out.stdout.splitlines()]
    assert [x["heading_path"] for x in lines] == [["一、总体要求"], ["二、重点任务"]]
    assert all(x["source"] == str(path) for x in lines)
    bad = subprocess.run(
        [sys.executable, "-m", "docxsift", "chunks", str(path), "--overlap", "60", "--max-tokens", "50"],
        capture_output=True, text=True,
    )
    assert bad.returncode == 1 and "overlap" in bad.stderr


def test_dask_read_docx_chunks(tmp_path: Any) -> None:
    pytest.importorskip("dask.dataframe")
    pytest.importorskip("pyarrow")
    import docxsift.dask

    path = tmp_path / "a.docx"
    path.write_bytes(make_docx(p("一、总体要求") + p("甲。" * 30) + p("二、重点任务") + p("乙。"), styles=STYLES))
    frame = docxsift.dask.read_docx(str(tmp_path), fields=("chunks",), chunk_max_tokens=40).compute()
    (chunks,) = frame["chunks"].tolist()
    expected = docxsift.open(path).chunks(max_tokens=40, source=str(path))
    assert [c["id"] for c in chunks] == [c.id for c in expected]
