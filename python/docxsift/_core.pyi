# Type stubs for docxsift._core, the pybind11 extension.
#
# Generated with pybind11-stubgen from the built module, then edited: the
# exception classes are declared here, the _test submodule is written as a
# class, returned lists and dicts carry their element types, and the
# Length-returning properties that docxsift._methods attaches import Length.
# `make stubs` (tools/make_stubs.py) shows the generator's current output
# beside this file. tests/python/test_stubs.py holds every name and every C++
# signature (parameter names, keyword-only, defaults) to the module, and
# `make lint` runs mypy.stubtest (allowlist: tools/stubtest-allowlist.txt).
"""
docxsift C++ core (pybind11). Use the docxsift package, not this module.
"""
from __future__ import annotations

import collections.abc
import datetime
import os
import typing

from docxsift._chunks import RenderedPageBreak
from docxsift._enums import (
    WD_CELL_VERTICAL_ALIGNMENT,
    WD_LINE_SPACING,
    WD_PARAGRAPH_ALIGNMENT,
    WD_ROW_HEIGHT_RULE,
    WD_SECTION_START,
    WD_UNDERLINE,
    XmlString,
)
from docxsift._formatting import ColorFormat, Columns
from docxsift._images import InlineShapeType
from docxsift._length import Length

class DocxError(Exception):
    """Base class of every problem with an input document."""

class PackageError(DocxError):
    """Not a ZIP, a corrupt ZIP, no main document part, not WordprocessingML, a legacy .doc."""

class EncryptedError(DocxError):
    """A password-protected (encrypted) document."""

class XmlError(DocxError):
    """A part that is not well-formed XML."""
    part: str
    line: int

class LimitError(DocxError):
    """A safety limit (docxsift.Limits) was hit."""
    limit: str

class _test:
    """
    Hooks for docxsift's own tests.
    """
    @staticmethod
    def icu_normalize(text: str, form: str) -> str:
        """
        ICU's own NFC/NFKC of the whole text: the oracle for normalize's nfc and nfkc presets.
        """
    @staticmethod
    def icu_transliterate(text: str, id: str) -> str:
        """
        ICU's transliterator `id` on the whole text: the oracle for t2s=True.
        """
    @staticmethod
    def raise_error(kind: str) -> None:
        """
        Raises the C++ error of `kind` through the translator.
        """

class Limits:
    """
    Safety limits for untrusted documents.

    Pass as ``limits=`` to :func:`docxsift.open` and :func:`docxsift.extract`.
    Every check fires before the work it protects; hitting one raises
    :class:`docxsift.LimitError` naming the limit. Immutable: build a new one
    with different keywords to change a value.
    """
    def __init__(self, *, max_file_size: typing.SupportsInt | typing.SupportsIndex = 2147483648, max_total_uncompressed: typing.SupportsInt | typing.SupportsIndex = 1073741824, max_part_uncompressed: typing.SupportsInt | typing.SupportsIndex = 268435456, max_compression_ratio: typing.SupportsFloat | typing.SupportsIndex = 100.0, ratio_check_after: typing.SupportsInt | typing.SupportsIndex = 102400, max_entries: typing.SupportsInt | typing.SupportsIndex = 10000, max_xml_depth: typing.SupportsInt | typing.SupportsIndex = 256, max_xml_nodes: typing.SupportsInt | typing.SupportsIndex = 10000000, max_text_size: typing.SupportsInt | typing.SupportsIndex = 67108864, max_seconds: typing.SupportsFloat | typing.SupportsIndex = 0.0) -> None:
        ...
    def __repr__(self) -> str:
        ...
    @property
    def max_compression_ratio(self) -> float:
        """
        Largest inflated:compressed ratio of a part (zip bombs).
        """
    @property
    def max_entries(self) -> int:
        """
        Entries in the ZIP directory.
        """
    @property
    def max_file_size(self) -> int:
        """
        Largest .docx file accepted, in bytes.
        """
    @property
    def max_part_uncompressed(self) -> int:
        """
        Bytes inflated for any one part.
        """
    @property
    def max_seconds(self) -> float:
        """
        Wall-clock budget for reading one document (0 = none).
        """
    @property
    def max_text_size(self) -> int:
        """
        UTF-8 bytes of text in one document.
        """
    @property
    def max_total_uncompressed(self) -> int:
        """
        Bytes inflated over all parts of one document.
        """
    @property
    def max_xml_depth(self) -> int:
        """
        Element nesting depth of a part.
        """
    @property
    def max_xml_nodes(self) -> int:
        """
        Elements in one part.
        """
    @property
    def ratio_check_after(self) -> int:
        """
        Inflated bytes after which the ratio is checked.
        """
