// Duplicate detection for scraped corpora: SHA-256 for exact copies, MinHash
// over character shingles with LSH banding for near-duplicates.
#include <algorithm>
#include <array>
#include <cerrno>
#include <cstring>
#include <fstream>
#include <numeric>
#include <stdexcept>
#include <system_error>
#include <unordered_map>

#include "docxsift/batch.hpp"
#include "docxsift/utf8.hpp"

namespace docxsift::batch {
namespace {

// --- SHA-256 (FIPS 180-4) -----------------------------------------------------

constexpr std::array<std::uint32_t, 64> kRound = {
    0x428a2f98, 0x71374491, 0xb5c0fbcf, 0xe9b5dba5, 0x3956c25b, 0x59f111f1, 0x923f82a4, 0xab1c5ed5,
    0xd807aa98, 0x12835b01, 0x243185be, 0x550c7dc3, 0x72be5d74, 0x80deb1fe, 0x9bdc06a7, 0xc19bf174,
    0xe49b69c1, 0xefbe4786, 0x0fc19dc6, 0x240ca1cc, 0x2de92c6f, 0x4a7484aa, 0x5cb0a9dc, 0x76f988da,
    0x983e5152, 0xa831c66d, 0xb00327c8, 0xbf597fc7, 0xc6e00bf3, 0xd5a79147, 0x06ca6351, 0x14292967,
    0x27b70a85, 0x2e1b2138, 0x4d2c6dfc, 0x53380d13, 0x650a7354, 0x766a0abb, 0x81c2c92e, 0x92722c85,
    0xa2bfe8a1, 0xa81a664b, 0xc24b8b70, 0xc76c51a3, 0xd192e819, 0xd6990624, 0xf40e3585, 0x106aa070,
    0x19a4c116, 0x1e376c08, 0x2748774c, 0x34b0bcb5, 0x391c0cb3, 0x4ed8aa4a, 0x5b9cca4f, 0x682e6ff3,
    0x748f82ee, 0x78a5636f, 0x84c87814, 0x8cc70208, 0x90befffa, 0xa4506ceb, 0xbef9a3f7, 0xc67178f2};

class Sha256 {
 public:
  void update(const unsigned char* data, std::size_t size) {
    length_ += size;
    while (size > 0) {
      std::size_t take = std::min(size, block_.size() - used_);
      std::memcpy(block_.data() + used_, data, take);
      used_ += take;
      data += take;
      size -= take;
      if (used_ == block_.size()) {
        compress();
        used_ = 0;
      }
    }
  }

  std::string hex() {
    const std::uint64_t bits = length_ * 8;
    const unsigned char pad = 0x80;
    update(&pad, 1);
    const unsigned char zero = 0;
    while (used_ != 56) update(&zero, 1);
    unsigned char tail[8];
    for (int i = 0; i < 8; ++i) tail[i] = static_cast<unsigned char>(bits >> (56 - 8 * i));
    update(tail, 8);
    static const char digits[] = "0123456789abcdef";
    std::string out;
    for (std::uint32_t word : state_) {
      for (int shift = 28; shift >= 0; shift -= 4) out += digits[(word >> shift) & 0xF];
    }
    return out;
  }

 private:
  static std::uint32_t rotr(std::uint32_t x, int n) { return (x >> n) | (x << (32 - n)); }

  void compress() {
    std::array<std::uint32_t, 64> w{};
    for (int i = 0; i < 16; ++i) {
      w[i] = std::uint32_t{block_[4 * i]} << 24 | std::uint32_t{block_[4 * i + 1]} << 16 |
             std::uint32_t{block_[4 * i + 2]} << 8 | std::uint32_t{block_[4 * i + 3]};
    }
    for (int i = 16; i < 64; ++i) {
      std::uint32_t s0 = rotr(w[i - 15], 7) ^ rotr(w[i - 15], 18) ^ (w[i - 15] >> 3);
      std::uint32_t s1 = rotr(w[i - 2], 17) ^ rotr(w[i - 2], 19) ^ (w[i - 2] >> 10);
      w[i] = w[i - 16] + s0 + w[i - 7] + s1;
    }
    auto [a, b, c, d, e, f, g, h] = state_;
    for (int i = 0; i < 64; ++i) {
      std::uint32_t t1 = h + (rotr(e, 6) ^ rotr(e, 11) ^ rotr(e, 25)) + ((e & f) ^ (~e & g)) + kRound[i] + w[i];
      std::uint32_t t2 = (rotr(a, 2) ^ rotr(a, 13) ^ rotr(a, 22)) + ((a & b) ^ (a & c) ^ (b & c));
      h = g;
      g = f;
      f = e;
      e = d + t1;
      d = c;
      c = b;
      b = a;
      a = t1 + t2;
    }
    const std::array<std::uint32_t, 8> add{a, b, c, d, e, f, g, h};
    for (int i = 0; i < 8; ++i) state_[i] += add[i];
  }

