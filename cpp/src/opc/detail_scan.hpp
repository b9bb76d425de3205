// A strict scanner for the plain markup Word writes (elements, attributes,
// text): it finds element boundaries without building a tree. Whatever it
// accepts, pugixml parses the same way; anything unusual (comments, CDATA,
// processing instructions, odd names) it refuses, and the caller then leaves
// the bytes to pugixml alone.
#pragma once

#include <array>
#include <cstddef>
#include <cstdint>
#include <string_view>

namespace docxsift::opc::detail {

// Character classes, one table lookup a byte.
enum : std::uint8_t { kNameStart = 1, kNameChar = 2, kSpace = 4 };

constexpr std::array<std::uint8_t, 256> make_classes() {
  std::array<std::uint8_t, 256> t{};
  for (int c = 'A'; c <= 'Z'; ++c) t[static_cast<std::size_t>(c)] = kNameStart | kNameChar;
  for (int c = 'a'; c <= 'z'; ++c) t[static_cast<std::size_t>(c)] = kNameStart | kNameChar;
  t['_'] = kNameStart | kNameChar;
  for (int c = '0'; c <= '9'; ++c) t[static_cast<std::size_t>(c)] = kNameChar;
  t[':'] = t['-'] = t['.'] = kNameChar;
  t[' '] = t['\t'] = t['\r'] = t['\n'] = kSpace;
  return t;
}
inline constexpr std::array<std::uint8_t, 256> kClasses = make_classes();

inline bool has(char c, std::uint8_t cls) { return (kClasses[static_cast<unsigned char>(c)] & cls) != 0; }

inline constexpr std::size_t kNpos = std::string_view::npos;

// A start tag from `i` (just after its '<'): an ASCII name, then attributes
// name="value" (or 'value'). Returns the position after its '>' (or "/>"),
// or kNpos for anything else. What it accepts, pugixml accepts (values may
// hold anything but their quote and NUL there; the caller has ruled NUL out).
std::size_t scan_start_tag(std::string_view s, std::size_t i, std::string_view& name, bool& empty);

// The content of an element whose start tag ends before `i`: text, nested
// elements as scan_start_tag accepts them, end tags that match. Returns the
// position of the '<' of its own end tag, or kNpos (comments, CDATA,
// processing instructions, anything unusual: then nothing is cut).
std::size_t scan_content(std::string_view s, std::size_t i, std::string_view open_name);

// Whether `s` has the end tag of element `name` at `at`: "</name" + spaces + ">".
bool end_tag_at(std::string_view s, std::size_t at, std::string_view name);

}  // namespace docxsift::opc::detail
