#include "text/detail_passes.hpp"

#include <algorithm>
#include <cstdint>
#include <cstring>
#include <new>
#include <utility>
#include <vector>

#include <unicode/utf16.h>
#include <unicode/utf8.h>

#include "docxsift/utf8.hpp"
#include "text/detail_chars.hpp"
#include "text/detail_icu.hpp"

namespace docxsift::text::detail {
namespace {

// What lies beside a character once the punctuation and quotes we rewrite are
// looked through (is_context_transparent).
enum class Side : std::uint8_t { LineEdge, Cjk, Other };

Side side_of(UChar32 c) { return is_cjk_letter(c) ? Side::Cjk : Side::Other; }

// Per unit of one line: the nearest non-transparent character before and after.
struct LineContext {
  std::vector<Side> before;
  std::vector<Side> after;

  void compute(const char16_t* s, int32_t n) {
    before.assign(static_cast<std::size_t>(n), Side::LineEdge);
    after.assign(static_cast<std::size_t>(n), Side::LineEdge);
    Side state = Side::LineEdge;
    for (int32_t i = 0; i < n;) {
      before[static_cast<std::size_t>(i)] = state;
      UChar32 c;
      int32_t start = i;
      U16_NEXT(s, i, n, c);
      if (i - start == 2) before[static_cast<std::size_t>(start + 1)] = state;
      if (!is_context_transparent(c)) state = side_of(c);
    }
    state = Side::LineEdge;
    for (int32_t i = n; i > 0;) {
      UChar32 c;
      int32_t end = i;
      U16_PREV(s, 0, i, c);
      after[static_cast<std::size_t>(end - 1)] = state;
      if (end - i == 2) after[static_cast<std::size_t>(i)] = state;
      if (!is_context_transparent(c)) state = side_of(c);
    }
  }
};

bool is_ascii_letter(char16_t u) { return (u >= 'A' && u <= 'Z') || (u >= 'a' && u <= 'z'); }

void fold_width_line(char16_t* s, int32_t n) {
  for (int32_t i = 0; i < n; ++i) {
    const char16_t u = s[i];
    if (u == 0xFF0E || u == 0xFF1A) {
      // ３．１４ and ｗｗｗ．ｅｘ are a decimal point and a dot; １２：３０ a time.
      const char16_t prev = i > 0 ? s[i - 1] : 0;
      const char16_t next = i + 1 < n ? s[i + 1] : 0;
      const bool fold = u == 0xFF0E ? (is_ascii_alnum(prev) || is_fullwidth_alnum(prev)) &&
                                          (is_ascii_alnum(next) || is_fullwidth_alnum(next))
                                    : is_digit(prev) && is_digit(next);
      if (fold) s[i] = static_cast<char16_t>(u - 0xFEE0);
      continue;
    }
    s[i] = static_cast<char16_t>(fold_width(u));
  }
}

void ascii_quotes_line(char16_t* s, int32_t n) {
  for (int32_t i = 0; i < n; ++i) {
    if (is_double_quote(s[i])) s[i] = u'"';
    else if (is_single_quote(s[i])) s[i] = u'\'';
  }
}

void ascii_punctuation_line(char16_t* s, int32_t n) {
  for (int32_t i = 0; i < n; ++i) s[i] = static_cast<char16_t>(to_ascii_punct(s[i]));
}

// ASCII ,;:?! after a CJK character and before one (or the line end); an
// ASCII ( ) pair whose opening is next to CJK or whose content ends in it.
void cjk_punctuation_line(char16_t* s, int32_t n, const LineContext& ctx) {
  std::vector<int32_t> open;
  for (int32_t i = 0; i < n; ++i) {
    const auto k = static_cast<std::size_t>(i);
    const char16_t u = s[i];
    if (u == u'(') {
      open.push_back(i);
    } else if (u == u')') {
      if (open.empty()) continue;
      const int32_t j = open.back();
      open.pop_back();
      const auto jk = static_cast<std::size_t>(j);
      if (ctx.before[jk] == Side::Cjk || ctx.after[jk] == Side::Cjk || ctx.before[k] == Side::Cjk) {
        s[j] = u'（';
        s[i] = u'）';
      }
    } else if (u == u',' || u == u';' || u == u':' || u == u'?' || u == u'!') {
      if (ctx.before[k] == Side::Cjk && ctx.after[k] != Side::Other) {
        s[i] = static_cast<char16_t>(to_fullwidth_punct(u));
      }
    }
  }
}

// Straight quotes pair up in order along the line; a pair touching CJK text
// becomes “” or ‘’. A single quote next to an ASCII letter is an apostrophe.
void cjk_quotes_line(char16_t* s, int32_t n, const LineContext& ctx) {
  std::vector<int32_t> doubles;
  std::vector<int32_t> singles;
  for (int32_t i = 0; i < n; ++i) {
    if (s[i] == u'"' || s[i] == u'＂') doubles.push_back(i);
    else if (s[i] == u'\'' || s[i] == u'＇') singles.push_back(i);
  }
  auto touches_cjk = [&](int32_t a, int32_t b) {
    const auto ak = static_cast<std::size_t>(a);
    const auto bk = static_cast<std::size_t>(b);
    return ctx.before[ak] == Side::Cjk || ctx.after[ak] == Side::Cjk || ctx.before[bk] == Side::Cjk ||
           ctx.after[bk] == Side::Cjk;
  };
  for (std::size_t p = 0; p + 1 < doubles.size(); p += 2) {
    if (touches_cjk(doubles[p], doubles[p + 1])) {
      s[doubles[p]] = u'“';
      s[doubles[p + 1]] = u'”';
    }
  }
  for (std::size_t p = 0; p + 1 < singles.size(); p += 2) {
    const int32_t a = singles[p];
    const int32_t b = singles[p + 1];
    const bool apostrophe = (a > 0 && is_ascii_letter(s[a - 1])) || (b + 1 < n && is_ascii_letter(s[b + 1]));
    if (!apostrophe && touches_cjk(a, b)) {
      s[a] = u'‘';
      s[b] = u'’';
    }
  }
}

}  // namespace

bool is_valid_utf8(std::string_view utf8) {
  const auto* p = reinterpret_cast<const std::uint8_t*>(utf8.data());
  const std::size_t n = utf8.size();
  for (std::size_t i = 0; i < n;) {
    if (i + 8 <= n) {
      std::uint64_t word;
      std::memcpy(&word, p + i, 8);
      if ((word & 0x8080808080808080ULL) == 0) {
        i += 8;
        continue;
      }
    }
    Utf8CodePoint cp = decode_utf8(utf8, i);
    if (!cp.valid) return false;
    i += cp.size;
  }
  return true;
}

void decode_filtered(std::string_view utf8, bool strip_controls, bool remove_zero_width, icu::UnicodeString& out) {
  const auto length = static_cast<int32_t>(utf8.size());
  const auto* s = reinterpret_cast<const std::uint8_t*>(utf8.data());
  // A UTF-8 sequence never yields more UTF-16 units than it has bytes.
  char16_t* buffer = out.getBuffer(std::max<int32_t>(length, 1));
  if (buffer == nullptr) throw std::bad_alloc();
  int32_t n = 0;
  for (int32_t i = 0; i < length;) {
    UChar32 c = s[i];
    if (c < 0x80) {
      ++i;
    } else {
      U8_NEXT_OR_FFFD(s, i, length, c);
    }
    if (strip_controls && is_control(c) && c != '\t' && c != '\n') {
      if (c == '\r') {
        if (i < length && s[i] == '\n') continue;
        c = '\n';
      } else if (c == 0x0B || c == 0x0C || c == 0x85) {
        c = '\n';
      } else {
        continue;
      }
    }
    if (remove_zero_width && is_zero_width(c)) continue;
    U16_APPEND_UNSAFE(buffer, n, c);
  }
  out.releaseBuffer(n);
}

void normalize_in_place(const icu::Normalizer2& normalizer, icu::UnicodeString& text) {
  UErrorCode status = U_ZERO_ERROR;
  const int32_t span = normalizer.spanQuickCheckYes(text, status);
  check_icu(status, "Normalizer2::spanQuickCheckYes");
  if (span == text.length()) return;
  icu::UnicodeString result(text, 0, span);
  normalizer.normalizeSecondAndAppend(result, text.tempSubString(span), status);
  check_icu(status, "Normalizer2::normalizeSecondAndAppend");
  text = std::move(result);
}

void collapse_whitespace(icu::UnicodeString& text) {
  const int32_t length = text.length();
  if (length == 0) return;
  char16_t* s = text.getBuffer(length);
  if (s == nullptr) throw std::bad_alloc();
  // Compacts in place: the write index never passes the read index.
  int32_t n = 0;
  bool pending = false;
  bool line_start = true;
  for (int32_t i = 0; i < length; ++i) {
    const char16_t u = s[i];
    if (is_horizontal_space(u)) {
      pending = true;
    } else if (is_line_break(u)) {
      pending = false;
      line_start = true;
      s[n++] = u;
    } else {
      if (pending && !line_start) s[n++] = u' ';
      pending = false;
      line_start = false;
      s[n++] = u;
    }
  }
  text.releaseBuffer(n);
}

void rewrite_characters(icu::UnicodeString& text, Width width, Quotes quotes, Punctuation punctuation) {
  const int32_t length = text.length();
  if (length == 0) return;
  const bool contextual = quotes == Quotes::Cjk || punctuation == Punctuation::Cjk;
  char16_t* s = text.getBuffer(length);
  if (s == nullptr) throw std::bad_alloc();
  LineContext ctx;
  for (int32_t start = 0; start < length;) {
    int32_t end = start;
    while (end < length && !is_line_break(s[end])) ++end;
    char16_t* line = s + start;
    const int32_t n = end - start;
    if (width == Width::Fold) fold_width_line(line, n);
    if (quotes == Quotes::Ascii) ascii_quotes_line(line, n);
    if (punctuation == Punctuation::Ascii) ascii_punctuation_line(line, n);
    if (contextual && n > 0) {
      // Every rewrite below turns a transparent character into another, so
      // one context computed up front stays true while they run.
      ctx.compute(line, n);
      if (punctuation == Punctuation::Cjk) cjk_punctuation_line(line, n, ctx);
      if (quotes == Quotes::Cjk) cjk_quotes_line(line, n, ctx);
    }
    start = end + 1;
  }
  text.releaseBuffer(length);
}

}  // namespace docxsift::text::detail
