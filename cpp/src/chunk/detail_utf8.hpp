// Stepping through UTF-8 by code point for the chunker. The text it reads
// comes from the arena or from ICU views of it, so it is well-formed; a
// malformed byte still reads as one code point of its own, so loops advance.
#pragma once

#include <cstddef>
#include <string_view>

namespace docxsift::chunk::detail {

struct CodePoint {
  char32_t value = 0;
  std::size_t size = 1;
};

inline CodePoint decode_at(std::string_view s, std::size_t at) {
  auto byte = [&](std::size_t i) { return static_cast<unsigned char>(s[i]); };
  unsigned char b0 = byte(at);
  std::size_t need = b0 < 0x80 ? 1 : (b0 >> 5) == 0x6 ? 2 : (b0 >> 4) == 0xE ? 3 : (b0 >> 3) == 0x1E ? 4 : 1;
  if (need == 1 || at + need > s.size()) return {b0, 1};
  char32_t cp = b0 & (0x7F >> need);
  for (std::size_t i = 1; i < need; ++i) {
    if ((byte(at + i) & 0xC0) != 0x80) return {b0, 1};
    cp = (cp << 6) | (byte(at + i) & 0x3F);
  }
  return {cp, need};
}

}  // namespace docxsift::chunk::detail
