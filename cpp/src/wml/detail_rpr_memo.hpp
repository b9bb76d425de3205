// Word writes the same w:rPr on run after run. Reading one is a walk over its
// children and attributes; the result depends only on the element's source
// text and the namespace bindings in scope, so it is remembered by that text
// while the bindings stay the same.
#pragma once

#include <cstdint>
#include <functional>
#include <optional>
#include <pugixml.hpp>
#include <string>
#include <string_view>
#include <unordered_map>

#include "wml/detail_properties.hpp"

namespace docxsift::wml::detail {

struct MemoizedRunProps {
  model::Index props = 0;  // interned, into Document::run_props
  model::Index symbol_font = model::kNone;
};

class RunPropsMemo {
 public:
  // The source text of an element of a document parsed in place: from its
  // '<' to the start of the node after it. Empty when that cannot be told
  // (the last child, a node from another buffer) or the span is too long to
  // be worth a key.
  static std::string_view source_of(const pugi::xml_node& node);

  // The memoised reading of `source` under namespace generation `generation`.
  std::optional<MemoizedRunProps> find(std::string_view source, std::uint32_t generation) const;
  void remember(std::string_view source, std::uint32_t generation, MemoizedRunProps value);

 private:
  struct Hash {
    using is_transparent = void;
    std::size_t operator()(std::string_view s) const noexcept { return std::hash<std::string_view>{}(s); }
  };
  // Bounded: a document of ever-different run properties only stops being memoised.
  static constexpr std::size_t kMaxEntries = 4096;
  static constexpr std::size_t kMaxSourceBytes = 1024;
  std::unordered_map<std::string, MemoizedRunProps, Hash, std::equal_to<>> entries_;
  std::uint32_t generation_ = 0;
};

}  // namespace docxsift::wml::detail