class Document:
    """
    An opened .docx document: immutable, safe to share between threads.
    """
    def __new__(
        cls,
        source: str | os.PathLike[str] | bytes | bytearray | memoryview | typing.IO[bytes],
        *,
        revisions: str = 'accept',
        include_hidden: bool = False,
        limits: Limits | None = None,
    ) -> Document:
        """
        docxsift.Document(source, **kw) opens source, as docxsift.open does.
        """
    def __repr__(self) -> str:
        ...
    def iter_inner_content(self) -> collections.abc.Iterator[Paragraph | Table]:
        """
        The body's paragraphs and tables in document order (python-docx).
        """
    def iter_paragraphs(self) -> collections.abc.Iterator[Paragraph]:
        """
        Every body paragraph in reading order, also inside tables and text boxes.
        """
    def chunks(self, max_tokens: int = 512, tokenizer: typing.Any = None, overlap: int = 0, by: str = 'heading', source: str = '') -> list[Chunk]:
        """
        The body as RAG-ready chunks: ``Chunker(max_tokens, tokenizer, overlap, by, source)(doc)``.
        """
    def normalized_text(self, preset: str = 'cjk', **options: typing.Any) -> str:
        """
        The body text (``doc.text``) through :func:`docxsift.normalize`.
        """
    def outline(self) -> list[OutlineEntry]:
        """
        The heading tree: a list of OutlineEntry in reading order.

        Headings come from outline levels and heading styles (source "style"), from
        numbered paragraphs whose list label reads as a heading label (一、 （一）
        1.2 ..., "numbering"), and from 公文 markers typed at the start of a short
        paragraph (一、 → 1, （一）/(一) → 2, 1./1．/1、 → 3, （1）/(1) → 4, "text").
        Levels are made consistent within the document; see docs/outline.md.
        """
    def to_dict(self) -> dict[str, typing.Any]:
        """
        The whole document as plain dicts and lists (see docs/output.md and
        docs/schema/document.schema.json).
        """
    def to_json(self, *, indent: typing.SupportsInt | None = None) -> str:
        """
        ``to_dict()`` as a JSON string; ``indent`` spaces per level, or one line when None.
        """
    def _to_markdown(self, *, headers: bool = False, images: bool = True, image_prefix: str = "") -> str:
        """
        The engine of Document.to_markdown (documented in docxsift/_images.py).
        """
    def to_markdown(
        self,
        *,
        headers: bool = False,
        images: bool = True,
        images_dir: str | os.PathLike[str] | None = None,
        image_prefix: str | None = None,
    ) -> str:
        """
        The body as GitHub Flavored Markdown; pictures as ![alt](prefix + name)
        where they stand. images_dir= also writes the picture files there
        (docs/images.md).
        """
    def save_images(self, folder: str | os.PathLike[str]) -> list[str]:
        """
        Write every embedded picture part into folder once, under unique names;
        returns the paths written.
        """
    def _image_file_names(self) -> list[str]:
        ...
    def _read_parts(self, parts: collections.abc.Sequence[str]) -> list[bytes]:
        ...
    @property
    def images(self) -> list[Image]:
        """
        Pictures, in reading order: the body first, then headers and footers,
        footnotes, endnotes and comments (see docs/images.md).
        """
    @property
    def embedded(self) -> list[EmbeddedObject]:
        """
        Embedded objects (OLE objects, packages, charts, altChunks), never opened.
        """
    @property
    def inline_shapes(self) -> list[InlineShape]:
        """
        python-docx's inline_shapes: every wp:inline of the body, in order.
        """
    @property
    def blocks(self) -> list[Paragraph | Table]:
        """
        The body in order: Paragraph and Table objects.
        """
    @property
    def comments(self) -> list[Comment]:
        """
        Comments, in comments.xml order.
        """
    @property
    def core_properties(self) -> CoreProperties:
        ...
    @property
    def endnotes(self) -> list[Note]:
        """
        Endnotes (separators excluded).
        """
    @property
    def footnotes(self) -> list[Note]:
        """
        Footnotes (separators excluded).
        """
    @property
    def main_part(self) -> str:
        """
        Part name of the main document, e.g. 'word/document.xml'.
        """
    @property
    def paragraphs(self) -> list[Paragraph]:
        """
        Top-level body paragraphs, in document order.
        """
    @property
    def sections(self) -> list[Section]:
        """
        The sections, in order.
        """
    @property
    def styles(self) -> Styles:
        ...
    @property
    def tables(self) -> list[Table]:
        """
        Top-level body tables.
        """
    @property
    def text(self) -> str:
        """
        Body text: one line per paragraph; a table row is its cells' text joined by "\\t". No headers, footers, notes or comments.
        """
    @property
    def text_with_labels(self) -> str:
        """
        Body text as .text, with each numbered paragraph's list label and its suffix (tab or space) in front.
        """
class Style:
    """
    A style from styles.xml.
    """
    def __eq__(self, other: object) -> bool:
        ...
    def __hash__(self) -> int:
        ...
    def __repr__(self) -> str:
        ...
    @property
    def base_style(self) -> typing.Any:
        """
        The style this one is based on, or None (also when w:basedOn names no style).
        """
    @property
    def builtin(self) -> bool:
        """
        True unless the style is marked w:customStyle (python-docx).
        """
    @property
    def font(self) -> Font:
        """
        Font: the character formatting the style itself sets (its w:rPr), python-docx names.
        """
    @property
    def hidden(self) -> bool:
        """
        w:semiHidden: not shown in Word's style gallery or task pane.
        """
    @property
    def is_default(self) -> bool:
        """
        True for the default style of its type (w:default).
        """
    @property
    def locked(self) -> bool:
        """
        w:locked.
        """
    @property
    def name(self) -> typing.Any:
        """
        The name users see ('Heading 1'; python-docx's names for built-in styles stored lowercase); None when the style has no w:name.
        """
    @property
    def outline_level(self) -> typing.Any:
        """
        w:outlineLvl (0-8) of the style itself, or None.
        """
    @property
    def paragraph_format(self) -> ParagraphFormat:
        """
        ParagraphFormat: the paragraph formatting the style itself sets (its w:pPr).
        """
    @property
    def priority(self) -> int | None:
        """
        w:uiPriority (sort order in Word's style lists), or None.
        """
    @property
    def quick_style(self) -> bool:
        """
        w:qFormat: shown in Word's style gallery.
        """
    @property
    def style_id(self) -> typing.Any:
        """
        w:styleId, the key paragraphs and runs refer to; None when missing (as python-docx).
        """
    @property
    def type(self) -> XmlString:
        """
        'paragraph', 'character', 'table' or 'numbering'; equal to the WD_STYLE_TYPE member too.
        """
    @property
    def unhide_when_used(self) -> bool:
        """
        w:unhideWhenUsed.
        """
class Styles:
    """
    The document's styles.

    A mapping of style_id to Style that also accepts the names users see, as
    python-docx does: ``styles['Heading1']`` and ``styles['Heading 1']`` are the
    same style. Iterating yields Style objects in document order (python-docx);
    keys(), values(), items() and get() follow dict.
    """
    def __contains__(self, arg0: typing.Any) -> bool:
        ...
    def __getitem__(self, arg0: str) -> Style:
        ...
    def __iter__(self) -> collections.abc.Iterator[typing.Any]:
        ...
    def __len__(self) -> int:
        ...
    def __repr__(self) -> str:
        ...
    def _default(self, style_type: str) -> typing.Any:
        ...
    def default(self, style_type: str | int) -> typing.Any:
        """
        The default style of a type ('paragraph' or a WD_STYLE_TYPE member), or None.
        """
    def get(self, key: str, default: typing.Any = None) -> typing.Any:
        """
        The style with this id or name, else default.
        """
    def items(self) -> list[typing.Any]:
        """
        (style_id, Style) pairs in document order.
        """
    def keys(self) -> list[str]:
        """
        Style ids in document order.
        """
    def values(self) -> list[typing.Any]:
        """
        Styles in document order.
        """
