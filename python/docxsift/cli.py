"""The docxsift command line (DESIGN §2).

Exit status: 0 on success, 2 when an input file is bad (one line
``docxsift: FILE: reason`` on stderr per bad file), 1 on usage errors.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Iterator, Sequence
from typing import Any

import docxsift
from docxsift._repr import document_counts


def _write(text: str) -> None:
    sys.stdout.write(text)
    if not text.endswith("\n"):
        sys.stdout.write("\n")


def _all_text(doc: docxsift.Document) -> str:
    parts = [doc.text]
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


def _cmd_text(args: argparse.Namespace) -> int:
    status = 0
    for path in args.files:
        try:
            doc = docxsift.open(
                path, revisions=args.revisions, include_hidden=args.include_hidden
            )
        except (docxsift.DocxError, OSError) as exc:
            print(f"docxsift: {path}: {_reason(exc)}", file=sys.stderr)
            status = 2
            continue
        text = _all_text(doc) if args.all else doc.text
        _write(docxsift.normalize(text, args.normalize) if args.normalize else text)
    return status


def _cmd_outline(args: argparse.Namespace) -> int:
    try:
        doc = docxsift.open(args.file)
    except (docxsift.DocxError, OSError) as exc:
        print(f"docxsift: {args.file}: {_reason(exc)}", file=sys.stderr)
        return 2
    lines = []
    for entry in doc.outline():
        # CJK markers end in their own separator (一、 （一）); ASCII ones take a space.
        gap = " " if entry.label and entry.label[-1].isascii() else ""
        head = f"{entry.label}{gap}{entry.title}"
        lines.append("  " * (entry.level - 1) + head.strip())
    if lines:
        _write("\n".join(lines))
    return 0


def _open_one(path: str) -> docxsift.Document | None:
    """The opened document, or None after the one-line report on stderr."""
    try:
        return docxsift.open(path)
    except (docxsift.DocxError, OSError) as exc:
        print(f"docxsift: {path}: {_reason(exc)}", file=sys.stderr)
        return None


def _cmd_markdown(args: argparse.Namespace) -> int:
    doc = _open_one(args.file)
    if doc is None:
        return 2
    try:
        # --images DIR: the picture files are written there and linked as DIR/name.
        text = doc.to_markdown(headers=args.headers, images_dir=args.images)
    except (docxsift.DocxError, OSError) as exc:
        print(f"docxsift: {args.file}: {_reason(exc)}", file=sys.stderr)
        return 2
    _write(text)
    return 0


def _cmd_json(args: argparse.Namespace) -> int:
    doc = _open_one(args.file)
    if doc is None:
        return 2
    _write(doc.to_json(indent=args.indent))
    return 0


def _cmd_info(args: argparse.Namespace) -> int:
    doc = _open_one(args.file)
    if doc is None:
        return 2
    lines = [f"file: {args.file}"]
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
    _write("\n".join(lines))
    return 0


def _cmd_corpus(args: argparse.Namespace) -> int:
    """Exit 0 when the run completed (bad files are listed, not fatal), 1 when it
    could not run (bad option, unwritable output), 130 on Ctrl-C."""
    import itertools

    from docxsift import _writers, batch

    fields = tuple(f for item in args.fields or ["text"] for f in item.split(",") if f)
    counts = [batch._count(p) for p in args.paths]
    total = None if None in counts else sum(c for c in counts if c is not None)
    progress = batch.Progress(sys.stderr, total)
    limits = {"timeout": args.timeout} if args.timeout is not None else None

    def watched(records: Iterator[dict[str, Any]]) -> Iterator[dict[str, Any]]:
        for record in records:
            progress.update(record)
            yield record

    try:
        records = docxsift.extract(
            itertools.chain.from_iterable(batch.iter_paths(p) for p in args.paths),
            workers=args.workers, normalize=args.normalize, fields=fields,
            isolation=args.isolation, limits=limits,
        )
        summary = _writers.write_records(watched(records), args.output, fields=fields)
    except (ValueError, NotImplementedError, ImportError, OSError) as exc:
        print(f"docxsift: corpus: {_reason(exc)}", file=sys.stderr)
        return 1
    except KeyboardInterrupt:
        progress.finish()
        print(f"docxsift: interrupted after {progress.files} files", file=sys.stderr)
        return 130
    progress.finish()
    line = f"docxsift: {summary.files} files, {summary.files - summary.failed} ok, "
    line += f"{summary.failed} failed"
    if summary.errors:
        by_class = sorted(summary.errors.items(), key=lambda item: (-item[1], item[0]))
        line += " (" + ", ".join(f"{name}: {n}" for name, n in by_class) + ")"
    print(f"{line} -> {args.output}", file=sys.stderr)
    return 0


def _reason(exc: BaseException) -> str:
    if isinstance(exc, OSError) and exc.strerror:
        return exc.strerror
    return f"{type(exc).__name__}: {exc}"


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="docxsift", description="Read Word .docx files fast and faithfully."
    )
    parser.add_argument(
        "--version", action="version", version=f"docxsift {docxsift.__version__}"
    )
    commands = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")

    text = commands.add_parser("text", help="print the body text of each FILE")
    text.add_argument("files", nargs="+", metavar="FILE")
    text.add_argument(
        "--all",
        action="store_true",
        help="also print headers, footers, footnotes, endnotes and comments",
    )
    text.add_argument(
        "--revisions",
        choices=("accept", "reject"),
        default="accept",
        help="show tracked changes accepted (default) or rejected",
    )
    text.add_argument(
        "--include-hidden", action="store_true", help="show hidden (w:vanish) text"
    )
    text.add_argument(
        "--normalize",
        choices=("nfc", "nfkc", "cjk"),
        metavar="PRESET",
        help="normalise the text with docxsift.normalize: nfc, nfkc or cjk",
    )
    text.set_defaults(run=_cmd_text)

    outline = commands.add_parser(
        "outline",
        help="print the heading tree of FILE",
        description="Print the headings of FILE (doc.outline()), one per line, indented two "
        "spaces per level below the first: label and title.",
    )
    outline.add_argument("file", metavar="FILE")
    outline.set_defaults(run=_cmd_outline)

    markdown = commands.add_parser("markdown", help="print FILE as GitHub Flavored Markdown")
    markdown.add_argument("file", metavar="FILE")
    markdown.add_argument(
        "--headers", action="store_true", help="put headers first and footers last"
    )
    markdown.add_argument(
        "--images",
        metavar="DIR",
        help="write the pictures into DIR and link them from the Markdown as DIR/name",
    )
    markdown.set_defaults(run=_cmd_markdown)

    json_cmd = commands.add_parser("json", help="print FILE's to_dict() as JSON")
    json_cmd.add_argument("file", metavar="FILE")
    json_cmd.add_argument("--indent", type=int, metavar="N", help="indent N spaces per level")
    json_cmd.set_defaults(run=_cmd_json)

    info = commands.add_parser("info", help="print FILE's properties and counts")
    info.add_argument("file", metavar="FILE")
    info.set_defaults(run=_cmd_info)

    corpus = commands.add_parser(
        "corpus",
        help="extract many files into one Parquet, JSONL or CSV table",
        description="Extract every PATH (a file, a directory searched recursively for "
        ".docx/.docm/.dotx/.dotm/.doc/.dot/.wps, or a glob) into OUT, one row per file. "
        "A progress bar shows on a terminal, log lines otherwise. "
        "Exit status: 0 when the run completed, even with bad files (summarised at the end); "
        "1 when it could not run; 130 on Ctrl-C.",
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
        help="what each row carries (default text): text, paragraphs, tables, headers, "
        "footers, footnotes, comments, properties, stats, hash",
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
        return 0


if __name__ == "__main__":  # pragma: no cover
    raise SystemExit(main())
