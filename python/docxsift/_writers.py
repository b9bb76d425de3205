"""Streaming writers for extract() records: Parquet, JSONL and CSV, in batches.

pyarrow is imported only by the Parquet / Arrow paths.
"""

from __future__ import annotations

import csv
import dataclasses
import json
import os
from collections.abc import Iterable, Iterator, Sequence
from typing import Any

from docxsift import _core

FORMATS = ("parquet", "jsonl", "csv")

# The record's nested names, from their one home in the C++ core.
_PROPERTIES: tuple[str, ...] = tuple(_core._CORE_PROPERTIES)
_STATS: tuple[str, ...] = tuple(_core._STATS_KEYS)


@dataclasses.dataclass
class Summary:
    """What a run wrote: files, failed files, and failures by error class."""

    files: int = 0
    failed: int = 0
    errors: dict[str, int] = dataclasses.field(default_factory=dict)

    def add(self, record: dict[str, Any]) -> None:
        self.files += 1
        if not record["ok"]:
            self.failed += 1
            kind = str(record.get("error") or "Error").split(":", 1)[0]
            self.errors[kind] = self.errors.get(kind, 0) + 1


def record_keys(fields: Sequence[str]) -> list[str]:
    """The keys of a record with these fields, in order ("hash" gives two)."""
    keys = ["path", "ok", "error", "seconds"]
    for name in fields:
        keys += ["sha256", "text_hash"] if name == "hash" else [name]
    return keys


def require_pyarrow(what: str) -> Any:
    try:
        import pyarrow
    except ImportError as exc:
        raise ImportError(f"{what} needs pyarrow: pip install docxsift[arrow]") from exc
    return pyarrow


def arrow_schema(fields: Sequence[str]) -> Any:
    """The Arrow schema of records with these fields (the same for every file)."""
    pa = require_pyarrow("docxsift's Arrow output")
    strings = pa.list_(pa.string())
    types = {
        "text": pa.string(),
        "text_with_labels": pa.string(),
        "paragraphs": strings,
        "tables": pa.list_(pa.list_(strings)),
        "headers": strings,
        "footers": strings,
        "footnotes": strings,
        "comments": pa.list_(pa.struct([
            ("id", pa.string()), ("author", pa.string()), ("date", pa.string()),
            ("text", pa.string()),
        ])),
        "properties": pa.struct([(name, pa.string()) for name in _PROPERTIES]),
        "stats": pa.struct([(name, pa.int64()) for name in _STATS]),
        "markdown": pa.string(),
        "outline": pa.list_(pa.struct([
            ("level", pa.int64()), ("label", pa.string()), ("title", pa.string()),
            ("source", pa.string()),
        ])),
        "images": pa.list_(pa.struct([
            ("part_name", pa.string()), ("content_type", pa.string()), ("filename", pa.string()),
            ("width", pa.int64()), ("height", pa.int64()), ("alt_text", pa.string()),
            ("title", pa.string()), ("inline", pa.bool_()), ("linked", pa.bool_()),
            ("url", pa.string()), ("story", pa.string()),
        ])),
        "image_bytes": pa.list_(pa.struct([
            ("part_name", pa.string()), ("filename", pa.string()), ("content_type", pa.string()),
            ("data", pa.binary()),
        ])),        "chunks": pa.list_(pa.struct([
            ("id", pa.string()), ("chunk_index", pa.int64()), ("text", pa.string()),
            ("contextualized", pa.string()), ("heading_path", strings),
            ("block_start", pa.int64()), ("block_end", pa.int64()), ("table", pa.int64()),
            ("row_start", pa.int64()), ("row_end", pa.int64()), ("page_start", pa.int64()),
            ("page_end", pa.int64()), ("tokens", pa.int64()), ("repeated_chars", pa.int64()),
            ("oversized", pa.bool_()),
        ])),
    }
    columns = [
        ("path", pa.string()), ("ok", pa.bool_()), ("error", pa.string()),
        ("seconds", pa.float64()),
    ]
    types["sha256"] = types["text_hash"] = pa.string()
    columns += [(name, types[name]) for name in record_keys(fields)[4:]]
    return pa.schema(columns)


