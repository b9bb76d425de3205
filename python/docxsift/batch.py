"""Batch extraction (DESIGN §2): many files in, one record per file out.

The work runs in the C++ worker pool (``docxsift._core._BatchIterator``); this
module turns ``paths`` into a lazy stream of strings, applies ``on_error``,
``normalize`` and ``progress``, and offers the process-isolated variant and
the pandas / Arrow / file adapters.
"""

from __future__ import annotations

import glob
import json
import os
import selectors
import signal
import subprocess
import sys
import time
from collections.abc import Iterable, Iterator, Mapping
from typing import IO, Any, Callable, Union

from docxsift import _core

PathLike = Union[str, "os.PathLike[str]"]
Paths = Union[PathLike, Iterable[PathLike]]

#: File name endings that extract() picks up from a directory.
EXTENSIONS = (".docx", ".docm", ".dotx", ".dotm", ".doc", ".dot", ".wps")
#: Every name ``fields=`` accepts.
FIELDS: tuple[str, ...] = tuple(_core._BATCH_FIELDS)
_ON_ERROR = ("record", "raise", "skip")
_ISOLATION = ("threads", "processes")
#: Defaults of the two process-isolation limits (keys of ``limits=``).
DEFAULT_TIMEOUT = 60.0
DEFAULT_MAX_MEMORY = 4 << 30
_PROCESS_LIMITS = ("timeout", "max_memory")
# Fields whose strings normalize= rewrites.
_TEXT_FIELDS = ("text", "paragraphs", "tables", "headers", "footers", "footnotes", "comments")


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
        if key == "text":
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
) -> Iterator[dict[str, Any]]:
    """Records of many .docx files, in input order, one dict per file.

    ``paths`` is an iterable of paths (consumed lazily: at most a small window
    ahead of the records taken), a directory (searched recursively for
    ``.docx/.docm/.dotx/.dotm/.doc/.dot/.wps``, sorted) or a glob. Each record holds
    ``path``, ``ok``, ``error`` (``"ClassName: message"`` or None) and
    ``seconds``, then each of ``fields``: ``text``, ``paragraphs``, ``tables``,
    ``headers``, ``footers``, ``footnotes``, ``comments``, ``properties``,
    ``stats``, ``hash`` (adds two keys: ``sha256`` of the file and
    ``text_hash`` of the whitespace-collapsed, normalised body text),
    ``markdown``, ``outline``, ``images`` (picture metadata, as
    ``doc.images``, no bytes) and ``image_bytes`` (each picture part once:
    ``part_name``, ``filename``, ``content_type``, ``data`` bytes; base64 text
    in JSONL/CSV output); None when the file failed. docs/batch.md describes
    each.

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
    if revisions not in ("accept", "reject"):
        raise ValueError(f"revisions must be 'accept' or 'reject', not {revisions!r}")
    core_limits, process_limits = _split_limits(limits)
    if process_limits and isolation != "processes":
        raise ValueError(f"limits {sorted(process_limits)} apply only to isolation='processes'")
    norm = _normalizer(normalize)
    # text_hash covers the normalised text: fetch the text for it if not asked for.
    hidden_text = norm is not None and "hash" in names and "text" not in names
    wanted = (*names, "text") if hidden_text else names
    reporter = _progress_for(progress, paths)
    if isolation == "threads":
        records: Iterator[dict[str, Any]] = _threads(
            iter_paths(paths), wanted, workers or 0, revisions, include_hidden, core_limits,
            on_error == "raise",
        )
    else:
        records = _processes(
            iter_paths(paths), wanted, workers or (os.cpu_count() or 1), revisions,
            include_hidden, core_limits, process_limits, on_error == "raise",
        )
    return _finish(records, on_error, norm, reporter, hidden_text)


def _threads(
    paths: Iterator[str], fields: tuple[str, ...], workers: int, revisions: str,
    include_hidden: bool, limits: _core.Limits | None, raise_errors: bool,
) -> Iterator[dict[str, Any]]:
    batch = _core._BatchIterator(
        paths, list(fields), workers, 0, revisions, include_hidden, limits, raise_errors
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


# --- process isolation -------------------------------------------------------


def _worker_main() -> None:
    """A worker process: one config line, then one path per line in, one record per line out."""
    signal.signal(signal.SIGINT, signal.SIG_IGN)  # the parent handles Ctrl-C
    stdin = sys.stdin.buffer
    stdout = sys.stdout.buffer
    config = json.loads(stdin.readline())
    if config["max_memory"]:
        import resource

        cap = int(config["max_memory"])
        resource.setrlimit(resource.RLIMIT_AS, (cap, cap))
    limits = _core.Limits(**config["limits"]) if config["limits"] else None
    fields = config["fields"]
    stdout.write(b"ready\n")
    stdout.flush()
    for line in stdin:
        path = json.loads(line)
        start = time.monotonic()
        try:
            record = _core._extract_file(
                path, fields, config["revisions"], config["include_hidden"], limits
            )
        except BaseException as exc:
            record = _failed(path, f"{type(exc).__name__}: {exc}", fields)
            record["seconds"] = time.monotonic() - start
        stdout.write(json.dumps(_bytes_to_json(record)).encode("ascii") + b"\n")
        stdout.flush()


def _bytes_to_json(record: dict[str, Any]) -> dict[str, Any]:
    """``image_bytes`` data as base64 text, for the JSON line a worker process writes."""
    import base64

    items = record.get("image_bytes")
    if items:
        record["image_bytes"] = [
            {**item, "data": base64.b64encode(item["data"]).decode("ascii")} for item in items
        ]
    return record


def _bytes_from_json(record: dict[str, Any]) -> dict[str, Any]:
    """The inverse of _bytes_to_json, in the parent process."""
    import base64

    items = record.get("image_bytes")
    if items:
        record["image_bytes"] = [{**item, "data": base64.b64decode(item["data"])} for item in items]
    return record


def _failed(path: str, error: str, fields: Iterable[str]) -> dict[str, Any]:
    from docxsift._writers import record_keys

    record: dict[str, Any] = {"path": path, "ok": False, "error": error, "seconds": 0.0}
    for key in record_keys(list(fields))[4:]:
        record[key] = None
    return record


_LIMIT_NAMES = (
    "max_file_size", "max_total_uncompressed", "max_part_uncompressed", "max_compression_ratio",
    "ratio_check_after", "max_entries", "max_xml_depth", "max_xml_nodes", "max_text_size",
    "max_seconds",
)


class _Worker:
    """One reusable worker process and the file it is working on."""

    def __init__(self, config: bytes) -> None:
        import docxsift

        env = dict(os.environ)
        # The child imports the same docxsift as this process.
        root = os.path.dirname(os.path.dirname(os.path.abspath(docxsift.__file__)))
        env["PYTHONPATH"] = os.pathsep.join(p for p in (root, env.get("PYTHONPATH")) if p)
        self.proc = subprocess.Popen(
            [sys.executable, "-c", "from docxsift.batch import _worker_main; _worker_main()"],
            stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, env=env,
        )
        assert self.proc.stdin is not None and self.proc.stdout is not None
        self.stdin = self.proc.stdin
        self.fd = self.proc.stdout.fileno()
        os.set_blocking(self.fd, False)
        self.buffer = b""
        self.job: tuple[int, str] | None = None
        self.ready = False  # the first line a worker writes says it has started
        self.deadline = 0.0
        self.started = 0.0
        self.stdin.write(config)
        self.stdin.flush()

    def send(self, seq: int, path: str, timeout: float) -> None:
        self.job = (seq, path)
        self.started = time.monotonic()
        self.deadline = self.started + timeout
        self.stdin.write(json.dumps(path).encode("ascii") + b"\n")
        self.stdin.flush()

    def read(self) -> bytes | None:
        """A complete reply line, b"" when none is complete yet, None at EOF."""
        try:
            chunk = os.read(self.fd, 1 << 20)
        except BlockingIOError:  # a spurious wake-up: nothing new
            chunk = b""
        else:
            if not chunk:
                return None
        self.buffer += chunk
        line, sep, rest = self.buffer.partition(b"\n")
        if not sep:
            return b""
        self.buffer = rest
        return line

    def kill(self) -> None:
        if self.proc.poll() is None:
            self.proc.kill()
        self.proc.wait()
        for stream in (self.proc.stdin, self.proc.stdout):
            if stream is not None:
                try:
                    stream.close()
                except OSError:
                    pass

    def stop(self) -> None:
        try:
            self.stdin.close()
            self.proc.wait(timeout=2)
        except (OSError, subprocess.TimeoutExpired):
            pass
        self.kill()

    def crash_reason(self) -> str:
        code = self.proc.wait()
        if code < 0:
            try:
                name = signal.Signals(-code).name
            except ValueError:
                name = f"signal {-code}"
            return f"WorkerCrash: worker process killed by {name}"
        return f"WorkerCrash: worker process exited with status {code}"


def _processes(
    paths: Iterator[str], fields: tuple[str, ...], workers: int, revisions: str,
    include_hidden: bool, limits: _core.Limits | None, process_limits: dict[str, float],
    raise_errors: bool,
) -> Iterator[dict[str, Any]]:
    timeout = process_limits.get("timeout", DEFAULT_TIMEOUT)
    config = json.dumps({
        "fields": list(fields), "revisions": revisions, "include_hidden": include_hidden,
        "limits": {k: getattr(limits, k) for k in _LIMIT_NAMES} if limits is not None else None,
        "max_memory": int(process_limits.get("max_memory", DEFAULT_MAX_MEMORY)),
    }).encode("ascii") + b"\n"
    window = 4 * workers
    pool = [_Worker(config) for _ in range(workers)]
    selector = selectors.DefaultSelector()
    for worker in pool:
        selector.register(worker.fd, selectors.EVENT_READ, worker)
    done: dict[int, dict[str, Any]] = {}
    next_seq = 0  # next path to hand out
    next_out = 0  # next record to yield
    exhausted = False

    def replace(worker: _Worker) -> None:
        selector.unregister(worker.fd)
        worker.kill()
        fresh = _Worker(config)
        pool[pool.index(worker)] = fresh
        selector.register(fresh.fd, selectors.EVENT_READ, fresh)

    def settle(worker: _Worker, record: dict[str, Any]) -> None:
        assert worker.job is not None
        done[worker.job[0]] = record
        worker.job = None

    try:
        while True:
            for worker in list(pool):
                if (worker.ready and worker.job is None and not exhausted
                        and next_seq - next_out < window):
                    path = next(paths, None)
                    if path is None:
                        exhausted = True
                    else:
                        worker.send(next_seq, path, timeout)
                        next_seq += 1
            while next_out in done:
                record = done.pop(next_out)
                next_out += 1
                if raise_errors and not record["ok"]:
                    raise _exception_of(record["error"])
                yield record
            busy = [w for w in pool if w.job is not None]
            if not busy and exhausted:
                return
            now = time.monotonic()
            wait = min([w.deadline - now for w in busy] + [1.0])
            for key, _ in selector.select(timeout=max(wait, 0.0)):
                worker = key.data
                line = worker.read()
                if line is None:  # EOF: the process died
                    if not worker.ready:
                        raise RuntimeError(
                            "a docxsift worker process failed to start: "
                            + worker.crash_reason().partition(": ")[2]
                        )
                    if worker.job is not None:
                        failed = _failed(worker.job[1], worker.crash_reason(), fields)
                        failed["seconds"] = time.monotonic() - worker.started
                        settle(worker, failed)
                    replace(worker)
                elif not worker.ready:
                    worker.ready = line == b"ready"
                elif line and worker.job is not None:
                    settle(worker, _bytes_from_json(json.loads(line)))
            now = time.monotonic()
            for worker in list(pool):
                if worker.job is not None and now >= worker.deadline:
                    failed = _failed(
                        worker.job[1], f"TimeoutError: no result within {timeout:g} s", fields
                    )
                    failed["seconds"] = now - worker.started
                    settle(worker, failed)
                    replace(worker)
    finally:
        selector.close()
        for worker in pool:
            if worker.job is None:
                worker.stop()
            else:
                worker.kill()


def _exception_of(error: str) -> BaseException:
    """The exception on_error="raise" raises for a record's ``error`` string."""
    import builtins

    from docxsift import exceptions

    name, _, message = error.partition(": ")
    cls = getattr(exceptions, name, None) or getattr(builtins, name, None)
    if name == "WorkerCrash" or not (isinstance(cls, type) and issubclass(cls, Exception)):
        return ChildProcessError(error)
    return cls(message)  # type: ignore[no-any-return]


# --- adapters ----------------------------------------------------------------


def extract_to_pandas(paths: Paths, **kw: Any) -> Any:
    """extract() as a pandas DataFrame, one row per file (needs pandas)."""
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

    names = check_fields(kw.get("fields", ("text",)))
    return _writers.write_records(
        extract(paths, **kw), out, fields=names, format=format, batch_size=batch_size
    )



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
