// UTF-16 and code points to UTF-8.
#pragma once

#include <string>
#include <string_view>

#include "docxsift/utf8.hpp"

namespace docxsift::doc::detail {

// A code point read from the file: a lone surrogate or a value past U+10FFFF
// (a broken file) becomes U+FFFD; the encoding is utf8.hpp's.
inline void append_utf8(std::string& out, char32_t c) {
  const bool scalar = c < 0x110000 && !(c >= 0xD800 && c <= 0xDFFF);
  ::docxsift::append_utf8(out, scalar ? c : kReplacementCharacter);
}

// Joins surrogate pairs; a lone surrogate becomes U+FFFD.
inline std::string utf16_to_utf8(std::u16string_view in) {
  std::string out;
  out.reserve(in.size());
  for (std::size_t i = 0; i < in.size(); ++i) {
    char32_t c = in[i];
    if (c >= 0xD800 && c <= 0xDBFF && i + 1 < in.size() && in[i + 1] >= 0xDC00 && in[i + 1] <= 0xDFFF) {
      c = 0x10000 + ((c - 0xD800) << 10) + (in[i + 1] - 0xDC00);
      ++i;
    }
    append_utf8(out, c);
  }
  return out;
}

}  // namespace docxsift::doc::detail
