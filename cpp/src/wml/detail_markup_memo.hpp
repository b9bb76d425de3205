// Word writes the same w:rPr on run after run, and the same w:pPr on paragraph
// after paragraph. Reading one is a walk over its children and attributes; the
// result depends only on the element's source text and the namespace bindings
// in scope, so it is remembered by that text while the bindings stay the same.
#pragma once

#include <cstdint>
#include <functional>
#include <optional>
#include <pugixml.hpp>
#include <string>
#include <string_view>
#include <unordered_map>

#include "base/detail_string_hash.hpp"
#include "docxsift/model.hpp"

namespace docxsift::wml::detail {

// The source text of an element of a document parsed in place: from its name
// to the start of the node after it. Empty when that cannot be told (the last
// child, a node from another buffer) or the span is too long to be worth a key.
std::string_view markup_of(const pugi::xml_node& node);

template <typename Value>
class MarkupMemo {
 public:
  // The memoised reading of `source` under namespace generation `generation`.
  std::optional<Value> find(std::string_view source, std::uint32_t generation) const {
    if (source.empty() || generation != generation_) return std::nullopt;
    auto found = entries_.find(source);
    if (found == entries_.end()) return std::nullopt;
    return found->second;
  }

  void remember(std::string_view source, std::uint32_t generation, const Value& value) {
    if (source.empty()) return;
    if (generation != generation_ || entries_.size() >= kMaxEntries) {
      entries_.clear();
      generation_ = generation;
    }
    entries_.emplace(std::string(source), value);
  }

 private:
  // Bounded: a document of ever-different properties only stops being memoised.
  static constexpr std::size_t kMaxEntries = 4096;
  std::unordered_map<std::string, Value, StringHash, std::equal_to<>> entries_;
  std::uint32_t generation_ = 0;
};

// A w:rPr read into the document's tables.
struct MemoizedRunProps {
  model::Index props = 0;  // interned, into Document::run_props
  model::Index symbol_font = model::kNone;
};

}  // namespace docxsift::wml::detail
