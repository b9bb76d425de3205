"""docxsift.extract and its adapters."""

from __future__ import annotations

import csv
import json
import os
import signal
import sys
import threading
import time
from pathlib import Path
from typing import Any

import pytest

import docxsift
from docx_builder import PNG, inline_picture, make_docx, p
from docxsift import batch

TABLE = (
    "<w:tbl><w:tblGrid><w:gridCol/><w:gridCol/></w:tblGrid><w:tr>"
    "<w:tc><w:p><w:r><w:t>a</w:t></w:r></w:p></w:tc>"
    "<w:tc><w:p><w:r><w:t>b</w:t></w:r></w:p></w:tc></w:tr></w:tbl>"
)


def rich_docx() -> bytes:
    return make_docx(
        p("一、总则") + TABLE + p("body end", inline_picture("rIdP", descr="logo")),
        sect='<w:sectPr><w:headerReference w:type="default" r:id="rIdH"/>'
        '<w:footerReference w:type="default" r:id="rIdF"/></w:sectPr>',
        headers={"rIdH": p("Header text")},
        footers={"rIdF": p("Footer text")},
        footnotes='<w:footnote w:id="1"><w:p><w:r><w:t>a note</w:t></w:r></w:p></w:footnote>',
        comments='<w:comment w:id="0" w:author="Ann" w:date="2024-01-01T00:00:00Z">'
        "<w:p><w:r><w:t>a comment</w:t></w:r></w:p></w:comment>",
        core="<dc:title>The Title</dc:title><dc:creator>Bob</dc:creator>",
        document_rels=[("rIdP", "image", "media/logo.png")],
        content_types={"png": "image/png"},
        extra={"word/media/logo.png": PNG},
    )


def numbered(folder: Path, n: int, bad: dict[int, bytes] | None = None) -> list[str]:
    """Files doc00.docx.. with body text "doc i"; ``bad`` replaces some by raw bytes."""
    paths = []
    for i in range(n):
        path = folder / f"doc{i:02d}.docx"
        data = (bad or {}).get(i, make_docx(p(f"doc {i}")))
        path.write_bytes(data)
        paths.append(str(path))
    return paths


def test_records_come_back_in_input_order(tmp_path: Path) -> None:
    paths = numbered(tmp_path, 40)
    records = list(docxsift.extract(paths, workers=3))
    assert [r["path"] for r in records] == paths
    assert [r["text"] for r in records] == [f"doc {i}" for i in range(40)]
    assert all(r["ok"] and r["error"] is None and r["seconds"] >= 0 for r in records)
    assert list(records[0]) == ["path", "ok", "error", "seconds", "text"]


def test_directory_is_searched_recursively_and_sorted(tmp_path: Path) -> None:
    (tmp_path / "b").mkdir()
    (tmp_path / "a").mkdir()
    for name in ("b/z.docx", "a/y.DOCX", "a/x.dotm", "top.docm", "a/~$lock.docx"):
        (tmp_path / name).write_bytes(make_docx(p(name)))
    (tmp_path / "notes.txt").write_text("not a docx")
    records = list(docxsift.extract(tmp_path, workers=1))
    names = [os.path.relpath(r["path"], tmp_path) for r in records]
    assert names == ["top.docm", os.path.join("a", "x.dotm"), os.path.join("a", "y.DOCX"),
                     os.path.join("b", "z.docx")]
    globbed = list(docxsift.extract(str(tmp_path / "**" / "*.d*x"), workers=1))
    # A glob means what it says: case-sensitive, lock files included.
    assert sorted(os.path.basename(r["path"]) for r in globbed) == ["z.docx", "~$lock.docx"]


def test_path_objects_and_a_single_file(tmp_path: Path) -> None:
    paths = [Path(s) for s in numbered(tmp_path, 3)]
    assert [r["text"] for r in docxsift.extract(paths)] == ["doc 0", "doc 1", "doc 2"]
    assert [r["text"] for r in docxsift.extract(paths[1])] == ["doc 1"]


