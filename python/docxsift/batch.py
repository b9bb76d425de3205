"""Batch extraction: many files in, one record per file out.

The work runs in the C++ worker pool (``docxsift._core._BatchIterator``); this
module turns ``paths`` into a lazy stream of strings and applies ``on_error``,
``normalize`` and ``progress``. The process-isolated variant lives in
``_process_pool``, the pandas / Arrow / file adapters in ``_adapters``.
"""

from __future__ import annotations

import glob
import os
import sys
import time
from collections.abc import Iterable, Iterator, Mapping
from typing import IO, Any, Callable, Union

from docxsift import _core, _process_pool
from docxsift._adapters import extract_to_arrow as extract_to_arrow
from docxsift._adapters import extract_to_file as extract_to_file
from docxsift._adapters import extract_to_pandas as extract_to_pandas
from docxsift._process_pool import DEFAULT_MAX_MEMORY as DEFAULT_MAX_MEMORY
from docxsift._process_pool import DEFAULT_TIMEOUT as DEFAULT_TIMEOUT

PathLike = Union[str, "os.PathLike[str]"]
Paths = Union[PathLike, Iterable[PathLike]]

#: File name endings that extract() picks up from a directory.
EXTENSIONS = (".docx", ".docm", ".dotx", ".dotm", ".doc", ".dot", ".wps")
#: Every name ``fields=`` accepts.
FIELDS: tuple[str, ...] = tuple(_core._BATCH_FIELDS)
_ON_ERROR = ("record", "raise", "skip")
_ISOLATION = ("threads", "processes")
_PROCESS_LIMITS = ("timeout", "max_memory")
# Fields whose strings normalize= rewrites.
_TEXT_FIELDS = (
    "text", "text_with_labels", "paragraphs", "tables", "headers", "footers", "footnotes",
    "comments",
)


def iter_paths(paths: Paths) -> Iterator[str]:
    """The files ``paths`` names, lazily, as str.

    A directory yields its ``.docx/.docm/.dotx/.dotm/.doc/.dot/.wps`` files recursively in
    sorted order (Word's ``~$`` lock files skipped); a string with glob
    characters yields its matches sorted; any other iterable is consumed one
    item at a time.
    """
    if isinstance(paths, (str, bytes, os.PathLike)):
        path = os.fsdecode(os.fspath(paths))
        if os.path.isdir(path):
            yield from _walk(path)
        elif glob.has_magic(path):
            yield from sorted(glob.iglob(path, recursive=True))
        else:
            yield path
        return
    for item in paths:
        yield os.fsdecode(os.fspath(item))


def _walk(root: str) -> Iterator[str]:
    for folder, dirs, files in os.walk(root):
        dirs.sort()
        for name in sorted(files):
            if name.lower().endswith(EXTENSIONS) and not name.startswith("~$"):
                yield os.path.join(folder, name)


def _count(paths: Paths) -> int | None:
    """How many files ``paths`` names, when that is cheap to know (for an ETA)."""
    if isinstance(paths, (str, bytes, os.PathLike)):
        path = os.fsdecode(os.fspath(paths))
        if os.path.isdir(path):
            return sum(1 for _ in _walk(path))
        if glob.has_magic(path):
            return sum(1 for _ in glob.iglob(path, recursive=True))
        return 1
    try:
        return len(paths)  # type: ignore[arg-type]
    except TypeError:
        return None


def check_fields(fields: str | Iterable[str]) -> tuple[str, ...]:
    """``fields`` as a tuple of valid field names; ValueError naming the valid ones."""
    names = (fields,) if isinstance(fields, str) else tuple(fields)
    for name in names:
        if name not in FIELDS:
            raise ValueError(
                f"unknown field {name!r}; valid fields: {', '.join(FIELDS)}"
            )
    if not names:
        raise ValueError(f"fields must name at least one of: {', '.join(FIELDS)}")
    return tuple(dict.fromkeys(names))


