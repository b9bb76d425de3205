// ICU used plainly, as the reference the tests hold the fast paths to.
#include <climits>
#include <memory>
#include <stdexcept>
#include <string>

#include <unicode/normalizer2.h>
#include <unicode/translit.h>
#include <unicode/unistr.h>

#include "docxsift/text.hpp"
#include "text/detail_icu.hpp"

namespace docxsift::text {
namespace {

icu::UnicodeString from_utf8(std::string_view utf8) {
  if (utf8.size() > static_cast<std::size_t>(INT32_MAX)) {
    throw std::length_error("text longer than 2^31 bytes");
  }
  return icu::UnicodeString::fromUTF8(icu::StringPiece(utf8.data(), static_cast<int32_t>(utf8.size())));
}

}  // namespace

std::string icu_normalize(std::string_view utf8, Form form) {
  UErrorCode status = U_ZERO_ERROR;
  const icu::Normalizer2* normalizer =
      form == Form::Nfc ? icu::Normalizer2::getNFCInstance(status) : icu::Normalizer2::getNFKCInstance(status);
  detail::check_icu(status, "Normalizer2::getInstance");
  const icu::UnicodeString input = from_utf8(utf8);
  const icu::UnicodeString output = normalizer->normalize(input, status);
  detail::check_icu(status, "Normalizer2::normalize");
  std::string out;
  output.toUTF8String(out);
  return out;
}

std::string icu_transliterate(std::string_view utf8, std::string_view id) {
  UErrorCode status = U_ZERO_ERROR;
  std::unique_ptr<icu::Transliterator> t(icu::Transliterator::createInstance(
      icu::UnicodeString::fromUTF8(icu::StringPiece(id.data(), static_cast<int32_t>(id.size()))), UTRANS_FORWARD,
      status));
  detail::check_icu(status, "Transliterator::createInstance");
  icu::UnicodeString text = from_utf8(utf8);
  t->transliterate(text);
  std::string out;
  text.toUTF8String(out);
  return out;
}

}  // namespace docxsift::text