def test_a_generator_is_not_consumed_ahead_of_the_window(tmp_path: Path) -> None:
    paths = numbered(tmp_path, 60)
    pulled = 0

    def source() -> Any:
        nonlocal pulled
        for path in paths:
            pulled += 1
            yield path

    window = 4 * 2  # the default window: 4 x workers
    taken = 0
    worst = 0
    for record in docxsift.extract(source(), workers=2):
        taken += 1
        worst = max(worst, pulled - taken)
        assert record["text"] == f"doc {taken - 1}"
    assert taken == 60
    assert worst <= window
    assert worst >= 2  # it does read ahead, for the workers


def test_nothing_is_pulled_before_iteration(tmp_path: Path) -> None:
    pulled = []

    def source() -> Any:
        pulled.append(1)
        yield from numbered(tmp_path, 2)

    records = docxsift.extract(source())
    assert pulled == []
    assert len(list(records)) == 2


@pytest.mark.parametrize("mode", ["record", "skip", "raise"])
def test_bad_files_in_the_middle(tmp_path: Path, mode: str) -> None:
    paths = numbered(tmp_path, 10, bad={3: b"not a zip at all", 6: b"PK\x03\x04 truncated"})
    paths.insert(8, str(tmp_path / "missing.docx"))
    if mode == "raise":
        seen = []
        with pytest.raises(docxsift.PackageError):
            for record in docxsift.extract(paths, workers=2, on_error="raise"):
                seen.append(record["path"])
        assert seen == paths[:3]
        return
    records = list(docxsift.extract(paths, workers=2, on_error=mode, fields=("text", "stats")))
    if mode == "skip":
        assert [r["path"] for r in records] == [
            q for i, q in enumerate(paths) if i not in (3, 6, 8)
        ]
        assert all(r["ok"] for r in records)
        return
    assert [r["path"] for r in records] == paths
    bad = {i: r for i, r in enumerate(records) if not r["ok"]}
    assert sorted(bad) == [3, 6, 8]
    assert bad[3]["error"].startswith("PackageError: ")
    assert bad[6]["error"].startswith("PackageError: ")
    assert bad[8]["error"].startswith("FileNotFoundError: ")
    assert bad[3]["text"] is None and bad[3]["stats"] is None
    assert records[9]["text"] == "doc 8"


def test_raise_gives_the_real_exception_class(tmp_path: Path) -> None:
    with pytest.raises(FileNotFoundError):
        list(docxsift.extract([str(tmp_path / "nope.docx")], on_error="raise"))


def test_every_field(tmp_path: Path) -> None:
    path = tmp_path / "rich.docx"
    path.write_bytes(rich_docx())
    (record,) = docxsift.extract([path], fields=batch.FIELDS)
    assert record["ok"], record["error"]
    assert record["text"] == "一、总则\na\tb\nbody end"
    assert record["paragraphs"] == ["一、总则", "a", "b", "body end"]
    assert record["tables"] == [[["a", "b"]]]
    assert record["headers"] == ["Header text"]
    assert record["footers"] == ["Footer text"]
    assert record["footnotes"] == ["a note"]
    assert record["comments"] == [
        {"id": "0", "author": "Ann", "date": "2024-01-01T00:00:00Z", "text": "a comment"}
    ]
    assert record["properties"]["title"] == "The Title"
    assert record["properties"]["author"] == "Bob"
    assert record["properties"]["subject"] is None
    stats = record["stats"]
    assert stats["paragraphs"] == 4 and stats["tables"] == 1 and stats["sections"] == 1
    assert stats["headers"] == 1 and stats["footers"] == 1
    assert stats["footnotes"] == 1 and stats["comments"] == 1
    assert stats["han_characters"] == 3
    assert stats["characters"] == len(record["text"])
    assert stats["characters_no_spaces"] == len("".join(record["text"].split()))


@pytest.mark.parametrize("field", batch.FIELDS)
def test_each_field_alone(tmp_path: Path, field: str) -> None:
    path = tmp_path / "rich.docx"
    path.write_bytes(rich_docx())
    (record,) = docxsift.extract([path], fields=field)
    keys = ["sha256", "text_hash"] if field == "hash" else [field]
    assert list(record) == ["path", "ok", "error", "seconds", *keys]
    assert all(record[key] for key in keys)


@pytest.mark.parametrize("name", ["bogus", "Text", "markdown "])
def test_unknown_fields_list_the_valid_ones(name: str) -> None:
    with pytest.raises(ValueError, match=r"valid fields: text, text_with_labels, paragraphs, tables"):
        docxsift.extract([], fields=(name,))


