#include <algorithm>
#include <cstdlib>
#include <memory>
#include <string>
#include <utility>
#include <vector>

#include "docxsift/errors.hpp"
#include "opc/detail_xml.hpp"
#include "wml/detail_names.hpp"
#include "wml/detail_part_memo.hpp"
#include "wml/detail_parts.hpp"
#include "wml/detail_properties.hpp"
#include "wml/detail_styles_fragment.hpp"

namespace docxsift::wml::detail {
namespace {

bool is_on(std::string_view v) { return v == "1" || v == "true" || v == "on"; }

// One a:majorFont or a:minorFont of a theme, as written.
struct ThemeFont {
  bool major = false;
  std::vector<std::string> latin;                              // each non-empty a:latin typeface, in order
  std::string east_asia;                                       // the last a:ea typeface
  std::vector<std::pair<std::string, std::string>> by_script;  // a:font (script, typeface)
};

// One w:style element -> a Style row.
model::Style read_style(Names& names, model::Builder& builder, const pugi::xml_node& node) {
  model::Style style;
  // One pass over the attributes (the first of duplicates wins, as wattr).
  std::string_view style_id, type, is_default, custom;
  bool seen[4] = {false, false, false, false};
  for (pugi::xml_attribute a = node.first_attribute(); a; a = a.next_attribute()) {
    std::string_view local = names.w_local_name(a);
    int which = local == "styleId" ? 0 : local == "type" ? 1 : local == "default" ? 2 : local == "customStyle" ? 3 : -1;
    if (which < 0 || seen[which]) continue;
    seen[which] = true;
    std::string_view* slots[] = {&style_id, &type, &is_default, &custom};
    *slots[which] = a.value();
  }
  style.style_id = builder.intern(style_id);
  style.type = type == "character"   ? model::StyleType::Character
               : type == "table"     ? model::StyleType::Table
               : type == "numbering" ? model::StyleType::Numbering
                                     : model::StyleType::Paragraph;
  style.is_default = is_on(is_default);
  style.custom = is_on(custom);
  for (pugi::xml_node c = node.first_child(); c; c = c.next_sibling()) {
    if (c.type() != pugi::node_element) continue;
    names.enter(c);
    std::string_view local = opc::detail::local_name(c.name());
    if (local == "name") {
      style.name = builder.intern(names.wattr(c, "val").value());
    } else if (local == "basedOn") {
      style.base = builder.intern(names.wattr(c, "val").value());
    } else if (local == "pPr") {
      ParagraphProps p = read_ppr(names, builder, c);
      style.outline_level = p.outline_level;
      style.numbering = p.numbering;
      style.alignment = p.alignment;
      style.paragraph_format = p.format;
    } else if (local == "rPr") {
      style.run_props = builder.intern_props(read_rpr(names, builder, c).props);
    } else if (local == "uiPriority") {
      style.priority =
          static_cast<std::int32_t>(std::clamp(std::strtol(names.wattr(c, "val").value(), nullptr, 10), -1L, 1000000L));
    } else if (local == "semiHidden") {
      style.hidden = on_off(names, c) == model::Tri::On;
    } else if (local == "qFormat") {
      style.quick_style = on_off(names, c) == model::Tri::On;
    } else if (local == "unhideWhenUsed") {
      style.unhide_when_used = on_off(names, c) == model::Tri::On;
    } else if (local == "locked") {
      style.locked = on_off(names, c) == model::Tri::On;
    }
    names.leave(c);
  }
  return style;
}

// w:docDefaults/w:rPrDefault/w:rPr -> the interned default run properties.
model::Index read_doc_defaults(Names& names, model::Builder& builder, const pugi::xml_node& defaults) {
  model::Index out = 0;
  for (pugi::xml_node d = defaults.first_child(); d; d = d.next_sibling()) {
    if (d.type() != pugi::node_element) continue;
    names.enter(d);
    if (opc::detail::local_name(d.name()) == "rPrDefault") {
      for (pugi::xml_node r = d.first_child(); r; r = r.next_sibling()) {
        if (r.type() != pugi::node_element) continue;
        names.enter(r);
        if (opc::detail::local_name(r.name()) == "rPr") {
          out = builder.intern_props(read_rpr(names, builder, r).props);
        }
        names.leave(r);
      }
    }
    names.leave(d);
  }
  return out;
}

// What was read from the styles, theme and settings of recent documents
// (detail_part_memo.hpp). Cleared by forget_reused_parts().
struct Memos {
  PartMemo<std::string> settings;  // w:themeFontLang/@w:eastAsia
  PartMemo<std::vector<ThemeFont>> theme;
  PartMemo<StylesFragment> styles;
};

Memos& memos() {
  static Memos& memos = *new Memos;  // never destroyed: threads may read at exit
  return memos;
}

// The theme's script name for an East Asian language tag (w:themeFontLang/@w:eastAsia).
std::string_view script_of_language(std::string_view lang) {
  if (lang.starts_with("zh")) {
    return lang == "zh-TW" || lang == "zh-HK" || lang == "zh-MO" ? "Hant" : "Hans";
  }
  if (lang.starts_with("ja")) return "Jpan";
  if (lang.starts_with("ko")) return "Hang";
  return {};
}

// w:themeFontLang/@w:eastAsia from settings.xml: which a:font script the
// theme's East Asian font means when a:ea is empty (as in most CJK templates).
std::string east_asian_theme_language(opc::Package& package, const std::string& main_part) {
  const std::string& part = package.related_part(main_part, "settings");
  if (part.empty()) return {};
  auto read = [&package](std::string& bytes) {
    pugi::xml_document xml;
    // Only w:themeFontLang is read: the revision ids are left unparsed.
    opc::detail::parse_part_unread(xml, bytes, "settings", package.limits(), {"rsids"});
    Names names;
    pugi::xml_node root = xml.document_element();
    names.enter(root);
    auto out = std::make_shared<std::string>();
    for (pugi::xml_node c = root.first_child(); c; c = c.next_sibling()) {
      if (c.type() != pugi::node_element) continue;
      names.enter(c);
      if (opc::detail::local_name(c.name()) == "themeFontLang") *out = names.wattr(c, "eastAsia").value();
      names.leave(c);
    }
    return std::pair{std::shared_ptr<const std::string>(out), out->size()};
  };
  try {
    auto language = read_through(memos().settings, package, part, read);
    return language ? *language : std::string();
  } catch (const XmlError&) {
    return {};  // settings only refine fonts; never fail the document for them
  }
}

// a:majorFont / a:minorFont as written: every non-empty a:latin typeface, the
// last a:ea typeface, and each a:font's (script, typeface).
std::vector<ThemeFont> read_theme_fonts(const pugi::xml_document& xml) {
  std::vector<ThemeFont> fonts;
  // a:theme/a:themeElements/a:fontScheme/{a:majorFont,a:minorFont}: fixed depth, no recursion.
  for (pugi::xml_node elements = xml.document_element().first_child(); elements; elements = elements.next_sibling()) {
    if (opc::detail::local_name(elements.name()) != "themeElements") continue;
    for (pugi::xml_node scheme = elements.first_child(); scheme; scheme = scheme.next_sibling()) {
      if (opc::detail::local_name(scheme.name()) != "fontScheme") continue;
      for (pugi::xml_node font = scheme.first_child(); font; font = font.next_sibling()) {
        std::string_view local = opc::detail::local_name(font.name());
        if (local != "majorFont" && local != "minorFont") continue;
        ThemeFont& out = fonts.emplace_back();
        out.major = local == "majorFont";
        for (pugi::xml_node c = font.first_child(); c; c = c.next_sibling()) {
          if (c.type() != pugi::node_element) continue;
          std::string_view name = opc::detail::local_name(c.name());
          std::string_view face = c.attribute("typeface").value();
          if (name == "latin" && !face.empty()) out.latin.emplace_back(face);
          else if (name == "ea") out.east_asia = face;
          else if (name == "font") out.by_script.emplace_back(c.attribute("script").value(), face);
        }
      }
    }
  }
  return fonts;
}

std::size_t bytes_of(const std::vector<ThemeFont>& fonts) {
  std::size_t total = fonts.size() * sizeof(ThemeFont);
  for (const ThemeFont& f : fonts) {
    for (const std::string& s : f.latin) total += sizeof s + s.size();
    total += f.east_asia.size();
    for (const auto& [script, face] : f.by_script) total += 2 * sizeof script + script.size() + face.size();
  }
  return total;
}

// The theme's fonts into the document: its latin typeface, and its East
// Asian one (a:ea, or else the a:font for the script of `script`).
void apply_theme_fonts(model::Builder& builder, const std::vector<ThemeFont>& fonts, std::string_view script) {
  model::Document& doc = builder.doc();
  for (const ThemeFont& font : fonts) {
    model::Index& latin = font.major ? doc.theme_major_latin : doc.theme_minor_latin;
    model::Index& east_asia = font.major ? doc.theme_major_east_asia : doc.theme_minor_east_asia;
    for (const std::string& face : font.latin) latin = builder.intern(face);
    std::string_view by_script;
    for (const auto& [font_script, face] : font.by_script) {
      if (!script.empty() && font_script == script) by_script = face;
    }
    if (!font.east_asia.empty()) east_asia = builder.intern(font.east_asia);
    else if (!by_script.empty()) east_asia = builder.intern(by_script);
  }
}

void read_theme(model::Builder& builder, opc::Package& package, const std::string& main_part) {
  const std::string& part = package.related_part(main_part, "theme");
  if (part.empty()) return;
  std::shared_ptr<const std::vector<ThemeFont>> fonts;
  try {
    fonts = read_through(memos().theme, package, part, [&package](std::string& bytes) {
      pugi::xml_document xml;
      // Only a:fontScheme is read: colours and formats are left unparsed.
      opc::detail::parse_part_unread(xml, bytes, "theme", package.limits(), {"fmtScheme", "clrScheme"});
      auto read = std::make_shared<const std::vector<ThemeFont>>(read_theme_fonts(xml));
      return std::pair{read, bytes_of(*read)};
    });
  } catch (const XmlError&) {
    return;  // theme fonts stay unresolved
  }
  if (!fonts) return;
  std::string_view script = script_of_language(east_asian_theme_language(package, main_part));
  apply_theme_fonts(builder, *fonts, script);
}

// styles.xml read into a scratch Builder and detached from it.
StylesFragment read_styles_part(std::string& bytes, const std::string& part, const Limits& limits) {
  pugi::xml_document xml;
  // w:latentStyles (half the bytes of a Word styles.xml) is never read.
  opc::detail::parse_part_unread(xml, bytes, part, limits, {"latentStyles"});
  model::Builder scratch(limits);
  Names names;
  pugi::xml_node root = xml.document_element();
  names.enter(root);
  model::Document& doc = scratch.doc();
  for (pugi::xml_node node = root.first_child(); node; node = node.next_sibling()) {
    if (node.type() != pugi::node_element) continue;
    names.enter(node);
    if (names.ns_of(node) == Ns::W) {
      std::string_view local = opc::detail::local_name(node.name());
      if (local == "style") doc.styles.push_back(read_style(names, scratch, node));
      else if (local == "docDefaults") doc.default_run_props = read_doc_defaults(names, scratch, node);
    }
    names.leave(node);
  }
  return detach_styles(scratch);
}

}  // namespace

void forget_reused_styles() {
  Memos& all = memos();
  all.settings.clear();
  all.theme.clear();
  all.styles.clear();
}

void read_styles(model::Builder& builder, opc::Package& package, const std::string& main_part) {
  read_theme(builder, package, main_part);
  const std::string& part = package.related_part(main_part, "styles");
  if (part.empty()) return;
  auto fragment = read_through(memos().styles, package, part, [&](std::string& bytes) {
    auto read = std::make_shared<const StylesFragment>(read_styles_part(bytes, part, package.limits()));
    return std::pair{read, read->bytes()};
  });
  if (fragment) merge_styles(builder, *fragment);
}

void read_core_properties(model::Builder& builder, opc::Package& package) {
  const std::string& part = package.related_part("", "core-properties");
  if (part.empty()) return;
  auto bytes = package.read(part);
  if (!bytes) return;
  pugi::xml_document xml;
  try {
    opc::detail::parse_part(xml, *bytes, part, package.limits());
  } catch (const XmlError&) {
    return;  // broken metadata never stops a document from opening
  }
  model::CoreProperties& core = builder.doc().core;
  for (pugi::xml_node c = xml.document_element().first_child(); c; c = c.next_sibling()) {
    if (c.type() != pugi::node_element) continue;
    std::string_view local = opc::detail::local_name(c.name());
    model::Index value = builder.intern(c.child_value());
    if (local == "title") core.title = value;
    else if (local == "subject") core.subject = value;
    else if (local == "creator") core.author = value;
    else if (local == "keywords") core.keywords = value;
    else if (local == "description") core.comments = value;
    else if (local == "category") core.category = value;
    else if (local == "lastModifiedBy") core.last_modified_by = value;
    else if (local == "revision") core.revision = value;
    else if (local == "created") core.created = value;
    else if (local == "modified") core.modified = value;
    else if (local == "lastPrinted") core.last_printed = value;
    else if (local == "language") core.language = value;
    else if (local == "identifier") core.identifier = value;
    else if (local == "version") core.version = value;
    else if (local == "contentStatus") core.content_status = value;
  }
}

}  // namespace docxsift::wml::detail
