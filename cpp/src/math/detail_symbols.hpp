// Unicode characters of Office Math text and their LaTeX spellings. Tables
// only: the converter (omml.cpp) decides where each applies.
#pragma once

#include "docxsift/utf8.hpp"

#include <string>
#include <string_view>

namespace docxsift::math::detail {

// The LaTeX command for a character in math mode ("\\alpha" for U+03B1,
// "\\leq" for U+2264, "-" for U+2212), or empty when the character is written
// as itself. Also covers LaTeX's special characters (# $ % & _ { } ~ ^ \).
std::string_view math_symbol(char32_t cp);

// The same for text mode (\text{...}): only LaTeX's special characters
// change; every other character is written as itself.
std::string_view text_symbol(char32_t cp);

// A character from the Mathematical Alphanumeric Symbols block (U+1D400...)
// or a letterlike symbol (ℝ): the plain letter or digit and the LaTeX font
// command it is drawn in ("\\mathbb", "" for plain italic). False otherwise.
bool math_alphanumeric(char32_t cp, char& base, std::string_view& font);

// Operator names LaTeX has a command for: "sin" -> "\\sin". Empty otherwise.
std::string_view function_command(std::string_view name);

// Whether a function name takes its limits underneath (lim, max, det ...).
bool takes_limits(std::string_view command);

// The command for an n-ary operator character (∑ -> "\\sum"), empty when unknown.
std::string_view nary_command(char32_t cp);
bool is_integral(char32_t cp);

// The accent command for m:acc's character (U+0302 -> "\\hat"), and its wide
// form for bases longer than one symbol ("\\widehat"); empty when unknown.
struct Accent {
  std::string_view narrow;
  std::string_view wide;
};
Accent accent_command(char32_t cp);

// A delimiter for \left / \right ("(" , "\\{", "\\langle"), empty when the
// character cannot be one.
std::string_view delimiter(char32_t cp);

// UTF-8 by the one policy of docxsift/utf8.hpp.
using docxsift::append_utf8;
using docxsift::next_code_point;

}  // namespace docxsift::math::detail