def test_bad_arguments_fail_at_call_time() -> None:
    with pytest.raises(ValueError, match="on_error"):
        docxsift.extract([], on_error="ignore")
    with pytest.raises(ValueError, match="isolation"):
        docxsift.extract([], isolation="fibers")
    with pytest.raises(ValueError, match="workers"):
        docxsift.extract([], workers=0)
    with pytest.raises(TypeError, match="limits"):
        docxsift.extract([], limits=3)
    with pytest.raises(ValueError, match="processes"):
        docxsift.extract([], limits={"timeout": 1})
    with pytest.raises(TypeError, match="str"):
        list(docxsift.extract([3]))  # type: ignore[list-item]


def test_limits_apply_per_file(tmp_path: Path) -> None:
    paths = numbered(tmp_path, 2)
    big = tmp_path / "big.docx"
    big.write_bytes(make_docx(p("x" * 5000)))
    records = list(docxsift.extract([paths[0], str(big), paths[1]],
                                    limits=docxsift.Limits(max_text_size=1000)))
    assert [r["ok"] for r in records] == [True, False, True]
    assert records[1]["error"].startswith("LimitError: ")
    records = list(docxsift.extract([str(big)], limits={"max_text_size": 1000}))
    assert records[0]["error"].startswith("LimitError: ")


def test_normalize(tmp_path: Path) -> None:
    paths = numbered(tmp_path, 2)
    upper = list(docxsift.extract(paths, normalize=str.upper, fields=("text", "paragraphs")))
    assert upper[1]["text"] == "DOC 1" and upper[1]["paragraphs"] == ["DOC 1"]
    if hasattr(docxsift, "normalize"):
        (record,) = docxsift.extract(paths[:1], normalize="cjk")
        assert record["text"] == docxsift.normalize("doc 0", preset="cjk")
    else:
        with pytest.raises(NotImplementedError, match=r"docxsift\.normalize"):
            docxsift.extract(paths, normalize="cjk")


def test_abandoning_the_iterator_stops_the_workers(tmp_path: Path) -> None:
    paths = numbered(tmp_path, 30)
    records = docxsift.extract(paths * 20, workers=2)
    assert next(records)["text"] == "doc 0"
    start = time.monotonic()
    records.close()  # type: ignore[attr-defined]
    assert time.monotonic() - start < 2


def test_ctrl_c_stops_promptly(tmp_path: Path) -> None:
    # Slow files, so that __next__ is waiting in C++ when the signal lands.
    slow = tmp_path / "slow.docx"
    slow.write_bytes(make_docx("".join(p(f"paragraph {i} " * 20) for i in range(20000))))
    # A process started in the background by a non-interactive shell inherits
    # SIGINT ignored, and Python then installs no handler: make Ctrl-C what it
    # is in a terminal for the length of the test.
    previous = signal.signal(signal.SIGINT, signal.default_int_handler)
    timer = threading.Timer(0.5, os.kill, (os.getpid(), signal.SIGINT))
    start = time.monotonic()
    try:
        timer.start()
        with pytest.raises(KeyboardInterrupt):
            for _ in docxsift.extract([str(slow)] * 1000, workers=1):
                pass
        timer.join()
    finally:
        signal.signal(signal.SIGINT, previous)
    # One file in flight finishes; the rest are dropped.
    assert time.monotonic() - start < 10


def test_progress_log_lines(tmp_path: Path) -> None:
    import io

    stream = io.StringIO()
    paths = numbered(tmp_path, 5, bad={2: b"junk"})
    list(docxsift.extract(paths, progress=stream))
    lines = stream.getvalue().splitlines()
    assert lines[-1].startswith("docxsift: 5/5 files")
    assert "1 failed" in lines[-1] and "files/s" in lines[-1]


def test_progress_bar_on_a_terminal() -> None:
    import io

    class Tty(io.StringIO):
        def isatty(self) -> bool:
            return True

    stream = Tty()
    progress = batch.Progress(stream, total=4, interval=0)
    for ok in (True, False, True, True):
        progress.update({"ok": ok, "error": None if ok else "XmlError: bad"})
    progress.finish()
    out = stream.getvalue()
    assert "\r\x1b[K[" in out and "4/4 files" in out and "ETA 0:00:00" in out
    assert "1 failed" in out and out.endswith("\n")
    assert progress.errors == {"XmlError": 1}


