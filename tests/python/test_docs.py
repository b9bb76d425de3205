"""The documentation cannot rot: its examples run, its API is documented.

- every ```pycon block in docs/*.md runs as a doctest (the blocks of one page
  share their names, like one session), from the repository root, so
  ``examples/gongwen_notice.docx`` is the bundled example;
- every ```console block runs its ``$ docxsift ...`` commands and compares
  what they print (stdout and stderr, in order) with the page; ``...`` in the
  expected text matches anything (a rate, a time, lines left out);
- every ``>>>`` example in a public docstring runs too;
- every public name, and every public attribute of the public classes, has a
  docstring (the API reference is generated from them);
- examples/gongwen_lists.docx is what examples/make_gongwen_lists.py writes;
- docs/notebooks/tutorial.ipynb runs end to end and shows a rendered table
  (needs nbclient and ipykernel: ``pip install .[docs]``, as ``make docs`` does).
"""

from __future__ import annotations

import doctest
import io
import os
import re
import shlex
import subprocess
import sys
from pathlib import Path

import pytest

import docxsift

REPO = Path(__file__).resolve().parents[2]
DOCS = REPO / "docs"
if not DOCS.is_dir():
    pytest.skip("no docs/ beside tests/ (an installed test tree)", allow_module_level=True)
PAGES = sorted(DOCS.glob("*.md"))
FENCE = re.compile(r"^(`{3,}|~{3,})[ \t]*([\w-]*)[^\n]*\n(.*?)^\1[ \t]*$", re.M | re.S)


def code_blocks(page: Path, language: str) -> list[tuple[int, str]]:
    """(line number, text) of each fenced block of ``language`` on ``page``."""
    source = page.read_text(encoding="utf-8")
    return [
        (source.count("\n", 0, m.start()) + 2, m.group(3))
        for m in FENCE.finditer(source)
        if m.group(2) == language
    ]


def pages_with(language: str) -> list[Path]:
    return [p for p in PAGES if code_blocks(p, language)]


def test_the_guides_have_checked_examples() -> None:
    # The guides exist and carry examples this file runs (a renamed fence
    # language would silently stop checking them).
    python_pages = {p.name for p in pages_with("pycon")}
    console_pages = {p.name for p in pages_with("console")}
    for name in ("getting-started.md", "migrating-from-python-docx.md", "chinese.md",
                 "bulk-extraction.md", "errors.md"):
        assert name in python_pages
    assert "cli.md" in console_pages


def _run_doctests(examples: list[tuple[str, int, str]], globs: dict[str, object]) -> None:
    parser = doctest.DocTestParser()
    runner = doctest.DocTestRunner(optionflags=doctest.ELLIPSIS)
    report = io.StringIO()
    for name, lineno, text in examples:
        test = parser.get_doctest(text, globs, name, name, lineno)
        runner.run(test, out=report.write, clear_globs=False)
        globs.update(test.globs)  # a DocTest works on a copy: carry names to the next block
    assert runner.failures == 0, report.getvalue()


