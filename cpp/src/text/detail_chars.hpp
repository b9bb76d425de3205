// Character classes the normaliser's passes share. Plain code-point tests,
// no ICU property lookups, because they run once per character.
#pragma once

#include <unicode/umachine.h>

namespace docxsift::text::detail {

// Horizontal white space: Unicode White_Space minus line breaks and '\t'
// (tabs separate table cells in doc.text, so they are kept).
constexpr bool is_horizontal_space(UChar32 c) {
  return c == 0x20 || c == 0xA0 || c == 0x1680 || (c >= 0x2000 && c <= 0x200A) || c == 0x202F || c == 0x205F ||
         c == 0x3000;
}

// Where a line ends, for trimming.
constexpr bool is_line_break(UChar32 c) { return (c >= 0x0A && c <= 0x0D) || c == 0x85 || c == 0x2028 || c == 0x2029; }

// C0 and C1 controls.
constexpr bool is_control(UChar32 c) { return c < 0x20 || (c >= 0x7F && c <= 0x9F); }

// Zero-width and invisible format characters: soft hyphen, Arabic letter
// mark, Mongolian vowel separator, ZWSP/ZWNJ/ZWJ/LRM/RLM, bidi embeddings
// and isolates, word joiner and invisible operators, BOM/ZWNBSP.
constexpr bool is_zero_width(UChar32 c) {
  return c == 0xAD || c == 0x61C || c == 0x180E || (c >= 0x200B && c <= 0x200F) || (c >= 0x202A && c <= 0x202E) ||
         (c >= 0x2060 && c <= 0x2064) || (c >= 0x2066 && c <= 0x206F) || c == 0xFEFF;
}

// A letter or mark of CJK text: Han, kana, Hangul, Bopomofo, CJK symbols and
// punctuation (not U+3000). Full-width forms (U+FF00..) are not: they are what
// width folding and the punctuation option produce, and a class that changed
// under our own output would make normalisation non-idempotent.
constexpr bool is_cjk_letter(UChar32 c) {
  return (c >= 0x1100 && c <= 0x11FF) || (c >= 0x2E80 && c <= 0x2FDF) || (c >= 0x2FF0 && c <= 0x2FFF) ||
         (c >= 0x3001 && c <= 0x303F) || (c >= 0x3040 && c <= 0x9FFF) || (c >= 0xA960 && c <= 0xA97F) ||
         (c >= 0xAC00 && c <= 0xD7FF) || (c >= 0xF900 && c <= 0xFAFF) || (c >= 0xFE30 && c <= 0xFE4F) ||
         (c >= 0x20000 && c <= 0x3FFFF);
}

constexpr bool is_ascii_alnum(UChar32 c) {
  return (c >= '0' && c <= '9') || (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z');
}

constexpr bool is_fullwidth_alnum(UChar32 c) {
  return (c >= 0xFF10 && c <= 0xFF19) || (c >= 0xFF21 && c <= 0xFF3A) || (c >= 0xFF41 && c <= 0xFF5A);
}

constexpr bool is_digit(UChar32 c) { return (c >= '0' && c <= '9') || (c >= 0xFF10 && c <= 0xFF19); }

// The half-width character width folding turns `c` into, or `c` itself.
// Letters, digits, the ideographic space and the technical symbols
// #$%&*+-/<=>@\^_`| fold; CJK punctuation (！＂＇（），．：；？［］｛｝～) stays.
constexpr UChar32 fold_width(UChar32 c) {
  if (c == 0x3000) return 0x20;
  if (c < 0xFF01 || c > 0xFF5E) return c;
  if (is_fullwidth_alnum(c)) return c - 0xFEE0;
  switch (c) {
    case 0xFF03:
    case 0xFF04:
    case 0xFF05:
    case 0xFF06:
    case 0xFF0A:
    case 0xFF0B:
    case 0xFF0D:
    case 0xFF0F:
    case 0xFF1C:
    case 0xFF1D:
    case 0xFF1E:
    case 0xFF20:
    case 0xFF3C:
    case 0xFF3E:
    case 0xFF3F:
    case 0xFF40:
    case 0xFF5C: return c - 0xFEE0;
    default: return c;
  }
}

// The punctuation option's pairs: ASCII ,;:?!() and ，；：？！（）.
constexpr UChar32 to_fullwidth_punct(UChar32 c) {
  switch (c) {
    case ',':
    case ';':
    case ':':
    case '?':
    case '!':
    case '(':
    case ')': return c + 0xFEE0;
    default: return c;
  }
}

constexpr UChar32 to_ascii_punct(UChar32 c) {
  switch (c) {
    case 0xFF0C:
    case 0xFF1B:
    case 0xFF1A:
    case 0xFF1F:
    case 0xFF01:
    case 0xFF08:
    case 0xFF09: return c - 0xFEE0;
    default: return c;
  }
}

constexpr bool is_double_quote(UChar32 c) {
  return c == 0x22 || c == 0xFF02 || c == 0x201C || c == 0x201D || c == 0x201E || c == 0x201F || c == 0x301D ||
         c == 0x301E || c == 0xAB || c == 0xBB;
}

constexpr bool is_single_quote(UChar32 c) {
  return c == 0x27 || c == 0xFF07 || c == 0x2018 || c == 0x2019 || c == 0x201A || c == 0x201B || c == 0x2039 ||
         c == 0x203A;
}

// Characters the punctuation and quote options rewrite, in either form.
// Context tests look through them, so a rewrite never changes a later decision.
constexpr bool is_context_transparent(UChar32 c) {
  return to_fullwidth_punct(c) != c || to_ascii_punct(c) != c || is_double_quote(c) || is_single_quote(c);
}

}  // namespace docxsift::text::detail
