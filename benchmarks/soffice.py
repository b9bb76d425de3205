"""LibreOffice (`soffice --headless --convert-to`) as a batch converter, cached.

Shared by doc_agreement.py, bench_doc.py and tools/make-doc-fixtures.py. A
developer tool only: nothing in the test suite needs soffice (the fixtures it
made are committed), and every caller checks `available()` first.

One launch converts many files (its start-up, about a second, is the larger
part of converting a small document), in its own user profile: two soffice
processes sharing a profile wait on each other's lock or fail. A launch that
outlives its timeout is killed with its process group, and the files it did
not write are retried one per launch, so one document that hangs LibreOffice
costs one timeout and is recorded as failed instead of stopping the run.
"""

from __future__ import annotations

import os
import shutil
import signal
import subprocess
from collections.abc import Sequence
from pathlib import Path

# The filters by the names `--convert-to` takes. "Text (encoded):UTF8" writes
# UTF-8 whatever the locale ("txt:Text" would write the system code page).
TO_DOC = "doc:MS Word 97"
TO_TXT = "txt:Text (encoded):UTF8"

# Seconds a launch may take: start-up plus this much per file (corpus
# documents of a few MB take LibreOffice several seconds to lay out).
LAUNCH_SECONDS = 60
SECONDS_PER_FILE = 20


def available() -> bool:
    return shutil.which("soffice") is not None


def version() -> str:
    if not available():
        return "absent"
    out = subprocess.run(["soffice", "--version"], capture_output=True, text=True, check=False)
    return out.stdout.strip() or "?"


def profile_arg(profile: Path) -> str:
    return f"-env:UserInstallation=file://{profile.resolve()}"


def command(filter_: str, outdir: Path, files: Sequence[Path], profile: Path) -> list[str]:
    return [
        "soffice",
        profile_arg(profile),
        "--headless",
        "--norestore",
        "--convert-to",
        filter_,
        "--outdir",
        str(outdir),
        *(str(f) for f in files),
    ]


def run_once(filter_: str, outdir: Path, files: Sequence[Path], profile: Path) -> bool:
    """One launch over `files`; False when it was killed for taking too long."""
    outdir.mkdir(parents=True, exist_ok=True)
    proc = subprocess.Popen(
        command(filter_, outdir, files, profile),
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
        start_new_session=True,  # its own process group, so a kill takes oosplash and soffice.bin
    )
    try:
        proc.wait(timeout=LAUNCH_SECONDS + SECONDS_PER_FILE * len(files))
        return True
    except subprocess.TimeoutExpired:
        os.killpg(proc.pid, signal.SIGKILL)
        proc.wait()
        return False


def output_path(src: Path, outdir: Path, filter_: str) -> Path:
    return outdir / (src.stem + "." + filter_.split(":", 1)[0])


def convert(
    files: Sequence[Path], filter_: str, outdir: Path, profile: Path, batch: int = 20
) -> list[Path]:
    """Converts the files whose output is missing; returns the ones LibreOffice did not
    convert (after one retry each, alone). Output names are the inputs' stems, so inputs
    must have distinct stems."""
    todo = [f for f in files if not output_path(f, outdir, filter_).exists()]
    for start in range(0, len(todo), batch):
        run_once(filter_, outdir, todo[start : start + batch], profile)
    failed = []
    for f in todo:
        if not output_path(f, outdir, filter_).exists():
            run_once(filter_, outdir, [f], profile)
            if not output_path(f, outdir, filter_).exists():
                failed.append(f)
    return failed
