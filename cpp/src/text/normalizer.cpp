// The normalisation pipeline: which passes run, in which order, per chunk.
#include <string>
#include <utility>

#include <unicode/bytestream.h>
#include <unicode/locid.h>
#include <unicode/normalizer2.h>
#include <unicode/unistr.h>

#include "docxsift/text.hpp"
#include "text/detail_chunks.hpp"
#include "text/detail_icu.hpp"
#include "text/detail_passes.hpp"
#include "text/detail_t2s.hpp"

namespace docxsift::text {

namespace detail {

// The ICU objects a Normalizer uses, resolved once. The normaliser instances
// are ICU singletons and immutable; the t2s converter is immutable once built.
struct NormalizerState {
  const icu::Normalizer2* form = nullptr;
  const TraditionalToSimplified* t2s = nullptr;
};

}  // namespace detail

namespace {

// A line longer than this is cut (detail::chunk_end) so one chunk's UTF-16
// copies stay bounded.
constexpr std::size_t kHardMax = std::size_t{16} << 20;

// Only the normal form: ICU normalises UTF-8 directly, several times faster
// than a round trip through UTF-16.
bool is_plain_form(const NormalizerOptions& o) {
  return !o.t2s && o.width == Width::Keep && o.whitespace == Whitespace::Keep && !o.strip_controls &&
         o.zero_width == ZeroWidth::Keep && o.quotes == Quotes::Keep && o.punctuation == Punctuation::Keep &&
         !o.lowercase;
}

bool may_hold_han(const icu::UnicodeString& s) {
  const char16_t* p = s.getBuffer();
  for (int32_t i = 0, n = s.length(); i < n; ++i) {
    if (p[i] >= 0x2E80) return true;
  }
  return false;
}

// Order matters for idempotence (normalize(normalize(x)) == normalize(x)):
// removals come first, so a combining mark freed by a removed ZWSP still
// composes; white space collapses before punctuation looks at neighbours;
// the normal form is restored last, because width folding (Ａ + U+0301) and
// lowercasing can leave text that is not in it.
void normalize_chunk(std::string_view chunk, const NormalizerOptions& o, const detail::NormalizerState& state,
                     std::string& out) {
  icu::UnicodeString s;
  detail::decode_filtered(chunk, o.strip_controls, o.zero_width == ZeroWidth::Remove, s);
  detail::normalize_in_place(*state.form, s);
  bool renormalize = false;
  if (state.t2s != nullptr && may_hold_han(s)) {
    state.t2s->convert(s);
    renormalize = true;
  }
  if (o.lowercase) {
    s.toLower(icu::Locale::getRoot());
    renormalize = true;
  }
  if (o.whitespace == Whitespace::Collapse) detail::collapse_whitespace(s);
  if (o.width == Width::Fold || o.quotes != Quotes::Keep || o.punctuation != Punctuation::Keep) {
    detail::rewrite_characters(s, o.width, o.quotes, o.punctuation);
    renormalize = true;
  }
  if (renormalize) detail::normalize_in_place(*state.form, s);
  if (o.lowercase && o.form == Form::Nfkc) {
    // NFKC can turn a lowercase-stable character into a capital (ᴬ -> A).
    for (int round = 0; round < 3; ++round) {
      icu::UnicodeString lowered(s);
      lowered.toLower(icu::Locale::getRoot());
      if (lowered == s) break;
      s = std::move(lowered);
      detail::normalize_in_place(*state.form, s);
    }
  }
  s.toUTF8String(out);
}

}  // namespace

Normalizer::Normalizer(NormalizerOptions options) : options_(std::move(options)) {
  auto state = std::make_shared<detail::NormalizerState>();
  UErrorCode status = U_ZERO_ERROR;
  state->form =
      options_.form == Form::Nfc ? icu::Normalizer2::getNFCInstance(status) : icu::Normalizer2::getNFKCInstance(status);
  detail::check_icu(status, "Normalizer2::getInstance");
  if (options_.t2s) state->t2s = &detail::traditional_to_simplified();
  state_ = std::move(state);
}

std::string Normalizer::operator()(std::string_view utf8) const {
  std::string out;
  out.reserve(utf8.size());
  // ICU's UTF-8 normaliser passes ill-formed bytes through; ours become U+FFFD.
  const bool direct = is_plain_form(options_) && detail::is_valid_utf8(utf8);
  icu::StringByteSink<std::string> sink(&out);
  for (std::size_t begin = 0; begin < utf8.size();) {
    const std::size_t end = detail::chunk_end(utf8, begin, detail::kChunkTarget, kHardMax);
    const std::string_view chunk = utf8.substr(begin, end - begin);
    if (direct) {
      UErrorCode status = U_ZERO_ERROR;
      state_->form->normalizeUTF8(0, icu::StringPiece(chunk.data(), static_cast<int32_t>(chunk.size())), sink, nullptr,
                                  status);
      detail::check_icu(status, "Normalizer2::normalizeUTF8");
    } else {
      normalize_chunk(chunk, options_, *state_, out);
    }
    begin = end;
  }
  return out;
}

std::string normalize(std::string_view utf8, const NormalizerOptions& options) { return Normalizer(options)(utf8); }

}  // namespace docxsift::text