def _split_limits(limits: Any) -> tuple[_core.Limits | None, dict[str, float]]:
    """``limits=`` as (docxsift.Limits or None, the process-isolation limits)."""
    process: dict[str, float] = {}
    if limits is None or isinstance(limits, _core.Limits):
        return limits, process
    if not isinstance(limits, Mapping):
        raise TypeError(
            f"limits must be a docxsift.Limits or a dict, not {type(limits).__name__}"
        )
    core = dict(limits)
    for key in _PROCESS_LIMITS:
        if key in core:
            process[key] = float(core.pop(key))
    return (_core.Limits(**core) if core else None), process


def _normalizer(normalize: Any) -> Callable[[str], str] | None:
    if normalize is None:
        return None
    if callable(normalize):
        return normalize  # type: ignore[no-any-return]
    import docxsift

    # docxsift.normalize lands separately; check at call time, not import time.
    if hasattr(docxsift, "Normalizer"):
        return docxsift.Normalizer(normalize)  # type: ignore[no-any-return]
    if hasattr(docxsift, "normalize"):
        fn = docxsift.normalize
        return lambda text: fn(text, preset=normalize)  # type: ignore[no-any-return]
    raise NotImplementedError(
        f"normalize={normalize!r} needs docxsift.normalize, which this build of docxsift lacks"
    )


def _normalize_record(record: dict[str, Any], norm: Callable[[str], str]) -> None:
    for key in _TEXT_FIELDS:
        value = record.get(key)
        if value is None:
            continue
        if key in ("text", "text_with_labels"):
            record[key] = norm(value)
        elif key == "tables":
            record[key] = [[[norm(cell) for cell in row] for row in grid] for grid in value]
        elif key == "comments":
            for comment in value:
                comment["text"] = norm(comment["text"])
        else:
            record[key] = [norm(s) for s in value]


