"""The docxsift command line (DESIGN §2).

Exit status: 0 on success, 2 when an input file is bad (one line
``docxsift: FILE: reason`` on stderr per bad file), 1 on usage errors.
"""

from __future__ import annotations

import argparse
import sys
from typing import Sequence

import docxsift


def _write(text: str) -> None:
    sys.stdout.write(text)
    if not text.endswith("\n"):
        sys.stdout.write("\n")


def _all_text(doc: docxsift.Document) -> str:
    parts = [doc.text]
    seen: set[str] = set()
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
                seen.add((label, text))  # type: ignore[arg-type]
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
        _write(_all_text(doc) if args.all else doc.text)
    return status


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
    text.set_defaults(run=_cmd_text)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
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
