#include "text/detail_t2s.hpp"

#include <algorithm>
#include <new>
#include <optional>

#include "text/detail_icu.hpp"

namespace docxsift::text::detail {
namespace {

// Idle clones kept for reuse; more threads than this just clone afresh.
constexpr std::size_t kMaxIdle = 16;

int hex_value(char16_t c) {
  if (c >= u'0' && c <= u'9') return c - u'0';
  if (c >= u'A' && c <= u'F') return c - u'A' + 10;
  if (c >= u'a' && c <= u'f') return c - u'a' + 10;
  return -1;
}

// A reader of toRules(escapeUnprintable=true) output restricted to literal
// rules: `\uXXXX...\uXXXX > \uXXXX...;`. Anything else is reported as unknown.
class RuleReader {
 public:
  explicit RuleReader(const icu::UnicodeString& rules) : s_(rules) {}

  bool at_end() {
    skip_space();
    return i_ >= s_.length();
  }

  // One escaped literal; nullopt when the text is not one.
  std::optional<std::u16string> literal() {
    std::u16string out;
    skip_space();
    while (i_ + 1 < s_.length() && s_[i_] == u'\\' && (s_[i_ + 1] == u'u' || s_[i_ + 1] == u'U')) {
      const int digits = s_[i_ + 1] == u'u' ? 4 : 8;
      UChar32 c = 0;
      for (int d = 0; d < digits; ++d) {
        const int32_t at = i_ + 2 + d;
        const int v = at < s_.length() ? hex_value(s_[at]) : -1;
        if (v < 0) return std::nullopt;
        c = c * 16 + v;
      }
      if (c > 0x10FFFF) return std::nullopt;
      if (c <= 0xFFFF) {
        out.push_back(static_cast<char16_t>(c));
      } else {
        out.push_back(static_cast<char16_t>(U16_LEAD(c)));
        out.push_back(static_cast<char16_t>(U16_TRAIL(c)));
      }
      i_ += 2 + digits;
    }
    return out;
  }

  bool expect(char16_t c) {
    skip_space();
    if (i_ < s_.length() && s_[i_] == c) {
      ++i_;
      return true;
    }
    return false;
  }

 private:
  void skip_space() {
    while (i_ < s_.length() && (s_[i_] == u' ' || s_[i_] == u'\n' || s_[i_] == u'\t')) ++i_;
  }

  const icu::UnicodeString& s_;
  int32_t i_ = 0;
};

}  // namespace

TransliteratorPool::TransliteratorPool(const char* id) {
  UErrorCode status = U_ZERO_ERROR;
  prototype_.reset(icu::Transliterator::createInstance(icu::UnicodeString(id, -1, US_INV), UTRANS_FORWARD, status));
  check_icu(status, "Transliterator::createInstance");
  if (!prototype_) throw std::bad_alloc();
}

std::unique_ptr<icu::Transliterator> TransliteratorPool::acquire() const {
  std::lock_guard<std::mutex> lock(mutex_);
  if (!idle_.empty()) {
    auto t = std::move(idle_.back());
    idle_.pop_back();
    return t;
  }
  std::unique_ptr<icu::Transliterator> t(prototype_->clone());
  if (!t) throw std::bad_alloc();
  return t;
}

void TransliteratorPool::release(std::unique_ptr<icu::Transliterator> t) const {
  std::lock_guard<std::mutex> lock(mutex_);
  if (idle_.size() < kMaxIdle) idle_.push_back(std::move(t));
}

void TransliteratorPool::transliterate(icu::UnicodeString& text) const {
  auto t = acquire();
  t->transliterate(text);
  release(std::move(t));
}

TraditionalToSimplified::TraditionalToSimplified() : icu_("Hant-Hans") {
  if (!load_rules(icu_.prototype())) {
    rules_.clear();
    first_.clear();
  }
}

bool TraditionalToSimplified::load_rules(const icu::Transliterator& t) {
  if (t.getFilter() != nullptr || t.countElements() != 0) return false;
  icu::UnicodeString text;
  t.toRules(text, true);
  RuleReader reader(text);
  std::vector<Rule> rules;
  while (!reader.at_end()) {
    auto from = reader.literal();
    if (!from || from->empty() || !reader.expect(u'>')) return false;
    auto to = reader.literal();
    if (!to || !reader.expect(u';')) return false;
    rules.push_back({std::move(*from), std::move(*to)});
  }
  if (rules.empty()) return false;
  // Group by first unit; stable, so ICU's priority order holds within a group.
  std::stable_sort(rules.begin(), rules.end(), [](const Rule& a, const Rule& b) { return a.from[0] < b.from[0]; });
  first_.assign(0x10001, 0);
  for (const Rule& r : rules) ++first_[r.from[0] + 1u];
  for (std::size_t u = 1; u < first_.size(); ++u) first_[u] += first_[u - 1];
  rules_ = std::move(rules);
  return true;
}

void TraditionalToSimplified::convert(icu::UnicodeString& text) const {
  if (!uses_table()) {
    icu_.transliterate(text);
    return;
  }
  const char16_t* s = text.getBuffer();
  const int32_t n = text.length();
  icu::UnicodeString out;
  int32_t copied = 0;  // s[0, copied) is already in `out`
  for (int32_t i = 0; i < n;) {
    const char16_t u = s[i];
    const std::uint32_t end = first_[u + 1u];
    const Rule* match = nullptr;
    for (std::uint32_t r = first_[u]; r < end; ++r) {
      const std::u16string& from = rules_[r].from;
      if (static_cast<std::size_t>(n - i) >= from.size() && std::equal(from.begin(), from.end(), s + i)) {
        match = &rules_[r];
        break;
      }
    }
    if (match == nullptr) {
      ++i;
      continue;
    }
    if (copied == 0) out = icu::UnicodeString(n, 0, 0);  // room for the whole text, once
    out.append(s + copied, i - copied);
    out.append(match->to.data(), static_cast<int32_t>(match->to.size()));
    i += static_cast<int32_t>(match->from.size());
    copied = i;
  }
  if (copied == 0) return;
  out.append(s + copied, n - copied);
  text = std::move(out);
}

const TraditionalToSimplified& traditional_to_simplified() {
  // Leaked on purpose: destroying ICU objects during static destruction can
  // race ICU's own cleanup at process exit.
  static const TraditionalToSimplified* converter = new TraditionalToSimplified();
  return *converter;
}

}  // namespace docxsift::text::detail
