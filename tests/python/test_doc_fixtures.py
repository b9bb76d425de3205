"""Real Word 97-2003 files saved by LibreOffice (tests/data/doc/, made by
tools/make-doc-fixtures.py): their text and structure as the .docx they came from."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

import docxsift

DATA = Path(__file__).resolve().parents[1] / "data" / "doc"
FIXTURES = sorted(p for p in DATA.iterdir() if p.suffix in (".doc", ".dot") and (DATA / f"{p.stem}.txt").exists())
ENCRYPTED = DATA / "encrypted.doc"


def expected(path: Path) -> dict[str, Any]:
    return dict(json.loads((DATA / f"{path.stem}.expect.json").read_text(encoding="utf-8")))


def test_fixtures_are_there() -> None:
    names = {p.name for p in FIXTURES}
    assert {"gongwen_notice.doc", "gongwen_lists.doc", "english_report.doc", "traditional_chinese.doc",
            "structure.doc", "gongwen_notice_template.dot"} <= names
    assert ENCRYPTED.exists()


@pytest.mark.parametrize("path", FIXTURES, ids=lambda p: p.name)
def test_text(path: Path) -> None:
    assert docxsift.open(path).text == (DATA / f"{path.stem}.txt").read_text(encoding="utf-8")


@pytest.mark.parametrize("path", FIXTURES, ids=lambda p: p.name)
def test_bytes_and_path_read_the_same(path: Path) -> None:
    assert docxsift.open(path.read_bytes()).text == docxsift.open(path).text


@pytest.mark.parametrize("path", FIXTURES, ids=lambda p: p.name)
def test_tables(path: Path) -> None:
    assert [t.to_list() for t in docxsift.open(path).tables] == expected(path)["tables"]


@pytest.mark.parametrize("path", FIXTURES, ids=lambda p: p.name)
def test_paragraph_count(path: Path) -> None:
    assert len(docxsift.open(path).paragraphs) == expected(path)["paragraphs"]


@pytest.mark.parametrize("path", FIXTURES, ids=lambda p: p.name)
def test_notes_and_comments(path: Path) -> None:
    doc, want = docxsift.open(path), expected(path)
    assert [n.text for n in doc.footnotes] == want["footnotes"]
    assert [n.text for n in doc.endnotes] == want["endnotes"]
    assert [c.text for c in doc.comments] == want["comments"]


@pytest.mark.parametrize("path", FIXTURES, ids=lambda p: p.name)
def test_headers_and_footers(path: Path) -> None:
    doc, want = docxsift.open(path), expected(path)
    assert sorted({s.header.text for s in doc.sections if s.header and s.header.text}) == want["headers"]
    assert sorted({s.footer.text for s in doc.sections if s.footer and s.footer.text}) == want["footers"]


@pytest.mark.parametrize("path", FIXTURES, ids=lambda p: p.name)
def test_title(path: Path) -> None:
    assert docxsift.open(path).core_properties.title == expected(path)["title"]


@pytest.mark.parametrize("path", FIXTURES, ids=lambda p: p.name)
def test_headings(path: Path) -> None:
    doc = docxsift.open(path)
    assert [[q.heading_level, q.text] for q in doc.iter_paragraphs() if q.heading_level] == expected(path)["headings"]


@pytest.mark.parametrize("path", FIXTURES, ids=lambda p: p.name)
def test_list_labels(path: Path) -> None:
    doc = docxsift.open(path)
    assert [[q.list_label, q.text] for q in doc.iter_paragraphs() if q.list_label] == expected(path)["list_labels"]


def test_gongwen_outline_and_fonts() -> None:
    doc = docxsift.open(DATA / "gongwen_notice.doc")
    assert [(e.level, e.label, e.title) for e in doc.outline()][:3] == [
        (1, "一、", "总体要求"), (1, "二、", "重点任务"), (2, "（一）", "强化风险排查整治")
    ]
    # LibreOffice writes a font into the .doc only where it differs from the
    # style's: the body's 仿宋_GB2312 comes from the defaults, as Word renders it.
    body = next(q for q in doc.paragraphs if q.text.startswith("坚持人民至上"))
    assert body.runs
    assert all(r.effective.east_asia_font == "仿宋_GB2312" and r.effective.size_pt == 16 for r in body.runs)
    heading = next(q for q in doc.paragraphs if q.text == "一、总体要求")
    assert [r.effective.east_asia_font for r in heading.runs] == ["黑体"]
    title = doc.paragraphs[0]
    assert all(r.bold is True and r.font.size.pt == 22 for r in title.runs)
    assert {r.font.east_asia_name for r in title.runs} == {"方正小标宋简体"}


def test_english_run_formatting() -> None:
    doc = docxsift.open(DATA / "english_report.doc")
    runs = {r.text: r for q in doc.paragraphs for r in q.runs}
    assert runs["bold"].bold is True and not runs["bold"].italic
    assert runs["italic"].italic is True and not runs["italic"].bold
    assert runs["bold italic"].bold is True and runs["bold italic"].italic is True


def test_hidden_text_is_left_out_unless_asked() -> None:
    path = DATA / "english_report.doc"
    assert "Visible text." in docxsift.open(path).text.splitlines()
    assert "Visible hidden text." in docxsift.open(path, include_hidden=True).text.splitlines()


def test_encrypted_doc_raises_encrypted_error() -> None:
    with pytest.raises(docxsift.EncryptedError):
        docxsift.open(ENCRYPTED)


def test_extract_gives_a_record_per_file() -> None:
    records = list(docxsift.extract(DATA))
    by_name = {Path(r["path"]).name: r for r in records}
    assert set(by_name) >= {p.name for p in FIXTURES} | {ENCRYPTED.name}
    for path in FIXTURES:
        assert by_name[path.name]["ok"] is True
        assert by_name[path.name]["text"] == (DATA / f"{path.stem}.txt").read_text(encoding="utf-8")
    assert by_name[ENCRYPTED.name]["ok"] is False
    assert "EncryptedError" in by_name[ENCRYPTED.name]["error"]


def test_cli_text() -> None:
    path = DATA / "gongwen_notice.doc"
    result = subprocess.run(
        [sys.executable, "-m", "docxsift", "text", str(path)], capture_output=True, text=True, check=False
    )
    assert result.returncode == 0
    assert result.stdout == (DATA / "gongwen_notice.txt").read_text(encoding="utf-8") + "\n"


def test_hyperlink_field_is_a_hyperlink() -> None:
    doc = docxsift.open(DATA / "english_report.doc")
    para = next(q for q in doc.paragraphs if q.text == "See the project site.")
    assert [(h.text, h.url) for h in para.hyperlinks] == [("project site", "https://example.com/project")]


def test_comment_author_and_anchor() -> None:
    doc = docxsift.open(DATA / "gongwen_notice.doc")
    assert [(c.author, c.text) for c in doc.comments] == [("审核人", "建议明确检查频次的考核方式。")]
    anchored = [q.text for q in doc.paragraphs if q.comment_ids]
    assert len(anchored) == 1 and anchored[0].endswith("重点行业领域每月至少检查一次。")


def test_tracked_insertion_accepted_or_rejected() -> None:
    path = DATA / "gongwen_notice.doc"
    accepted = docxsift.open(path).paragraphs[11].text
    rejected = docxsift.open(path, revisions="reject").paragraphs[11].text
    assert accepted == "2．道路交通安全。严查“三超一疲劳”等违法行为，冰雪天气及时采取管控措施。"
    assert rejected == "2．道路交通安全。严查“三超一疲劳”等违法行为。"
