// The document model (docs/architecture.md): flat arrays of rows indexed by integers, all
// text in one UTF-8 arena, no pointers between rows. Built once by the wml
// readers, immutable afterwards, so any number of threads may read it.
#pragma once

#include <cstdint>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "docxsift/named_field.hpp"

namespace docxsift {
class PartSource;  // parts.hpp: re-reads package parts after open (lazy blobs)
}

namespace docxsift::model {

using Index = std::uint32_t;
inline constexpr Index kNone = 0xFFFFFFFFu;

// A half-open slice [first, first + count) of some row array.
struct Range {
  Index first = 0;
  Index count = 0;
  Index end() const { return first + count; }
  bool empty() const { return count == 0; }
};

// A slice of the text arena.
struct TextRef {
  std::uint32_t offset = 0;
  std::uint32_t size = 0;
};

enum class BlockKind : std::uint8_t { Paragraph, Table };

struct BlockRef {
  BlockKind kind;
  Index index;
};

enum class StoryKind : std::uint8_t { Body, Header, Footer, Footnote, Endnote, Comment };

// A boolean property as written: absent (inherited), off or on.
enum class Tri : std::int8_t { Unset = -1, Off = 0, On = 1 };

enum class Alignment : std::uint8_t { Unset, Left, Center, Right, Both, Distribute };

enum class VerticalAlign : std::uint8_t { Unset, Baseline, Superscript, Subscript };

// Run properties as written in one w:rPr (or a style's rPr). Interned: equal
// property sets share one row. Strings are indexes into Document::strings.
struct RunProps {
  Tri bold = Tri::Unset;
  Tri italic = Tri::Unset;
  Tri underline = Tri::Unset;
  Tri strike = Tri::Unset;
  Tri double_strike = Tri::Unset;
  Tri hidden = Tri::Unset;
  Tri caps = Tri::Unset;
  Tri small_caps = Tri::Unset;
  VerticalAlign vertical_align = VerticalAlign::Unset;
  std::int32_t size_half_points = -1;  // w:sz; -1 = unset
  Index style = kNone;                 // w:rStyle (a style id in strings)
  Index font_ascii = kNone;            // w:rFonts/@w:ascii
  Index font_hansi = kNone;            // w:rFonts/@w:hAnsi
  Index font_east_asia = kNone;        // w:rFonts/@w:eastAsia
  Index font_cs = kNone;               // w:rFonts/@w:cs
  Index color = kNone;                 // "RRGGBB", or "auto"
  Index highlight = kNone;             // w:highlight/@w:val ("yellow")
  Index underline_style = kNone;       // w:u/@w:val ("single", "double", ...)
  Index font_ascii_theme = kNone;      // w:rFonts/@w:asciiTheme ("minorHAnsi"); beats w:ascii
  Index font_hansi_theme = kNone;      // w:rFonts/@w:hAnsiTheme
  Index font_east_asia_theme = kNone;  // w:rFonts/@w:eastAsiaTheme ("minorEastAsia")

  bool operator==(const RunProps&) const = default;
};

// How w:spacing/@w:line is measured (w:lineRule): "auto" is in 240ths of a
// line, "exact" and "atLeast" in twips.
enum class LineRule : std::uint8_t { Unset, Auto, Exact, AtLeast };

// A length in twips as written in a paragraph property; kUnsetTwips = absent.
inline constexpr std::int32_t kUnsetTwips = INT32_MIN;

// Paragraph formatting as written in one w:pPr (or a style's pPr): the values
// of python-docx's ParagraphFormat other than alignment (which Paragraph and
// Style keep in their rows). Interned like RunProps: equal sets share a row.
struct ParagraphFormat {
  std::int32_t left_indent = kUnsetTwips;        // w:ind/@w:left (else @w:start)
  std::int32_t right_indent = kUnsetTwips;       // w:ind/@w:right (else @w:end)
  std::int32_t first_line_indent = kUnsetTwips;  // w:ind/@w:firstLine, or -@w:hanging
  std::int32_t space_before = kUnsetTwips;       // w:spacing/@w:before
  std::int32_t space_after = kUnsetTwips;        // w:spacing/@w:after
  std::int32_t line = kUnsetTwips;               // w:spacing/@w:line, see line_rule
  LineRule line_rule = LineRule::Unset;          // Auto when @w:line is written without it
  Tri keep_together = Tri::Unset;                // w:keepLines
  Tri keep_with_next = Tri::Unset;               // w:keepNext
  Tri page_break_before = Tri::Unset;            // w:pageBreakBefore
  Tri widow_control = Tri::Unset;                // w:widowControl