def _batches(records: Iterable[dict[str, Any]], size: int) -> Iterator[list[dict[str, Any]]]:
    batch: list[dict[str, Any]] = []
    for record in records:
        batch.append(record)
        if len(batch) >= size:
            yield batch
            batch = []
    if batch:
        yield batch


def record_batches(
    records: Iterable[dict[str, Any]], schema: Any, batch_size: int = 1000
) -> Iterator[Any]:
    """pyarrow RecordBatches of ``batch_size`` records each."""
    pa = require_pyarrow("docxsift's Arrow output")
    for batch in _batches(records, batch_size):
        yield pa.RecordBatch.from_pylist(batch, schema=schema)


def _format_of(out: str, format: str | None) -> str:
    if format is None:
        format = os.path.splitext(out)[1].lower().lstrip(".")
        format = {"jsonl": "jsonl", "ndjson": "jsonl", "parquet": "parquet", "pq": "parquet",
                  "csv": "csv"}.get(format, format)
    if format not in FORMATS:
        raise ValueError(
            f"cannot tell the output format of {out!r}: use a .parquet, .jsonl or .csv "
            "name, or format="
        )
    return format


def _counted(records: Iterable[dict[str, Any]], summary: Summary) -> Iterator[dict[str, Any]]:
    for record in records:
        summary.add(record)
        yield record


def write_records(
    records: Iterable[dict[str, Any]],
    out: str | os.PathLike[str],
    *,
    fields: Sequence[str],
    format: str | None = None,
    batch_size: int = 1000,
) -> Summary:
    """Writes records to ``out`` as they come, ``batch_size`` at a time."""
    path = os.fspath(out)
    kind = _format_of(path, format)
    if batch_size < 1:
        raise ValueError(f"batch_size must be >= 1, not {batch_size}")
    summary = Summary()
    stream = _counted(records, summary)
    if kind == "parquet":
        _write_parquet(stream, path, fields, batch_size)
    elif kind == "jsonl":
        _write_jsonl(stream, path, batch_size)
    else:
        _write_csv(stream, path, fields, batch_size)
    return summary


def _write_parquet(
    records: Iterable[dict[str, Any]], path: str, fields: Sequence[str], batch_size: int
) -> None:
    require_pyarrow("Parquet output")
    import pyarrow.parquet as pq

    schema = arrow_schema(fields)
    with pq.ParquetWriter(path, schema) as writer:
        for batch in record_batches(records, schema, batch_size):
            writer.write_batch(batch)


def _json_default(value: Any) -> Any:
    """Bytes (the ``image_bytes`` field's data) as base64 text in JSON and CSV."""
    if isinstance(value, (bytes, bytearray)):
        import base64

        return base64.b64encode(value).decode("ascii")
    raise TypeError(f"{type(value).__name__} is not JSON serializable")


def _write_jsonl(records: Iterable[dict[str, Any]], path: str, batch_size: int) -> None:
    # backslashreplace: a path that is not valid UTF-8 must not stop the run.
    with open(path, "w", encoding="utf-8", errors="backslashreplace", newline="\n") as f:
        for batch in _batches(records, batch_size):
            f.writelines(
                json.dumps(r, ensure_ascii=False, default=_json_default) + "\n" for r in batch
            )


def _csv_cell(value: Any) -> Any:
    if isinstance(value, (list, dict)):
        return json.dumps(value, ensure_ascii=False, default=_json_default)
    return value


def _write_csv(
    records: Iterable[dict[str, Any]], path: str, fields: Sequence[str], batch_size: int
) -> None:
    columns = record_keys(fields)
    with open(path, "w", encoding="utf-8", errors="backslashreplace", newline="") as f:
        writer = csv.writer(f)
        writer.writerow(columns)
        for batch in _batches(records, batch_size):
            writer.writerows([_csv_cell(r.get(c)) for c in columns] for r in batch)
