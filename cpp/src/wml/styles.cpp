#include "docxsift/errors.hpp"
#include "opc/detail_xml.hpp"
#include "wml/detail_names.hpp"
#include "wml/detail_parts.hpp"
#include "wml/detail_properties.hpp"

namespace docxsift::wml::detail {

void read_styles(Builder& builder, opc::Package& package, const std::string& main_part) {
  const opc::Relationship* rel = package.find_relationship(main_part, "styles");
  if (rel == nullptr || rel->external || rel->part.empty()) return;
  auto bytes = package.read(rel->part);
  if (!bytes) return;
  pugi::xml_document xml;
  opc::detail::parse_part(xml, *bytes, rel->part, package.limits());
  Names names;
  pugi::xml_node root = xml.document_element();
  names.enter(root);
  model::Document& doc = builder.doc();
  for (pugi::xml_node node = root.first_child(); node; node = node.next_sibling()) {
    if (node.type() != pugi::node_element) continue;
    names.enter(node);
    if (opc::detail::local_name(node.name()) == "style" && names.ns_of(node) == Ns::W) {
      model::Style style;
      style.style_id = builder.intern(names.wattr(node, "styleId").value());
      std::string_view type = names.wattr(node, "type").value();
      style.type = type == "character" ? model::StyleType::Character
                   : type == "table"   ? model::StyleType::Table
                   : type == "numbering" ? model::StyleType::Numbering
                                         : model::StyleType::Paragraph;
      std::string_view is_default = names.wattr(node, "default").value();
      style.is_default = is_default == "1" || is_default == "true" || is_default == "on";
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
      doc.styles.push_back(style);
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