  bool operator==(const ParagraphFormat&) const = default;
};

struct Run {
  TextRef text;
  Index props = 0;          // into Document::run_props (row 0 is the empty set)
  Index hyperlink = kNone;  // into Document::hyperlinks
  Index paragraph = kNone;
};

struct Hyperlink {
  TextRef text;
  Index url = kNone;     // external target (strings)
  Index anchor = kNone;  // internal bookmark (strings)
  Index paragraph = kNone;
};

// Numbering as written on a paragraph (w:numPr); -1 = not written here.
struct NumberingRef {
  std::int32_t num_id = -1;
  std::int32_t level = -1;

  bool operator==(const NumberingRef&) const = default;
};

struct Paragraph {
  TextRef text;
  Range runs;              // into Document::runs
  Range hyperlinks;        // into Document::hyperlinks
  Range anchored;          // into Document::block_refs: text box content anchored here
  Range note_refs;         // into Document::note_refs: footnote and endnote references
  Range comment_refs;      // into Document::comment_refs
  Index style = kNone;     // w:pStyle (a style id in strings)
  Index mark_props = 0;    // run properties of the paragraph mark
  Index format = 0;        // into Document::paragraph_formats (row 0 is the empty set)
  Index story = kNone;     // into Document::stories
  Index section = kNone;   // the section this paragraph ends (w:pPr/w:sectPr), if any
  NumberingRef numbering;  // direct w:numPr
  Alignment alignment = Alignment::Unset;
  std::int8_t outline_level = -1;  // direct w:outlineLvl (0-8); -1 unset, 9 = body text
  bool in_text_box = false;
  Range equations;  // into Document::equations, in reading order
};

struct Table {
  Range rows;           // into Document::rows
  Range grid_widths;    // into Document::grid_widths: one per w:gridCol
  Index style = kNone;  // w:tblStyle (a style id in strings)
  Index story = kNone;
  std::uint32_t grid_columns = 0;  // w:tblGrid/w:gridCol count
};

struct Row {
  Range cells;  // into Document::cells
  std::uint16_t grid_before = 0;
  std::uint16_t grid_after = 0;
  Index table = kNone;
  std::int32_t height = kUnsetTwips;  // w:trHeight/@w:val, twips
  Index height_rule = kNone;          // w:trHeight/@w:hRule as written (strings); kNone when absent
  bool header = false;                // w:trPr/w:tblHeader: repeated at the top of each page (and chunk)
};

enum class CellVerticalAlign : std::uint8_t { Unset, Top, Center, Bottom, Both };

enum class VMerge : std::uint8_t { None, Restart, Continue };

struct Cell {
  Range blocks;  // into Document::block_refs
  Index row = kNone;
  std::uint32_t grid_column = 0;  // first grid column this cell covers
  std::uint16_t grid_span = 1;
  VMerge vmerge = VMerge::None;
  CellVerticalAlign vertical_align = CellVerticalAlign::Unset;  // w:vAlign
  std::int32_t width = kUnsetTwips;  // w:tcW/@w:w when w:type="dxa" (python-docx reads no other type)
};

struct Story {
  StoryKind kind = StoryKind::Body;
  Range blocks;        // into Document::block_refs
  Index part = kNone;  // part name (strings)
};

enum class NoteKind : std::uint8_t { Footnote, Endnote };

struct NoteRef {
  NoteKind kind;
  Index id;  // note id (strings)
};

struct Note {
  NoteKind kind = NoteKind::Footnote;
  Index id = kNone;  // w:id as written (strings)
  Index story = kNone;
};

struct Comment {
  Index id = kNone;        // strings
  Index author = kNone;    // strings
  Index initials = kNone;  // strings
  Index date = kNone;      // ISO 8601 as written (strings)
  Index story = kNone;
};

enum class HeaderFooterKind : std::uint8_t { Default, First, Even };

struct Section {
  // Story of each header/footer written in this w:sectPr, by HeaderFooterKind;
  // kNone where this section has no reference of that kind (linked to previous).
  Index headers[3] = {kNone, kNone, kNone};
  Index footers[3] = {kNone, kNone, kNone};
  std::int64_t page_width = -1;  // twips; -1 unset
  std::int64_t page_height = -1;
  std::int64_t margin_top = -1, margin_bottom = -1, margin_left = -1, margin_right = -1;
  std::int64_t margin_header = -1, margin_footer = -1, margin_gutter = -1;
  bool landscape = false;
  bool title_page = false;
  Index start_type = kNone;  // w:type/@w:val (strings)
};

// One Office Math zone (m:oMath, or a whole m:oMathPara) of a paragraph. The
// paragraph's text keeps the equation's linear text (the text of its runs);
// [start, end) is where that text lies in the paragraph, so renderers can put
// the LaTeX in its place. See docs/equations.md.
struct Equation {
  Index latex = kNone;      // the LaTeX, without $ delimiters (strings)
  std::uint32_t start = 0;  // byte offsets into the paragraph's text
  std::uint32_t end = 0;
  Index paragraph = kNone;
  // Drawn as a display equation: an m:oMathPara, or math that is the whole
  // content of its paragraph (Word draws both on their own line).
  bool display = false;
};

enum class StyleType : std::uint8_t { Paragraph, Character, Table, Numbering };

struct Style {
  Index style_id = kNone;  // strings
  Index name = kNone;      // strings
  Index base = kNone;      // basedOn style id (strings)
  StyleType type = StyleType::Paragraph;
  std::int8_t outline_level = -1;
  bool is_default = false;
  Index run_props = 0;  // into Document::run_props
  NumberingRef numbering;
  Alignment alignment = Alignment::Unset;
  Index paragraph_format = 0;  // into Document::paragraph_formats
  std::int32_t priority = -1;  // w:uiPriority; -1 unset
  bool custom = false;         // @w:customStyle
  bool hidden = false;         // w:semiHidden
  bool quick_style = false;    // w:qFormat
  bool unhide_when_used = false;
  bool locked = false;

