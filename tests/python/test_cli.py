"""The command line: output, exit codes, one error line per bad file."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from docx_builder import make_docx, p

REPO = Path(__file__).resolve().parents[2]
EXAMPLE = REPO / "examples" / "gongwen_notice.docx"


def run(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "docxsift", *args], capture_output=True, text=True, check=False
    )


def test_text_prints_body(tmp_path: Path) -> None:
    path = tmp_path / "a.docx"
    path.write_bytes(make_docx(p("第一段") + p("second")))
    result = run("text", str(path))
    assert result.returncode == 0
    assert result.stdout == "第一段\nsecond\n"


def test_text_several_files_and_bad_file(tmp_path: Path) -> None:
    good = tmp_path / "good.docx"
    good.write_bytes(make_docx(p("good")))
    bad = tmp_path / "bad.docx"
    bad.write_bytes(b"not a zip")
    result = run("text", str(good), str(bad), str(tmp_path / "missing.docx"))
    assert result.returncode == 2
    assert result.stdout == f"==> {good} <==\ngood\n"  # several files: a header each
    lines = result.stderr.splitlines()
    assert len(lines) == 2
    assert lines[0].startswith(f"docxsift: {bad}: PackageError")
    assert lines[1].startswith(f"docxsift: {tmp_path / 'missing.docx'}: ")


def test_example_has_no_field_codes() -> None:
    result = run("text", "--all", str(EXAMPLE))
    assert result.returncode == 0
    assert "一、总体要求" in result.stdout
    assert "— 1 —" in result.stdout
    for code in ("PAGE", "NUMPAGES", "instrText", "fldChar"):
        assert code not in result.stdout


def test_version() -> None:
    result = run("--version")
    assert result.returncode == 0
    assert result.stdout.startswith("docxsift ")


def test_console_script_installed() -> None:
    script = Path(sys.executable).parent / "docxsift"
    if not script.exists():
        import pytest

        pytest.skip("console script not installed in this environment")
    result = subprocess.run([str(script), "text", str(EXAMPLE)], capture_output=True, text=True, check=False)
    assert result.returncode == 0 and "总体要求" in result.stdout


# --- exit codes (docs/cli.md): 0 ok, 1 usage, 2 bad input ------------------------


def test_usage_errors_exit_1_not_the_bad_input_status(tmp_path: Path) -> None:
    path = tmp_path / "a.docx"
    path.write_bytes(make_docx(p("x")))
    for argv in (("text", "--bogus", str(path)), ("nosuchcommand",), (), ("json", str(path), "--indent", "x")):
        result = run(*argv)
        assert result.returncode == 1, argv
        assert "usage: docxsift" in result.stderr and "error:" in result.stderr


def test_usage_and_bad_input_codes_are_distinct_and_exported() -> None:
    from docxsift import cli

    assert (cli.EXIT_OK, cli.EXIT_USAGE, cli.EXIT_BAD_INPUT) == (0, 1, 2)


# --- several files ----------------------------------------------------------------


def two_files(tmp_path: Path) -> tuple[Path, Path, Path]:
    a = tmp_path / "a.docx"
    a.write_bytes(make_docx(p("一、总则", ppr='<w:pStyle w:val="Heading1"/>') + p("alpha")))
    b = tmp_path / "b.docx"
    b.write_bytes(make_docx(p("beta")))
    bad = tmp_path / "bad.docx"
    bad.write_bytes(b"not a zip")
    return a, b, bad


def test_text_separates_several_files_like_head(tmp_path: Path) -> None:
    a, b, bad = two_files(tmp_path)
    result = run("text", str(a), str(bad), str(b))
    assert result.returncode == 2
    assert result.stdout == f"==> {a} <==\n一、总则\nalpha\n\n==> {b} <==\nbeta\n"
    assert result.stderr.startswith(f"docxsift: {bad}: PackageError")
    # One file: no header, as head(1).
    assert run("text", str(b)).stdout == "beta\n"


def test_text_jsonl_is_one_object_per_file(tmp_path: Path) -> None:
    import json

    a, b, bad = two_files(tmp_path)
    result = run("text", "--jsonl", str(a), str(bad), str(b))
    assert result.returncode == 2
    rows = [json.loads(line) for line in result.stdout.splitlines()]
    assert rows == [{"path": str(a), "text": "一、总则\nalpha"}, {"path": str(b), "text": "beta"}]
    assert len(result.stderr.splitlines()) == 1


NUMBERING = (
    '<w:abstractNum w:abstractNumId="0"><w:lvl w:ilvl="0"><w:start w:val="1"/>'
    '<w:numFmt w:val="chineseCounting"/><w:lvlText w:val="%1、"/>'
    '<w:suff w:val="nothing"/></w:lvl></w:abstractNum>'
    '<w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num>'
)


def numbered(text: str) -> str:
    return p(text, ppr='<w:numPr><w:ilvl w:val="0"/><w:numId w:val="1"/></w:numPr>')


def test_text_labels_puts_word_drawn_labels_in_front(tmp_path: Path) -> None:
    path = tmp_path / "n.docx"
    path.write_bytes(make_docx(numbered("总体要求") + p("正文") + numbered("工作安排"), numbering=NUMBERING))
    assert run("text", str(path)).stdout == "总体要求\n正文\n工作安排\n"
    assert run("text", "--labels", str(path)).stdout == "一、总体要求\n正文\n二、工作安排\n"
    assert run("text", "--labels", "--all", str(path)).stdout == "一、总体要求\n正文\n二、工作安排\n"


def test_markdown_json_info_outline_take_several_files(tmp_path: Path) -> None:
    import json

    a, b, bad = two_files(tmp_path)
    for command in ("markdown", "json", "outline"):
        result = run(command, str(a), str(bad), str(b))
        assert result.returncode == 2, command
        assert len(result.stderr.splitlines()) == 1 and str(bad) in result.stderr
        assert result.stdout.startswith(f"==> {a} <==\n"), command
        assert f"\n\n==> {b} <==\n" in result.stdout, command
    blocks = run("json", str(a), str(b)).stdout.split("\n\n")
    assert [json.loads(block.split("\n", 1)[1])["format"] for block in blocks] == [
        "docxsift.document/1"
    ] * 2
    assert run("outline", str(a), str(b)).stdout == f"==> {a} <==\n一、总则\n\n==> {b} <==\n"
    info = run("info", str(a), str(bad), str(b))
    assert info.returncode == 2
    first, second = info.stdout.split("\n\n")
    assert first.startswith(f"file: {a}\n") and second.startswith(f"file: {b}\n")
