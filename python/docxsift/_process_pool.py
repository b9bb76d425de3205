"""extract(isolation="processes"): files read in reused worker processes, so
that a crash or hang costs one record. A worker reads one JSON config line,
then one path per line, and writes one record per line; a failed record
carries its exception (class, message, attributes) so the parent raises the
same class.
"""

from __future__ import annotations

import json
import os
import selectors
import signal
import subprocess
import sys
import time
from collections.abc import Iterable, Iterator, Mapping
from typing import Any

from docxsift import _core

#: Defaults of the two process-isolation limits (keys of ``limits=``).
DEFAULT_TIMEOUT = 60.0
DEFAULT_MAX_MEMORY = 4 << 30


def worker_main() -> None:
    """A worker process: one config line, then one path per line in, one record per line out."""
    signal.signal(signal.SIGINT, signal.SIG_IGN)  # the parent handles Ctrl-C
    stdin = sys.stdin.buffer
    stdout = sys.stdout.buffer
    config = json.loads(stdin.readline())
    if config["max_memory"]:
        import resource

        cap = int(config["max_memory"])
        resource.setrlimit(resource.RLIMIT_AS, (cap, cap))
    limits = _limits_from_json(config["limits"])
    fields = config["fields"]
    stdout.write(b"ready\n")
    stdout.flush()
    for line in stdin:
        path = json.loads(line)
        start = time.monotonic()
        try:
            # raise_errors: the exception itself travels back with the record.
            record = _core._extract_file(
                path, fields, config["revisions"], config["include_hidden"], limits, True,
                *config["chunking"],
            )
        except BaseException as exc:
            record = _failed(path, _error_text(exc), fields)
            record["seconds"] = time.monotonic() - start
            record[_EXCEPTION_KEY] = _exception_to_json(exc)
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


# Every docxsift.Limits field (the C++ list), as forwarded to worker processes.
_LIMIT_NAMES: tuple[str, ...] = tuple(_core._LIMIT_FIELDS)


def _limits_to_json(limits: _core.Limits | None) -> dict[str, float] | None:
    """``limits`` as the worker processes receive it: every field, by name."""
    return {k: getattr(limits, k) for k in _LIMIT_NAMES} if limits is not None else None


def _limits_from_json(values: Mapping[str, float] | None) -> _core.Limits | None:
    return _core.Limits(**values) if values else None


class _Worker:
    """One reusable worker process and the file it is working on."""

    def __init__(self, config: bytes) -> None:
        import docxsift

        env = dict(os.environ)
        # The child imports the same docxsift as this process.
        root = os.path.dirname(os.path.dirname(os.path.abspath(docxsift.__file__)))
        env["PYTHONPATH"] = os.pathsep.join(p for p in (root, env.get("PYTHONPATH")) if p)
        self.proc = subprocess.Popen(
            [sys.executable, "-c", "from docxsift._process_pool import worker_main; worker_main()"],
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


def processes(
    paths: Iterator[str], fields: tuple[str, ...], workers: int, revisions: str,
    include_hidden: bool, limits: _core.Limits | None, process_limits: dict[str, float],
    raise_errors: bool, chunking: tuple[int, int],
) -> Iterator[dict[str, Any]]:
    timeout = process_limits.get("timeout", DEFAULT_TIMEOUT)
    config = json.dumps({
        "fields": list(fields), "revisions": revisions, "include_hidden": include_hidden,
        "limits": _limits_to_json(limits), "chunking": list(chunking),
        "max_memory": int(process_limits.get("max_memory", DEFAULT_MAX_MEMORY)),
    }).encode("ascii") + b"\n"
    window = 4 * workers
    pool = [_Worker(config) for _ in range(workers)]
    selector = selectors.DefaultSelector()
    for worker in pool:
        selector.register(worker.fd, selectors.EVENT_READ, worker)
    done: dict[int, dict[str, Any]] = {}
    errors: dict[int, BaseException | None] = {}
    next_seq = 0  # next path to hand out
    next_out = 0  # next record to yield
    exhausted = False

    def replace(worker: _Worker) -> None:
        selector.unregister(worker.fd)
        worker.kill()
        fresh = _Worker(config)
        pool[pool.index(worker)] = fresh
        selector.register(fresh.fd, selectors.EVENT_READ, fresh)

    def settle(worker: _Worker, record: dict[str, Any], exc: BaseException | None) -> None:
        """The job's record, and what on_error="raise" raises for it when it failed."""
        assert worker.job is not None
        done[worker.job[0]] = record
        errors[worker.job[0]] = exc
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
                exc = errors.pop(next_out)
                next_out += 1
                if raise_errors and not record["ok"]:
                    raise exc or ChildProcessError(record["error"])
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
                        reason = worker.crash_reason()
                        failed = _failed(worker.job[1], reason, fields)
                        failed["seconds"] = time.monotonic() - worker.started
                        settle(worker, failed, ChildProcessError(reason))
                    replace(worker)
                elif not worker.ready:
                    worker.ready = line == b"ready"
                elif line and worker.job is not None:
                    record = _bytes_from_json(json.loads(line))
                    wire = record.pop(_EXCEPTION_KEY, None)
                    settle(worker, record, _exception_from_json(wire) if wire else None)
            now = time.monotonic()
            for worker in list(pool):
                if worker.job is not None and now >= worker.deadline:
                    message = f"no result within {timeout:g} s"
                    failed = _failed(worker.job[1], f"TimeoutError: {message}", fields)
                    failed["seconds"] = now - worker.started
                    settle(worker, failed, TimeoutError(message))
                    replace(worker)
    finally:
        selector.close()
        for worker in pool:
            if worker.job is None:
                worker.stop()
            else:
                worker.kill()


# A worker sends the exception behind a failed record beside it, by class
# name, message and attributes, so that the parent raises the same class.
_EXCEPTION_KEY = "_exception"
_EXCEPTION_ATTRIBUTES = ("part", "line", "limit")


def _error_text(exc: BaseException) -> str:
    """A record's ``error`` as the C++ core writes it: an OSError by its strerror."""
    if isinstance(exc, OSError) and exc.strerror:
        return f"{type(exc).__name__}: {exc.strerror}"
    return f"{type(exc).__name__}: {exc}"


def _exception_to_json(exc: BaseException) -> dict[str, Any]:
    args = [a for a in exc.args if isinstance(a, (str, int, float))]
    return {
        "class": type(exc).__name__,
        "message": str(exc),
        "args": args if len(args) == len(exc.args) else [str(exc)],
        "attributes": {a: getattr(exc, a) for a in _EXCEPTION_ATTRIBUTES if hasattr(exc, a)},
    }


def _exception_from_json(wire: Mapping[str, Any]) -> BaseException:
    """The exception a worker met, rebuilt: a class of docxsift.exceptions'
    hierarchy or a built-in one; any other class as ChildProcessError."""
    import builtins

    from docxsift import exceptions

    name, message = str(wire["class"]), str(wire["message"])
    if name in exceptions.__all__:
        cls = getattr(exceptions, name, None)
    else:
        cls = getattr(builtins, name, None)
    if not (isinstance(cls, type) and issubclass(cls, Exception)):
        return ChildProcessError(f"{name}: {message}")
    exc = cls(*wire.get("args", [message]))
    for key, value in dict(wire.get("attributes") or {}).items():
        if key in _EXCEPTION_ATTRIBUTES:
            setattr(exc, key, value)
    return exc