# --- duplicates ------------------------------------------------------------------


def test_hash_field(tmp_path: Path) -> None:
    import hashlib

    data = make_docx(p("same  text") + p("here"))
    (tmp_path / "a.docx").write_bytes(data)
    (tmp_path / "b.docx").write_bytes(make_docx(p("same text") + p(" here ")))
    a, b = docxsift.extract(tmp_path, fields=("hash",))
    assert list(a) == ["path", "ok", "error", "seconds", "sha256", "text_hash"]
    assert a["sha256"] == hashlib.sha256(data).hexdigest()
    assert a["text_hash"] == hashlib.sha256(b"same text here").hexdigest()
    assert b["sha256"] != a["sha256"] and b["text_hash"] == a["text_hash"]
    (bad,) = docxsift.extract([str(tmp_path / "none.docx")], fields=("hash",))
    assert bad["sha256"] is None and bad["text_hash"] is None
    upper = list(docxsift.extract(tmp_path, fields=("hash",), normalize=str.upper))
    assert upper[0]["text_hash"] == hashlib.sha256(b"SAME TEXT HERE").hexdigest()
    assert "text" not in upper[0]


def test_find_duplicates(tmp_path: Path) -> None:
    body = "".join(p(f"第{i}条 关于加强管理工作的通知内容。") for i in range(60))
    other = "".join(p(f"Section {i * 7} talks about trees.") for i in range(60))
    files = {
        "报告.docx": make_docx(body),
        "报告_2.docx": make_docx(body),
        "报告_修订.docx": make_docx(body + p("附件：无")),
        "other.docx": make_docx(other),
        "broken.docx": b"junk",
    }
    for name, data in files.items():
        (tmp_path / name).write_bytes(data)
    records = list(docxsift.extract(tmp_path, fields=("text", "hash")))
    groups = docxsift.find_duplicates(records)
    names = [sorted(os.path.basename(q) for q in g["paths"]) for g in groups]
    assert [g["kind"] for g in groups] == ["exact", "near"]
    assert names == [["报告.docx", "报告_2.docx"], ["报告.docx", "报告_2.docx", "报告_修订.docx"]]
    assert 0.8 <= groups[1]["similarity"] < 1.0
    # Without text_hash in the records the same groups come out.
    plain = list(docxsift.extract(tmp_path))
    assert docxsift.find_duplicates(plain) == groups
    assert docxsift.find_duplicates(plain, threshold=1.0)[1:] == []
    with pytest.raises(ValueError, match="threshold"):
        docxsift.find_duplicates(plain, threshold=0)
    with pytest.raises(ValueError, match="needs records with text"):
        docxsift.find_duplicates(docxsift.extract(tmp_path, fields="stats"))


def test_find_duplicates_never_groups_blank_texts() -> None:
    # Empty scans and failed conversions share an empty text; the docs promise
    # they are never grouped (U+3000 and NBSP are white space too).
    records = [
        {"path": name, "ok": True, "text": text}
        for name, text in [("a", ""), ("b", ""), ("c", "  \n\t "), ("d", "\u3000\u3000"),
                           ("e", "\u00a0"), ("f", "正文相同"), ("g", "正文相同")]
    ]
    assert docxsift.find_duplicates(records) == [
        {"kind": "exact", "paths": ["f", "g"], "similarity": 1.0}
    ]
    hashed = [dict(r, text_hash=docxsift._core._text_hash(r["text"])) for r in records]
    assert docxsift.find_duplicates(hashed) == docxsift.find_duplicates(records)


