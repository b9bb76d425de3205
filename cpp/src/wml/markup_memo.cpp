#include "wml/detail_markup_memo.hpp"

namespace docxsift::wml::detail {

std::string_view markup_of(const pugi::xml_node& node) {
  // In-place parsing leaves names and values pointing into the one buffer, so
  // the distance from this element's name to the next node's name (or text)
  // covers exactly this element's markup. pugixml's in-place edits (NULs after
  // names, unescaped values) depend only on that markup, so equal markup gives
  // equal bytes.
  constexpr std::size_t kMaxSourceBytes = 1024;
  pugi::xml_node next = node.next_sibling();
  if (!next) return {};
  const char* begin = node.name();
  const char* end = next.type() == pugi::node_element ? next.name() : next.value();
  if (begin == nullptr || end == nullptr || end <= begin) return {};
  auto size = static_cast<std::size_t>(end - begin);
  if (size > kMaxSourceBytes) return {};
  return {begin, size};
}

}  // namespace docxsift::wml::detail
