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


# --- signatures ---------------------------------------------------------------
# mypy.stubtest (make lint) cannot read the signature of a pybind11 function;
# pybind11 writes it as the first line of the docstring. Parameter names,
# keyword-only markers and defaults of every C++ function must match the stub.


def _runtime_arguments(fn: object) -> ast.arguments | None:
    doc = getattr(fn, "__doc__", None) or ""
    name = getattr(fn, "__name__", "")
    first = doc.splitlines()[0] if doc else ""
    if not name or not first.startswith(name + "("):
        return None  # a Python function (stubtest checks those) or an overload set
    try:
        tree = ast.parse(f"def {first}: ...")
    except SyntaxError:
        return None
    function = tree.body[0]
    assert isinstance(function, ast.FunctionDef)
    return function.args


def _shape(args: ast.arguments) -> list[tuple[str, str, str]]:
    def default_text(node: ast.expr | None) -> str:
        if node is None:
            return "-"
        try:
            return repr(ast.literal_eval(node))
        except ValueError:
            return ast.unparse(node)

    positional = args.posonlyargs + args.args
    defaults: list[ast.expr | None] = [None] * (len(positional) - len(args.defaults))
    defaults += list(args.defaults)
    shape = [(a.arg, "positional", default_text(d)) for a, d in zip(positional, defaults)]
    shape += [(a.arg, "keyword", default_text(d)) for a, d in zip(args.kwonlyargs, args.kw_defaults)]
    return [row for row in shape if row[0] not in ("self", "cls")]


def _stub_functions(tree: ast.Module) -> dict[str, ast.FunctionDef]:
    out: dict[str, ast.FunctionDef] = {}
    for node in tree.body:
        if isinstance(node, ast.FunctionDef):
            out[node.name] = node
        elif isinstance(node, ast.ClassDef):
            for member in node.body:
                if isinstance(member, ast.FunctionDef):
                    out[f"{node.name}.{member.name}"] = member
    return out


def test_cpp_signatures_match_the_stub() -> None:
    stubs = _stub_functions(stub_tree())
    checked = 0
    mismatched = []
    for qualified, stub in stubs.items():
        owner_name, _, member = qualified.rpartition(".")
        owner = getattr(_core, owner_name) if owner_name else _core
        runtime = getattr(owner, member or qualified, None)
        if runtime is None or isinstance(inspect.getattr_static(owner, member or qualified, None), property):
            continue
        args = _runtime_arguments(runtime)
        if args is None:
            continue
        if _shape(stub.args) != _shape(args):
            mismatched.append((qualified, _shape(stub.args), _shape(args)))
        checked += 1
    assert mismatched == []
    assert checked >= 40  # the check reaches the bindings, not nothing
