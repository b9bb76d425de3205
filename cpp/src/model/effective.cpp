#include "docxsift/effective.hpp"

#include <algorithm>
#include <iterator>
#include <string_view>
#include <utility>
#include <vector>

namespace docxsift::model {
namespace {

// basedOn chains longer than this are cycles or hostile input: styles Word
// writes are a handful of levels deep.
constexpr std::size_t kMaxChain = 64;

// Style ids are interned, so equal ids are equal string indexes.
Index style_with_id(const Document& doc, Index id) {
  if (id == kNone) return kNone;
  for (Index i = 0; i < doc.styles.size(); ++i) {
    if (doc.styles[i].style_id == id) return i;
  }
  return kNone;
}

// The run properties of a style and its basedOn ancestors, base first, so
// that applying them in order lets a derived style override its bases.
std::vector<Index> style_chain(const Document& doc, Index style) {
  std::vector<Index> seen;
  while (style != kNone && seen.size() < kMaxChain && std::find(seen.begin(), seen.end(), style) == seen.end()) {
    seen.push_back(style);
    style = style_with_id(doc, doc.styles[style].base);
  }
  std::vector<Index> props;
  props.reserve(seen.size());
  for (auto it = seen.rbegin(); it != seen.rend(); ++it) props.push_back(doc.styles[*it].run_props);
  return props;
}

// One font slot (ascii, hAnsi or eastAsia) as the nearest rPr that sets it
// wrote it: a theme name beats a typeface written beside it (§17.3.2.26).
struct FontSlot {
  Index face = kNone;
  Index theme = kNone;
};

void apply_font(FontSlot& slot, Index face, Index theme) {
  if (face == kNone && theme == kNone) return;
  slot = {face, theme};
}

// Non-toggle properties: the last layer applied that sets one wins.
struct Plain {
  Tri underline = Tri::Unset;
  Index underline_style = kNone;
  FontSlot ascii, hansi, east_asia;
  std::int32_t size_half_points = -1;
  Index color = kNone;
  Index highlight = kNone;
  VerticalAlign vertical_align = VerticalAlign::Unset;