  bool operator==(const Style&) const = default;
};

struct CoreProperties {
  Index title = kNone, subject = kNone, author = kNone, keywords = kNone, comments = kNone, category = kNone,
        last_modified_by = kNone, revision = kNone, created = kNone, modified = kNone, last_printed = kNone,
        language = kNone, identifier = kNone, version = kNone, content_status = kNone;  // all strings, as written
};

// Every core property by its Python-facing name, in the order doc.core_properties,
// to_dict(), extract()'s "properties" and the Arrow schema list them (the one list;
// exported as docxsift._core._CORE_PROPERTIES).
inline constexpr NamedField<CoreProperties, Index> kCorePropertyFields[] = {
    {"title", &CoreProperties::title},
    {"subject", &CoreProperties::subject},
    {"author", &CoreProperties::author},
    {"keywords", &CoreProperties::keywords},
    {"comments", &CoreProperties::comments},
    {"category", &CoreProperties::category},
    {"last_modified_by", &CoreProperties::last_modified_by},
    {"revision", &CoreProperties::revision},
    {"created", &CoreProperties::created},
    {"modified", &CoreProperties::modified},
    {"last_printed", &CoreProperties::last_printed},
    {"language", &CoreProperties::language},
    {"identifier", &CoreProperties::identifier},
    {"version", &CoreProperties::version},
    {"content_status", &CoreProperties::content_status},
};

// The suffix Word draws after a list label (w:suff).
enum class ListSuffix : std::uint8_t { Tab, Space, Nothing };

// The list label of one paragraph as Word draws it (computed from
// numbering.xml once every story is read). label == kNone: not numbered.
struct ListLabel {
  Index label = kNone;     // the label text (strings), e.g. "1.2." or "（一）"
  std::int8_t level = -1;  // w:ilvl in effect, 0-8
  ListSuffix suffix = ListSuffix::Tab;
};

// The pages a body paragraph lies on, as Word last paginated the file (see
// docs/chunks.md "Page numbers"): 1-based; 0 for paragraphs outside the body.
struct PageSpan {
  std::uint32_t first = 0;            // the page of the paragraph's first character
  std::uint32_t last = 0;             // the page of its end
  std::uint32_t rendered_breaks = 0;  // w:lastRenderedPageBreak elements inside it
};

// --- pictures, embedded objects, charts (docs/images.md) ------------------

// How a picture is drawn: DrawingML (a:blip in w:drawing) or VML (v:imagedata
// in w:pict / w:object).
enum class ImageMarkup : std::uint8_t { DrawingML, Vml };

// What a wp:inline / wp:anchor holds, with python-docx's WD_INLINE_SHAPE
// meaning: a picture, a linked picture, a chart, SmartArt or something else.
enum class DrawingType : std::uint8_t { Picture, LinkedPicture, Chart, SmartArt, Other };

// One wp:inline or wp:anchor (DrawingML object placed in a run).
struct Drawing {
  Index paragraph = kNone;  // the anchoring paragraph
  Index story = kNone;
  std::int64_t width = -1;  // wp:extent/@cx, EMU; -1 unknown
  std::int64_t height = -1;
  Index name = kNone;      // wp:docPr/@name (strings)
  Index alt_text = kNone;  // wp:docPr/@descr
  Index title = kNone;     // wp:docPr/@title
  DrawingType type = DrawingType::Other;
  bool is_inline = true;  // wp:inline (else wp:anchor)
};

// One picture reference. The same media part used twice is two rows with the
// same part. Strings are indexes into Document::strings.
struct Image {
  Index paragraph = kNone;  // the anchoring paragraph (kNone outside any)
  Index story = kNone;
  Index drawing = kNone;       // into Document::drawings (DrawingML only)
  Index part = kNone;          // "word/media/image1.png"; kNone if not embedded or missing
  Index source_part = kNone;   // the part whose relationships name it ("word/header1.xml")
  Index rel_id = kNone;        // r:embed / r:id as written
  Index content_type = kNone;  // from [Content_Types].xml
  Index url = kNone;           // r:link (or an external r:id) target: a linked picture
  Index alt_text = kNone;      // wp:docPr/@descr, v:shape/@alt
  Index title = kNone;         // wp:docPr/@title, v:imagedata/@o:title
  std::int64_t width = -1;     // EMU; -1 unknown
  std::int64_t height = -1;
  std::uint32_t offset = 0;  // byte offset in the paragraph's text where it stands
  ImageMarkup markup = ImageMarkup::DrawingML;
  bool is_inline = true;  // wp:inline or a VML shape without absolute position
  bool missing = false;   // a relationship id that names no part in the package
};

enum class EmbeddedKind : std::uint8_t { OleObject, Package, Chart, AltChunk };

// An embedded object (OLE object, embedded package, chart, altChunk), never opened
// beyond what is documented (a chart's title and series names).
struct Embedded {
  EmbeddedKind kind = EmbeddedKind::OleObject;
  Index paragraph = kNone;  // kNone for an altChunk (a block of its own)
  Index story = kNone;
  Index part = kNone;  // strings; kNone when linked or missing
  Index source_part = kNone;
  Index rel_id = kNone;
  Index content_type = kNone;
  Index prog_id = kNone;     // o:OLEObject/@ProgID ("Excel.Sheet.12")
  Index url = kNone;         // external target (a linked OLE object)
  Index title = kNone;       // chart title text
  Range series;              // chart series names, into Document::chart_series
  std::uint32_t offset = 0;  // byte offset in the paragraph's text
  bool missing = false;
};

class Document {
 public:
  // --- rows --------------------------------------------------------------
  std::vector<Story> stories;
  std::vector<BlockRef> block_refs;
  std::vector<Paragraph> paragraphs;
  std::vector<Run> runs;
  std::vector<RunProps> run_props{RunProps{}};
  std::vector<ParagraphFormat> paragraph_formats{ParagraphFormat{}};
  std::vector<Hyperlink> hyperlinks;
  std::vector<Table> tables;
  std::vector<Row> rows;
  std::vector<Cell> cells;
  std::vector<std::int32_t> grid_widths;  // w:gridCol/@w:w, twips; kUnsetTwips when absent
  std::vector<NoteRef> note_refs;
  std::vector<Index> comment_refs;  // comment ids (strings)
  std::vector<Note> notes;
  std::vector<Comment> comments;
  std::vector<Section> sections;
  std::vector<Style> styles;
  CoreProperties core;
  Index body = kNone;       // the body story
  Index main_part = kNone;  // e.g. "word/document.xml" (strings)