class CoreProperties:
    """
    docProps/core.xml, with python-docx names.
    """
    def __repr__(self) -> str:
        ...
    @property
    def _created(self) -> typing.Any:
        ...
    @property
    def _last_printed(self) -> typing.Any:
        ...
    @property
    def _modified(self) -> typing.Any:
        ...
    @property
    def _revision(self) -> typing.Any:
        ...
    @property
    def author(self) -> str:
        ...
    @property
    def category(self) -> str:
        ...
    @property
    def comments(self) -> str:
        ...
    @property
    def content_status(self) -> str:
        ...
    @property
    def created(self) -> typing.Any:
        """
        dcterms:created as an aware datetime (UTC when written without a zone), or None when absent or malformed.
        """
    @property
    def identifier(self) -> str:
        ...
    @property
    def keywords(self) -> str:
        ...
    @property
    def language(self) -> str:
        ...
    @property
    def last_modified_by(self) -> str:
        ...
    @property
    def last_printed(self) -> typing.Any:
        """
        cp:lastPrinted as an aware datetime, or None.
        """
    @property
    def modified(self) -> typing.Any:
        """
        dcterms:modified as an aware datetime, or None.
        """
    @property
    def revision(self) -> int:
        """
        cp:revision as an int; 0 when absent or not a non-negative integer.
        """
    @property
    def subject(self) -> str:
        ...
    @property
    def title(self) -> str:
        ...
    @property
    def version(self) -> str:
        ...
class RunFormat:
    """
    The formatting Word renders for a run (Run.effective).

    Resolved through docDefaults, the table style (for runs in tables), the
    paragraph style and its basedOn chain, the character style and its chain, and
    direct formatting. Toggle properties (bold, italic, strike, double strike,
    caps, small caps, hidden) follow ECMA-376 §17.7.3: each style level that turns
    one on flips it, direct formatting sets it. Theme fonts (w:asciiTheme,
    w:eastAsiaTheme) are resolved through the document theme; table-style
    conditional formatting (header row, banding) is not applied.
    """
    def __repr__(self) -> str:
        ...
    @property
    def all_caps(self) -> bool:
        """
        w:caps.
        """
    @property
    def bold(self) -> bool:
        """
        Bold as rendered.
        """
    @property
    def color(self) -> typing.Any:
        """
        Colour as hex 'RRGGBB', or None for automatic.
        """
    @property
    def double_strike(self) -> bool:
        """
        Double strike-through.
        """
    @property
    def east_asia_font(self) -> typing.Any:
        """
        Typeface for CJK text ('仿宋_GB2312'), theme fonts resolved; None when unset.
        """
    @property
    def font_name(self) -> typing.Any:
        """
        Typeface for Latin text (w:ascii, else w:hAnsi), theme fonts resolved; None when nothing sets it.
        """
    @property
    def hidden(self) -> bool:
        """
        w:vanish.
        """
    @property
    def highlight(self) -> typing.Any:
        """
        Highlight colour name ('yellow'), or None.
        """
    @property
    def italic(self) -> bool:
        """
        Italic as rendered.
        """
    @property
    def size_pt(self) -> float:
        """
        Size in points; 10.0 (Word's default) when nothing sets w:sz.
        """
    @property
    def small_caps(self) -> bool:
        """
        w:smallCaps.
        """
    @property
    def strike(self) -> bool:
        """
        Single strike-through.
        """
    @property
    def underline(self) -> bool:
        """
        Underlined (any w:u style but 'none').
        """
    @property
    def underline_style(self) -> typing.Any:
        """
        w:u/@w:val in force ('single', 'double', ...), or None.
        """
    @property
    def unresolved_theme_font(self) -> typing.Any:
        """
        A theme font name ('minorHAnsi') the document's theme does not define, or None.
        """
    @property
    def vertical_align(self) -> str:
        """
        'superscript', 'subscript' or 'baseline'.
        """
class Paragraph:
    """
    A paragraph: a view into its document.
    """
    # --- pages (docs/chunks.md) ---
    @property
    def page(self) -> int | None:
        """
        The page the paragraph starts on, as Word last paginated this file; None without rendering information.
        """
    @property
    def contains_page_break(self) -> bool:
        """
        True when the paragraph holds a rendered page break (python-docx 1.1).
        """
    @property
    def rendered_page_breaks(self) -> list[RenderedPageBreak]:
        """
        The rendered page breaks in the paragraph (python-docx 1.1), body paragraphs only.
        """
    @property
    def _rendered_page_break_count(self) -> int:
        ...
    # --- end pages ---
    def __eq__(self, other: object) -> bool:
        ...
    def __hash__(self) -> int:
        ...
    def __repr__(self) -> str:
        ...
    def iter_inner_content(self) -> collections.abc.Iterator[Run | Hyperlink]:
        """
        Runs and hyperlinks in order (python-docx 1.1).
        """
    @property
    def _index(self) -> int:
        ...
    @property
    def alignment(self) -> XmlString | None:
        """
        Direct justification: 'left', 'center', 'right', 'both', 'distribute' or None; equal to the WD_ALIGN_PARAGRAPH member too.
        """
    @property
    def paragraph_format(self) -> ParagraphFormat:
        """
        ParagraphFormat: indents, spacing, alignment and pagination as written on this paragraph (python-docx names).
        """
    @property
    def comment_ids(self) -> list[str]:
        """
        Ids of the comments anchored in this paragraph.
        """
    @property
    def endnote_ids(self) -> list[str]:
        """
        Ids of the endnotes referenced in this paragraph.
        """
    @property
    def equations(self) -> list[str]:
        """
        The paragraph's equations (Office Math) as LaTeX strings, without $ delimiters, in reading order.
        """
    @property
    def footnote_ids(self) -> list[str]:
        """
        Ids of the footnotes referenced in this paragraph.
        """
    @property
    def heading_level(self) -> typing.Any:
        """
        Heading level 1-9 from the outline level of the paragraph or its style chain; None for body text.
        """
    @property
    def hyperlinks(self) -> list[Hyperlink]:
        """
        Hyperlinks in this paragraph.
        """
    @property
    def list_label(self) -> typing.Any:
        """
        The list label Word draws for this paragraph ("1.2.", "（一）",
        "①", "•"), or None when the paragraph is not numbered. Not part of .text.
        """
    @property
    def list_level(self) -> typing.Any:
        """
        The list level (w:ilvl, 0-8) of a numbered paragraph, or None.
        """
    @property
    def list_suffix(self) -> typing.Any:
        """
        What Word draws between label and text: 'tab', 'space' or 'nothing'; None when the paragraph is not numbered.
        """
    @property
    def runs(self) -> list[Run]:
        """
        Every run whose text makes up .text, also inside hyperlinks, insertions, content controls and fields.
        """
    @property
    def style(self) -> typing.Any:
        """
        The paragraph style; the default paragraph style when w:pStyle is absent or unknown (as python-docx); None if there is none.
        """
    @property
    def text(self) -> str:
        """
        The text Word shows for the paragraph.

        Runs inside hyperlinks, insertions, content controls, smart tags and field
        results are included; field instructions, deletions and hidden text are not.
        w:tab is "\\t", w:br and w:cr are "\\n". The list label is not part of it.
        """