  std::array<std::uint32_t, 8> state_{0x6a09e667, 0xbb67ae85, 0x3c6ef372, 0xa54ff53a,
                                      0x510e527f, 0x9b05688c, 0x1f83d9ab, 0x5be0cd19};
  std::array<unsigned char, 64> block_{};
  std::size_t used_ = 0;
  std::uint64_t length_ = 0;
};

// --- MinHash ------------------------------------------------------------------

std::uint64_t mix(std::uint64_t x) {  // splitmix64 finaliser
  x += 0x9e3779b97f4a7c15ull;
  x = (x ^ (x >> 30)) * 0xbf58476d1ce4e5b9ull;
  x = (x ^ (x >> 27)) * 0x94d049bb133111ebull;
  return x ^ (x >> 31);
}

// `text` with ASCII whitespace runs collapsed to one space and trimmed.
std::string collapse_whitespace(std::string_view text) {
  std::string out;
  out.reserve(text.size());
  bool space = false;
  for (char ch : text) {
    const bool is_space = ch == ' ' || (ch >= '\t' && ch <= '\r');
    if (is_space) {
      space = !out.empty();
      continue;
    }
    if (space) out += ' ';
    space = false;
    out += ch;
  }
  return out;
}

struct UnionFind {
  std::vector<std::size_t> parent;
  explicit UnionFind(std::size_t n) : parent(n) { std::iota(parent.begin(), parent.end(), 0); }
  std::size_t find(std::size_t x) {
    while (parent[x] != x) x = parent[x] = parent[parent[x]];
    return x;
  }
  void join(std::size_t a, std::size_t b) {
    a = find(a);
    b = find(b);
    if (a != b) parent[std::max(a, b)] = std::min(a, b);
  }
};

}  // namespace

std::string sha256_hex(std::string_view data) {
  Sha256 sha;
  sha.update(reinterpret_cast<const unsigned char*>(data.data()), data.size());
  return sha.hex();
}

std::string sha256_file_hex(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  if (!in) throw std::system_error(errno, std::generic_category(), path);
  Sha256 sha;
  std::vector<char> buffer(1 << 16);
  while (in) {
    in.read(buffer.data(), static_cast<std::streamsize>(buffer.size()));
    sha.update(reinterpret_cast<const unsigned char*>(buffer.data()), static_cast<std::size_t>(in.gcount()));
  }
  if (in.bad()) throw std::system_error(errno, std::generic_category(), path);
  return sha.hex();
}

std::string text_hash(std::string_view text) { return sha256_hex(collapse_whitespace(text)); }

std::vector<std::uint64_t> minhash(std::string_view text, const DedupOptions& options) {
  const std::string collapsed = collapse_whitespace(text);
  // Start offsets of the code points, so shingles never split a character.
  std::vector<std::size_t> starts;
  for (std::size_t i = 0; i < collapsed.size(); ++i) {
    if ((static_cast<unsigned char>(collapsed[i]) & 0xC0) != 0x80) starts.push_back(i);
  }
  starts.push_back(collapsed.size());
  std::vector<std::uint64_t> signature(options.permutations, ~std::uint64_t{0});
  const std::size_t k = std::max<std::size_t>(options.shingle, 1);
  const std::size_t chars = starts.size() - 1;
  const std::size_t shingles = chars >= k ? chars - k + 1 : (chars > 0 ? 1 : 0);
  for (std::size_t s = 0; s < shingles; ++s) {
    const std::size_t end = starts[std::min(s + k, chars)];
    std::uint64_t h = 0xcbf29ce484222325ull;  // FNV-1a over the shingle's bytes
    for (std::size_t i = starts[s]; i < end; ++i) {
      h = (h ^ static_cast<unsigned char>(collapsed[i])) * 0x100000001b3ull;
    }
    for (std::size_t p = 0; p < signature.size(); ++p) {
      signature[p] = std::min(signature[p], mix(h ^ (0x9e3779b97f4a7c15ull * (p + 1))));
    }
  }
  return signature;
}

double minhash_similarity(const std::vector<std::uint64_t>& a, const std::vector<std::uint64_t>& b) {
  if (a.size() != b.size() || a.empty()) return 0.0;
  std::size_t same = 0;
  for (std::size_t i = 0; i < a.size(); ++i) same += a[i] == b[i];
  return static_cast<double>(same) / static_cast<double>(a.size());
}

std::vector<DuplicateGroup> find_duplicates(const std::vector<std::string>& exact_keys,
                                            const std::vector<std::string_view>& texts, const DedupOptions& options) {
  const std::size_t n = texts.size();
  if (exact_keys.size() != n) throw std::invalid_argument("find_duplicates: one key per text");
  if (options.threshold <= 0.0 || options.threshold > 1.0) {
    throw std::invalid_argument("threshold must be in (0, 1]");
  }
  std::vector<DuplicateGroup> groups;
  // A blank text (empty scans, failed conversions) says nothing about its
  // document: it joins no group, exact or near.
  std::vector<bool> blank(n);
  for (std::size_t i = 0; i < n; ++i) blank[i] = is_blank(texts[i]);
  // Exact: equal keys. The first member of each class stands for it below.
  UnionFind exact(n);
  std::unordered_map<std::string_view, std::size_t> first;
  for (std::size_t i = 0; i < n; ++i) {
    if (blank[i]) continue;
    auto [it, fresh] = first.emplace(exact_keys[i], i);
    if (!fresh) exact.join(it->second, i);
  }
  std::vector<std::size_t> representatives;
  for (std::size_t i = 0; i < n; ++i) {
    if (exact.find(i) == i && !blank[i]) representatives.push_back(i);
  }
  // Near: LSH bands over the representatives' signatures find candidates,
  // each verified by its estimated Jaccard similarity.
  std::vector<std::vector<std::uint64_t>> signatures(n);
  for (std::size_t i : representatives) signatures[i] = minhash(texts[i], options);
  const std::size_t rows = std::max<std::size_t>(options.band_rows, 1);
  const std::size_t bands = options.permutations / rows;
  UnionFind near(n);
  std::vector<double> best(n, 0.0);
  for (std::size_t band = 0; band < bands; ++band) {
    std::unordered_map<std::uint64_t, std::vector<std::size_t>> buckets;
    for (std::size_t i : representatives) {
      if (signatures[i].empty()) continue;
      std::uint64_t key = band;
      for (std::size_t r = 0; r < rows; ++r) key = mix(key ^ signatures[i][band * rows + r]);
      buckets[key].push_back(i);
    }
    for (const auto& [key, bucket] : buckets) {
      // Every pair of a small bucket; a huge one (boilerplate) against its first member.
      const std::size_t firsts = bucket.size() <= 64 ? bucket.size() : 1;
      for (std::size_t a = 0; a < firsts; ++a) {
        for (std::size_t b = a + 1; b < bucket.size(); ++b) {
          const std::size_t i = bucket[a], j = bucket[b];
          if (near.find(i) == near.find(j)) continue;
          const double similarity = minhash_similarity(signatures[i], signatures[j]);
          if (similarity >= options.threshold) {
            near.join(i, j);
            best[i] = std::max(best[i], similarity);
            best[j] = std::max(best[j], similarity);
          }
        }
      }
    }
  }
  // Exact classes first (in first-member order), then near groups of classes.
  std::vector<std::vector<std::size_t>> members(n);
  for (std::size_t i = 0; i < n; ++i) members[exact.find(i)].push_back(i);
  for (std::size_t i : representatives) {
    if (members[i].size() > 1) groups.push_back({members[i], true, 1.0});
  }
  std::vector<std::vector<std::size_t>> near_members(n);
  std::vector<double> near_min(n, 1.0);
  for (std::size_t i : representatives) {
    const std::size_t root = near.find(i);
    near_members[root].push_back(i);
    if (root != i) near_min[root] = std::min(near_min[root], best[i]);
  }
  for (std::size_t i : representatives) {
    if (near_members[i].size() < 2) continue;
    std::vector<std::size_t> all;
    for (std::size_t r : near_members[i]) all.insert(all.end(), members[r].begin(), members[r].end());
    std::sort(all.begin(), all.end());
    groups.push_back({std::move(all), false, near_min[i]});
  }
  return groups;
}

}  // namespace docxsift::batch
