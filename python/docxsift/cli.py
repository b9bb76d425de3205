"""The docxsift command line.

Exit status (docs/cli.md): 0 on success; 1 for a usage error (argparse's
own errors included) or a ``corpus`` run that cannot start; 2 when an input
is bad (one line ``docxsift: FILE: reason`` on stderr per bad file); 130
on Ctrl-C.
"""

from __future__ import annotations

import argparse
import errno
import glob
import json
import os
import sys
from collections.abc import Callable, Iterator, Sequence
from typing import Any, NoReturn

import docxsift
from docxsift._repr import document_counts

EXIT_OK = 0
EXIT_USAGE = 1
EXIT_BAD_INPUT = 2
EXIT_INTERRUPTED = 130


class _Parser(argparse.ArgumentParser):
    """argparse exits 2 on a usage error; 2 is the bad-input status (docs/cli.md), so
    usage errors exit EXIT_USAGE instead (subparsers inherit the class)."""

    def error(self, message: str) -> NoReturn:
        self.print_usage(sys.stderr)
        self.exit(EXIT_USAGE, f"{self.prog}: error: {message}\n")


def _write(text: str) -> None:
    sys.stdout.write(text)
    if not text.endswith("\n"):
        sys.stdout.write("\n")


def _all_text(doc: docxsift.Document, *, labels: bool = False) -> str:
    parts = [doc.text_with_labels if labels else doc.text]
    seen: set[tuple[str, str]] = set()
    for number, section in enumerate(doc.sections, 1):
        for label in (
            "header",
            "first_page_header",
            "even_page_header",
            "footer",
            "first_page_footer",
            "even_page_footer",
        ):
            part = getattr(section, label)
            if part.is_linked_to_previous:
                continue
            text = part.text
            if text and (label, text) not in seen:
                seen.add((label, text))
                parts.append(f"--- section {number} {label.replace('_', ' ')} ---\n{text}")
    for kind, notes in (("footnote", doc.footnotes), ("endnote", doc.endnotes)):
        for note in notes:
            parts.append(f"--- {kind} {note.id} ---\n{note.text}")
    for comment in doc.comments:
        parts.append(f"--- comment {comment.id} ({comment.author or ''}) ---\n{comment.text}")
    return "\n".join(parts)


def _open_one(path: str, args: argparse.Namespace) -> docxsift.Document | None:
    """The opened document, or None after the one-line report on stderr."""
    try:
        return docxsift.open(
            path,
            revisions=getattr(args, "revisions", "accept"),
            include_hidden=getattr(args, "include_hidden", False),
        )
    except (docxsift.DocxError, OSError) as exc:
        _report(path, exc)
        return None


def _report(path: str, exc: BaseException) -> None:
    print(f"docxsift: {path}: {_reason(exc)}", file=sys.stderr)


def _each_file(
    args: argparse.Namespace,
    render: Callable[[docxsift.Document, str], str],
    *,
    headers: bool = True,
    gaps: bool = True,
    skip_empty: bool = False,
) -> int:
    """Prints ``render(doc, path)`` for every FILE; EXIT_BAD_INPUT if any was bad.

    With several files each output is preceded by ``==> FILE <==`` (as head(1)
    does) and separated from the one before by an empty line; ``headers=False``
    leaves the header out (outputs that name their file themselves),
    ``gaps=False`` the empty line (JSON Lines); ``skip_empty`` prints nothing
    (not an empty line) for an empty output.
    """
    status = EXIT_OK
    several = len(args.files) > 1
    printed = False
    for path in args.files:
        doc = _open_one(path, args)
        if doc is None:
            status = EXIT_BAD_INPUT
            continue
        try:
            text = render(doc, path)
        except (docxsift.DocxError, OSError) as exc:
            _report(path, exc)
            status = EXIT_BAD_INPUT
            continue
        if several:
            if printed and gaps:
                sys.stdout.write("\n")
            if headers:
                sys.stdout.write(f"==> {path} <==\n")
        if text or not skip_empty:
            _write(text)
        printed = True
    return status


