// Owns the Document while the readers fill it: interning of strings
// and run properties, and the text arena with its size limit and UTF-8 repair.
#pragma once

#include <cstdint>
#include <functional>
#include <memory>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "base/detail_string_hash.hpp"
#include "docxsift/limits.hpp"
#include "docxsift/model.hpp"

namespace docxsift::model {

struct RunPropsHash {
  std::size_t operator()(const RunProps& p) const noexcept;
};

struct ParagraphFormatHash {
  std::size_t operator()(const ParagraphFormat& f) const noexcept;
};

class Builder {
 public:
  explicit Builder(const Limits& limits);

  Document& doc() { return *doc_; }
  const Document& doc() const { return *doc_; }
  const Limits& limits() const { return limits_; }

  Index intern(std::string_view s);
  Index intern_props(const RunProps& props);
  Index intern_paragraph_format(const ParagraphFormat& format);
  // The strings as they were passed to intern(), by index (Document::strings
  // holds them repaired to valid UTF-8), moved out: the last use of a scratch
  // Builder, whose document keeps no strings after it.
  std::vector<std::string> take_interned_keys();
  // Appends text to the arena (invalid UTF-8 becomes U+FFFD, NUL is dropped)
  // and enforces max_text_size.
  TextRef append_text(std::string_view utf8);

  std::shared_ptr<Document> finish() { return std::move(doc_); }

 private:
  // The interned strings by hash: open addressing over doc_->strings, so a
  // new string costs its one copy there and no node. A slot holds the hash and
  // index + 1 (0: empty), with kRepaired set when the string was repaired to
  // valid UTF-8: the bytes it was interned by are then in repaired_.
  struct Slot {
    std::uint32_t hash = 0;
    std::uint32_t ref = 0;
  };
  static constexpr std::uint32_t kRepaired = 0x80000000u;
  std::string_view key_of(std::uint32_t ref) const;
  void grow_slots();

  std::shared_ptr<Document> doc_;
  Limits limits_;
  std::vector<Slot> slots_;  // a power of two long, at most half full
  std::unordered_map<Index, std::string> repaired_;
  std::unordered_map<RunProps, Index, RunPropsHash> props_;
  std::unordered_map<ParagraphFormat, Index, ParagraphFormatHash> paragraph_formats_;
};

// Appends `in` to `out` as valid UTF-8: each invalid sequence becomes U+FFFD,
// NUL is dropped. Exposed for the unit tests.
void append_valid_utf8(std::string& out, std::string_view in);

}  // namespace docxsift::model
