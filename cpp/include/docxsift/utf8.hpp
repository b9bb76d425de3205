// UTF-8 for every stage: the one decoder, its one policy for invalid bytes,
// the one encoder and the one test for white space.
//
// The policy (decode_utf8): a well-formed sequence decodes to its code point.
// Anything else (a stray continuation byte, a lead byte C0, C1 or F5-FF, a
// sequence cut short by the end of the text or by a byte that does not
// continue it, an overlong form, a surrogate, a value past U+10FFFF) decodes
// as one U+FFFD, marked invalid, that covers the bad byte and the
// continuation bytes right after it. The Builder stores text by this rule
// (model/builder.cpp append_valid_utf8), so the text arena is always valid
// UTF-8 and a reader of it never meets the invalid case; readers of raw XML
// text (Office Math, list bullets) get the same replacement the arena would.
#pragma once

#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>

namespace docxsift {

inline constexpr char32_t kReplacementCharacter = 0xFFFD;

struct Utf8CodePoint {
  char32_t value = 0;
  std::size_t size = 0;  // bytes read; at least 1, so a loop always advances
  bool valid = true;     // false: value is U+FFFD standing for ill-formed bytes
};

inline bool is_utf8_continuation(unsigned char byte) { return (byte & 0xC0) == 0x80; }

// Where the code point holding s[i] starts: i stepped back over continuation
// bytes, but not below `floor` (i < s.size()).
inline std::size_t utf8_char_start(std::string_view s, std::size_t i, std::size_t floor = 0) {
  while (i > floor && is_utf8_continuation(static_cast<unsigned char>(s[i]))) --i;
  return i;
}

// The first code point boundary at or after i: i stepped forward over
// continuation bytes, to s.size() at most. Cutting there never splits a
// character.
inline std::size_t utf8_boundary_at_or_after(std::string_view s, std::size_t i) {
  while (i < s.size() && is_utf8_continuation(static_cast<unsigned char>(s[i]))) ++i;
  return i;
}

// The code point starting at s[at] (at < s.size()), by the policy above.
inline Utf8CodePoint decode_utf8(std::string_view s, std::size_t at) {
  const auto byte = [&](std::size_t i) { return static_cast<unsigned char>(s[i]); };
  const unsigned char lead = byte(at);
  if (lead < 0x80) return {lead, 1, true};
  std::size_t size = 0;
  char32_t value = 0;
  char32_t min = 0;
  if (lead >= 0xC2 && lead <= 0xDF) {
    size = 2, value = lead & 0x1Fu, min = 0x80;
  } else if (lead >= 0xE0 && lead <= 0xEF) {
    size = 3, value = lead & 0x0Fu, min = 0x800;
  } else if (lead >= 0xF0 && lead <= 0xF4) {
    size = 4, value = lead & 0x07u, min = 0x10000;
  }
  bool ok = size > 0 && at + size <= s.size();
  for (std::size_t k = 1; ok && k < size; ++k) {
    if (!is_utf8_continuation(byte(at + k))) ok = false;
    value = (value << 6) | (byte(at + k) & 0x3Fu);
  }
  if (ok && value >= min && value <= 0x10FFFF && !(value >= 0xD800 && value <= 0xDFFF)) {
    return {value, size, true};
  }
  std::size_t end = at + 1;
  while (end < s.size() && is_utf8_continuation(byte(end))) ++end;
  return {kReplacementCharacter, end - at, false};
}

// The code point at s[i], advancing i past what it read.
inline char32_t next_code_point(std::string_view s, std::size_t& i) {
  Utf8CodePoint cp = decode_utf8(s, i);
  i += cp.size;
  return cp.value;
}

// White space for counting and trimming: ASCII tab to carriage return and
// space, no-break space, U+2000-U+200B (the typographic spaces and the
// zero-width space), line and paragraph separators, the ideographic space
// U+3000 of Chinese text, and the byte-order mark U+FEFF.
inline bool is_space(char32_t c) {
  return c == ' ' || (c >= '\t' && c <= '\r') || c == 0xA0 || c == 0x3000 || (c >= 0x2000 && c <= 0x200B) ||
         c == 0x2028 || c == 0x2029 || c == 0xFEFF;
}

// True when `s` holds nothing but white space (or nothing at all).
inline bool is_blank(std::string_view s) {
  for (std::size_t i = 0; i < s.size();) {
    if (!is_space(next_code_point(s, i))) return false;
  }
  return true;
}

// Encoding one code point as UTF-8: shared by the readers (symbol fonts,
// Office Math, list labels) and the bindings. Callers pass valid scalar
// values; surrogates are their business (decode_utf8 never returns one).
inline void append_utf8(std::string& out, std::uint32_t cp) {
  if (cp < 0x80) {
    out.push_back(static_cast<char>(cp));
  } else if (cp < 0x800) {
    out.push_back(static_cast<char>(0xC0 | (cp >> 6)));
    out.push_back(static_cast<char>(0x80 | (cp & 0x3F)));
  } else if (cp < 0x10000) {
    out.push_back(static_cast<char>(0xE0 | (cp >> 12)));
    out.push_back(static_cast<char>(0x80 | ((cp >> 6) & 0x3F)));
    out.push_back(static_cast<char>(0x80 | (cp & 0x3F)));
  } else {
    out.push_back(static_cast<char>(0xF0 | (cp >> 18)));
    out.push_back(static_cast<char>(0x80 | ((cp >> 12) & 0x3F)));
    out.push_back(static_cast<char>(0x80 | ((cp >> 6) & 0x3F)));
    out.push_back(static_cast<char>(0x80 | (cp & 0x3F)));
  }
}

}  // namespace docxsift