  // --- text and strings --------------------------------------------------
  std::string arena;                 // all visible text, UTF-8
  std::vector<std::string> strings;  // interned attribute values; see string()

  std::string_view text(TextRef ref) const { return {arena.data() + ref.offset, ref.size}; }
  std::string_view string(Index index) const {
    return index == kNone ? std::string_view{} : std::string_view{strings[index]};
  }
  std::optional<std::string_view> optional_string(Index index) const {
    if (index == kNone) return std::nullopt;
    return std::string_view{strings[index]};
  }

  // --- list labels -------------------------------------------------------
  // Parallel to paragraphs; empty when the document has no numbering part.
  std::vector<ListLabel> list_labels;
  const ListLabel* list_label(Index paragraph) const {
    if (paragraph >= list_labels.size() || list_labels[paragraph].label == kNone) return nullptr;
    return &list_labels[paragraph];
  }

  // --- pages (wml/pages.cpp) ---------------------------------------------
  // Parallel to paragraphs; empty when the body holds no w:lastRenderedPageBreak
  // (no rendering information: pages are unknown, not guessed).
  std::vector<PageSpan> paragraph_pages;
  const PageSpan* pages(Index paragraph) const {
    if (paragraph >= paragraph_pages.size() || paragraph_pages[paragraph].first == 0) return nullptr;
    return &paragraph_pages[paragraph];
  }