class Run:
    """
    A run of text with one set of direct formatting.
    """
    def __eq__(self, other: object) -> bool:
        ...
    def __hash__(self) -> int:
        ...
    def __repr__(self) -> str:
        ...
    def iter_inner_content(self) -> collections.abc.Iterator[str]:
        """
        The run's text as one str (when not empty).
        """
    @property
    def bold(self) -> typing.Any:
        """
        Direct bold: True, False, or None when inherited.
        """
    @property
    def effective(self) -> typing.Any:
        """
        RunFormat: the formatting Word renders, styles and toggles resolved.
        """
    @property
    def font(self) -> Font:
        """
        Direct font formatting.
        """
    @property
    def hyperlink(self) -> typing.Any:
        """
        The hyperlink this run is part of, or None.
        """
    @property
    def italic(self) -> typing.Any:
        """
        Direct italic: True, False, or None when inherited.
        """
    @property
    def strike(self) -> typing.Any:
        """
        Direct strike-through: True, False, or None when inherited.
        """
    @property
    def style(self) -> typing.Any:
        """
        The character style; the default character style when w:rStyle is absent or unknown (as python-docx); None if there is none.
        """
    @property
    def text(self) -> str:
        """
        The run's visible text (w:tab as "\\t", w:br as "\\n").
        """
    @property
    def underline(self) -> typing.Any:
        """
        Direct underline: True, False, or None when inherited.
        """
class Font:
    """
    Direct character formatting of a run or a style (python-docx Font).
    """
    def __repr__(self) -> str:
        ...
    @property
    def _color(self) -> str | None:
        ...
    @property
    def _highlight(self) -> str | None:
        ...
    @property
    def _size_half_points(self) -> typing.Any:
        ...
    @property
    def _underline(self) -> str | None:
        ...
    @property
    def all_caps(self) -> bool | None:
        """
        w:caps: True, False, or None.
        """
    @property
    def bold(self) -> bool | None:
        """
        w:b: True, False, or None when inherited.
        """
    @property
    def color(self) -> ColorFormat | None:
        """
        Direct colour (w:color): the hex str 'RRGGBB' with .rgb, .type, .theme_color; None when unset or 'auto'.
        """
    @property
    def cs_name(self) -> str | None:
        """
        w:rFonts/@w:cs (complex-script typeface), or None.
        """
    @property
    def double_strike(self) -> bool | None:
        """
        w:dstrike: True, False, or None.
        """
    @property
    def east_asia_name(self) -> typing.Any:
        """
        w:rFonts/@w:eastAsia (e.g. '仿宋_GB2312'), or None.
        """
    @property
    def hidden(self) -> bool | None:
        """
        w:vanish: True, False, or None.
        """
    @property
    def highlight_color(self) -> XmlString | None:
        """
        w:highlight as written ('yellow'), equal to python-docx's WD_COLOR_INDEX member; or None.
        """
    @property
    def italic(self) -> bool | None:
        """
        w:i: True, False, or None.
        """
    @property
    def name(self) -> typing.Any:
        """
        w:rFonts/@w:ascii, else w:hAnsi, or None.
        """
    @property
    def size(self) -> Length | None:
        ...
    @property
    def small_caps(self) -> bool | None:
        """
        w:smallCaps: True, False, or None.
        """
    @property
    def strike(self) -> bool | None:
        """
        w:strike: True, False, or None.
        """
    @property
    def subscript(self) -> bool | None:
        """
        True for w:vertAlign subscript, False for another w:vertAlign, None when absent.
        """
    @property
    def superscript(self) -> bool | None:
        """
        True for w:vertAlign superscript, False for another w:vertAlign, None when absent.
        """
    @property
    def underline(self) -> bool | WD_UNDERLINE | None:
        """
        True (single), False (none), a WD_UNDERLINE member for other styles, or None when inherited.
        """
class ParagraphFormat:
    """
    Direct paragraph formatting of a paragraph or a style (python-docx ParagraphFormat), read-only.
    """
    def __repr__(self) -> str:
        ...
    @property
    def _alignment(self) -> str | None:
        ...
    @property
    def _first_line_indent(self) -> int | None:
        ...
    @property
    def _left_indent(self) -> int | None:
        ...
    @property
    def _line(self) -> int | None:
        ...
    @property
    def _line_rule(self) -> str | None:
        ...
    @property
    def _right_indent(self) -> int | None:
        ...
    @property
    def _space_after(self) -> int | None:
        ...
    @property
    def _space_before(self) -> int | None:
        ...
    @property
    def alignment(self) -> WD_PARAGRAPH_ALIGNMENT | None:
        """
        w:jc as a WD_PARAGRAPH_ALIGNMENT member, or None when inherited.
        """
    @property
    def first_line_indent(self) -> Length | None:
        """
        w:ind/@w:firstLine, negative for w:hanging, as a Length, or None.
        """
    @property
    def keep_together(self) -> bool | None:
        """
        w:keepLines: True, False, or None when inherited.
        """
    @property
    def keep_with_next(self) -> bool | None:
        """
        w:keepNext: True, False, or None when inherited.
        """
    @property
    def left_indent(self) -> Length | None:
        """
        w:ind/@w:left as a Length, or None.
        """
    @property
    def line_spacing(self) -> float | Length | None:
        """
        A float number of lines (lineRule auto), a Length (exact, atLeast), or None.
        """
    @property
    def line_spacing_rule(self) -> WD_LINE_SPACING | None:
        """
        A WD_LINE_SPACING member, or None.
        """
    @property
    def page_break_before(self) -> bool | None:
        """
        w:pageBreakBefore: True, False, or None when inherited.
        """
    @property
    def right_indent(self) -> Length | None:
        """
        w:ind/@w:right as a Length, or None.
        """
    @property
    def space_after(self) -> Length | None:
        """
        w:spacing/@w:after as a Length, or None.
        """
    @property
    def space_before(self) -> Length | None:
        """
        w:spacing/@w:before as a Length, or None.
        """
    @property
    def widow_control(self) -> bool | None:
        """
        w:widowControl: True, False, or None when inherited.
        """
