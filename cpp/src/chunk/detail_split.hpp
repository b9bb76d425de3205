// Cutting a paragraph or table row that is over budget into units that fit:
// at ICU sentence boundaries, else at word boundaries, else between code points.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

#include "docxsift/chunks.hpp"

namespace docxsift::chunk::detail {

// The options' counter, or count_tokens when none is given.
class Counter {
 public:
  explicit Counter(const TokenCounter& custom) : custom_(custom ? &custom : nullptr) {}
  std::size_t operator()(std::string_view text) const { return custom_ ? (*custom_)(text) : count_tokens(text); }
  // The built-in count of a join is at most the sum of the parts' counts,
  // so sums may stand for counts; a custom counter's may not.
  bool additive() const { return custom_ == nullptr; }

 private:
  const TokenCounter* custom_;
};

struct Unit {
  std::string text;
  std::size_t tokens = 0;
  bool oversized = false;  // one code point counted above the budget
};

// `text` cut into consecutive units of at most `budget` tokens each (except
// oversized ones); concatenated, they give `text` back byte for byte.
std::vector<Unit> split_to_fit(std::string_view text, std::size_t budget, const Counter& count);

}  // namespace docxsift::chunk::detail