  // --- style resolution (see effective.hpp) ------------------------------
  Index default_run_props = 0;  // w:docDefaults/w:rPrDefault/w:rPr, into run_props
  // Theme fonts (theme1.xml a:fontScheme) that w:rFonts/@w:*Theme names refer
  // to; East Asian ones already chosen by w:themeFontLang. Strings; kNone unknown.
  Index theme_major_latin = kNone, theme_minor_latin = kNone;
  Index theme_major_east_asia = kNone, theme_minor_east_asia = kNone;
  // The innermost table holding each paragraph (kNone outside tables), for
  // table-style formatting; filled by model::link_styles after reading.
  std::vector<Index> paragraph_tables;

  // --- equations (Office Math as LaTeX) ----------------------------------
  std::vector<Equation> equations;
  // --- pictures and embedded objects (docs/images.md) --------------------
  // Every story's, in reading order: the body first, then headers and
  // footers, footnotes, endnotes and comments, as the parts are read.
  std::vector<Drawing> drawings;
  std::vector<Image> images;
  std::vector<Embedded> embedded;
  std::vector<Index> chart_series;  // strings
  // Where part bytes are read from after open (Image.blob); null when the
  // document has nothing to read lazily.
  std::shared_ptr<const PartSource> source;
};

}  // namespace docxsift::model
