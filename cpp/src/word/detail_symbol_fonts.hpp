// Symbol-font characters as Unicode. Word stores w:sym and bullet characters
// of the Symbol and Wingdings fonts as private-use code points (U+F020-U+F0FF
// or the bare byte); this maps them to the standard Unicode characters.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>

namespace docxsift::word {

// The Unicode code point Word draws for `code` in `font`. Characters with no
// standard mapping are returned unchanged (private use), never dropped.
std::uint32_t symbol_to_unicode(std::string_view font, std::uint32_t code);

// Rewrites private-use characters of a symbol font in `text` (UTF-8).
std::string map_symbol_text(std::string_view font, std::string_view text);

}  // namespace docxsift::word
