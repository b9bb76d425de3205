// The normaliser's passes over one chunk of text, in UTF-16 (ICU's native
// form). Each pass is independent; normalizer.cpp decides the order.
#pragma once

#include <string_view>

#include <unicode/normalizer2.h>
#include <unicode/unistr.h>

#include "docxsift/text.hpp"

namespace docxsift::text::detail {

// Whether `utf8` is well-formed UTF-8 (Unicode Table 3-7: no surrogates,
// overlongs or values past U+10FFFF).
bool is_valid_utf8(std::string_view utf8);

// UTF-8 -> UTF-16 in one pass, ill-formed sequences -> U+FFFD. With
// `strip_controls`, C0/C1 controls other than \t and \n are dropped and the
// line-ending ones (\r\n, \r, \v, \f, NEL) become \n. With
// `remove_zero_width`, is_zero_width() characters are dropped.
void decode_filtered(std::string_view utf8, bool strip_controls, bool remove_zero_width, icu::UnicodeString& out);

// Brings `text` into `normalizer`'s form, copying only from the first
// character the quick check does not pass (most text is already NFC).
void normalize_in_place(const icu::Normalizer2& normalizer, icu::UnicodeString& text);

// Runs of horizontal white space become one U+0020; runs at the start or
// end of a line are removed.
void collapse_whitespace(icu::UnicodeString& text);

// Width folding and the quote and punctuation options, in place, line by line.
void rewrite_characters(icu::UnicodeString& text, Width width, Quotes quotes, Punctuation punctuation);

}  // namespace docxsift::text::detail