@pytest.mark.parametrize("page", pages_with("pycon"), ids=lambda p: p.name)
def test_python_examples(page: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(REPO)
    name = str(page.relative_to(REPO))
    _run_doctests([(name, line, text) for line, text in code_blocks(page, "pycon")], {})


def _matches(expected: str, actual: str) -> bool:
    pattern = ".*?".join(re.escape(part) for part in expected.split("..."))
    return re.fullmatch(pattern, actual, re.S) is not None


def console_commands(page: Path) -> list[tuple[int, str, str]]:
    """(line, command, expected output) for each ``$ `` line of the page's console blocks."""
    out = []
    for line, text in code_blocks(page, "console"):
        command: str | None = None
        expected: list[str] = []
        start = line
        for i, row in enumerate(text.splitlines()):
            if row.startswith("$ "):
                if command is not None:
                    out.append((start, command, "\n".join(expected)))
                command, expected, start = row[2:], [], line + i
            elif command is not None:
                expected.append(row)
        if command is not None:
            out.append((start, command, "\n".join(expected)))
    return out


@pytest.mark.parametrize("page", pages_with("console"), ids=lambda p: p.name)
def test_console_examples(page: Path, tmp_path: Path) -> None:
    # Run where examples/ is reachable and outputs land in a scratch folder.
    (tmp_path / "examples").symlink_to(REPO / "examples")
    (tmp_path / "tests").symlink_to(REPO / "tests")  # docs/doc.md reads tests/data/doc
    # The docxsift under test, wherever it is imported from (an install or PYTHONPATH).
    path = [os.path.dirname(os.path.dirname(os.path.abspath(docxsift.__file__))), os.environ.get("PYTHONPATH", "")]
    env = dict(os.environ, PYTHONUNBUFFERED="1", COLUMNS="80", PYTHONPATH=os.pathsep.join(path))
    failures = []
    for line, command, expected in console_commands(page):
        argv = shlex.split(command)
        assert argv[0] == "docxsift", f"{page.name}:{line}: only docxsift commands are checked"
        result = subprocess.run(
            [sys.executable, "-m", "docxsift", *argv[1:]], cwd=tmp_path, env=env,
            stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True, timeout=120,
        )
        actual = result.stdout.rstrip("\n")
        if not _matches(expected, actual):
            failures.append(f"{page.name}:{line}: $ {command}\n--- page\n{expected}\n--- actual\n{actual}")
    assert not failures, "\n\n".join(failures)


def public_objects() -> list[tuple[str, object]]:
    """Every public name of docxsift (and docxsift.dask), with its public attributes."""
    import docxsift.dask

    out: list[tuple[str, object]] = [("docxsift.dask.read_docx", docxsift.dask.read_docx)]
    for name in docxsift.__all__:
        if name == "__version__":
            continue
        obj = getattr(docxsift, name)
        out.append((f"docxsift.{name}", obj))
        if isinstance(obj, type) and not issubclass(obj, BaseException):
            for attr in sorted(vars(obj)):
                if not attr.startswith("_") or attr == "__call__":
                    out.append((f"docxsift.{name}.{attr}", vars(obj)[attr]))
    return out


def test_every_public_name_has_a_docstring() -> None:
    missing = [name for name, obj in public_objects()
               if not (getattr(obj, "__doc__", None) or "").strip()]
    assert not missing, f"no docstring: {missing}"


def test_docstring_examples(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(REPO)
    examples = []
    seen: set[int] = set()
    for name, obj in [("docxsift", docxsift), *public_objects()]:
        text = getattr(obj, "__doc__", None) or ""
        if ">>>" in text and id(obj) not in seen:
            seen.add(id(obj))
            examples.append((name, 0, text))
    assert examples
    _run_doctests(examples, {"docxsift": docxsift})


@pytest.mark.filterwarnings("ignore::DeprecationWarning")
def test_tutorial_notebook_runs_and_renders_a_table() -> None:
    nbformat = pytest.importorskip("nbformat")
    nbclient = pytest.importorskip("nbclient")
    pytest.importorskip("ipykernel")
    notebook = DOCS / "notebooks" / "tutorial.ipynb"
    # A text stream, not the Path: nbformat 5.10.x reads a Path as a file object.
    with notebook.open(encoding="utf-8") as stream:
        nb = nbformat.read(stream, as_version=4)
    # The kernel is this interpreter, which imports this docxsift.
    client = nbclient.NotebookClient(
        nb, timeout=180, kernel_name="python3",
        resources={"metadata": {"path": str(notebook.parent)}},
    )
    client.execute()
    html = [
        output["data"]["text/html"]
        for cell in nb.cells if cell.cell_type == "code"
        for output in cell.get("outputs", [])
        if "text/html" in output.get("data", {})
    ]
    assert any("<table" in "".join(h) for h in html), "no rendered HTML table in the outputs"
    errors = [o for c in nb.cells for o in c.get("outputs", []) if o.get("output_type") == "error"]
    assert not errors


def test_lists_example_is_up_to_date(tmp_path: Path) -> None:
    # examples/gongwen_lists.docx is what its generator writes (docs/chinese.md reads it).
    import importlib.util

    spec = importlib.util.spec_from_file_location(
        "make_gongwen_lists", REPO / "examples" / "make_gongwen_lists.py"
    )
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    fresh = tmp_path / "fresh.docx"
    module.write(fresh)
    assert fresh.read_bytes() == (REPO / "examples" / "gongwen_lists.docx").read_bytes()
