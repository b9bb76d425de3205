"""`docxsift corpus PATH... -o OUT`."""

from __future__ import annotations

import io
import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

import docxsift
from docx_builder import make_docx, p
from docxsift import cli


@pytest.fixture
def folder(tmp_path: Path) -> Path:
    root = tmp_path / "in"
    (root / "sub").mkdir(parents=True)
    for i in range(6):
        name = f"sub/d{i}.docx" if i % 2 else f"d{i}.docx"
        (root / name).write_bytes(make_docx(p(f"doc {i}")) if i != 3 else b"junk")
    (root / "sub" / "enc.docx").write_bytes(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\0" * 600)
    return root


def test_jsonl_with_log_lines_off_a_terminal(
    folder: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out = tmp_path / "out.jsonl"
    assert cli.main(["corpus", str(folder), "-o", str(out), "--workers", "2"]) == 0
    rows = [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()]
    assert len(rows) == 7
    assert [r["ok"] for r in rows].count(False) == 2
    err = capsys.readouterr().err
    assert "\r" not in err
    assert "docxsift: 7/7 files" in err
    summary = err.splitlines()[-1]
    assert summary.startswith("docxsift: 7 files, 5 ok, 2 failed (")
    assert "PackageError: " in summary and summary.endswith(f"-> {out}")


def test_progress_bar_on_a_terminal(
    folder: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    class Tty(io.StringIO):
        def isatty(self) -> bool:
            return True

    stderr = Tty()
    monkeypatch.setattr(sys, "stderr", stderr)
    out = tmp_path / "out.csv"
    assert cli.main(["corpus", str(folder), "-o", str(out), "--fields", "text,stats"]) == 0
    text = stderr.getvalue()
    assert "\r\x1b[K[" in text and "files/s" in text and "ETA" in text
    header = out.read_text(encoding="utf-8").splitlines()[0]
    assert header == "path,ok,error,seconds,text,stats"


def test_parquet_and_several_paths(folder: Path, tmp_path: Path) -> None:
    pq = pytest.importorskip("pyarrow.parquet")
    out = tmp_path / "out.parquet"
    first = str(folder / "d0.docx")
    glob = str(folder / "sub" / "*.docx")
    assert cli.main(["corpus", first, glob, "-o", str(out), "--fields", "text",
                     "--fields", "properties"]) == 0
    table = pq.read_table(out)
    assert table.column_names == ["path", "ok", "error", "seconds", "text", "properties"]
    assert table.num_rows == 5
    assert table.column("text").to_pylist()[0] == "doc 0"


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["-o", "out.xlsx"], "cannot tell the output format"),
        (["-o", "out.jsonl", "--fields", "bogus"], "valid fields"),
        (["-o", "out.jsonl", "--timeout", "3"], "processes"),
    ],
)
def test_runs_that_cannot_start_exit_1(
    folder: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str],
    args: list[str], message: str,
) -> None:
    args = [a if not a.startswith("out.") else str(tmp_path / a) for a in args]
    assert cli.main(["corpus", str(folder), *args]) == 1
    assert message in capsys.readouterr().err


def test_normalize_flag(folder: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    out = tmp_path / "out.jsonl"
    status = cli.main(["corpus", str(folder), "-o", str(out), "--normalize", "cjk"])
    if hasattr(docxsift, "normalize"):
        assert status == 0
    else:
        assert status == 1
        assert "docxsift.normalize" in capsys.readouterr().err


def test_processes_isolation(folder: Path, tmp_path: Path) -> None:
    out = tmp_path / "out.jsonl"
    assert cli.main(["corpus", str(folder), "-o", str(out), "--isolation", "processes",
                     "--workers", "2", "--timeout", "20"]) == 0
    rows = [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()]
    assert [r["ok"] for r in rows].count(True) == 5


@pytest.mark.skipif(sys.platform == "win32", reason="needs a pseudo-terminal")
def test_real_terminal_in_a_subprocess(folder: Path, tmp_path: Path) -> None:
    import pty

    out = tmp_path / "out.jsonl"
    master, slave = pty.openpty()
    try:
        proc = subprocess.run(
            [sys.executable, "-m", "docxsift", "corpus", str(folder), "-o", str(out)],
            stderr=slave, stdout=subprocess.DEVNULL, timeout=60, env=dict(os.environ),
        )
        os.close(slave)
        chunks = []
        while True:
            try:
                data = os.read(master, 65536)
            except OSError:
                break
            if not data:
                break
            chunks.append(data)
    finally:
        os.close(master)
    assert proc.returncode == 0
    text = b"".join(chunks).decode()
    assert "\r" in text and "7/7 files" in text and "2 failed" in text


@pytest.mark.parametrize("kind", ["missing", "empty folder", "glob"])
def test_paths_that_name_no_file_exit_2_and_write_nothing(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], kind: str
) -> None:
    (tmp_path / "empty").mkdir()
    (tmp_path / "empty" / "notes.txt").write_text("not a document")
    path = {
        "missing": str(tmp_path / "nonexistent"),
        "empty folder": str(tmp_path / "empty"),
        "glob": str(tmp_path / "*.docx"),
    }[kind]
    out = tmp_path / "out.parquet"
    assert cli.main(["corpus", path, "-o", str(out)]) == cli.EXIT_BAD_INPUT
    err = capsys.readouterr().err.splitlines()
    assert err[0].startswith(f"docxsift: {path}: ")
    assert err[-1] == f"docxsift: corpus: no input files; {out} not written"
    assert not out.exists()


def test_a_path_naming_nothing_among_others_is_reported_and_the_run_goes_on(
    folder: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out = tmp_path / "out.jsonl"
    missing = str(tmp_path / "gone.docx")
    assert cli.main(["corpus", missing, str(folder / "d0.docx"), "-o", str(out)]) == 2
    assert capsys.readouterr().err.startswith(f"docxsift: {missing}: No such file or directory\n")
    rows = [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()]
    assert [r["text"] for r in rows] == ["doc 0"]


def test_usage_error_in_corpus_exits_1(folder: Path) -> None:
    result = subprocess.run(
        [sys.executable, "-m", "docxsift", "corpus", str(folder)],  # no -o
        capture_output=True, text=True, check=False,
    )
    assert result.returncode == 1 and "-o/--output" in result.stderr


def test_text_with_labels_field(tmp_path: Path) -> None:
    numbering = (
        '<w:abstractNum w:abstractNumId="0"><w:lvl w:ilvl="0"><w:start w:val="1"/>'
        '<w:numFmt w:val="chineseCounting"/><w:lvlText w:val="%1、"/>'
        '<w:suff w:val="nothing"/></w:lvl></w:abstractNum>'
        '<w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num>'
    )
    numpr = '<w:numPr><w:ilvl w:val="0"/><w:numId w:val="1"/></w:numPr>'
    path = tmp_path / "n.docx"
    path.write_bytes(make_docx(p("总则", ppr=numpr) + p("正文"), numbering=numbering))
    out = tmp_path / "out.jsonl"
    assert cli.main(["corpus", str(path), "-o", str(out), "--fields", "text,text_with_labels"]) == 0
    row = json.loads(out.read_text(encoding="utf-8"))
    assert row["text"] == "总则\n正文" and row["text_with_labels"] == "一、总则\n正文"