class Hyperlink:
    """
    A hyperlink in a paragraph.
    """
    def __eq__(self, other: object) -> bool:
        ...
    def __hash__(self) -> int:
        ...
    def __repr__(self) -> str:
        ...
    @property
    def runs(self) -> list[Run]:
        """
        The runs of the hyperlink's text, in order (python-docx Hyperlink.runs).
        """
    @property
    def address(self) -> str:
        """
        python-docx name: the external address, '' when internal.
        """
    @property
    def anchor(self) -> typing.Any:
        """
        Internal bookmark target, or None.
        """
    @property
    def fragment(self) -> str:
        """
        python-docx name: the anchor, '' when none.
        """
    @property
    def text(self) -> str:
        """
        The text of the hyperlink's runs.
        """
    @property
    def url(self) -> typing.Any:
        """
        External target, or None.
        """
class Image:
    """
    A picture in the document: a DrawingML a:blip or a VML v:imagedata.
    """
    def __eq__(self, other: object) -> bool:
        ...
    def __hash__(self) -> int:
        ...
    def __repr__(self) -> str:
        ...
    def save(self, path: str | os.PathLike[str]) -> str:
        """
        Write the bytes to path; ValueError for a linked or missing picture.
        Into an existing directory: path/<base name of the part>.
        """
    @property
    def _width(self) -> int | None:
        ...
    @property
    def _height(self) -> int | None:
        ...
    @property
    def width(self) -> Length | None:
        """
        Width (wp:extent/@cx, or the VML style width), or None.
        """
    @property
    def height(self) -> Length | None:
        """
        Height, or None.
        """
    @property
    def alt_text(self) -> str | None:
        ...
    @property
    def blob(self) -> bytes | None:
        """
        The picture's bytes, read from the package now; None without a part.
        """
    @property
    def content_type(self) -> str | None:
        ...
    @property
    def filename(self) -> str | None:
        ...
    @property
    def inline(self) -> bool:
        ...
    @property
    def linked(self) -> bool:
        ...
    @property
    def markup(self) -> str:
        ...
    @property
    def missing(self) -> bool:
        ...
    @property
    def name(self) -> str | None:
        ...
    @property
    def offset(self) -> int:
        """
        Where the picture stands in paragraph.text: paragraph.text[:offset] comes before it.
        """
    @property
    def paragraph(self) -> Paragraph | None:
        ...
    @property
    def part_name(self) -> str | None:
        ...
    @property
    def rel_id(self) -> str | None:
        ...
    @property
    def story(self) -> str | None:
        ...
    @property
    def title(self) -> str | None:
        ...
    @property
    def url(self) -> str | None:
        ...
class EmbeddedObject:
    """
    An embedded object: an OLE object, an embedded package, a chart or an altChunk.
    """
    def __eq__(self, other: object) -> bool:
        ...
    def __hash__(self) -> int:
        ...
    def __repr__(self) -> str:
        ...
    def open(
        self,
        *,
        revisions: str = 'accept',
        include_hidden: bool = False,
        limits: Limits | None = None,
    ) -> Document:
        """
        Read the object's bytes as a Word document of its own (an altChunk or an embedded .docx).
        """
    def save(self, path: str | os.PathLike[str]) -> str:
        """
        Write the bytes to path; ValueError without a part.
        Into an existing directory: path/<base name of the part>.
        """
    @property
    def blob(self) -> bytes | None:
        ...
    @property
    def content_type(self) -> str | None:
        ...
    @property
    def filename(self) -> str | None:
        ...
    @property
    def kind(self) -> str:
        """
        'ole_object', 'package', 'chart' or 'alt_chunk'.
        """
    @property
    def missing(self) -> bool:
        ...
    @property
    def paragraph(self) -> Paragraph | None:
        ...
    @property
    def part_name(self) -> str | None:
        ...
    @property
    def prog_id(self) -> str | None:
        ...
    @property
    def series(self) -> list[str]:
        ...
    @property
    def story(self) -> str | None:
        ...
    @property
    def title(self) -> str | None:
        ...
    @property
    def url(self) -> str | None:
        ...
class InlineShape:
    """
    A DrawingML object placed inline (wp:inline), as python-docx's InlineShape.
    """
    def __eq__(self, other: object) -> bool:
        ...
    def __hash__(self) -> int:
        ...
    def __repr__(self) -> str:
        ...
    @property
    def _type(self) -> str:
        ...
    @property
    def _width(self) -> int | None:
        ...
    @property
    def _height(self) -> int | None:
        ...
    @property
    def height(self) -> Length | None:
        ...
    @property
    def paragraph(self) -> Paragraph | None:
        ...
    @property
    def type(self) -> InlineShapeType:
        ...
    @property
    def width(self) -> Length | None:
        ...
class Table:
    """
    A table: a view into its document.
    """
    def __eq__(self, other: object) -> bool:
        ...
    def __hash__(self) -> int:
        ...
    def __len__(self) -> int:
        ...
    def __repr__(self) -> str:
        ...
    def to_pandas(self, header: int = True) -> typing.Any:
        """
        The table as a pandas DataFrame of cell texts; needs pip install docxsift[pandas].
        header=True: the first row names the columns (repeats made unique: name, name.1);
        header=N: the first N rows as a MultiIndex; header=False: 0, 1, 2...
        """
    def _column_cells(self, arg0: typing.SupportsInt | typing.SupportsIndex) -> list[Cell]:
        ...
    def cell(self, row_idx: typing.SupportsInt | typing.SupportsIndex, col_idx: typing.SupportsInt | typing.SupportsIndex) -> Cell:
        """
        The cell covering grid position (row_idx, col_idx); IndexError when the position is outside the table or no cell covers it.
        """
    def to_list(self) -> list[list[str]]:
        """
        Rectangular list of cell texts over the grid; merged regions repeat their text.
        """
    @property
    def _column_widths(self) -> list[int | None]:
        ...
    @property
    def columns(self) -> Columns:
        """
        The grid columns (python-docx Table.columns).
        """
    @property
    def grid_columns(self) -> int:
        """
        Number of grid columns.
        """
    @property
    def rows(self) -> list[Row]:
        """
        The rows, in order.
        """
    @property
    def style(self) -> typing.Any:
        """
        The table style, or None.
        """
