#include "wml/detail_rpr_memo.hpp"

namespace docxsift::wml::detail {

std::string_view RunPropsMemo::source_of(const pugi::xml_node& node) {
  // In-place parsing leaves names and values pointing into the one buffer, so
  // the distance from this element's name to the next node's name (or text)
  // covers exactly this element's markup. pugixml's in-place edits (NULs after
  // names, unescaped values) depend only on that markup, so equal markup gives
  // equal bytes.
  pugi::xml_node next = node.next_sibling();
  if (!next) return {};
  const char* begin = node.name();
  const char* end = next.type() == pugi::node_element ? next.name() : next.value();
  if (begin == nullptr || end == nullptr || end <= begin) return {};
  auto size = static_cast<std::size_t>(end - begin);
  if (size > kMaxSourceBytes) return {};
  return {begin, size};
}

std::optional<MemoizedRunProps> RunPropsMemo::find(std::string_view source,
                                                   std::uint32_t generation) const {
  if (source.empty() || generation != generation_) return std::nullopt;
  auto found = entries_.find(source);
  if (found == entries_.end()) return std::nullopt;
  return found->second;
}

void RunPropsMemo::remember(std::string_view source, std::uint32_t generation,
                            MemoizedRunProps value) {
  if (source.empty()) return;
  if (generation != generation_ || entries_.size() >= kMaxEntries) {
    entries_.clear();
    generation_ = generation;
  }
  entries_.emplace(std::string(source), value);
}

}  // namespace docxsift::wml::detail