def test_text_with_labels_field(tmp_path: Path) -> None:
    numbering = (
        '<w:abstractNum w:abstractNumId="0"><w:lvl w:ilvl="0"><w:start w:val="1"/>'
        '<w:numFmt w:val="chineseCounting"/><w:lvlText w:val="%1、"/>'
        '<w:suff w:val="nothing"/></w:lvl></w:abstractNum>'
        '<w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num>'
    )
    numpr = '<w:numPr><w:ilvl w:val="0"/><w:numId w:val="1"/></w:numPr>'
    path = tmp_path / "n.docx"
    path.write_bytes(make_docx(p("总则", ppr=numpr) + p("ＡＢ  正文") + p("附则", ppr=numpr),
                               numbering=numbering))
    (record,) = docxsift.extract([path], fields=("text", "text_with_labels"))
    assert record["text"] == "总则\nＡＢ  正文\n附则"
    assert record["text_with_labels"] == "一、总则\nＡＢ  正文\n二、附则"
    assert record["text_with_labels"] == docxsift.open(path).text_with_labels
    (record,) = docxsift.extract([path], fields="text_with_labels", normalize="cjk")
    assert record["text_with_labels"] == "一、总则\nAB 正文\n二、附则"


# --- processes -----------------------------------------------------------------


def test_processes_keep_order_and_record_bad_files(tmp_path: Path) -> None:
    paths = numbered(tmp_path, 12, bad={4: b"junk"})
    records = list(docxsift.extract(paths, workers=2, isolation="processes",
                                    fields=("text", "stats")))
    assert [r["path"] for r in records] == paths
    assert records[4]["error"].startswith("PackageError: ") and records[4]["stats"] is None
    assert records[11]["text"] == "doc 11" and records[11]["stats"]["paragraphs"] == 1
    with pytest.raises(docxsift.PackageError):
        list(docxsift.extract(paths, workers=2, isolation="processes", on_error="raise"))


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="needs named pipes")
def test_processes_a_hang_costs_one_record(tmp_path: Path) -> None:
    paths = numbered(tmp_path, 4)
    fifo = tmp_path / "hangs.docx"
    os.mkfifo(fifo)  # opening it for reading blocks forever: a stand-in for a hang
    paths.insert(1, str(fifo))
    start = time.monotonic()
    records = list(docxsift.extract(paths, workers=2, isolation="processes",
                                    limits={"timeout": 1.0}, fields=("text", "hash")))
    assert time.monotonic() - start < 15
    assert [r["ok"] for r in records] == [True, False, True, True, True]
    assert records[1]["error"] == "TimeoutError: no result within 1 s"
    assert list(records[1]) == list(records[0])
    assert records[1]["sha256"] is None and records[0]["sha256"]


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="needs named pipes")
def test_processes_a_crash_costs_one_record(tmp_path: Path) -> None:
    psutil = pytest.importorskip("psutil")
    paths = numbered(tmp_path, 4)
    fifo = tmp_path / "dies.docx"
    os.mkfifo(fifo)
    paths.insert(2, str(fifo))
    me = psutil.Process()
    before = {c.pid for c in me.children()}

    def kill_new_children() -> None:
        for child in me.children():
            if child.pid not in before:
                child.send_signal(signal.SIGKILL)

    records = []
    for record in docxsift.extract(paths, workers=1, isolation="processes",
                                   limits={"timeout": 30}):
        records.append(record)
        if len(records) == 2:
            # The one worker has been handed the FIFO by now and is stuck on it.
            threading.Timer(0.5, kill_new_children).start()
    assert [r["path"] for r in records] == paths
    assert records[2]["error"] == "WorkerCrash: worker process killed by SIGKILL"
    assert [r["ok"] for r in records] == [True, True, False, True, True]


# --- adapters ------------------------------------------------------------------


def test_extract_to_pandas(tmp_path: Path) -> None:
    pytest.importorskip("pandas")
    paths = numbered(tmp_path, 5, bad={1: b"junk"})
    frame = docxsift.extract_to_pandas(paths, fields=("text", "stats"))
    assert list(frame.columns) == ["path", "ok", "error", "seconds", "text", "stats"]
    assert list(frame["ok"]) == [True, False, True, True, True]
    assert frame["text"][4] == "doc 4"


def test_extract_to_arrow_has_the_declared_schema(tmp_path: Path) -> None:
    pa = pytest.importorskip("pyarrow")
    paths = numbered(tmp_path, 5, bad={1: b"junk"})
    table = docxsift.extract_to_arrow(paths, fields=batch.FIELDS, batch_size=2)
    assert table.num_rows == 5
    assert table.schema.field("stats").type.get_field_index("han_characters") >= 0
    assert table.schema.field("tables").type == pa.list_(pa.list_(pa.list_(pa.string())))
    assert table.column("text").to_pylist()[4] == "doc 4"
    assert table.column("ok").to_pylist() == [True, False, True, True, True]


