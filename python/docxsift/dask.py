"""docxsift on a Dask cluster: ``read_docx(paths, **extract_kwargs)`` -> dask DataFrame.

One row per file, with a declared schema (``path``, ``ok``, ``error``,
``seconds``, then the requested ``fields``), so the same job runs on a laptop
or any ``distributed`` cluster. Dask and pandas are imported when called.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from docxsift import batch as _batch

__all__ = ["read_docx"]

def _require() -> Any:
    try:
        import dask.dataframe as dd
        import pandas  # noqa: F401
        import pyarrow  # noqa: F401
    except ImportError as exc:
        raise ImportError(
            "docxsift.dask.read_docx needs dask, pandas and pyarrow: "
            "pip install docxsift[dask,pandas,arrow]"
        ) from exc
    return dd


def _frame(records: list[dict[str, Any]], fields: Sequence[str]) -> Any:
    """Records as a pandas DataFrame with Arrow-backed columns of the declared schema.

    Arrow types (lists, structs) keep nested fields intact: Dask would turn
    object columns into strings.
    """
    import pandas as pd

    from docxsift import _writers

    pa = _writers.require_pyarrow("docxsift.dask.read_docx")
    table = pa.Table.from_pylist(records, schema=_writers.arrow_schema(fields))
    return table.to_pandas(types_mapper=pd.ArrowDtype)


def _read_partition(paths: Sequence[str], kwargs: dict[str, Any]) -> Any:
    fields = _batch.check_fields(kwargs.get("fields", ("text",)))
    return _frame(list(_batch.extract(list(paths), **kwargs)), fields)


def read_docx(
    paths: _batch.Paths, *, files_per_partition: int = 256, **extract_kwargs: Any
) -> Any:
    """A ``dask.dataframe.DataFrame`` of :func:`docxsift.extract` records, one row per file.

    ``paths`` is a directory, a glob or an iterable of paths (listed once, on
    the client). Each partition of ``files_per_partition`` files runs
    :func:`docxsift.extract` with ``extract_kwargs`` on whichever worker gets
    it; ``workers`` defaults to 1 per partition there, since Dask already runs
    partitions in parallel. ``on_error="raise"`` fails the task of the bad file.
    """
    dd = _require()
    if files_per_partition < 1:
        raise ValueError(f"files_per_partition must be >= 1, not {files_per_partition}")
    kwargs = dict(extract_kwargs)
    kwargs.setdefault("workers", 1)
    if kwargs.get("progress"):
        raise ValueError("progress= is not available in read_docx; use Dask's diagnostics")
    fields = _batch.check_fields(kwargs.get("fields", ("text",)))
    kwargs["fields"] = fields
    listed = list(_batch.iter_paths(paths))
    chunks = [listed[i:i + files_per_partition]
              for i in range(0, len(listed), files_per_partition)] or [[]]
    meta = _frame([], fields)
    return dd.from_map(
        _read_partition, chunks, kwargs=kwargs, meta=meta, label="read-docx",
        enforce_metadata=False,
    )
