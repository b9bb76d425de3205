#include <algorithm>
#include <cstdlib>
#include <limits>
#include <string>

#include "wml/detail_properties.hpp"

namespace docxsift::wml::detail {
namespace {

long to_long(std::string_view s, long fallback) {
  if (s.empty()) return fallback;
  // Nearly every value is a plain integer: read it without strtod's copy.
  std::size_t i = s[0] == '-' ? 1 : 0;
  if (i < s.size() && s.size() - i <= 12) {
    long v = 0;
    std::size_t k = i;
    for (; k < s.size() && s[k] >= '0' && s[k] <= '9'; ++k) v = v * 10 + (s[k] - '0');
    if (k == s.size()) return i == 1 ? -v : v;  // |v| < 10^12, inside the clamp below
  }
  std::string copy(s);
  char* end = nullptr;
  double v = std::strtod(copy.c_str(), &end);  // some writers put "24.0"
  if (end == copy.c_str()) return fallback;
  return static_cast<long>(std::clamp(v, -1e12, 1e12));
}

// ASCII case-insensitive prefix test; font names are compared the way Word
// matches them, and this runs for every w:rFonts.
bool starts_with_nocase(std::string_view s, std::string_view lower_prefix) {
  if (s.size() < lower_prefix.size()) return false;
  for (std::size_t i = 0; i < lower_prefix.size(); ++i) {
    char c = s[i];
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
    if (c != lower_prefix[i]) return false;
  }
  return true;
}

bool is_symbol_font(std::string_view font) {
  return starts_with_nocase(font, "symbol") || starts_with_nocase(font, "wingdings");
}

template <typename Fn>
void for_each_child(Names& names, const pugi::xml_node& parent, Fn&& fn) {
  for (pugi::xml_node c = parent.first_child(); c; c = c.next_sibling()) {
    if (c.type() != pugi::node_element) continue;
    names.enter(c);
    fn(names.token(c), c);
    names.leave(c);
  }
}

// A twips value as written; model::kUnsetTwips when empty or unreadable.
std::int32_t twips_value(std::string_view value) {
  constexpr long kUnread = std::numeric_limits<long>::min();
  long v = to_long(value, kUnread);
  if (v == kUnread) return model::kUnsetTwips;
  return static_cast<std::int32_t>(std::clamp(v, -31680000L, 31680000L));  // +-22000 inches
}

}  // namespace

model::Tri on_off(Names& names, const pugi::xml_node& node) {
  pugi::xml_attribute val = names.wattr(node, "val");
  if (!val) return model::Tri::On;
  std::string_view v = val.value();
  if (v == "0" || v == "false" || v == "off" || v == "none") return model::Tri::Off;
  return model::Tri::On;
}

model::Alignment parse_alignment(std::string_view v) {
  using model::Alignment;
  if (v == "left" || v == "start") return Alignment::Left;
  if (v == "center") return Alignment::Center;
  if (v == "right" || v == "end") return Alignment::Right;
  if (v == "both" || v == "justify" || v == "lowKashida" || v == "mediumKashida" || v == "highKashida" ||
      v == "thaiDistribute")
    return Alignment::Both;
  if (v == "distribute") return Alignment::Distribute;
  return Alignment::Unset;
}

RunPropsRead read_rpr(Names& names, model::Builder& b, const pugi::xml_node& rpr) {
  RunPropsRead out;
  model::RunProps& p = out.props;
  for_each_child(names, rpr, [&](El el, const pugi::xml_node& c) {
    switch (el) {
      case El::B: p.bold = on_off(names, c); break;
      case El::I: p.italic = on_off(names, c); break;
      case El::Strike: p.strike = on_off(names, c); break;
      case El::DStrike: p.double_strike = on_off(names, c); break;
      case El::Vanish: p.hidden = on_off(names, c); break;
      case El::Caps: p.caps = on_off(names, c); break;
      case El::SmallCaps: p.small_caps = on_off(names, c); break;
      case El::U: {
        std::string_view v = names.wattr(c, "val").value();
        // A w:u without w:val (Pages writes <w:u w:color=".."/>) sets no underline, as python-docx reads it.
        if (v.empty()) break;
        p.underline = (v == "none" || v == "0" || v == "false") ? model::Tri::Off : model::Tri::On;
        p.underline_style = b.intern(v);
        break;
      }
      case El::RStyle: p.style = b.intern(names.wattr(c, "val").value()); break;
      case El::RFonts: {
        // One pass over the attributes instead of a lookup per font slot.
        std::string_view ascii, hansi;
        unsigned seen = 0;  // within one element the first of duplicate attributes wins
        for (pugi::xml_attribute a = c.first_attribute(); a; a = a.next_attribute()) {
          std::string_view local = names.w_local_name(a);
          if (local.empty()) continue;
          int which = local == "ascii"           ? 0
                      : local == "hAnsi"         ? 1
                      : local == "eastAsia"      ? 2
                      : local == "cs"            ? 3
                      : local == "asciiTheme"    ? 4
                      : local == "hAnsiTheme"    ? 5
                      : local == "eastAsiaTheme" ? 6
                                                 : -1;
          if (which < 0 || (seen & (1u << which)) != 0) continue;
          seen |= 1u << which;
          model::Index* slots[] = {&p.font_ascii,       &p.font_hansi,       &p.font_east_asia,      &p.font_cs,
                                   &p.font_ascii_theme, &p.font_hansi_theme, &p.font_east_asia_theme};
          *slots[which] = b.intern(a.value());
          if (local == "ascii") ascii = a.value();
          if (local == "hAnsi") hansi = a.value();
        }
        if (is_symbol_font(ascii)) out.symbol_font = p.font_ascii;
        else if (is_symbol_font(hansi)) out.symbol_font = p.font_hansi;
        break;
      }
      case El::Sz:
        p.size_half_points =
            static_cast<std::int32_t>(std::clamp(to_long(names.wattr(c, "val").value(), -1), -1L, 100000L));
        break;
      case El::Color:
        if (auto a = names.wattr(c, "val")) p.color = b.intern(a.value());
        break;
      case El::Highlight:
        if (auto a = names.wattr(c, "val")) p.highlight = b.intern(a.value());
        break;
      case El::VertAlign: {
        std::string_view v = names.wattr(c, "val").value();
        p.vertical_align = v == "superscript" ? model::VerticalAlign::Superscript
                           : v == "subscript" ? model::VerticalAlign::Subscript
                                              : model::VerticalAlign::Baseline;
        break;
      }
      case El::Del:
      case El::MoveFrom: out.deleted = true; break;
      case El::Ins:
      case El::MoveTo: out.inserted = true; break;
      default: break;
    }
  });
  return out;
}

// A twips attribute of a paragraph property; kUnsetTwips when absent or unreadable.
std::int32_t twips_attr(Names& names, const pugi::xml_node& node, const char* name) {
  return twips_value(names.wattr(node, name).value());
}

namespace {

// w:ind as python-docx reads it (w:left/w:right; w:start/w:end, the names of
// ISO 29500 transitional, when those are absent); a hanging indent is negative.
// One pass over the attributes: w:ind and w:spacing are on most paragraphs.
void read_indents(Names& names, const pugi::xml_node& ind, model::ParagraphFormat& f) {
  std::int32_t left = model::kUnsetTwips, start = model::kUnsetTwips, right = model::kUnsetTwips,
               end = model::kUnsetTwips, hanging = model::kUnsetTwips, first_line = model::kUnsetTwips;
  for (pugi::xml_attribute a = ind.first_attribute(); a; a = a.next_attribute()) {
    std::string_view local = names.w_local_name(a);
    std::int32_t* slot = local == "left"        ? &left
                         : local == "start"     ? &start
                         : local == "right"     ? &right
                         : local == "end"       ? &end
                         : local == "hanging"   ? &hanging
                         : local == "firstLine" ? &first_line
                                                : nullptr;
    if (slot != nullptr && *slot == model::kUnsetTwips) *slot = twips_value(a.value());  // first wins
  }
  f.left_indent = left != model::kUnsetTwips ? left : start;
  f.right_indent = right != model::kUnsetTwips ? right : end;
  f.first_line_indent = hanging != model::kUnsetTwips ? -hanging : first_line;
}

void read_spacing(Names& names, const pugi::xml_node& spacing, model::ParagraphFormat& f) {
  std::string_view rule;
  bool rule_seen = false;
  for (pugi::xml_attribute a = spacing.first_attribute(); a; a = a.next_attribute()) {
    std::string_view local = names.w_local_name(a);
    std::int32_t* slot = local == "before"  ? &f.space_before
                         : local == "after" ? &f.space_after
                         : local == "line"  ? &f.line
                                            : nullptr;
    if (slot != nullptr && *slot == model::kUnsetTwips) *slot = twips_value(a.value());
    if (local == "lineRule" && !rule_seen) {
      rule = a.value();
      rule_seen = true;
    }
  }
  f.line_rule = rule == "exact"                                                    ? model::LineRule::Exact
                : rule == "atLeast"                                                ? model::LineRule::AtLeast
                : rule == "auto" || (rule.empty() && f.line != model::kUnsetTwips) ? model::LineRule::Auto
                                                                                   : model::LineRule::Unset;
}

}  // namespace

ParagraphProps read_ppr(Names& names, model::Builder& b, const pugi::xml_node& ppr) {
  ParagraphProps out;
  model::ParagraphFormat format;
  for_each_child(names, ppr, [&](El el, const pugi::xml_node& c) {
    switch (el) {
      case El::Ind: read_indents(names, c, format); break;
      case El::Spacing: read_spacing(names, c, format); break;
      case El::KeepLines: format.keep_together = on_off(names, c); break;
      case El::KeepNext: format.keep_with_next = on_off(names, c); break;
      case El::PageBreakBefore: format.page_break_before = on_off(names, c); break;
      case El::WidowControl: format.widow_control = on_off(names, c); break;
      case El::PStyle: out.style = b.intern(names.wattr(c, "val").value()); break;
      case El::NumPr:
        for_each_child(names, c, [&](El inner, const pugi::xml_node& n) {
          long v = to_long(names.wattr(n, "val").value(), -1);
          if (inner == El::NumId) out.numbering.num_id = static_cast<std::int32_t>(std::clamp(v, -1L, 1000000000L));
          if (inner == El::Ilvl) out.numbering.level = static_cast<std::int32_t>(std::clamp(v, -1L, 8L));
        });
        break;
      case El::Jc: out.alignment = parse_alignment(names.wattr(c, "val").value()); break;
      case El::OutlineLvl:
        out.outline_level = static_cast<std::int8_t>(std::clamp(to_long(names.wattr(c, "val").value(), 9), 0L, 9L));
        break;
      case El::RPr: {
        RunPropsRead mark = read_rpr(names, b, c);
        out.mark_props = b.intern_props(mark.props);
        out.mark_deleted = mark.deleted;
        out.mark_inserted = mark.inserted;
        break;
      }
      case El::SectPr: out.section = c; break;
      default: break;
    }
  });
  out.format = b.intern_paragraph_format(format);
  return out;
}

SectionProps read_sectpr(Names& names, model::Builder& b, const pugi::xml_node& sect) {
  SectionProps out;
  model::Section& s = out.section;
  for_each_child(names, sect, [&](El el, const pugi::xml_node& c) {
    switch (el) {
      case El::HeaderReference:
      case El::FooterReference: {
        HeaderFooterRef ref;
        ref.footer = el == El::FooterReference;
        std::string_view type = names.wattr(c, "type").value();
        ref.kind = type == "first"  ? model::HeaderFooterKind::First
                   : type == "even" ? model::HeaderFooterKind::Even
                                    : model::HeaderFooterKind::Default;
        ref.relationship_id = names.attr(c, Ns::R, "id").value();
        out.references.push_back(std::move(ref));
        break;
      }
      case El::PgSz:
        s.page_width = to_long(names.wattr(c, "w").value(), -1);
        s.page_height = to_long(names.wattr(c, "h").value(), -1);
        s.landscape = std::string_view(names.wattr(c, "orient").value()) == "landscape";
        break;
      case El::PgMar:
        s.margin_top = to_long(names.wattr(c, "top").value(), -1);
        s.margin_bottom = to_long(names.wattr(c, "bottom").value(), -1);
        s.margin_left = to_long(names.wattr(c, "left").value(), -1);
        s.margin_right = to_long(names.wattr(c, "right").value(), -1);
        s.margin_header = to_long(names.wattr(c, "header").value(), -1);
        s.margin_footer = to_long(names.wattr(c, "footer").value(), -1);
        s.margin_gutter = to_long(names.wattr(c, "gutter").value(), -1);
        break;
      case El::TitlePg: s.title_page = on_off(names, c) == model::Tri::On; break;
      case El::Type: s.start_type = b.intern(names.wattr(c, "val").value()); break;
      default: break;
    }
  });
  return out;
}

}  // namespace docxsift::wml::detail
