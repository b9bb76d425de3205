// Text tools on ICU: normalisation presets and
// options, sentence and word segmentation. Input and output are UTF-8;
// ill-formed UTF-8 is read as U+FFFD. No ICU type appears here, so callers
// need no ICU headers.
#pragma once

#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace docxsift::text {

// The Unicode normal form a preset starts from.
enum class Form { Nfc, Nfkc };
// Full-width ASCII letters, digits, space and symbols -> half-width.
enum class Width { Keep, Fold };
// Runs of horizontal white space -> one U+0020; trimmed at line ends.
enum class Whitespace { Keep, Collapse };
// Zero-width and invisible format characters (ZWSP, ZWJ, BOM, bidi marks...).
enum class ZeroWidth { Keep, Remove };
// Curly/guillemet quotes -> ASCII, or straight quotes in CJK text -> “” ‘’.
enum class Quotes { Keep, Ascii, Cjk };
// ASCII ,;:?!() in CJK text -> ，；：？！（）, or those full-width forms -> ASCII.
enum class Punctuation { Keep, Cjk, Ascii };

// The presets by name (the one list; docxsift._core._NORMALIZE_PRESETS).
inline constexpr std::string_view kNormalizerPresets[] = {"nfc", "nfkc", "cjk"};

// What a Normalizer does. Start from a preset; change fields freely.
struct NormalizerOptions {
  std::string preset = "cjk";
  Form form = Form::Nfc;
  bool t2s = false;  // Traditional -> Simplified Chinese (ICU "Hant-Hans")
  Width width = Width::Fold;
  Whitespace whitespace = Whitespace::Collapse;
  bool strip_controls = true;  // C0/C1 controls except \t \n removed; \r\n, \r, \v, \f, NEL -> \n
  ZeroWidth zero_width = ZeroWidth::Remove;
  Quotes quotes = Quotes::Keep;
  Punctuation punctuation = Punctuation::Keep;
  bool lowercase = false;  // ICU root-locale full lowercase mapping

  // "nfc", "nfkc" or "cjk" (any case); std::invalid_argument otherwise.
  static NormalizerOptions from_preset(std::string_view preset);

  // The options in Python keyword syntax, for reprs and logs:
  // "preset='cjk', t2s=False, width='fold', ...".
  std::string to_string() const;
};

// The keywords of docxsift.normalize() as Python spells them. An unset field
// keeps the preset's value.
struct OptionOverrides {
  bool t2s = false;
  std::optional<std::string> width;
  std::optional<std::string> whitespace;
  std::optional<bool> strip_controls;
  std::optional<std::string> zero_width;
  std::optional<std::string> quotes;
  std::optional<std::string> punctuation;
  std::optional<bool> lowercase;
};

// A preset with overrides applied; std::invalid_argument names the keyword
// and its allowed values when one is wrong.
NormalizerOptions resolve_options(std::string_view preset, const OptionOverrides& overrides);

// The Python spelling of each option value ("fold", "keep", ...).
std::string_view name_of(Form value);
std::string_view name_of(Width value);
std::string_view name_of(Whitespace value);
std::string_view name_of(ZeroWidth value);
std::string_view name_of(Quotes value);
std::string_view name_of(Punctuation value);

namespace detail {
struct NormalizerState;
}

// A reusable normaliser. Construction resolves every ICU object once;
// operator() is const and safe to call from many threads at once.
class Normalizer {
 public:
  explicit Normalizer(NormalizerOptions options = {});

  // The normalised text. Never throws on content: any byte string is accepted
  // (NUL included); ill-formed UTF-8 becomes U+FFFD. Text is processed in
  // line-aligned chunks, so input far beyond ICU's 2^31 UTF-16 limit works.
  std::string operator()(std::string_view utf8) const;

  const NormalizerOptions& options() const noexcept { return options_; }

 private:
  NormalizerOptions options_;
  std::shared_ptr<const detail::NormalizerState> state_;
};

// Normalizer(options)(utf8), for one-off calls.
std::string normalize(std::string_view utf8, const NormalizerOptions& options = {});

// ICU's own normaliser on the whole text in one call and nothing else: the
// reference that tests hold Normalizer's "nfc" and "nfkc" presets to.
// std::length_error past ICU's 2^31 UTF-16 units.
std::string icu_normalize(std::string_view utf8, Form form);

// ICU's transliterator `id` (e.g. "Hant-Hans") on the whole text: the
// reference for the t2s option, which applies the same rules from a table.
std::string icu_transliterate(std::string_view utf8, std::string_view id);

// ICU sentence breaks. Each sentence is a view into `utf8`, trimmed of white
// space at both ends; empty ones are dropped.
std::vector<std::string_view> sentences(std::string_view utf8, std::string_view locale = "zh");

// ICU word breaks, dictionary-based for Chinese, Japanese, Thai... Views into
// `utf8`. White space and punctuation segments are dropped unless
// `keep_punctuation`, in which case every segment is returned and they
// concatenate back to the input.
std::vector<std::string_view> words(std::string_view utf8, std::string_view locale = "zh",
                                    bool keep_punctuation = false);

}  // namespace docxsift::text