def _body_text(doc: docxsift.Document, args: argparse.Namespace) -> str:
    if args.all:
        text = _all_text(doc, labels=args.labels)
    else:
        text = doc.text_with_labels if args.labels else doc.text
    return docxsift.normalize(text, args.normalize) if args.normalize else text


def _cmd_text(args: argparse.Namespace) -> int:
    if not args.jsonl:
        return _each_file(args, lambda doc, path: _body_text(doc, args))

    def record(doc: docxsift.Document, path: str) -> str:
        return json.dumps({"path": path, "text": _body_text(doc, args)}, ensure_ascii=False)

    return _each_file(args, record, headers=False, gaps=False)


def _outline(doc: docxsift.Document, path: str) -> str:
    lines = []
    for entry in doc.outline():
        # CJK markers end in their own separator (一、 （一）); ASCII ones take a space.
        gap = " " if entry.label and entry.label[-1].isascii() else ""
        head = f"{entry.label}{gap}{entry.title}"
        lines.append("  " * (entry.level - 1) + head.strip())
    return "\n".join(lines)


def _cmd_outline(args: argparse.Namespace) -> int:
    return _each_file(args, _outline, skip_empty=True)


def _cmd_chunks(args: argparse.Namespace) -> int:
    """One JSON object per chunk and line (docs/chunks.md), files in order."""
    import json

    try:
        docxsift.Chunker(args.max_tokens, None, args.overlap, args.by)  # checks the options once
    except ValueError as exc:
        print(f"docxsift: chunks: {exc}", file=sys.stderr)
        return EXIT_USAGE

    def render(doc: docxsift.Document, path: str) -> str:
        chunker = docxsift.Chunker(args.max_tokens, None, args.overlap, args.by, path)
        return "".join(
            json.dumps({"source": path, **chunk.to_dict()}, ensure_ascii=False) + "\n"
            for chunk in chunker(doc)
        )

    return _each_file(args, render, headers=False, gaps=False, skip_empty=True)


def _cmd_markdown(args: argparse.Namespace) -> int:
    def render(doc: docxsift.Document, path: str) -> str:
        # --images DIR: the picture files are written there and linked as DIR/name;
        # with several files into DIR/<file stem>/, so that image1.png of one
        # file does not overwrite another's.
        folder = args.images
        if folder is not None and len(args.files) > 1:
            folder = os.path.join(folder, os.path.splitext(os.path.basename(path))[0])
        return doc.to_markdown(headers=args.headers, images_dir=folder)

    return _each_file(args, render)


def _cmd_json(args: argparse.Namespace) -> int:
    return _each_file(args, lambda doc, path: doc.to_json(indent=args.indent))


def _info(doc: docxsift.Document, path: str) -> str:
    lines = [f"file: {path}"]
    props = doc.core_properties
    for name in ("title", "subject", "author", "last_modified_by", "created", "modified"):
        value = getattr(props, name, None)
        if value not in (None, ""):
            lines.append(f"{name}: {value}")
    text = doc.text
    counts = document_counts(doc)
    counts["styles"] = len(doc.styles)
    counts["characters"] = len(text)
    lines += [f"{name}: {n}" for name, n in counts.items()]
    return "\n".join(lines)


def _cmd_info(args: argparse.Namespace) -> int:
    # Each block starts with "file: FILE": no ==> header needed.
    return _each_file(args, _info, headers=False)


def _names_nothing(path: str, count: int | None) -> str | None:
    """Why the corpus PATH names no file to read (``count`` files found), or None."""
    if os.path.isdir(path):
        return "no .docx, .docm, .dotx or .dotm file in this folder" if count == 0 else None
    if glob.has_magic(path):
        return "no file matches this pattern" if count == 0 else None
    return None if os.path.lexists(path) else os.strerror(errno.ENOENT)