def test_missing_optional_dependency_names_the_extra(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setitem(sys.modules, "pandas", None)
    monkeypatch.setitem(sys.modules, "pyarrow", None)
    with pytest.raises(ImportError, match=r"pip install docxsift\[pandas\]"):
        docxsift.extract_to_pandas([])
    with pytest.raises(ImportError, match=r"pip install docxsift\[arrow\]"):
        docxsift.extract_to_arrow([])


@pytest.mark.parametrize("suffix", ["jsonl", "csv", "parquet"])
def test_writers_stream_every_record(tmp_path: Path, suffix: str) -> None:
    if suffix == "parquet":
        pytest.importorskip("pyarrow")
    folder = tmp_path / "in"
    folder.mkdir()
    paths = numbered(folder, 7, bad={3: b"junk"})
    out = tmp_path / f"out.{suffix}"
    summary = docxsift.extract_to_file(paths, out, fields=("text", "tables"), batch_size=3)
    assert (summary.files, summary.failed, summary.errors) == (7, 1, {"PackageError": 1})
    if suffix == "jsonl":
        rows = [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()]
        assert [r["text"] for r in rows][4] == "doc 4" and rows[3]["ok"] is False
    elif suffix == "csv":
        with out.open(encoding="utf-8", newline="") as f:
            rows = list(csv.DictReader(f))
        assert rows[4]["text"] == "doc 4" and rows[4]["tables"] == "[]"
        assert rows[3]["ok"] == "False" and rows[3]["error"].startswith("PackageError")
    else:
        import pyarrow.parquet as pq

        table = pq.read_table(out)
        assert table.num_rows == 7
        assert table.column("text").to_pylist()[4] == "doc 4"


def test_writer_rejects_an_unknown_format(tmp_path: Path) -> None:
    with pytest.raises(ValueError, match=r"parquet, \.jsonl or \.csv"):
        docxsift.extract_to_file([], tmp_path / "out.xlsx")


# --- dask ----------------------------------------------------------------------


@pytest.mark.slow
@pytest.mark.filterwarnings("ignore::DeprecationWarning")
@pytest.mark.filterwarnings("ignore::ResourceWarning")
@pytest.mark.filterwarnings("ignore::UserWarning")
def test_dask_read_docx_on_a_local_cluster(tmp_path: Path) -> None:
    pytest.importorskip("dask.dataframe")
    distributed = pytest.importorskip("distributed")
    import docxsift.dask

    paths = numbered(tmp_path, 11, bad={5: b"junk"})
    with distributed.LocalCluster(
        n_workers=2, threads_per_worker=1, processes=True, dashboard_address=":0"
    ) as cluster, distributed.Client(cluster):
        frame = docxsift.dask.read_docx(
            str(tmp_path), files_per_partition=4, fields=("text", "stats")
        )
        assert frame.npartitions == 3
        assert list(frame.columns) == ["path", "ok", "error", "seconds", "text", "stats"]
        result = frame.compute()
    assert list(result["path"]) == paths
    assert list(result["ok"]) == [i != 5 for i in range(11)]
    assert list(result["text"])[10] == "doc 10"
    assert result["stats"].iloc[0]["paragraphs"] == 1


def test_markdown_and_outline_fields(tmp_path: Path) -> None:
    path = tmp_path / "gongwen.docx"
    body = (
        '<w:p><w:pPr><w:outlineLvl w:val="0"/></w:pPr><w:r><w:t>一、总体要求</w:t></w:r></w:p>'
        "<w:p><w:r><w:t>（一）工作目标</w:t></w:r></w:p>"
        "<w:p><w:r><w:t>正文内容，说明具体要求。</w:t></w:r></w:p>"
    )
    path.write_bytes(make_docx(body))
    (record,) = docxsift.extract([path], fields=("markdown", "outline"))
    assert record["markdown"] == docxsift.open(path).to_markdown()
    assert record["markdown"].startswith("# 一、总体要求")
    assert [(e["level"], e["label"], e["title"], e["source"]) for e in record["outline"]] == [
        (1, "一、", "总体要求", "style"),
        (2, "（一）", "工作目标", "text"),
    ]