def extract(
    paths: Paths,
    *,
    workers: int | None = None,
    normalize: str | Callable[[str], str] | None = None,
    fields: str | Iterable[str] = ("text",),
    on_error: str = "record",
    progress: bool | IO[str] = False,
    isolation: str = "threads",
    limits: _core.Limits | Mapping[str, Any] | None = None,
    revisions: str = "accept",
    include_hidden: bool = False,
    chunk_max_tokens: int = 512,
    chunk_overlap: int = 0,
) -> Iterator[dict[str, Any]]:
    """Records of many .docx files, in input order, one dict per file.

    ``paths`` is an iterable of paths (consumed lazily: at most a small window
    ahead of the records taken), a directory (searched recursively for
    ``.docx/.docm/.dotx/.dotm/.doc/.dot/.wps``, sorted) or a glob. Each record holds
    ``path``, ``ok``, ``error`` (``"ClassName: message"`` or None) and
    ``seconds``, then each of ``fields``: ``text``, ``text_with_labels`` (the
    body text with Word's list labels, as ``Document.text_with_labels``),
    ``paragraphs``, ``tables``,
    ``headers``, ``footers``, ``footnotes``, ``comments``, ``properties``,
    ``stats``, ``hash`` (adds two keys: ``sha256`` of the file and
    ``text_hash`` of the whitespace-collapsed, normalised body text),
    ``markdown``, ``outline``, ``images`` (picture metadata, as
    ``doc.images``, no bytes) and ``image_bytes`` (each picture part once:
    ``part_name``, ``filename``, ``content_type``, ``data`` bytes; base64 text
    in JSONL/CSV output), ``chunks`` (``doc.chunks()`` as a list of
    ``Chunk.to_dict()``, with the built-in token count, ``chunk_max_tokens``
    and ``chunk_overlap``, and the path as the ids' source); None when the
    file failed. docs/bulk-extraction.md describes each.

    ``on_error``: ``"record"`` yields failed files with ``ok=False``,
    ``"raise"`` raises the file's :class:`docxsift.DocxError` (or OSError) at
    the first bad file, ``"skip"`` leaves them out. ``normalize`` is a preset
    of :func:`docxsift.normalize` (or any str -> str callable) applied to every
    text field. ``workers`` defaults to the number of cores.

    ``isolation="processes"`` runs files in reused worker processes, so that a
    crash or hang costs one record (error ``WorkerCrash: ...`` or
    ``TimeoutError: ...``); ``limits`` may then be a dict of
    :class:`docxsift.Limits` keywords plus ``timeout`` (seconds per file,
    default 60) and ``max_memory`` (bytes of address space per worker,
    default 4 GiB). ``progress=True`` reports progress on stderr.
    """
    names = check_fields(fields)
    if on_error not in _ON_ERROR:
        raise ValueError(f"on_error must be one of {_ON_ERROR}, not {on_error!r}")
    if isolation not in _ISOLATION:
        raise ValueError(f"isolation must be one of {_ISOLATION}, not {isolation!r}")
    if workers is not None and workers < 1:
        raise ValueError(f"workers must be >= 1, not {workers}")
    if revisions not in _core._REVISIONS:
        raise ValueError(f"revisions must be 'accept' or 'reject', not {revisions!r}")
    core_limits, process_limits = _split_limits(limits)
    if process_limits and isolation != "processes":
        raise ValueError(f"limits {sorted(process_limits)} apply only to isolation='processes'")
    chunking = (chunk_max_tokens, chunk_overlap)
    if "chunks" in names:
        _core.Chunker(chunk_max_tokens, None, chunk_overlap)  # ValueError now, not per file
    norm = _normalizer(normalize)
    # text_hash covers the normalised text: fetch the text for it if not asked for.
    hidden_text = norm is not None and "hash" in names and "text" not in names
    wanted = (*names, "text") if hidden_text else names
    reporter = _progress_for(progress, paths)
    if isolation == "threads":
        records: Iterator[dict[str, Any]] = _threads(
            iter_paths(paths), wanted, workers or 0, revisions, include_hidden, core_limits,
            on_error == "raise", chunking,
        )
    else:
        records = _process_pool.processes(
            iter_paths(paths), wanted, workers or (os.cpu_count() or 1), revisions,
            include_hidden, core_limits, process_limits, on_error == "raise", chunking,
        )
    return _finish(records, on_error, norm, reporter, hidden_text)


def _threads(
    paths: Iterator[str], fields: tuple[str, ...], workers: int, revisions: str,
    include_hidden: bool, limits: _core.Limits | None, raise_errors: bool,
    chunking: tuple[int, int] = (512, 0),
) -> Iterator[dict[str, Any]]:
    batch = _core._BatchIterator(
        paths, list(fields), workers, 0, revisions, include_hidden, limits, raise_errors,
        *chunking,
    )
    try:
        yield from batch
    finally:
        batch.close()


def _finish(
    records: Iterator[dict[str, Any]], on_error: str,
    norm: Callable[[str], str] | None, reporter: Progress | None, hidden_text: bool = False,
) -> Iterator[dict[str, Any]]:
    try:
        for record in records:
            if reporter is not None:
                reporter.update(record)
            if not record["ok"] and on_error == "skip":
                continue
            if norm is not None and record["ok"]:
                _normalize_record(record, norm)
                if "text_hash" in record:
                    record["text_hash"] = _core._text_hash(record["text"])
            if hidden_text:
                del record["text"]
            yield record
    finally:
        close = getattr(records, "close", None)
        if close is not None:
            close()
        if reporter is not None:
            reporter.finish()


# --- progress ----------------------------------------------------------------