def _cmd_corpus(args: argparse.Namespace) -> int:
    """Exit 0 when the run completed (bad files are rows, not fatal); 1 when it
    could not run (bad option, unwritable output); 2 when a PATH names no file
    (reported on stderr; nothing is written when no PATH names one); 130 on Ctrl-C."""
    import itertools

    from docxsift import _writers, batch

    fields = tuple(f for item in args.fields or ["text"] for f in item.split(",") if f)
    paths, counts = [], []
    status = EXIT_OK
    for path in args.paths:
        count = batch._count(path)
        reason = _names_nothing(path, count)
        if reason is not None:
            print(f"docxsift: {path}: {reason}", file=sys.stderr)
            status = EXIT_BAD_INPUT
            continue
        paths.append(path)
        counts.append(count)
    if not paths:
        print(f"docxsift: corpus: no input files; {args.output} not written", file=sys.stderr)
        return EXIT_BAD_INPUT
    total = None if None in counts else sum(c for c in counts if c is not None)
    progress = batch.Progress(sys.stderr, total)
    limits = {"timeout": args.timeout} if args.timeout is not None else None

    def watched(records: Iterator[dict[str, Any]]) -> Iterator[dict[str, Any]]:
        for record in records:
            progress.update(record)
            yield record

    try:
        records = docxsift.extract(
            itertools.chain.from_iterable(batch.iter_paths(p) for p in paths),
            workers=args.workers, normalize=args.normalize, fields=fields,
            isolation=args.isolation, limits=limits,
        )
        summary = _writers.write_records(watched(records), args.output, fields=fields)
    except (ValueError, NotImplementedError, ImportError, OSError) as exc:
        print(f"docxsift: corpus: {_reason(exc)}", file=sys.stderr)
        return EXIT_USAGE
    except KeyboardInterrupt:
        progress.finish()
        print(f"docxsift: interrupted after {progress.files} files", file=sys.stderr)
        return EXIT_INTERRUPTED
    progress.finish()
    line = f"docxsift: {summary.files} files, {summary.files - summary.failed} ok, "
    line += f"{summary.failed} failed"
    if summary.errors:
        by_class = sorted(summary.errors.items(), key=lambda item: (-item[1], item[0]))
        line += " (" + ", ".join(f"{name}: {n}" for name, n in by_class) + ")"
    print(f"{line} -> {args.output}", file=sys.stderr)
    return status


def _reason(exc: BaseException) -> str:
    if isinstance(exc, OSError) and exc.strerror:
        return exc.strerror
    return f"{type(exc).__name__}: {exc}"