class Row:
    """
    A table row.
    """
    def __repr__(self) -> str:
        ...
    @property
    def _height(self) -> int | None:
        ...
    @property
    def _height_rule(self) -> str | None:
        ...
    @property
    def cells(self) -> list[Cell]:
        """
        The cells the row really has (python-docx 1.2): spans repeated, merge continuations resolved, gridBefore/gridAfter columns left out.
        """
    @property
    def grid_cols_after(self) -> int:
        """
        Grid columns after the row's last cell (w:gridAfter).
        """
    @property
    def grid_cols_before(self) -> int:
        """
        Grid columns before the row's first cell (w:gridBefore).
        """
    @property
    def height(self) -> Length | None:
        """
        w:trHeight as a Length, or None.
        """
    @property
    def height_rule(self) -> WD_ROW_HEIGHT_RULE | None:
        """
        w:trHeight/@w:hRule as a WD_ROW_HEIGHT_RULE member, or None.
        """
class Cell:
    """
    A table cell.
    """
    def __eq__(self, other: object) -> bool:
        ...
    def __hash__(self) -> int:
        ...
    def __repr__(self) -> str:
        ...
    @property
    def _vertical_alignment(self) -> str | None:
        ...
    @property
    def _width(self) -> int | None:
        ...
    @property
    def grid_span(self) -> int:
        """
        Grid columns this cell spans.
        """
    @property
    def paragraphs(self) -> list[Paragraph]:
        """
        Paragraphs directly in the cell.
        """
    @property
    def tables(self) -> list[Table]:
        """
        Tables nested directly in the cell.
        """
    @property
    def text(self) -> str:
        """
        The cell's paragraphs joined by "\\n", nested tables included.
        """
    @property
    def vertical_alignment(self) -> WD_CELL_VERTICAL_ALIGNMENT | None:
        """
        w:vAlign as a WD_CELL_VERTICAL_ALIGNMENT member, or None.
        """
    @property
    def vertical_merge(self) -> typing.Any:
        """
        'restart', 'continue' or None.
        """
    @property
    def width(self) -> Length | None:
        """
        w:tcW as a Length when its type is 'dxa', else None.
        """
class Section:
    """
    A document section (w:sectPr).
    """
    __hash__: typing.ClassVar[None]  # type: ignore[assignment]
    def __eq__(self, other: object) -> bool:
        ...
    def __repr__(self) -> str:
        ...
    def iter_inner_content(self) -> collections.abc.Iterator[Paragraph | Table]:
        """
        The section's body paragraphs and tables, in document order (python-docx).
        """
    @property
    def _bottom_margin(self) -> typing.Any:
        ...
    @property
    def _footer_distance(self) -> typing.Any:
        ...
    @property
    def _gutter(self) -> typing.Any:
        ...
    @property
    def _header_distance(self) -> typing.Any:
        ...
    @property
    def _left_margin(self) -> typing.Any:
        ...
    @property
    def _page_height(self) -> typing.Any:
        ...
    @property
    def _page_width(self) -> typing.Any:
        ...
    @property
    def _right_margin(self) -> typing.Any:
        ...
    @property
    def _start_type(self) -> str | None:
        ...
    @property
    def _top_margin(self) -> typing.Any:
        ...
    @property
    def start_type(self) -> WD_SECTION_START | None:
        """
        w:type as a WD_SECTION_START member (NEW_PAGE when absent, as python-docx); None for an unknown value.
        """
    @property
    def bottom_margin(self) -> Length | None:
        ...
    @property
    def different_first_page_header_footer(self) -> bool:
        """
        w:titlePg: the first page has its own header and footer.
        """
    @property
    def even_page_footer(self) -> HeaderFooter:
        """
        The even-page footer.
        """
    @property
    def even_page_header(self) -> HeaderFooter:
        """
        The even-page header.
        """
    @property
    def first_page_footer(self) -> HeaderFooter:
        """
        The first-page footer.
        """
    @property
    def first_page_header(self) -> HeaderFooter:
        """
        The first-page header.
        """
    @property
    def footer(self) -> HeaderFooter:
        """
        The default footer.
        """
    @property
    def footer_distance(self) -> Length | None:
        ...
    @property
    def gutter(self) -> Length | None:
        ...
    @property
    def header(self) -> HeaderFooter:
        """
        The default header.
        """
    @property
    def header_distance(self) -> Length | None:
        ...
    @property
    def left_margin(self) -> Length | None:
        ...
    @property
    def orientation(self) -> str:
        """
        'portrait' or 'landscape'.
        """
    @property
    def page_height(self) -> Length | None:
        ...
    @property
    def page_width(self) -> Length | None:
        ...
    @property
    def right_margin(self) -> Length | None:
        ...
    @property
    def top_margin(self) -> Length | None:
        ...
class HeaderFooter:
    """
    A header or footer of a section.
    """
    def __repr__(self) -> str:
        ...
    @property
    def is_linked_to_previous(self) -> bool:
        """
        True when this section has no definition of its own and shows the previous one's.
        """
    @property
    def paragraphs(self) -> list[Paragraph]:
        """
        Paragraphs of the header or footer shown (empty when none).
        """
    @property
    def tables(self) -> list[Table]:
        """
        Tables of the header or footer shown.
        """
    @property
    def text(self) -> str:
        """
        The text of the header or footer shown, one line per paragraph.
        """
class Note:
    """
    A footnote or endnote.
    """
    def __repr__(self) -> str:
        ...
    @property
    def id(self) -> str:
        """
        w:id
        """
    @property
    def paragraphs(self) -> list[Paragraph]:
        ...
    @property
    def tables(self) -> list[Table]:
        ...
    @property
    def text(self) -> str:
        ...
class Comment:
    """
    A comment.
    """
    def __repr__(self) -> str:
        ...
    @property
    def _date(self) -> typing.Any:
        ...
    @property
    def author(self) -> typing.Any:
        ...
    @property
    def date(self) -> datetime.datetime | None:
        ...
    @property
    def id(self) -> str:
        """
        w:id
        """
    @property
    def initials(self) -> typing.Any:
        ...
    @property
    def paragraphs(self) -> list[Paragraph]:
        ...
    @property
    def text(self) -> str:
        ...
