"""A Document is immutable: many threads read one while others open files."""

from __future__ import annotations

import threading

import docxsift
from docx_builder import make_docx, p


def test_threads_read_one_document_while_others_open() -> None:
    body = "".join(p(f"段落 {i} " + "文字" * 20) for i in range(300))
    table = "<w:tbl><w:tr><w:tc>" + p("a") + "</w:tc><w:tc>" + p("b") + "</w:tc></w:tr></w:tbl>"
    data = make_docx(body + table)
    shared = docxsift.open(data)
    expected_text = shared.text
    expected_runs = [r.text for para in shared.paragraphs for r in para.runs]
    errors: list[BaseException] = []

    def reader() -> None:
        try:
            for _ in range(20):
                assert shared.text == expected_text
                assert [r.text for para in shared.paragraphs for r in para.runs] == expected_runs
                assert shared.tables[0].to_list() == [["a", "b"]]
        except BaseException as exc:
            errors.append(exc)

    def opener() -> None:
        try:
            for _ in range(20):
                assert docxsift.open(data).text == expected_text
        except BaseException as exc:
            errors.append(exc)

    threads = [threading.Thread(target=reader) for _ in range(4)]
    threads += [threading.Thread(target=opener) for _ in range(4)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert not errors, errors[:3]


def test_views_keep_their_document_alive() -> None:
    para = docxsift.open(make_docx(p("kept"))).paragraphs[0]
    run = para.runs[0]
    import gc

    gc.collect()
    assert para.text == "kept" and run.text == "kept"
