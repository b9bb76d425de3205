// The built-in token count (docs/chunks.md "Token counting"). BPE tokenizers
// give CJK text about one token per character and English about one per
// word or four letters; counting a word as ceil(letters / 4) never
// undercounts a word that the tokenizer splits, which keeps chunks under
// budget for the usual embedding models.
#include <stdexcept>

#include "docxsift/chunks.hpp"
#include "docxsift/utf8.hpp"

namespace docxsift::chunk {
namespace {

bool is_space(char32_t c) {
  return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\v' || c == '\f' || c == 0x85 || c == 0xA0 ||
         c == 0x1680 || (c >= 0x2000 && c <= 0x200B) || c == 0x2028 || c == 0x2029 || c == 0x202F || c == 0x205F ||
         c == 0x3000 || c == 0xFEFF;
}

// Letters and digits of alphabetic scripts (Latin, Greek, Cyrillic, ...) and
// full-width ASCII letters and digits: they form words. CJK ideographs, kana
// and hangul do not (each is a token), nor does punctuation.
bool is_word_char(char32_t c) {
  if (c < 0x80) return (c >= '0' && c <= '9') || (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z');
  if (c >= 0xFF10 && c <= 0xFF19) return true;                                    // ０-９
  if ((c >= 0xFF21 && c <= 0xFF3A) || (c >= 0xFF41 && c <= 0xFF5A)) return true;  // Ａ-Ｚ ａ-ｚ
  if (c == 0xD7 || c == 0xF7) return false;
  return (c >= 0xC0 && c <= 0x24F) || (c >= 0x370 && c <= 0x52F) || (c >= 0x1E00 && c <= 0x1FFF);
}

}  // namespace

std::size_t count_tokens(std::string_view utf8) {
  std::size_t tokens = 0;
  std::size_t word = 0;  // code points of the word being read
  for (std::size_t i = 0; i < utf8.size();) {
    Utf8CodePoint cp = decode_utf8(utf8, i);
    i += cp.size;
    if (is_word_char(cp.value)) {
      ++word;
      continue;
    }
    tokens += (word + 3) / 4;
    word = 0;
    if (!is_space(cp.value)) ++tokens;
  }
  return tokens + (word + 3) / 4;
}

By parse_by(std::string_view by) {
  if (by == "heading") return By::Heading;
  if (by == "paragraph") return By::Paragraph;
  throw std::invalid_argument("by must be 'heading' or 'paragraph', not '" + std::string(by) + "'");
}

void ChunkOptions::validate() const {
  if (max_tokens == 0) throw std::invalid_argument("max_tokens must be at least 1");
  if (overlap >= max_tokens) {
    throw std::invalid_argument("overlap (" + std::to_string(overlap) + ") must be smaller than max_tokens (" +
                                std::to_string(max_tokens) + ")");
  }
}

}  // namespace docxsift::chunk
