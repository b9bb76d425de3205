// batch/dedup.cpp on its own: the text hash, MinHash and duplicate groups.
#include <string>
#include <string_view>
#include <vector>

#include "catch_compat.hpp"
#include "docxsift/batch.hpp"

using docxsift::batch::find_duplicates;
using docxsift::batch::text_hash;

TEST_CASE("dedup: the text hash ignores how whitespace runs are written", "[dedup]") {
  CHECK(text_hash("a  b\n\tc ") == text_hash("a b c"));
  CHECK(text_hash("a b c") != text_hash("a bc"));
  CHECK(text_hash("").size() == 64);
}

TEST_CASE("dedup: MinHash similarity estimates shared shingles", "[dedup]") {
  const std::string base = "The quick brown fox jumps over the lazy dog near the river bank today.";
  auto a = docxsift::batch::minhash(base);
  CHECK(a.size() == docxsift::batch::DedupOptions{}.permutations);
  CHECK(docxsift::batch::minhash_similarity(a, a) == 1.0);
  auto far = docxsift::batch::minhash("完全不同的一段中文文字，没有任何共同的片段可言。");
  CHECK(docxsift::batch::minhash_similarity(a, far) < 0.2);
}

TEST_CASE("dedup: exact groups first, then near-duplicates, blank texts never grouped", "[dedup]") {
  std::string long_text;
  for (int i = 0; i < 40; ++i) long_text += "sentence number " + std::to_string(i) + " of a long report. ";
  const std::string edited = long_text + "One more line.";
  const std::vector<std::string> texts{long_text, "other", long_text, edited, "", ""};
  std::vector<std::string> keys;
  std::vector<std::string_view> views;
  for (const auto& t : texts) {
    keys.push_back(text_hash(t));
    views.emplace_back(t);
  }
  auto groups = find_duplicates(keys, views);
  // The two empty texts (4, 5) are equal but never a group (issue #17).
  REQUIRE(groups.size() == 2);
  CHECK(groups[0].exact);
  CHECK(groups[0].members == std::vector<std::size_t>{0, 2});
  CHECK_FALSE(groups[1].exact);
  CHECK(groups[1].members == std::vector<std::size_t>{0, 2, 3});
  CHECK(groups[1].similarity >= 0.8);
}
