// The one UTF-8 decoder (docxsift/utf8.hpp): well-formed text decodes to its
// code points, and every kind of ill-formed byte follows the one policy (one
// U+FFFD, marked invalid, for the bad byte and the continuation bytes after
// it). The text arena is stored by the same rule, so a document's text with
// broken bytes reads as the decoder would read them.
#include <string>
#include <vector>

#include "catch_compat.hpp"
#include "docx_builder.hpp"
#include "docxsift/reader.hpp"
#include "docxsift/render.hpp"
#include "docxsift/utf8.hpp"

using docxsift::decode_utf8;
using docxsift::kReplacementCharacter;

namespace {

struct Step {
  char32_t value;
  std::size_t size;
  bool valid;
};

std::vector<Step> decode_all(std::string_view s) {
  std::vector<Step> out;
  for (std::size_t i = 0; i < s.size();) {
    auto cp = decode_utf8(s, i);
    out.push_back({cp.value, cp.size, cp.valid});
    i += cp.size;
  }
  return out;
}

bool operator==(const Step& a, const Step& b) { return a.value == b.value && a.size == b.size && a.valid == b.valid; }

}  // namespace

TEST_CASE("utf8: well-formed text decodes to its code points", "[utf8]") {
  // a, é (2 bytes), 中 (3 bytes), 𝑥 (4 bytes), and the edges of each length.
  const std::string text =
      "a\xC3\xA9\xE4\xB8\xAD\xF0\x9D\x91\xA5\xC2\x80\xDF\xBF\xE0\xA0\x80\xEF\xBF\xBF"
      "\xF0\x90\x80\x80\xF4\x8F\xBF\xBF";
  const std::vector<Step> expected{{U'a', 1, true},    {0xE9, 2, true},    {0x4E2D, 3, true}, {0x1D465, 4, true},
                                   {0x80, 2, true},    {0x7FF, 2, true},   {0x800, 3, true},  {0xFFFF, 3, true},
                                   {0x10000, 4, true}, {0x10FFFF, 4, true}};
  CHECK(decode_all(text) == expected);
  std::string round_trip;
  for (const Step& s : expected) docxsift::append_utf8(round_trip, s.value);
  CHECK(round_trip == text);
}

TEST_CASE("utf8: one U+FFFD for a bad byte and the continuation bytes after it", "[utf8]") {
  const Step bad1{kReplacementCharacter, 1, false};
  // A stray continuation byte, and a run of them.
  CHECK(decode_all("\x80"
                   "a") == std::vector<Step>{bad1, {U'a', 1, true}});
  CHECK(decode_all("\x80\x80\x80"
                   "a") == std::vector<Step>{{kReplacementCharacter, 3, false}, {U'a', 1, true}});
  // Lead bytes that never start a sequence: C0, C1, F5-FF.
  for (const char* lead : {"\xC0", "\xC1", "\xF5", "\xF8", "\xFF"}) {
    CHECK(decode_all(std::string(lead) + "a") == std::vector<Step>{bad1, {U'a', 1, true}});
  }
  // Overlong forms cover their continuation bytes.
  CHECK(decode_all("\xC0\xAF") == std::vector<Step>{{kReplacementCharacter, 2, false}});
  CHECK(decode_all("\xE0\x80\xAF") == std::vector<Step>{{kReplacementCharacter, 3, false}});
  CHECK(decode_all("\xF0\x80\x80\xAF") == std::vector<Step>{{kReplacementCharacter, 4, false}});
  // A surrogate and a value past U+10FFFF.
  CHECK(decode_all("\xED\xA0\x80") == std::vector<Step>{{kReplacementCharacter, 3, false}});
  CHECK(decode_all("\xF4\x90\x80\x80") == std::vector<Step>{{kReplacementCharacter, 4, false}});
  // Cut short by the end of the text, or by a byte that does not continue it.
  CHECK(decode_all("\xE4\xB8") == std::vector<Step>{{kReplacementCharacter, 2, false}});
  CHECK(decode_all("\xE4\xB8"
                   "a") == std::vector<Step>{{kReplacementCharacter, 2, false}, {U'a', 1, true}});
  CHECK(decode_all("\xF0\x9D\x91"
                   "\xE4\xB8\xAD") == std::vector<Step>{{kReplacementCharacter, 3, false}, {0x4E2D, 3, true}});
  // A real U+FFFD in the text is valid.
  CHECK(decode_all("\xEF\xBF\xBD") == std::vector<Step>{{kReplacementCharacter, 3, true}});
}

TEST_CASE("utf8: next_code_point always advances", "[utf8]") {
  const std::string bytes = "\xFF\xE4\xB8\xAD\x80\xC3";
  std::size_t i = 0;
  std::vector<char32_t> seen;
  while (i < bytes.size()) seen.push_back(docxsift::next_code_point(bytes, i));
  CHECK(seen == std::vector<char32_t>{kReplacementCharacter, 0x4E2D, kReplacementCharacter, kReplacementCharacter});
  CHECK(i == bytes.size());
}

TEST_CASE("utf8: character starts and boundaries never split a character", "[utf8]") {
  const std::string s = "a\xE4\xB8\xAD\xF0\x9F\x98\x80z";  // a, 中 (3 bytes), 😀 (4 bytes), z
  CHECK(docxsift::utf8_char_start(s, 0) == 0);
  CHECK(docxsift::utf8_char_start(s, 3) == 1);
  CHECK(docxsift::utf8_char_start(s, 7) == 4);
  CHECK(docxsift::utf8_char_start(s, 8) == 8);
  CHECK(docxsift::utf8_char_start(s, 7, 6) == 6);  // never below the floor
  CHECK(docxsift::utf8_boundary_at_or_after(s, 2) == 4);
  CHECK(docxsift::utf8_boundary_at_or_after(s, 5) == 8);
  CHECK(docxsift::utf8_boundary_at_or_after(s, 4) == 4);
  CHECK(docxsift::utf8_boundary_at_or_after(s, s.size()) == s.size());
  CHECK(docxsift::utf8_boundary_at_or_after("\x80\x80", 0) == 2);  // stray continuation bytes: to the end
}

TEST_CASE("utf8: is_space", "[utf8]") {
  for (char32_t c : {U' ', U'\t', U'\n', U'\r', U'\u00A0', U'\u3000', U'\u2002', U'\u200B', U'\u2028', U'\uFEFF'}) {
    CHECK(docxsift::is_space(c));
  }
  for (char32_t c : {U'a', U'中', U'\u00AD', U'\u200C', U'_', U'\u3001'}) CHECK_FALSE(docxsift::is_space(c));
}

TEST_CASE("utf8: the text arena stores broken bytes by the decoder's policy", "[utf8]") {
  // The body text of a paragraph with every kind of bad byte, as stored.
  const std::string broken =
      "a\x80\x80"
      "b\xC0\xAF"
      "c\xE4\xB8"
      "d\xED\xA0\x80"
      "e";
  auto doc = docxsift::open_buffer(docxsift::testing::make_docx(docxsift::testing::para(broken)));
  std::string expected;
  for (std::size_t i = 0; i < broken.size();) docxsift::append_utf8(expected, docxsift::next_code_point(broken, i));
  CHECK(docxsift::render::body_text(*doc) == expected);
  CHECK(expected ==
        "a\xEF\xBF\xBD"
        "b\xEF\xBF\xBD"
        "c\xEF\xBF\xBD"
        "d\xEF\xBF\xBD"
        "e");
}
