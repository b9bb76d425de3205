// A struct member by its Python-facing name: the rows of the one lists of
// names (core properties, stats) that the renderers, the batch and the
// bindings all read, so that a name is written once.
#pragma once

#include <string_view>

namespace docxsift {

template <typename Owner, typename T>
struct NamedField {
  std::string_view name;
  T Owner::* member;
};

}  // namespace docxsift
