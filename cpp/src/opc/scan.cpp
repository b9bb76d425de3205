#include "opc/detail_scan.hpp"

#include <cstring>

namespace docxsift::opc::detail {

std::size_t scan_start_tag(std::string_view s, std::size_t i, std::string_view& name, bool& empty) {
  const std::size_t n = s.size();
  const std::size_t begin = i;
  if (i >= n || !has(s[i], kNameStart)) return kNpos;
  while (i < n && has(s[i], kNameChar)) ++i;
  name = s.substr(begin, i - begin);
  for (;;) {
    const std::size_t spaces = i;
    while (i < n && has(s[i], kSpace)) ++i;
    if (i >= n) return kNpos;
    if (s[i] == '>') {
      empty = false;
      return i + 1;
    }
    if (s[i] == '/') {
      if (i + 1 >= n || s[i + 1] != '>') return kNpos;
      empty = true;
      return i + 2;
    }
    if (i == spaces || !has(s[i], kNameStart)) return kNpos;
    while (i < n && has(s[i], kNameChar)) ++i;
    if (i + 1 >= n || s[i] != '=' || (s[i + 1] != '"' && s[i + 1] != '\'')) return kNpos;
    const void* quote = std::memchr(s.data() + i + 2, s[i + 1], n - (i + 2));
    if (quote == nullptr) return kNpos;
    i = static_cast<std::size_t>(static_cast<const char*>(quote) - s.data()) + 1;
  }
}

std::size_t scan_content(std::string_view s, std::size_t i, std::string_view open_name) {
  constexpr std::size_t kMaxDepth = 64;
  const std::size_t n = s.size();
  std::string_view open[kMaxDepth];
  std::size_t depth = 0;
  open[depth++] = open_name;
  while (i < n) {
    const void* lt = std::memchr(s.data() + i, '<', n - i);  // text: pugixml takes any
    if (lt == nullptr) return kNpos;
    i = static_cast<std::size_t>(static_cast<const char*>(lt) - s.data());
    if (i + 1 < n && s[i + 1] == '/') {
      const std::size_t end_tag = i;
      const std::string_view expected = open[depth - 1];
      if (s.compare(i + 2, expected.size(), expected) != 0) return kNpos;
      i += 2 + expected.size();
      if (i < n && has(s[i], kNameChar)) return kNpos;  // a longer name
      while (i < n && has(s[i], kSpace)) ++i;
      if (i >= n || s[i] != '>') return kNpos;
      ++i;
      if (--depth == 0) return end_tag;
      continue;
    }
    std::string_view name;
    bool empty = false;
    i = scan_start_tag(s, i + 1, name, empty);
    if (i == kNpos) return kNpos;
    if (!empty) {
      if (depth == kMaxDepth) return kNpos;
      open[depth++] = name;
    }
  }
  return kNpos;
}

bool end_tag_at(std::string_view s, std::size_t at, std::string_view name) {
  if (at + 2 + name.size() > s.size() || s[at] != '<' || s[at + 1] != '/' ||
      s.compare(at + 2, name.size(), name) != 0) {
    return false;
  }
  std::size_t i = at + 2 + name.size();
  while (i < s.size() && has(s[i], kSpace)) ++i;
  return i < s.size() && s[i] == '>';
}

}  // namespace docxsift::opc::detail
