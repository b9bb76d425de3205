"""python/docxsift/_core.pyi stays honest: every public name of the extension
has a stub, every stub names something real, and so do class members."""

from __future__ import annotations

import ast
import inspect
from pathlib import Path

import docxsift
from docxsift import _core

STUB = Path(docxsift.__file__).with_name("_core.pyi")


def stub_tree() -> ast.Module:
    return ast.parse(STUB.read_text(encoding="utf-8"))


def top_level_names(tree: ast.Module) -> set[str]:
    names = set()
    for node in tree.body:
        if isinstance(node, (ast.ClassDef, ast.FunctionDef)):
            names.add(node.name)
        elif isinstance(node, ast.AnnAssign) and isinstance(node.target, ast.Name):
            names.add(node.target.id)
    return names


def class_members(tree: ast.Module) -> dict[str, set[str]]:
    out: dict[str, set[str]] = {}
    for node in tree.body:
        if isinstance(node, ast.ClassDef):
            out[node.name] = {
                n.name for n in node.body if isinstance(n, (ast.FunctionDef, ast.AsyncFunctionDef))
            } | {
                n.target.id
                for n in node.body
                if isinstance(n, ast.AnnAssign) and isinstance(n.target, ast.Name)
            }
    return out


def test_stub_is_shipped_with_py_typed() -> None:
    assert STUB.is_file()
    assert STUB.with_name("py.typed").is_file()


def test_every_public_name_has_a_stub_and_back() -> None:
    tree = stub_tree()
    stubbed = top_level_names(tree) - {"__all__"}
    real = {n for n in dir(_core) if not n.startswith("__") or n == "__version__"}
    assert real - stubbed == set(), "missing from _core.pyi"
    assert stubbed - real == set(), "stubbed but not in _core"


def test_class_members_match() -> None:
    members = class_members(stub_tree())
    for name, stubbed in members.items():
        cls = getattr(_core, name)
        if not inspect.isclass(cls) or issubclass(cls, BaseException) or name == "_test":
            continue
        real = {
            n
            for n in dir(cls)
            if not n.startswith("_") or n in {"__init__", "__call__", "__len__", "__iter__", "__getitem__"}
        }
        public_stubbed = {n for n in stubbed if not n.startswith("_") or n in real}
        assert public_stubbed <= real | {"__init__", "__eq__", "__hash__", "__repr__"}, name
        missing = {n for n in real if not n.startswith("_")} - stubbed
        assert missing == set(), f"{name}: {sorted(missing)} missing from _core.pyi"
