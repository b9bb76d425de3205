#include <string>

#include "docxsift/errors.hpp"
#include "opc/detail_xml.hpp"
#include "wml/detail_names.hpp"
#include "wml/detail_parts.hpp"
#include "wml/detail_properties.hpp"

namespace docxsift::wml::detail {
namespace {

bool is_on(std::string_view v) { return v == "1" || v == "true" || v == "on"; }

// One w:style element -> a Style row.
model::Style read_style(Names& names, Builder& builder, const pugi::xml_node& node) {
  model::Style style;
  style.style_id = builder.intern(names.wattr(node, "styleId").value());
  std::string_view type = names.wattr(node, "type").value();
  style.type = type == "character"   ? model::StyleType::Character
               : type == "table"     ? model::StyleType::Table
               : type == "numbering" ? model::StyleType::Numbering
                                     : model::StyleType::Paragraph;
  style.is_default = is_on(names.wattr(node, "default").value());
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
    } else if (local == "rPr") {
      style.run_props = builder.intern_props(read_rpr(names, builder, c).props);
    }
    names.leave(c);
  }
  return style;
}

// w:docDefaults/w:rPrDefault/w:rPr -> the interned default run properties.
model::Index read_doc_defaults(Names& names, Builder& builder, const pugi::xml_node& defaults) {
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

std::optional<std::string> read_optional_part(opc::Package& package, const std::string& source,
                                              std::string_view kind) {
  const opc::Relationship* rel = package.find_relationship(source, kind);
  if (rel == nullptr || rel->external || rel->part.empty()) return std::nullopt;
  return package.read(rel->part);
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
  auto bytes = read_optional_part(package, main_part, "settings");
  if (!bytes) return {};
  pugi::xml_document xml;
  try {
    // Only w:themeFontLang is read: the revision ids are left unparsed.
    opc::detail::parse_part_unread(xml, *bytes, "settings", package.limits(), {"rsids"});
  } catch (const XmlError&) {
    return {};  // settings only refine fonts; never fail the document for them
  }
  Names names;
  pugi::xml_node root = xml.document_element();
  names.enter(root);
  std::string out;
  for (pugi::xml_node c = root.first_child(); c; c = c.next_sibling()) {
    if (c.type() != pugi::node_element) continue;
    names.enter(c);
    if (opc::detail::local_name(c.name()) == "themeFontLang") out = names.wattr(c, "eastAsia").value();
    names.leave(c);
  }
  return out;
}

// a:majorFont / a:minorFont -> (latin, east asian) typefaces.
void read_theme_font(Builder& builder, const pugi::xml_node& font, std::string_view script,
                     model::Index& latin, model::Index& east_asia) {
  std::string_view ea;
  std::string_view by_script;
  for (pugi::xml_node c = font.first_child(); c; c = c.next_sibling()) {
    if (c.type() != pugi::node_element) continue;
    std::string_view local = opc::detail::local_name(c.name());
    std::string_view face = c.attribute("typeface").value();
    if (local == "latin" && !face.empty()) latin = builder.intern(face);
    else if (local == "ea") ea = face;
    else if (local == "font" && !script.empty() && script == c.attribute("script").value()) by_script = face;
  }
  if (!ea.empty()) east_asia = builder.intern(ea);
  else if (!by_script.empty()) east_asia = builder.intern(by_script);
}

void read_theme(Builder& builder, opc::Package& package, const std::string& main_part) {
  auto bytes = read_optional_part(package, main_part, "theme");
  if (!bytes) return;
  pugi::xml_document xml;
  try {
    // Only a:fontScheme is read: colours and formats are left unparsed.
    opc::detail::parse_part_unread(xml, *bytes, "theme", package.limits(),
                                   {"fmtScheme", "clrScheme"});
  } catch (const XmlError&) {
    return;  // theme fonts stay unresolved
  }
  std::string_view script = script_of_language(east_asian_theme_language(package, main_part));
  model::Document& doc = builder.doc();
  // a:theme/a:themeElements/a:fontScheme/{a:majorFont,a:minorFont}: fixed depth, no recursion.
  for (pugi::xml_node elements = xml.document_element().first_child(); elements;
       elements = elements.next_sibling()) {
    if (opc::detail::local_name(elements.name()) != "themeElements") continue;
    for (pugi::xml_node scheme = elements.first_child(); scheme; scheme = scheme.next_sibling()) {
      if (opc::detail::local_name(scheme.name()) != "fontScheme") continue;
      for (pugi::xml_node font = scheme.first_child(); font; font = font.next_sibling()) {
        std::string_view local = opc::detail::local_name(font.name());
        if (local == "majorFont") {
          read_theme_font(builder, font, script, doc.theme_major_latin, doc.theme_major_east_asia);
        } else if (local == "minorFont") {
          read_theme_font(builder, font, script, doc.theme_minor_latin, doc.theme_minor_east_asia);
        }
      }
    }
  }
}

}  // namespace

void read_styles(Builder& builder, opc::Package& package, const std::string& main_part) {
  read_theme(builder, package, main_part);
  const opc::Relationship* rel = package.find_relationship(main_part, "styles");
  if (rel == nullptr || rel->external || rel->part.empty()) return;
  auto bytes = package.read(rel->part);
  if (!bytes) return;
  pugi::xml_document xml;
  // w:latentStyles (half the bytes of a Word styles.xml) is never read.
  opc::detail::parse_part_unread(xml, *bytes, rel->part, package.limits(), {"latentStyles"});
  Names names;
  pugi::xml_node root = xml.document_element();
  names.enter(root);
  model::Document& doc = builder.doc();
  for (pugi::xml_node node = root.first_child(); node; node = node.next_sibling()) {
    if (node.type() != pugi::node_element) continue;
    names.enter(node);
    if (names.ns_of(node) == Ns::W) {
      std::string_view local = opc::detail::local_name(node.name());
      if (local == "style") doc.styles.push_back(read_style(names, builder, node));
      else if (local == "docDefaults") doc.default_run_props = read_doc_defaults(names, builder, node);
    }
    names.leave(node);
  }
}

void read_core_properties(Builder& builder, opc::Package& package) {
  const opc::Relationship* rel = package.find_relationship("", "core-properties");
  if (rel == nullptr || rel->external || rel->part.empty()) return;
  auto bytes = package.read(rel->part);
  if (!bytes) return;
  pugi::xml_document xml;
  try {
    opc::detail::parse_part(xml, *bytes, rel->part, package.limits());
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
