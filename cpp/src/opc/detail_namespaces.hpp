// XML namespaces as tokens, and the markup-compatibility rule for
// mc:AlternateContent: one table of URIs (transitional and strict alike)
// shared by the story reader (wml/detail_names.hpp) and the Office Math
// converter (math/omml.cpp), so both judge an mc:Choice the same way.
#pragma once

#include <cstdint>
#include <string_view>

namespace docxsift::opc::detail {

enum class Ns : std::uint8_t {
  Unknown,
  W,
  R,
  MC,
  WPS,
  WPG,
  WPC,
  WP,
  A,
  PIC,
  V,
  O,
  M,
  W14,
  W15,
  WNE,
  Xml,
  Other,
  C,
  DGM  // DrawingML charts and diagrams (docs/images.md)
};

// Namespaces whose mc:Choice content docxsift understands.
bool understood(Ns ns);

// The namespace a URI names; Ns::Other for one docxsift does not know.
Ns namespace_of_uri(std::string_view uri);

// Whether an mc:Choice may be taken: every prefix of its Requires list (space
// separated) must name a namespace the reader understands. One rule for the
// story reader and the Office Math converter, which keep their own bindings.
template <typename IsUnderstood>
bool choice_requirements_met(std::string_view requires_list, IsUnderstood&& is_understood) {
  std::size_t start = 0;
  while (start < requires_list.size()) {
    auto end = requires_list.find(' ', start);
    if (end == std::string_view::npos) end = requires_list.size();
    std::string_view prefix = requires_list.substr(start, end - start);
    if (!prefix.empty() && !is_understood(prefix)) return false;
    start = end + 1;
  }
  return true;
}

}  // namespace docxsift::opc::detail
