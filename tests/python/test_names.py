"""One home for every list of names: the C++ core exports each list, and the
CLI help, the Arrow schema, the worker processes and the records follow it."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

import docxsift
from docx_builder import make_docx
from docxsift import _core, _process_pool, _writers, batch, cli


def limit_properties() -> set[str]:
    """The attributes docxsift.Limits has, seen from Python, not from the list."""
    return {name for name, value in vars(_core.Limits).items()
            if isinstance(value, property) and not name.startswith("_")}


def test_limit_fields_are_every_limits_attribute() -> None:
    assert set(_core._LIMIT_FIELDS) == limit_properties()
    assert len(_core._LIMIT_FIELDS) == len(set(_core._LIMIT_FIELDS))
    assert _process_pool._LIMIT_NAMES == tuple(_core._LIMIT_FIELDS)


def test_every_limits_field_crosses_the_process_boundary() -> None:
    defaults = _core.Limits()
    changed = {}
    for name in sorted(limit_properties()):
        value = getattr(defaults, name)
        changed[name] = value + 7 if isinstance(value, int) else value + 0.5
    limits = _core.Limits(**changed)
    sent = json.loads(json.dumps(_process_pool._limits_to_json(limits)))  # as the pipe carries it
    assert sent == changed
    received = _process_pool._limits_from_json(sent)
    assert received is not None
    assert {name: getattr(received, name) for name in changed} == changed
    assert repr(received) == repr(limits)


def test_a_limit_applies_in_a_worker_process(tmp_path: Path) -> None:
    path = tmp_path / "a.docx"
    path.write_bytes(make_docx())
    limits = docxsift.Limits(max_text_size=2)
    with pytest.raises(docxsift.LimitError) as info:
        list(docxsift.extract([str(path)], isolation="processes", limits=limits, on_error="raise"))
    assert info.value.limit == "max_text_size"


def test_worker_errors_keep_their_class_and_attributes(tmp_path: Path) -> None:
    path = tmp_path / "bad.docx"
    path.write_bytes(make_docx("<w:p><w:r><w:t>unclosed</w:r></w:p>"))
    with pytest.raises(docxsift.XmlError) as info:
        list(docxsift.extract([str(path)], isolation="processes", on_error="raise"))
    assert info.value.part == "word/document.xml"
    assert info.value.line >= 1


def test_unknown_worker_error_classes_are_child_process_errors() -> None:
    error = _process_pool._exception_from_json({"class": "NotAClass", "message": "m", "attributes": {}})
    assert isinstance(error, ChildProcessError) and str(error) == "NotAClass: m"
    # Only the exported hierarchy and the built-ins are rebuilt.
    error = _process_pool._exception_from_json({"class": "open", "message": "m", "attributes": {}})
    assert isinstance(error, ChildProcessError)
    error = _process_pool._exception_from_json({"class": "ValueError", "message": "m", "attributes": {}})
    assert type(error) is ValueError and str(error) == "m"


def test_cli_help_lists_every_extract_field(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit):
        cli.main(["corpus", "--help"])
    help_text = " ".join(capsys.readouterr().out.split())
    for field in batch.FIELDS:
        assert field in help_text.replace(",", " ").split(), field


def test_cli_choices_follow_the_core(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit):
        cli.main(["text", "--help"])
    help_text = capsys.readouterr().out
    for name in (*_core._REVISIONS, *_core._NORMALIZE_PRESETS):
        assert name in help_text


def test_stats_and_properties_keys_are_the_records(tmp_path: Path) -> None:
    path = tmp_path / "a.docx"
    path.write_bytes(make_docx())
    (record,) = docxsift.extract([str(path)], fields=("stats", "properties"))
    assert tuple(record["stats"]) == _core._STATS_KEYS == _writers._STATS
    assert tuple(record["properties"]) == _core._CORE_PROPERTIES == _writers._PROPERTIES
    assert tuple(docxsift.open(str(path)).to_dict()["properties"]) == _core._CORE_PROPERTIES


def test_revisions_and_presets_are_the_accepted_values() -> None:
    assert _core._REVISIONS == ("accept", "reject")
    for revisions in _core._REVISIONS:
        docxsift.open(make_docx(), revisions=revisions)
    with pytest.raises(ValueError):
        docxsift.open(make_docx(), revisions="both")
    for preset in _core._NORMALIZE_PRESETS:
        assert docxsift.normalize("Ａ", preset=preset)
    with pytest.raises(ValueError):
        docxsift.normalize("a", preset="nfd")


DOCS = Path(__file__).resolve().parents[2] / "docs"


def test_docs_list_every_field_stats_key_and_property() -> None:
    batch_md = (DOCS / "bulk-extraction.md").read_text(encoding="utf-8")
    cli_md = (DOCS / "cli.md").read_text(encoding="utf-8")
    for field in batch.FIELDS:
        assert f"`{field}`" in batch_md, field
        assert f"`{field}`" in cli_md, field
    stats_row = next(line for line in batch_md.splitlines() if line.startswith("| `stats`"))
    for key in _core._STATS_KEYS:
        assert f"`{key}`" in stats_row, key


def test_a_missing_file_in_a_worker_is_the_same_os_error(tmp_path: Path) -> None:
    missing = str(tmp_path / "missing.docx")
    (threads,) = docxsift.extract([missing])
    (processes,) = docxsift.extract([missing], isolation="processes")
    assert processes["error"] == threads["error"]
    assert processes["error"].startswith("FileNotFoundError: ")
    with pytest.raises(FileNotFoundError) as info:
        list(docxsift.extract([missing], isolation="processes", on_error="raise"))
    assert info.value.errno == 2
