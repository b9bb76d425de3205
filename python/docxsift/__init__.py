"""docxsift: read Word .docx files fast and faithfully.

>>> import docxsift
>>> doc = docxsift.open("examples/gongwen_notice.docx")
>>> doc.paragraphs[1].text
'关于做好2026年冬季安全生产工作的通知'

Documentation: docs/index.md, or the site ``make docs`` builds.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

try:
    from docxsift import _core
except ImportError as exc:  # pragma: no cover - depends on the installation
    raise ImportError(
        "docxsift's C++ extension (docxsift._core) could not be imported: "
        f"{exc}. Reinstall docxsift (pip install --force-reinstall docxsift) or, "
        "from a source checkout, run `make demo`."
    ) from exc

from docxsift import _methods  # noqa: F401  (attaches Python sugar to the bound classes)
from docxsift._chunks import RenderedPageBreak
from docxsift._core import (
    Cell,
    Chunk,
    Chunker,
    Comment,
    CoreProperties,
    EmbeddedObject,
    Font,
    HeaderFooter,
    Hyperlink,
    Image,
    InlineShape,
    Limits,
    Normalizer,
    Note,
    OutlineEntry,
    Paragraph,
    ParagraphFormat,
    Row,
    Run,
    RunFormat,
    Section,
    Style,
    Styles,
    Table,
    count_tokens,
    normalize,
    sentences,
    words,
)
from docxsift._formatting import ColorFormat, Column, Columns, RGBColor
from docxsift._images import InlineShapeType
from docxsift._length import Length
from docxsift._source import Document, open
from docxsift.batch import (
    extract,
    extract_to_arrow,
    extract_to_file,
    extract_to_pandas,
    find_duplicates,
)
from docxsift.exceptions import (
    DocxError,
    EncryptedError,
    LimitError,
    PackageError,
    XmlError,
)

__version__: str = _core.__version__

if TYPE_CHECKING:
    from docxsift._enums import (
        MSO_COLOR_TYPE,
        WD_ALIGN_PARAGRAPH,
        WD_CELL_VERTICAL_ALIGNMENT,
        WD_COLOR_INDEX,
        WD_LINE_SPACING,
        WD_PARAGRAPH_ALIGNMENT,
        WD_ROW_HEIGHT_RULE,
        WD_SECTION_START,
        WD_STYLE_TYPE,
        WD_UNDERLINE,
    )

__all__ = [
    "MSO_COLOR_TYPE",
    "WD_ALIGN_PARAGRAPH",
    "WD_CELL_VERTICAL_ALIGNMENT",
    "WD_COLOR_INDEX",
    "WD_LINE_SPACING",
    "WD_PARAGRAPH_ALIGNMENT",
    "WD_ROW_HEIGHT_RULE",
    "WD_SECTION_START",
    "WD_STYLE_TYPE",
    "WD_UNDERLINE",
    "Cell",
    "Chunk",
    "Chunker",
    "ColorFormat",
    "Column",
    "Columns",
    "Comment",
    "CoreProperties",
    "Document",
    "DocxError",
    "EmbeddedObject",
    "EncryptedError",
    "Font",
    "HeaderFooter",
    "Hyperlink",
    "Image",
    "InlineShape",
    "InlineShapeType",
    "Length",
    "LimitError",
    "Limits",
    "Normalizer",
    "Note",
    "OutlineEntry",
    "PackageError",
    "Paragraph",
    "ParagraphFormat",
    "RGBColor",
    "RenderedPageBreak",
    "Row",
    "Run",
    "RunFormat",
    "Section",
    "Style",
    "Styles",
    "Table",
    "XmlError",
    "__version__",
    "count_tokens",
    "extract",
    "extract_to_arrow",
    "extract_to_file",
    "extract_to_pandas",
    "find_duplicates",
    "normalize",
    "open",
    "sentences",
    "words",
]

# python-docx's enumerations (the upper-case names of __all__), imported on
# first use: creating the enum classes would add milliseconds to every
# `import docxsift`.
_ENUMS = frozenset(name for name in __all__ if name.startswith(("WD_", "MSO_")))


def __getattr__(name: str) -> Any:
    if name in _ENUMS:
        from docxsift import _enums

        return getattr(_enums, name)
    raise AttributeError(f"module 'docxsift' has no attribute {name!r}")


def __dir__() -> list[str]:
    return sorted(set(globals()) | _ENUMS)
