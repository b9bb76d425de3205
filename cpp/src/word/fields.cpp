#include <cctype>

#include "word/detail_fields.hpp"

namespace docxsift::word {

std::vector<std::string> field_tokens(std::string_view s) {
  std::vector<std::string> tokens;
  std::size_t i = 0;
  while (i < s.size()) {
    unsigned char c = static_cast<unsigned char>(s[i]);
    if (std::isspace(c)) {
      ++i;
      continue;
    }
    std::string token;
    // Word writes quotes as ASCII or as curly quotes (U+201C/U+201D).
    bool curly = s.substr(i).starts_with("\xE2\x80\x9C");
    if (s[i] == '"' || curly) {
      i += curly ? 3 : 1;
      while (i < s.size()) {
        if (s[i] == '"') {
          ++i;
          break;
        }
        if (s.substr(i).starts_with("\xE2\x80\x9D")) {
          i += 3;
          break;
        }
        if (s[i] == '\\' && i + 1 < s.size() && (s[i + 1] == '"' || s[i + 1] == '\\')) ++i;
        token.push_back(s[i]);
        ++i;
      }
    } else {
      while (i < s.size() && !std::isspace(static_cast<unsigned char>(s[i]))) token.push_back(s[i++]);
    }
    tokens.push_back(std::move(token));
  }
  return tokens;
}

std::optional<HyperlinkTarget> hyperlink_field(std::string_view instruction) {
  auto tokens = field_tokens(instruction);
  if (tokens.empty()) return std::nullopt;
  std::string name = tokens[0];
  for (char& c : name) c = static_cast<char>(std::toupper(static_cast<unsigned char>(c)));
  if (name != "HYPERLINK") return std::nullopt;
  HyperlinkTarget target;
  for (std::size_t i = 1; i < tokens.size(); ++i) {
    const std::string& t = tokens[i];
    if (t.size() == 2 && t[0] == '\\') {
      char sw = static_cast<char>(std::tolower(static_cast<unsigned char>(t[1])));
      if (sw == 'l' && i + 1 < tokens.size()) {
        target.anchor = tokens[++i];
      } else if ((sw == 'o' || sw == 't') && i + 1 < tokens.size()) {
        ++i;  // tooltip, target frame: not part of the link
      }
      continue;
    }
    if (target.url.empty()) target.url = t;
  }
  return target;
}

}  // namespace docxsift::word
