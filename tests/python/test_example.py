"""The bundled example is what its generator writes, and reads as intended."""

from __future__ import annotations

import importlib.util
from pathlib import Path

import docxsift

REPO = Path(__file__).resolve().parents[2]


def test_example_is_up_to_date(tmp_path: Path) -> None:
    spec = importlib.util.spec_from_file_location("make_example", REPO / "examples" / "make_gongwen_notice.py")
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    fresh = tmp_path / "fresh.docx"
    module.write(fresh)
    assert fresh.read_bytes() == (REPO / "examples" / "gongwen_notice.docx").read_bytes()


def test_example_structure() -> None:
    doc = docxsift.open(REPO / "examples" / "gongwen_notice.docx")
    assert doc.paragraphs[1].text == "关于做好2026年冬季安全生产工作的通知"
    assert [p.text for p in doc.paragraphs if p.heading_level == 1] == ["一、总体要求", "二、重点任务", "三、工作安排"]
    assert doc.tables[0].to_list()[2] == ["2", "隐患整改", "2026年12月15日前"]
    assert doc.tables[0].to_list()[3] == ["3", "总结报告（报市应急局）", "总结报告（报市应急局）"]
    assert doc.sections[0].footer.text == "— 1 —（共2页）"
    assert [n.text for n in doc.footnotes] == [" 依据《中华人民共和国安全生产法》第三条。"]
    assert doc.comments[0].author == "审核人"
    assert doc.core_properties.title == "关于做好2026年冬季安全生产工作的通知"
    assert "冰雪天气" in doc.text


def test_make_demo_installs_the_package_without_the_test_extras() -> None:
    # A new user's `make demo` needs docxsift only; `make test` adds pytest & co.
    import shutil
    import subprocess

    import pytest

    if shutil.which("make") is None:
        pytest.skip("no make")

    def dry_run(target: str) -> str:
        result = subprocess.run(
            ["make", "-n", target], cwd=REPO, capture_output=True, text=True, check=False
        )
        assert result.returncode == 0, result.stderr
        return result.stdout

    demo = dry_run("demo")
    assert "pip install --quiet ." in demo and "[test]" not in demo
    assert "docxsift text examples/gongwen_notice.docx" in demo
    assert '".[test]"' in dry_run("test")