  void apply(const RunProps& p) {
    if (p.underline != Tri::Unset) {
      underline = p.underline;
      underline_style = p.underline_style;
    }
    apply_font(ascii, p.font_ascii, p.font_ascii_theme);
    apply_font(hansi, p.font_hansi, p.font_hansi_theme);
    apply_font(east_asia, p.font_east_asia, p.font_east_asia_theme);
    if (p.size_half_points > 0) size_half_points = p.size_half_points;
    if (p.color != kNone) color = p.color;
    if (p.highlight != kNone) highlight = p.highlight;
    if (p.vertical_align != VerticalAlign::Unset) vertical_align = p.vertical_align;
  }
};

struct Toggle {
  Tri RunProps::* in;
  bool EffectiveRunFormat::* out;
};

// w:dstrike is listed with the toggles by the brief and by most readers.
constexpr Toggle kToggles[] = {
    {&RunProps::bold, &EffectiveRunFormat::bold},     {&RunProps::italic, &EffectiveRunFormat::italic},
    {&RunProps::strike, &EffectiveRunFormat::strike}, {&RunProps::double_strike, &EffectiveRunFormat::double_strike},
    {&RunProps::caps, &EffectiveRunFormat::caps},     {&RunProps::small_caps, &EffectiveRunFormat::small_caps},
    {&RunProps::hidden, &EffectiveRunFormat::hidden},
};

// A toggle's value at one style level: inside a basedOn chain the nearest
// style that writes it decides, as with every inherited property.
Tri level_value(const Document& doc, const std::vector<Index>& chain, Tri RunProps::* member) {
  Tri out = Tri::Unset;
  for (Index props : chain) {
    Tri v = doc.run_props[props].*member;
    if (v != Tri::Unset) out = v;
  }
  return out;
}

// A theme font name of w:rFonts ("minorEastAsia") -> the typeface, or kNone.
Index theme_face(const Document& doc, std::string_view theme) {
  if (theme == "majorAscii" || theme == "majorHAnsi") return doc.theme_major_latin;
  if (theme == "minorAscii" || theme == "minorHAnsi") return doc.theme_minor_latin;
  if (theme == "majorEastAsia") return doc.theme_major_east_asia;
  if (theme == "minorEastAsia") return doc.theme_minor_east_asia;
  return kNone;  // majorBidi/minorBidi: complex-script fonts are not exposed
}

// The typeface of a slot; when its theme font is unknown, the typeface
// written beside it, and the theme name is reported through `unresolved`.
Index resolve_font(const Document& doc, const FontSlot& slot, Index& unresolved) {
  if (slot.theme == kNone) return slot.face;
  Index face = theme_face(doc, doc.string(slot.theme));
  if (face != kNone) return face;
  unresolved = slot.theme;
  return slot.face;
}

// python-docx's BabelFish table: (UI name, name in styles.xml).
constexpr std::pair<std::string_view, std::string_view> kStyleAliases[] = {
    {"Caption", "caption"},     {"Footer", "footer"},       {"Header", "header"},       {"Heading 1", "heading 1"},
    {"Heading 2", "heading 2"}, {"Heading 3", "heading 3"}, {"Heading 4", "heading 4"}, {"Heading 5", "heading 5"},
    {"Heading 6", "heading 6"}, {"Heading 7", "heading 7"}, {"Heading 8", "heading 8"}, {"Heading 9", "heading 9"},
};

}  // namespace

std::string_view ui_style_name(std::string_view internal_name) {
  for (const auto& [ui, internal] : kStyleAliases) {
    if (internal == internal_name) return ui;
  }
  return internal_name;
}

std::string_view internal_style_name(std::string_view ui_name) {
  for (const auto& [ui, internal] : kStyleAliases) {
    if (ui == ui_name) return internal;
  }
  return ui_name;
}

Index find_style_by_name(const Document& doc, std::string_view ui_name) {
  std::string_view internal = internal_style_name(ui_name);
  for (Index i = 0; i < doc.styles.size(); ++i) {
    if (doc.styles[i].name != kNone && doc.string(doc.styles[i].name) == internal) return i;
  }
  return kNone;
}

Index default_style(const Document& doc, StyleType type) {
  Index out = kNone;
  for (Index i = 0; i < doc.styles.size(); ++i) {
    if (doc.styles[i].type == type && doc.styles[i].is_default) out = i;
  }
  return out;
}

Index paragraph_style(const Document& doc, Index paragraph) {
  return paragraph_style_with_id(doc, doc.paragraphs.at(paragraph).style);
}

Index paragraph_style_with_id(const Document& doc, Index pstyle_id) {
  Index style = style_with_id(doc, pstyle_id);
  if (style != kNone && doc.styles[style].type == StyleType::Paragraph) return style;
  return default_style(doc, StyleType::Paragraph);
}

EffectiveRunFormat effective_run_format(const Document& doc, Index run) {
  const Run& r = doc.runs.at(run);
  if (r.paragraph == kNone) return resolve_run_format(doc, kNone, false, kNone, r.props);
  Index table = r.paragraph < doc.paragraph_tables.size() ? doc.paragraph_tables[r.paragraph] : kNone;
  return resolve_run_format(doc, doc.paragraphs[r.paragraph].style, table != kNone,
                            table != kNone ? doc.tables[table].style : kNone, r.props);
}

EffectiveRunFormat resolve_run_format(const Document& doc, Index pstyle_id, bool in_table, Index tblstyle_id,
                                      Index run_props) {
  const RunProps& direct = doc.run_props.at(run_props);
  Index para_style = paragraph_style_with_id(doc, pstyle_id);
  Index table_style = kNone;
  if (in_table) {
    table_style = style_with_id(doc, tblstyle_id);
    if (table_style == kNone || doc.styles[table_style].type != StyleType::Table) {
      table_style = default_style(doc, StyleType::Table);
    }
  }
  Index char_style = style_with_id(doc, direct.style);
  if (char_style != kNone && doc.styles[char_style].type != StyleType::Character) char_style = kNone;

  const std::vector<Index> table_chain = style_chain(doc, table_style);
  const std::vector<Index> para_chain = style_chain(doc, para_style);
  const std::vector<Index> char_chain = style_chain(doc, char_style);

  Plain plain;
  plain.apply(doc.run_props[doc.default_run_props]);
  // Word lets a table style override the default paragraph style ("Normal")
  // but not any other paragraph style, so for Normal text the table comes later.
  bool table_beats_paragraph = para_style != kNone && para_style == default_style(doc, StyleType::Paragraph);
  const std::vector<Index>& lower = table_beats_paragraph ? para_chain : table_chain;
  const std::vector<Index>& upper = table_beats_paragraph ? table_chain : para_chain;
  for (Index props : lower) plain.apply(doc.run_props[props]);
  for (Index props : upper) plain.apply(doc.run_props[props]);
  for (Index props : char_chain) plain.apply(doc.run_props[props]);
  plain.apply(direct);

  EffectiveRunFormat out;
  for (const Toggle& t : kToggles) {
    bool state = doc.run_props[doc.default_run_props].*t.in == Tri::On;
    // Style levels flip the state: a paragraph style and a character style
    // that both turn bold on give regular text (§17.7.3); "off" leaves it.
    for (const std::vector<Index>* chain : {&table_chain, &para_chain, &char_chain}) {
      if (level_value(doc, *chain, t.in) == Tri::On) state = !state;
    }
    if (direct.*t.in != Tri::Unset) state = direct.*t.in == Tri::On;
    out.*t.out = state;
  }
  out.underline = plain.underline == Tri::On;
  out.underline_style = plain.underline_style;
  out.font_ascii = resolve_font(doc, plain.ascii, out.font_theme);
  out.font_hansi = resolve_font(doc, plain.hansi, out.font_theme);
  out.font_east_asia = resolve_font(doc, plain.east_asia, out.font_east_asia_theme);
  if (plain.size_half_points > 0) out.size_half_points = plain.size_half_points;
  out.color = plain.color;
  if (plain.highlight != kNone && doc.string(plain.highlight) != "none") out.highlight = plain.highlight;
  if (plain.vertical_align != VerticalAlign::Unset) out.vertical_align = plain.vertical_align;
  return out;
}

void link_styles(Document& doc) {
  doc.paragraph_tables.assign(doc.paragraphs.size(), kNone);
  // A cell's own paragraphs belong to its table; paragraphs of nested tables
  // are in the nested cells' ranges, so the innermost table wins.
  for (const Cell& cell : doc.cells) {
    if (cell.row == kNone || cell.row >= doc.rows.size()) continue;
    Index table = doc.rows[cell.row].table;
    for (Index b = cell.blocks.first; b < cell.blocks.end() && b < doc.block_refs.size(); ++b) {
      const BlockRef& block = doc.block_refs[b];
      if (block.kind == BlockKind::Paragraph && block.index < doc.paragraph_tables.size()) {
        doc.paragraph_tables[block.index] = table;
      }
    }
  }
}

}  // namespace docxsift::model
