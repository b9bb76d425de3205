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
    assert result.stdout == "good\n"
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
