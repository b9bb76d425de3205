// Sentence and word segmentation with ICU break iterators over UTF-8 UText,
// so boundaries are byte offsets into the caller's text and nothing is copied.
#include <map>
#include <memory>
#include <mutex>
#include <new>
#include <string>
#include <utility>

#include <unicode/brkiter.h>
#include <unicode/locid.h>
#include <unicode/uchar.h>
#include <unicode/utext.h>
#include <unicode/utf8.h>

#include "docxsift/text.hpp"
#include "text/detail_chunks.hpp"
#include "text/detail_icu.hpp"

namespace docxsift::text {
namespace {

enum class BreakKind { Sentence, Word };

// Newlines are hard sentence and word boundaries in ICU's rules, so chunking
// at them changes nothing; the limit only keeps ICU's int32_t offsets valid.
constexpr std::size_t kHardMax = std::size_t{256} << 20;
// Locales whose prototypes are kept; arbitrary user strings cannot grow it further.
constexpr std::size_t kMaxCachedLocales = 32;

// Creating a break iterator loads rules and dictionaries (tens of
// microseconds or more); cloning a cached prototype is cheap. Iterators are
// not thread-safe, so each call gets its own clone.
std::unique_ptr<icu::BreakIterator> make_break_iterator(BreakKind kind, std::string_view locale) {
  static std::mutex mutex;
  // Leaked on purpose, as in t2s.cpp: no ICU objects destroyed at exit.
  static auto* cache = new std::map<std::pair<BreakKind, std::string>, std::unique_ptr<icu::BreakIterator>>();
  std::pair<BreakKind, std::string> key{kind, std::string(locale)};
  std::lock_guard<std::mutex> lock(mutex);
  auto it = cache->find(key);
  if (it == cache->end()) {
    UErrorCode status = U_ZERO_ERROR;
    const icu::Locale loc(key.second.c_str());
    std::unique_ptr<icu::BreakIterator> prototype(kind == BreakKind::Sentence
                                                      ? icu::BreakIterator::createSentenceInstance(loc, status)
                                                      : icu::BreakIterator::createWordInstance(loc, status));
    detail::check_icu(status, "BreakIterator::createInstance");
    if (!prototype) throw std::bad_alloc();
    if (cache->size() >= kMaxCachedLocales) return prototype;
    it = cache->emplace(std::move(key), std::move(prototype)).first;
  }
  std::unique_ptr<icu::BreakIterator> clone(it->second->clone());
  if (!clone) throw std::bad_alloc();
  return clone;
}

struct UTextCloser {
  void operator()(UText* t) const { utext_close(t); }
};

// Calls on_segment(segment, rule_status) for every segment of `text`.
template <typename F>
void for_each_segment(std::string_view text, BreakKind kind, std::string_view locale, F&& on_segment) {
  if (text.empty()) return;
  auto iterator = make_break_iterator(kind, locale);
  for (std::size_t begin = 0; begin < text.size();) {
    const std::size_t end = detail::chunk_end(text, begin, detail::kChunkTarget, kHardMax);
    const std::string_view chunk = text.substr(begin, end - begin);
    UErrorCode status = U_ZERO_ERROR;
    std::unique_ptr<UText, UTextCloser> ut(
        utext_openUTF8(nullptr, chunk.data(), static_cast<int64_t>(chunk.size()), &status));
    detail::check_icu(status, "utext_openUTF8");
    iterator->setText(ut.get(), status);
    detail::check_icu(status, "BreakIterator::setText");
    int32_t from = iterator->first();
    for (int32_t to = iterator->next(); to != icu::BreakIterator::DONE; to = iterator->next()) {
      on_segment(chunk.substr(static_cast<std::size_t>(from), static_cast<std::size_t>(to - from)),
                 iterator->getRuleStatus());
      from = to;
    }
    begin = end;
  }
}

std::string_view trim_white_space(std::string_view s) {
  const auto* p = reinterpret_cast<const std::uint8_t*>(s.data());
  auto n = static_cast<int32_t>(s.size());
  int32_t start = 0;
  while (start < n) {
    int32_t next = start;
    UChar32 c;
    U8_NEXT_OR_FFFD(p, next, n, c);
    if (!u_isUWhiteSpace(c)) break;
    start = next;
  }
  while (n > start) {
    int32_t prev = n;
    UChar32 c;
    U8_PREV_OR_FFFD(p, start, prev, c);
    if (!u_isUWhiteSpace(c)) break;
    n = prev;
  }
  return s.substr(static_cast<std::size_t>(start), static_cast<std::size_t>(n - start));
}

}  // namespace

std::vector<std::string_view> sentences(std::string_view utf8, std::string_view locale) {
  std::vector<std::string_view> out;
  for_each_segment(utf8, BreakKind::Sentence, locale, [&](std::string_view segment, int32_t) {
    segment = trim_white_space(segment);
    if (!segment.empty()) out.push_back(segment);
  });
  return out;
}

std::vector<std::string_view> words(std::string_view utf8, std::string_view locale, bool keep_punctuation) {
  std::vector<std::string_view> out;
  for_each_segment(utf8, BreakKind::Word, locale, [&](std::string_view segment, int32_t status) {
    // UBRK_WORD_NONE..UBRK_WORD_NONE_LIMIT: spaces, punctuation, symbols.
    if (keep_punctuation || status >= UBRK_WORD_NONE_LIMIT) out.push_back(segment);
  });
  return out;
}

}  // namespace docxsift::text