def build_parser() -> argparse.ArgumentParser:
    from docxsift import batch
    parser = _Parser(
        prog="docxsift",
        description="Read Word .docx files fast and faithfully.",
        epilog="Exit status: 0 on success, 1 for a usage error, 2 when an input is bad "
        "(one line 'docxsift: FILE: reason' on stderr each), 130 on Ctrl-C.",
    )
    parser.add_argument(
        "--version", action="version", version=f"docxsift {docxsift.__version__}"
    )
    commands = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")

    text = commands.add_parser(
        "text",
        help="print the body text of each FILE",
        description="Print the body text of each FILE. With several files each text is "
        "preceded by a line '==> FILE <==' (as head(1) does); --jsonl prints one JSON "
        "object per file instead.",
    )
    text.add_argument("files", nargs="+", metavar="FILE")
    text.add_argument(
        "--labels",
        action="store_true",
        help="put the list labels Word draws (一、 （一） 1.) in front of numbered paragraphs",
    )
    text.add_argument(
        "--jsonl",
        action="store_true",
        help='one line {"path": FILE, "text": ...} per file',
    )
    text.add_argument(
        "--all",
        action="store_true",
        help="also print headers, footers, footnotes, endnotes and comments",
    )
    text.add_argument(
        "--revisions",
        choices=docxsift._core._REVISIONS,
        default="accept",
        help="show tracked changes accepted (default) or rejected",
    )
    text.add_argument(
        "--include-hidden", action="store_true", help="show hidden (w:vanish) text"
    )
    text.add_argument(
        "--normalize",
        choices=docxsift._core._NORMALIZE_PRESETS,
        metavar="PRESET",
        help="normalise the text with docxsift.normalize: "
        + ", ".join(docxsift._core._NORMALIZE_PRESETS),
    )
    text.set_defaults(run=_cmd_text)

    outline = commands.add_parser(
        "outline",
        help="print the heading tree of each FILE",
        description="Print the headings of each FILE (doc.outline()), one per line, indented "
        "two spaces per level below the first: label and title.",
    )
    outline.add_argument("files", nargs="+", metavar="FILE")
    outline.set_defaults(run=_cmd_outline)

    chunks = commands.add_parser(
        "chunks",
        help="print RAG-ready chunks of each FILE as JSON lines",
        description="Print doc.chunks() of each FILE, one JSON object per line: the chunk's "
        "to_dict() with the file's path as 'source' (docs/chunks.md).",
    )
    chunks.add_argument("files", nargs="+", metavar="FILE")
    chunks.add_argument(
        "--max-tokens", type=int, default=512, metavar="N",
        help="token budget per chunk, built-in count (default 512)",
    )
    chunks.add_argument(
        "--overlap", type=int, default=0, metavar="N",
        help="tokens of whole sentences repeated from the previous chunk (default 0)",
    )
    chunks.add_argument(
        "--by", choices=("heading", "paragraph"), default="heading",
        help="start a chunk at every heading (default) or only when the budget is full",
    )
    chunks.set_defaults(run=_cmd_chunks)

    markdown = commands.add_parser(
        "markdown", help="print each FILE as GitHub Flavored Markdown"
    )
    markdown.add_argument("files", nargs="+", metavar="FILE")
    markdown.add_argument(
        "--headers", action="store_true", help="put headers first and footers last"
    )
    markdown.add_argument(
        "--images",
        metavar="DIR",
        help="write the pictures into DIR and link them from the Markdown as DIR/name "
        "(with several files: DIR/<file stem>/name)",
    )
    markdown.set_defaults(run=_cmd_markdown)

    json_cmd = commands.add_parser("json", help="print each FILE's to_dict() as JSON")
    json_cmd.add_argument("files", nargs="+", metavar="FILE")
    json_cmd.add_argument("--indent", type=int, metavar="N", help="indent N spaces per level")
    json_cmd.set_defaults(run=_cmd_json)

    info = commands.add_parser("info", help="print each FILE's properties and counts")
    info.add_argument("files", nargs="+", metavar="FILE")
    info.set_defaults(run=_cmd_info)

    corpus = commands.add_parser(
        "corpus",
        help="extract many files into one Parquet, JSONL or CSV table",
        description="Extract every PATH (a file, a directory searched recursively for "
        ".docx/.docm/.dotx/.dotm/.doc/.dot/.wps, or a glob) into OUT, one row per file. A "
        "progress bar shows on a terminal, log lines otherwise. Exit status: 0 when the run "
        "completed, even with bad files (summarised at the end); 1 when it could not run; "
        "2 when a PATH names no file (a missing path, an empty folder, a glob matching "
        "nothing); 130 on Ctrl-C.",
    )
    corpus.add_argument("paths", nargs="+", metavar="PATH")
    corpus.add_argument(
        "-o", "--output", required=True, metavar="OUT", help="OUT.parquet, OUT.jsonl or OUT.csv"
    )
    corpus.add_argument("--workers", type=int, help="worker threads (default: every core)")
    corpus.add_argument("--normalize", metavar="PRESET", help="normalise text with this preset")
    corpus.add_argument(
        "--fields",
        action="append",
        metavar="FIELD[,FIELD...]",
        help="what each row carries (default text): " + ", ".join(batch.FIELDS),
    )
    corpus.add_argument(
        "--isolation",
        choices=("threads", "processes"),
        default="threads",
        help="processes: a crash or hang costs one row, not the run (slower)",
    )
    corpus.add_argument(
        "--timeout", type=float, help="seconds per file with --isolation processes (default 60)"
    )
    corpus.set_defaults(run=_cmd_corpus)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    """Run the ``docxsift`` command with ``argv`` (default: ``sys.argv[1:]``).

    Returns the exit status; see docs/cli.md for every subcommand.
    """
    parser = build_parser()
    args = parser.parse_args(argv)
    try:
        return int(args.run(args))
    except BrokenPipeError:
        # `docxsift text big.docx | head` is not an error.
        sys.stderr.close()
        return EXIT_OK


if __name__ == "__main__":  # pragma: no cover
    raise SystemExit(main())
