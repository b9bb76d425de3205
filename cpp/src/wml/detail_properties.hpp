// Readers for property elements (w:pPr, w:rPr, w:sectPr), shared by the story
// reader and the styles reader. Each reads one element's direct children.
#pragma once

#include <pugixml.hpp>
#include <string>
#include <vector>

#include "docxsift/model.hpp"
#include "model/detail_builder.hpp"
#include "wml/detail_names.hpp"

namespace docxsift::wml::detail {

struct RunPropsRead {
  model::RunProps props;
  model::Index symbol_font = model::kNone;  // Symbol/Wingdings font of w:rFonts, if any
  bool deleted = false;                     // w:del inside the rPr of a paragraph mark
  bool inserted = false;                    // w:ins inside the rPr of a paragraph mark
};

struct ParagraphProps {
  model::Index style = model::kNone;
  model::NumberingRef numbering;
  model::Alignment alignment = model::Alignment::Unset;
  std::int8_t outline_level = -1;
  model::Index mark_props = 0;
  model::Index format = 0;  // interned model::ParagraphFormat
  bool mark_deleted = false;
  bool mark_inserted = false;
  pugi::xml_node section;  // w:sectPr inside the pPr
};

struct HeaderFooterRef {
  bool footer = false;
  model::HeaderFooterKind kind = model::HeaderFooterKind::Default;
  std::string relationship_id;
};

struct SectionProps {
  model::Section section;
  std::vector<HeaderFooterRef> references;
};

// OOXML on/off values: absent val, "1", "true", "on" are on; "0", "false", "off", "none" off.
model::Tri on_off(Names& names, const pugi::xml_node& node);

RunPropsRead read_rpr(Names& names, model::Builder& builder, const pugi::xml_node& rpr);
ParagraphProps read_ppr(Names& names, model::Builder& builder, const pugi::xml_node& ppr);
SectionProps read_sectpr(Names& names, model::Builder& builder, const pugi::xml_node& sectpr);
model::Alignment parse_alignment(std::string_view value);
// A twips attribute (w:ind/@w:left, w:gridCol/@w:w, ...); model::kUnsetTwips
// when absent or unreadable, clamped to +-22000 inches.
std::int32_t twips_attr(Names& names, const pugi::xml_node& node, const char* name);

}  // namespace docxsift::wml::detail
