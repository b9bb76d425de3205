"""Attaching Python sugar to the classes bound in C++ (pikepdf's "augments").

Attaching, rather than subclassing, keeps identity for objects made in C++.
Every attachment goes through :func:`augment`, which refuses to replace an
attribute the class already has unless told to: a C++ method that gains the
same name as a Python one makes ``import docxsift`` fail, not silently lose
one of the two.

What is attached is a named function (or a property over one) with
annotations: `make stubs` writes its signature into _core.pyi, where a lambda
would have no types.
"""

from __future__ import annotations

from typing import Any


class AugmentError(TypeError):
    """An augment that would replace an attribute by accident, or override nothing."""


def augment(cls: type, name: str, value: Any, *, override: bool = False) -> None:
    """Attach ``value`` to ``cls`` as ``name``.

    ``override=True`` says the attribute exists (bound in C++) and is to be
    replaced; without it an existing attribute raises AugmentError, and with
    it a missing one does too (the override would be stale).
    """
    exists = hasattr(cls, name)
    if exists and not override:
        raise AugmentError(
            f"{cls.__name__}.{name} exists already; pass override=True to replace it"
        )
    if override and not exists:
        raise AugmentError(f"{cls.__name__}.{name} does not exist; nothing to override")
    setattr(cls, name, value)