class Progress:
    """Progress on a text stream: a redrawn bar on a terminal, log lines otherwise.

    Shows files done, files/s, the ETA when the total is known, and failures.
    """

    def __init__(
        self, stream: IO[str], total: int | None = None, *, interval: float | None = None
    ) -> None:
        self.stream = stream
        self.total = total
        self.tty = bool(getattr(stream, "isatty", lambda: False)())
        self.interval = interval if interval is not None else (0.2 if self.tty else 10.0)
        self.files = 0
        self.failed = 0
        self.errors: dict[str, int] = {}
        self.start = time.monotonic()
        self._last = float("-inf")

    def update(self, record: Mapping[str, Any]) -> None:
        self.files += 1
        if not record["ok"]:
            self.failed += 1
            kind = str(record.get("error") or "Error").split(":", 1)[0]
            self.errors[kind] = self.errors.get(kind, 0) + 1
        now = time.monotonic()
        if now - self._last >= self.interval:
            self._last = now
            self._draw(now)

    def line(self, now: float | None = None) -> str:
        elapsed = max((now or time.monotonic()) - self.start, 1e-9)
        rate = self.files / elapsed
        done = f"{self.files}/{self.total}" if self.total is not None else f"{self.files}"
        parts = [f"{done} files", f"{rate:.1f} files/s"]
        if self.total is not None and rate > 0:
            parts.append(f"ETA {_clock(max(self.total - self.files, 0) / rate)}")
        parts.append(f"{self.failed} failed")
        return "  ".join(parts)

    def _draw(self, now: float) -> None:
        if self.tty:
            bar = ""
            if self.total:
                filled = int(30 * min(self.files / self.total, 1.0))
                bar = "[" + "#" * filled + "." * (30 - filled) + "] "
            self.stream.write("\r\x1b[K" + bar + self.line(now))
        else:
            self.stream.write("docxsift: " + self.line(now) + "\n")
        self.stream.flush()

    def finish(self) -> None:
        self._draw(time.monotonic())
        if self.tty:
            self.stream.write("\n")
            self.stream.flush()


def _clock(seconds: float) -> str:
    s = int(seconds + 0.5)
    return f"{s // 3600}:{s // 60 % 60:02d}:{s % 60:02d}"


def _progress_for(progress: bool | IO[str], paths: Paths) -> Progress | None:
    if progress is False or progress is None:
        return None
    stream = sys.stderr if progress is True else progress
    return Progress(stream, _count(paths))  # type: ignore[arg-type]


# --- duplicates ----------------------------------------------------------------


def find_duplicates(
    records: Iterable[Mapping[str, Any]],
    *,
    threshold: float = 0.8,
    shingle: int = 5,
    permutations: int = 128,
) -> list[dict[str, Any]]:
    """Groups of duplicate documents among extract() records (failed ones ignored).

    Records need ``text``; ``text_hash`` is used when present (``fields``
    with ``"hash"``), else computed. Exact groups share the text hash (the
    body text with whitespace runs collapsed, normalised if ``normalize=`` was
    given). Near-duplicate groups join exact classes whose MinHash estimate
    of Jaccard similarity over ``shingle``-character shingles is at least
    ``threshold`` (default 0.8: about 80% of the shingles shared), found with
    LSH over ``permutations`` hash functions in bands of 5 and joined
    transitively. Returns dicts ``{"kind": "exact" | "near", "paths": [...],
    "similarity": float}`` (the lowest similarity that joined a near group;
    1.0 for exact ones), exact groups first.
    """
    if not 0.0 < threshold <= 1.0:
        raise ValueError(f"threshold must be in (0, 1], not {threshold}")
    paths: list[str] = []
    keys: list[str] = []
    texts: list[str] = []
    for record in records:
        if not record.get("ok", True):
            continue
        text = record.get("text")
        if text is None:
            raise ValueError(
                "find_duplicates needs records with text: extract(fields=('text', ...))"
            )
        paths.append(record["path"])
        texts.append(text)
        keys.append(record.get("text_hash") or _core._text_hash(text))
    groups = _core._find_duplicates(keys, texts, threshold, shingle, permutations, 5)
    return [
        {"kind": "exact" if exact else "near", "paths": [paths[i] for i in members],
         "similarity": similarity}
        for members, exact, similarity in groups
    ]
