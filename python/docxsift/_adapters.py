"""extract() into pandas, Arrow and files (docxsift.batch re-exports these)."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from docxsift.batch import PathLike, Paths


def extract_to_pandas(paths: Paths, **kw: Any) -> Any:
    """extract() as a pandas DataFrame, one row per file (needs pandas)."""
    from docxsift.batch import check_fields, extract

    try:
        import pandas as pd
    except ImportError as exc:
        raise ImportError(
            "docxsift.extract_to_pandas needs pandas: pip install docxsift[pandas]"
        ) from exc
    from docxsift._writers import record_keys

    columns = record_keys(check_fields(kw.get("fields", ("text",))))
    return pd.DataFrame.from_records(list(extract(paths, **kw)), columns=columns)


def extract_to_arrow(paths: Paths, *, batch_size: int = 1000, **kw: Any) -> Any:
    """extract() as a pyarrow Table with the schema of ``fields`` (needs pyarrow)."""
    from docxsift import _writers
    from docxsift.batch import check_fields, extract

    pa = _writers.require_pyarrow("docxsift.extract_to_arrow")
    names = check_fields(kw.get("fields", ("text",)))
    schema = _writers.arrow_schema(names)
    batches = _writers.record_batches(extract(paths, **kw), schema, batch_size)
    return pa.Table.from_batches(list(batches), schema=schema)


def extract_to_file(
    paths: Paths, out: PathLike, *, format: str | None = None, batch_size: int = 1000, **kw: Any
) -> Any:
    """Streams extract() into ``out`` (Parquet, JSONL or CSV, from the suffix or ``format``).

    Writes in batches of ``batch_size`` records, so memory stays flat. Returns
    a summary: files, failed, and failures by error class.
    """
    from docxsift import _writers
    from docxsift.batch import check_fields, extract

    names = check_fields(kw.get("fields", ("text",)))
    return _writers.write_records(
        extract(paths, **kw), out, fields=names, format=format, batch_size=batch_size
    )
