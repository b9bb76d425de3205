// RAG-ready chunks of a document's body (docs/chunks.md): pieces of at most
// max_tokens tokens that follow the heading tree, keep sentences whole where
// ICU finds a boundary, split tables between rows with their header rows
// repeated, and point back to blocks, tables and pages.
#pragma once

#include <cstddef>
#include <cstdint>
#include <functional>
#include <string>
#include <string_view>
#include <vector>

#include "docxsift/model.hpp"

namespace docxsift::chunk {

// The built-in token count: each CJK ideograph, kana, hangul syllable,
// punctuation mark or other symbol is one token; a run of letters and digits
// (a word) is one token per 4 code points, rounded up; white space is free.
// Additive over pieces split at white space or word boundaries, and never
// below what common BPE tokenizers give for CJK text.
std::size_t count_tokens(std::string_view utf8);

// Where chunks may start: at every heading (never mixing two sections'
// bodies), or anywhere the token budget says.
enum class By : std::uint8_t { Heading, Paragraph };

// "heading" or "paragraph"; std::invalid_argument otherwise.
By parse_by(std::string_view by);

// A token counter; empty = count_tokens. Counters other than the built-in
// are not assumed additive: every chunk is counted whole before it is kept.
using TokenCounter = std::function<std::size_t(std::string_view)>;

struct ChunkOptions {
  std::size_t max_tokens = 512;
  // Up to this many tokens of whole units (sentences, or paragraphs that were
  // not split) from the end of the previous chunk start the next chunk of the
  // same section again. Must be smaller than max_tokens.
  std::size_t overlap = 0;
  By by = By::Heading;
  TokenCounter counter;
  std::string source;  // the file's identity (its path), part of each chunk's id

  // std::invalid_argument on max_tokens == 0 or overlap >= max_tokens.
  void validate() const;
};

struct Chunk {
  std::string text;
  // The first repeated_bytes bytes of text repeat text of other chunks: the
  // overlap taken from the previous chunk, or a split table's header rows.
  // text.substr(repeated_bytes) is this chunk's own text.
  std::size_t repeated_bytes = 0;
  // The labelled headings the chunk lies under, outermost first
  // ("一、总体要求", "（一）工作目标").
  std::vector<std::string> heading_path;
  // Top-level body blocks (positions in doc.blocks) the chunk takes text
  // from: [block_start, block_end). A paragraph split over several chunks
  // appears in each.
  std::uint32_t block_start = 0;
  std::uint32_t block_end = 0;
  // A table chunk holds one table's rows and nothing else: the table's
  // position in doc.tables and its own rows [row_start, row_end) (0-based,
  // the repeated header rows not included). kNone for text chunks.
  model::Index table = model::kNone;
  std::uint32_t row_start = 0;
  std::uint32_t row_end = 0;
  std::uint32_t page_start = 0;  // 1-based; 0 when the file has no rendering information
  std::uint32_t page_end = 0;
  std::size_t tokens = 0;  // the chunk's text counted by the options' counter
  // Holds a unit that alone exceeds max_tokens and could not be split: a
  // single code point the counter counts above the budget.
  bool oversized = false;
  std::size_t index = 0;  // position in the document's chunk list
  std::string id;         // 16 hex digits of FNV-1a 64 over (source, index, text)

  // The heading path joined by " > " on one line, then the text.
  std::string contextualized() const;
};

// The body's chunks in reading order.
std::vector<Chunk> chunks(const model::Document& doc, const ChunkOptions& options);

}  // namespace docxsift::chunk
