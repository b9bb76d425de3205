// Effective run formatting: what Word renders for a run once docDefaults,
// the table style, the paragraph and character style chains and direct
// formatting are combined (ECMA-376 §17.7.2), toggle properties included
// (§17.7.3).
#pragma once

#include <cstdint>
#include <string_view>

#include "docxsift/model.hpp"

namespace docxsift::model {

struct EffectiveRunFormat {
  // Toggle properties (w:b, w:i, w:strike, w:dstrike, w:caps, w:smallCaps,
  // w:vanish): each style level (table, paragraph, character) that turns one
  // on flips it; direct formatting sets it absolutely.
  bool bold = false;
  bool italic = false;
  bool strike = false;
  bool double_strike = false;
  bool caps = false;
  bool small_caps = false;
  bool hidden = false;
  bool underline = false;              // w:u with any style but "none"
  Index underline_style = kNone;       // w:u/@w:val as written ("single", "double", ...)
  Index font_ascii = kNone;            // typeface for ASCII text (strings); themes resolved
  Index font_hansi = kNone;            // typeface for other Latin text
  Index font_east_asia = kNone;        // typeface for CJK text ("仿宋_GB2312")
  Index font_theme = kNone;            // w:asciiTheme name when the theme could not resolve it
  Index font_east_asia_theme = kNone;  // w:eastAsiaTheme name when unresolved
  std::int32_t size_half_points = 20;  // Word's default is 10 pt when nothing sets w:sz
  Index color = kNone;                 // "RRGGBB" or "auto" as written (strings)
  Index highlight = kNone;             // "yellow" ... ; "none" is reported as kNone
  VerticalAlign vertical_align = VerticalAlign::Baseline;
};

// The formatting Word renders for one run. Style cycles and dangling
// w:basedOn / w:pStyle / w:rStyle references are harmless: walks are bounded
// and unknown styles contribute nothing (an unknown paragraph style means the
// default paragraph style, as in Word and python-docx).
EffectiveRunFormat effective_run_format(const Document& doc, Index run);

// The same resolution for a reader that has no Run row yet (e.g. to decide
// whether text is hidden through a style while reading): `pstyle_id` is the
// paragraph's w:pStyle (strings, kNone if absent), `tblstyle_id` the
// w:tblStyle of the innermost table when `in_table`, `run_props` the run's
// interned direct properties. Needs Document::styles (read before stories).
EffectiveRunFormat resolve_run_format(const Document& doc, Index pstyle_id, bool in_table, Index tblstyle_id,
                                      Index run_props);

// The style Word applies to a paragraph: its w:pStyle when that names a
// paragraph style, else the document's default paragraph style; kNone if none.
Index paragraph_style(const Document& doc, Index paragraph);
Index paragraph_style_with_id(const Document& doc, Index pstyle_id);

// The default style of a type (the last w:default="1" style of that type, as
// python-docx picks it), or kNone.
Index default_style(const Document& doc, StyleType type);

// Style names as users see them: python-docx's built-in aliases ("heading 1"
// -> "Heading 1", "caption", "header", "footer"); any other name unchanged.
std::string_view ui_style_name(std::string_view internal_name);
std::string_view internal_style_name(std::string_view ui_name);
// The first style whose (UI) name is `ui_name`, or kNone.
Index find_style_by_name(const Document& doc, std::string_view ui_name);

// Post-pass once every part is read: fills Document::paragraph_tables.
void link_styles(Document& doc);

}  // namespace docxsift::model
