#include "text/detail_chunks.hpp"

#include <algorithm>

#include "docxsift/utf8.hpp"

namespace docxsift::text::detail {
namespace {

bool is_ascii_alnum(unsigned char c) {
  return (c >= '0' && c <= '9') || (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z');
}

// A three-byte UTF-8 Han character (U+3400..U+9FFF) starts at `i`.
bool han_at(std::string_view text, std::size_t i) {
  if (i + 3 > text.size()) return false;
  auto b0 = static_cast<unsigned char>(text[i]);
  auto b1 = static_cast<unsigned char>(text[i + 1]);
  return (b0 >= 0xE4 && b0 <= 0xE9) || (b0 == 0xE3 && b1 >= 0x90);
}

}  // namespace

std::size_t chunk_end(std::string_view text, std::size_t begin, std::size_t target, std::size_t hard_max) {
  const std::size_t rest = text.size() - begin;
  if (rest <= target) return text.size();
  // The last newline within the target...
  std::string_view window = text.substr(begin, target);
  std::size_t nl = window.rfind('\n');
  if (nl != std::string_view::npos) return begin + nl + 1;
  // ...else the first one before the hard limit.
  const std::size_t limit = std::min(rest, hard_max);
  nl = text.substr(begin, limit).find('\n', target);
  if (nl != std::string_view::npos) return begin + nl + 1;
  if (rest <= hard_max) return text.size();
  // One enormous line: cut where no tool looks across the cut.
  const std::size_t end = begin + limit;
  for (std::size_t i = end - 1; i > begin + limit / 2; --i) {
    if (is_ascii_alnum(static_cast<unsigned char>(text[i])) &&
        is_ascii_alnum(static_cast<unsigned char>(text[i - 1]))) {
      return i;
    }
    if (i >= begin + 3 && han_at(text, i) && han_at(text, i - 3)) return i;
  }
  return utf8_char_start(text, end, begin + 1);
}

}  // namespace docxsift::text::detail
