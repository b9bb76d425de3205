// Traditional -> Simplified Chinese (the t2s option) from ICU's "Hant-Hans" data.
#pragma once

#include <cstdint>
#include <memory>
#include <mutex>
#include <string>
#include <vector>

#include <unicode/translit.h>
#include <unicode/unistr.h>

namespace docxsift::text::detail {

// An ICU Transliterator is not safe to use from two threads at once, and
// building one from rules takes milliseconds. The pool builds it once and
// lends clones, so many threads can transliterate without rebuilding.
class TransliteratorPool {
 public:
  explicit TransliteratorPool(const char* id);
  void transliterate(icu::UnicodeString& text) const;
  const icu::Transliterator& prototype() const { return *prototype_; }

 private:
  std::unique_ptr<icu::Transliterator> acquire() const;
  void release(std::unique_ptr<icu::Transliterator> t) const;

  std::unique_ptr<icu::Transliterator> prototype_;
  mutable std::mutex mutex_;
  mutable std::vector<std::unique_ptr<icu::Transliterator>> idle_;
};

// ICU's rule engine converts about 2 MB/s. Its Hant-Hans rules are all
// literal ("餘額 > 余额;", "餘 > 馀;": 3,952 rules, 976 of them phrases), so
// they are read once from the transliterator (toRules) and applied from a
// table with ICU's semantics: at each position the first rule, in ICU's
// order, whose left side matches is applied and matching resumes after it.
// The result is ICU's, an order of magnitude faster. If an ICU version ships
// rules that are not plain literals (or a filter), the transliterator itself
// is used.
class TraditionalToSimplified {
 public:
  TraditionalToSimplified();
  void convert(icu::UnicodeString& text) const;
  bool uses_table() const noexcept { return !first_.empty(); }

 private:
  struct Rule {
    std::u16string from;
    std::u16string to;
  };
  bool load_rules(const icu::Transliterator& t);

  TransliteratorPool icu_;
  std::vector<Rule> rules_;           // grouped by first code unit, ICU's order within a group
  std::vector<std::uint32_t> first_;  // rules_[first_[u]..first_[u + 1]) start with unit u
};

// The process-wide converter, built on first use.
const TraditionalToSimplified& traditional_to_simplified();

}  // namespace docxsift::text::detail
