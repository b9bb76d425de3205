// Parsing a part with pugixml under the safety limits: the one place where
// pugixml parse results are checked (check_parse).
#pragma once

#include <cstdint>
#include <initializer_list>
#include <pugixml.hpp>
#include <string>
#include <string_view>

#include "docxsift/limits.hpp"

namespace docxsift::opc::detail {

// Parses `bytes` in place (the buffer must outlive `doc`). Rejects DTDs,
// counts elements against max_xml_nodes before building the tree, and throws
// XmlError (with part name and line) or LimitError.
void parse_part(pugi::xml_document& doc, std::string& bytes, std::string_view part, const Limits& limits);

// parse_part in steps, for a caller that may parse the part in pieces:
// replace_invalid_char_refs (references to characters XML forbids, such as
// "&#0;", become U+FFFD: pugixml decodes references unchecked), the limit on
// elements (max_xml_nodes, by the count of '<'), then the parse of the whole.
void replace_invalid_char_refs(std::string& bytes);
std::uint64_t count_lt(std::string_view bytes);
void check_tag_total(std::uint64_t tags, std::string_view part, const Limits& limits);
void check_tag_count(std::string_view bytes, std::string_view part, const Limits& limits);
void parse_prepared(pugi::xml_document& doc, std::string& bytes, std::string_view part);

// Parses data[0, size) in place as a piece of whole elements and text cut from
// a prepared part (pugixml's fragment mode, UTF-8). False when it does not
// parse on its own or holds what the whole part would refuse; no exception.
bool parse_piece(pugi::xml_document& doc, char* data, std::size_t size);

// parse_part for a reader that never looks inside the elements named in
// `unread` (local names, any prefix, e.g. styles.xml's w:latentStyles: half
// its bytes). The content of each such element that is plainly well-formed
// (elements, simple attributes, text without '&') is blanked before parsing,
// its newlines kept, so pugixml builds no nodes for it. The result and every
// error are those of parse_part on the original: limits are counted on the
// original, and if the parse fails or a blanked span is not an element of the
// tree after all, the original bytes are parsed instead.
void parse_part_unread(pugi::xml_document& doc, std::string& bytes, std::string_view part, const Limits& limits,
                       std::initializer_list<std::string_view> unread);

// The local part of a qualified name: "w:p" -> "p".
inline std::string_view local_name(const char* qualified) {
  std::string_view name(qualified);
  auto colon = name.find(':');
  return colon == std::string_view::npos ? name : name.substr(colon + 1);
}

// The first attribute with this local name, whatever its prefix.
inline pugi::xml_attribute attribute_local(const pugi::xml_node& node, std::string_view local) {
  for (pugi::xml_attribute a = node.first_attribute(); a; a = a.next_attribute()) {
    if (local_name(a.name()) == local) return a;
  }
  return {};
}

}  // namespace docxsift::opc::detail
