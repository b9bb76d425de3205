// The hash of the readers' string-keyed tables (interned strings, memoised
// w:rPr markup).
#pragma once

#include <bit>
#include <cstddef>
#include <cstdint>
#include <cstring>
#include <string_view>

namespace docxsift {

// Eight bytes a step, one rotate, xor and multiply each (the FxHash scheme).
// The keys are long (a w:rPr's markup runs to a few hundred bytes) and hashed
// for every run, and std::hash took four times the instructions. Every hit
// compares the full key, so a weaker hash can only lengthen a chain.
inline std::size_t string_hash(std::string_view s) noexcept {
  constexpr std::uint64_t kMultiplier = 0x9E3779B97F4A7C15ull;  // 2^64 / golden ratio
  std::uint64_t h = s.size();
  const char* p = s.data();
  std::size_t n = s.size();
  for (; n >= 8; p += 8, n -= 8) {
    std::uint64_t word;
    std::memcpy(&word, p, 8);
    h = (std::rotl(h, 5) ^ word) * kMultiplier;
  }
  if (n > 0) {
    std::uint64_t word = 0;
    for (std::size_t i = 0; i < n; ++i) word |= std::uint64_t{static_cast<unsigned char>(p[i])} << (8 * i);
    h = (std::rotl(h, 5) ^ word) * kMultiplier;
  }
  // The multiply leaves its entropy in the high bits; bucket indices use the low.
  return static_cast<std::size_t>(h ^ (h >> 29));
}

// For unordered containers keyed by std::string and searched by string_view.
struct StringHash {
  using is_transparent = void;
  std::size_t operator()(std::string_view s) const noexcept { return string_hash(s); }
};

}  // namespace docxsift