class OutlineEntry:
    """
    One heading of Document.outline().

    A read-only record with the fields ``level``, ``label``, ``title``,
    ``paragraph`` and ``source``; it unpacks like a tuple in that order
    (``for level, label, title, paragraph, source in doc.outline()``).
    ``level`` is 1-9 after normalisation (no gaps: the first heading is level 1
    and each is at most one deeper than the one before); ``label`` is the list
    label or typed 公文 marker (``"一、"``, ``"（一）"``), empty when there is
    none; ``title`` is the heading text without it; ``paragraph`` the Paragraph;
    ``source`` is ``"style"``, ``"numbering"`` or ``"text"`` (see docs/outline.md).
    """
    _fields: typing.ClassVar[tuple[str, str, str, str, str]] = ('level', 'label', 'title', 'paragraph', 'source')
    def __eq__(self, other: object) -> bool:
        ...
    def __getitem__(self, index: typing.SupportsIndex | slice) -> typing.Any:
        ...
    def __hash__(self) -> int:
        ...
    def __iter__(self) -> collections.abc.Iterator[typing.Any]:
        ...
    def __len__(self) -> int:
        ...
    def __repr__(self) -> str:
        ...
    @property
    def label(self) -> str:
        """
        The list label or typed marker ("一、", "（一）", "1.2"); "" when none.
        """
    @property
    def level(self) -> int:
        """
        Heading level, 1-9, consistent within the document.
        """
    @property
    def paragraph(self) -> Paragraph:
        """
        The Paragraph this heading is.
        """
    @property
    def source(self) -> str:
        """
        Where the heading was found: "style" (outline level or heading style), "numbering" (a heading-like list label) or "text" (a typed 公文 marker).
        """
    @property
    def title(self) -> str:
        """
        The heading text without its label; for a run-in heading ("1．燃气安全。加强...") the text up to the first 。.
        """
class Chunk:
    """
    One piece of Document.chunks(): text ready for an embedding model.
    """
    def __repr__(self) -> str:
        ...
    def to_dict(self) -> dict[str, typing.Any]:
        """
        The chunk as a plain dict (JSON-ready).
        """
    @property
    def block_end(self) -> int:
        ...
    @property
    def block_start(self) -> int:
        ...
    @property
    def chunk_index(self) -> int:
        ...
    @property
    def contextualized(self) -> str:
        ...
    @property
    def heading_path(self) -> list[str]:
        ...
    @property
    def id(self) -> str:
        ...
    @property
    def oversized(self) -> bool:
        ...
    @property
    def page_end(self) -> int | None:
        ...
    @property
    def page_start(self) -> int | None:
        ...
    @property
    def repeated_chars(self) -> int:
        ...
    @property
    def row_end(self) -> int | None:
        ...
    @property
    def row_start(self) -> int | None:
        ...
    @property
    def table(self) -> int | None:
        ...
    @property
    def text(self) -> str:
        ...
    @property
    def tokens(self) -> int:
        ...
class Chunker:
    """
    Reusable chunking options: ``chunker(doc)`` returns doc's chunks.
    """
    def __call__(self, doc: Document) -> list[Chunk]:
        ...
    def __init__(self, max_tokens: int = 512, tokenizer: typing.Any = None, overlap: int = 0, by: str = 'heading', source: str = '') -> None:
        ...
    def __repr__(self) -> str:
        ...
    def chunks(self, doc: Document) -> list[Chunk]:
        ...
    @property
    def by(self) -> str:
        ...
    @property
    def max_tokens(self) -> int:
        ...
    @property
    def overlap(self) -> int:
        ...
    @property
    def source(self) -> str:
        ...
    @property
    def tokenizer(self) -> typing.Any:
        ...
class Normalizer:
    """
    A reusable, callable normaliser: ``Normalizer(preset, **options)(text)``.

    Takes the same arguments as :func:`docxsift.normalize` and resolves them and
    the ICU objects once, so calling it in a loop costs only the work itself. A
    Normalizer is immutable and safe to call from many threads at once; each call
    releases the GIL.

    >>> norm = docxsift.Normalizer("cjk", t2s=True, punctuation="cjk")
    >>> norm("軟體,開發ＡＰＩ")
    '软体，开发API'
    """
    def __call__(self, text: typing.Any) -> str:
        """
        The normalised text.
        """
    def __getstate__(self) -> tuple[typing.Any, ...]:
        ...
    def __init__(self, preset: str = 'cjk', *, t2s: bool = False, width: str | None = None, whitespace: str | None = None, strip_controls: bool | None = None, zero_width: str | None = None, quotes: str | None = None, punctuation: str | None = None, lowercase: bool | None = None) -> None:
        ...
    def __repr__(self) -> str:
        ...
    def __setstate__(self, arg0: tuple[typing.Any, ...]) -> None:
        ...
    @property
    def lowercase(self) -> bool:
        """
        Whether text is lowercased.
        """
    @property
    def preset(self) -> str:
        """
        The preset the options started from.
        """
    @property
    def punctuation(self) -> str:
        """
        "keep", "cjk" or "ascii".
        """
    @property
    def quotes(self) -> str:
        """
        "keep", "ascii" or "cjk".
        """
    @property
    def strip_controls(self) -> bool:
        """
        Whether control characters other than \\t and \\n are removed.
        """
    @property
    def t2s(self) -> bool:
        """
        Whether Traditional Chinese becomes Simplified.
        """
    @property
    def whitespace(self) -> str:
        """
        "collapse" or "keep".
        """
    @property
    def width(self) -> str:
        """
        "fold" or "keep".
        """
    @property
    def zero_width(self) -> str:
        """
        "remove" or "keep".
        """
class _BatchIterator:
    """
    Records of many files, in input order.

    The engine of :func:`docxsift.extract`: C++ worker threads open and render
    the files with the GIL released; at most ``window`` files are in flight, and
    paths are pulled from ``paths`` only as the window frees up.
    """
    def __init__(self, paths: collections.abc.Iterator[typing.Any], fields: collections.abc.Sequence[str], workers: typing.SupportsInt | typing.SupportsIndex = 0, window: typing.SupportsInt | typing.SupportsIndex = 0, revisions: str = 'accept', include_hidden: bool = False, limits: typing.Any = None, raise_errors: bool = False, chunk_max_tokens: int = 512, chunk_overlap: int = 0) -> None:
        ...
    def __iter__(self) -> typing.Any:
        ...
    def __next__(self) -> dict[str, typing.Any]:
        ...
    def close(self) -> None:
        """
        Stops the workers; later __next__ calls stop.
        """
    @property
    def window(self) -> int:
        """
        Files in flight at most.
        """
    @property
    def workers(self) -> int:
        """
        Worker threads (0 once closed).
        """
def _core_properties_of(arg0: Document) -> CoreProperties:
    ...
def _extract_file(path: str, fields: collections.abc.Sequence[str], revisions: str = 'accept', include_hidden: bool = False, limits: typing.Any = None, raise_errors: bool = False, chunk_max_tokens: int = 512, chunk_overlap: int = 0) -> dict[str, typing.Any]:
    """
    One file's extract() record, with the GIL released while it is read.
    """
