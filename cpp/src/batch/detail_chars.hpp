// Code-point helpers the batch stage shares (record statistics, duplicate
// detection). The arena and every record text are valid UTF-8.
#pragma once

#include <cstddef>
#include <string_view>

namespace docxsift::batch::detail {

// Next code point of UTF-8 `s` at `i`, advancing `i`.
inline char32_t next_code_point(std::string_view s, std::size_t& i) {
  auto byte = [&](std::size_t k) { return static_cast<char32_t>(static_cast<unsigned char>(s[k])); };
  char32_t c = byte(i);
  std::size_t length = c < 0x80 ? 1 : c < 0xE0 ? 2 : c < 0xF0 ? 3 : 4;
  if (i + length > s.size()) length = 1;
  if (length == 2) c &= 0x1F;
  if (length == 3) c &= 0x0F;
  if (length == 4) c &= 0x07;
  for (std::size_t k = 1; k < length; ++k) c = (c << 6) | (byte(i + k) & 0x3F);
  i += length;
  return c;
}

// White space as a reader sees it: ASCII, NBSP, the ideographic space U+3000
// of CJK text, the typographic spaces, line/paragraph separators and the BOM.
inline bool is_space(char32_t c) {
  return c == ' ' || (c >= '\t' && c <= '\r') || c == 0xA0 || c == 0x3000 ||
         (c >= 0x2000 && c <= 0x200B) || c == 0x2028 || c == 0x2029 || c == 0xFEFF;
}

// True when `s` holds nothing but white space (or nothing at all).
inline bool is_blank(std::string_view s) {
  for (std::size_t i = 0; i < s.size();) {
    if (!is_space(next_code_point(s, i))) return false;
  }
  return true;
}

}  // namespace docxsift::batch::detail
