// Field instructions ("HYPERLINK \"url\" \l \"anchor\""), parsed just enough to
// turn HYPERLINK fields into hyperlinks.
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace docxsift::word {

// Splits an instruction into words and quoted arguments, as Word does.
std::vector<std::string> field_tokens(std::string_view instruction);

struct HyperlinkTarget {
  std::string url;
  std::string anchor;
};

// The target of a HYPERLINK field, or nullopt for any other field.
std::optional<HyperlinkTarget> hyperlink_field(std::string_view instruction);

}  // namespace docxsift::word