def _find_duplicates(keys: collections.abc.Sequence[str], texts: collections.abc.Sequence[str], threshold: typing.SupportsFloat | typing.SupportsIndex = 0.8, shingle: typing.SupportsInt | typing.SupportsIndex = 5, permutations: typing.SupportsInt | typing.SupportsIndex = 128, band_rows: typing.SupportsInt | typing.SupportsIndex = 5) -> list[typing.Any]:
    """
    Duplicate groups as (member indexes, exact, similarity); see docxsift.find_duplicates.
    """
def _forget_reused_parts() -> None:
    """
    Empties the store of what was read from the styles, theme, settings and numbering of documents read before (tests; benchmarks of first readings).
    """
def _open_bytes(data: bytes, revisions: str = 'accept', include_hidden: bool = False, limits: typing.Any = None) -> Document:
    """
    Opens a .docx held in memory.
    """
def _open_path(path: str, revisions: str = 'accept', include_hidden: bool = False, limits: typing.Any = None) -> Document:
    """
    Opens the .docx at `path` (the GIL is released while it is read).
    """
def _parse_w3cdtf(arg0: str) -> typing.Any:
    """
    A W3CDTF timestamp as an aware datetime (UTC when no zone), or None.
    """
def _styles_of(arg0: Document) -> Styles:
    ...
def _text_hash(text: str) -> str:
    """
    Hex SHA-256 of the text with whitespace runs collapsed.
    """
def normalize(text: typing.Any, preset: str = 'cjk', *, t2s: bool = False, width: str | None = None, whitespace: str | None = None, strip_controls: bool | None = None, zero_width: str | None = None, quotes: str | None = None, punctuation: str | None = None, lowercase: bool | None = None) -> str:
    """
    Normalise text for search, deduplication and corpus building.

    Presets:

    - ``"nfc"``: Unicode canonical composition only.
    - ``"nfkc"``: full NFKC (note: it turns ``，`` into ``,`` and ``：`` into ``:``).
    - ``"cjk"`` (default): NFC; full-width ASCII letters, digits, space and
      symbols (``#$%&*+-/<=>@\\^_`|``) folded to half-width while CJK punctuation
      ``，。：；！？（）【】“”`` stays; runs of white space (U+3000 and NBSP
      included, tabs excepted) collapsed to one space and trimmed at line ends;
      zero-width and control characters other than ``\\t`` and ``\\n`` removed.

    Each keyword below overrides the preset's choice (``None`` keeps it):

    - ``t2s=True``: Traditional to Simplified Chinese (ICU ``Hant-Hans``):
      ``normalize("漢語", t2s=True) == "汉语"``.
    - ``width``: ``"fold"`` or ``"keep"``:
      ``normalize("ＡＢＣ１２３，", width="fold") == "ABC123，"``.
    - ``whitespace``: ``"collapse"`` or ``"keep"``:
      ``normalize("a\\u3000\\u00a0 b ", whitespace="collapse") == "a b"``.
    - ``strip_controls``: ``True`` drops C0/C1 controls except ``\\t`` and ``\\n``
      and turns ``\\r\\n``, ``\\r``, ``\\v``, ``\\f`` into ``\\n``:
      ``normalize("a\\x00b\\r\\nc", strip_controls=True) == "ab\\nc"``.
    - ``zero_width``: ``"remove"`` or ``"keep"`` (ZWSP, ZWNJ, ZWJ, word joiner,
      BOM, soft hyphen, bidi marks): ``normalize("日\\u200b本", zero_width="remove") == "日本"``.
    - ``quotes``: ``"keep"``, ``"ascii"`` (curly quotes and guillemets to ``"``
      and ``'``): ``normalize("“hi”", quotes="ascii") == '"hi"'``; or ``"cjk"``
      (straight quotes paired along a line become “” ‘’ where a pair touches
      Chinese text): ``normalize('他说"好"', quotes="cjk") == "他说“好”"``.
    - ``punctuation``: ``"keep"``, ``"cjk"`` (ASCII ``,;:?!`` after a CJK
      character and before one or the line end, and ``( )`` pairs next to CJK
      text, become full-width): ``normalize("你好,世界(测试)", punctuation="cjk")
      == "你好，世界（测试）"``; or ``"ascii"`` (``，；：？！（）`` to ASCII):
      ``normalize("你好，世界", punctuation="ascii") == "你好,世界"``.
    - ``lowercase``: ``True`` applies Unicode lowercase mapping:
      ``normalize("ÀB", lowercase=True) == "àb"``.

    Never fails on content: NUL is an ordinary (control) character, lone
    surrogates become U+FFFD, and any length is accepted. The GIL is released
    while ICU works. Results are idempotent: ``normalize(normalize(x)) ==
    normalize(x)``.
    """
def count_tokens(text: str) -> int:
    """
    The built-in token count the chunker uses when no tokenizer is given.
    """
def sentences(text: typing.Any, locale: str = 'zh') -> list[str]:
    """
    Split text into sentences with ICU sentence breaks.

    ``locale`` picks the rules' tailoring (``"zh"``, ``"en"``, ``"ja"``,
    ``"en@ss=standard"`` to not break after "Mr."...). Chinese sentences end at
    ``。！？`` and their closing quotes; a newline always ends a sentence. Each
    sentence is trimmed of white space; empty ones are dropped.

    >>> docxsift.sentences("第一句。第二句！Third one? Yes.")
    ['第一句。', '第二句！', 'Third one?', 'Yes.']
    """
def words(text: typing.Any, locale: str = 'zh', keep_punctuation: bool = False) -> list[str]:
    """
    Split text into words with ICU word breaks.

    Chinese, Japanese, Thai, Lao, Khmer and Burmese are segmented with ICU's
    dictionaries; other scripts by the Unicode word-break rules. White space,
    punctuation and symbol segments are dropped unless ``keep_punctuation=True``,
    which returns every segment, so that ``"".join(words(t,
    keep_punctuation=True)) == t``.

    >>> docxsift.words("我们在北京开会, then go home.")
    ['我们', '在', '北京', '开会', 'then', 'go', 'home']
    """
_BATCH_FIELDS: tuple[str, ...]
_CORE_PROPERTIES: tuple[str, ...]
_LIMIT_FIELDS: tuple[str, ...]
_NORMALIZE_PRESETS: tuple[str, ...]
_REVISIONS: tuple[str, ...]
_STATS_KEYS: tuple[str, ...]
__version__: str = '0.1.0'
