// Walks the characters of one CP range (a story) into paragraphs, runs,
// tables, fields, hyperlinks and note references ([MS-DOC] 2.4.1-2.4.4).
#pragma once

#include <chrono>
#include <cstdint>
#include <functional>
#include <string>
#include <vector>

#include "doc/detail_fib.hpp"
#include "doc/detail_fkp.hpp"
#include "doc/detail_lists.hpp"
#include "doc/detail_pieces.hpp"
#include "doc/detail_styles.hpp"
#include "docxsift/options.hpp"
#include "model/detail_builder.hpp"

namespace docxsift::doc::detail {

// What every story of one document shares.
struct DocContext {
  model::Builder& builder;
  const Options& options;
  const PieceTable& pieces;
  const CodePage& code_page;
  std::vector<FkpRun> chpx, papx;
  std::vector<StyleInfo> styles;
  std::vector<model::Index> fonts;
  // Sorted CPs of the main document that hold a footnote, endnote or
  // annotation reference, with what they refer to.
  std::vector<std::pair<std::uint32_t, model::NoteRef>> note_refs;
  std::vector<std::pair<std::uint32_t, model::Index>> comment_refs;  // comment ids (strings)
  // Sorted main-document CPs of each section's last character, by section.
  std::vector<std::uint32_t> section_ends;
  // Text boxes anchored in the main document, sorted by anchor CP: read when
  // the paragraph holding the anchor ends.
  struct TextBox {
    std::uint32_t anchor = 0, begin = 0, end = 0;
  };
  std::vector<TextBox> text_boxes;
  // Paragraphs in a list (directly or through their style), in reading order.
  std::vector<ListRef> numbered;
  // CPs walked so far: every story's range is walked once in a sound file,
  // so overlapping ranges (a malformed PLC) cannot multiply the work.
  std::uint64_t walked = 0;
  std::chrono::steady_clock::time_point deadline{};
  bool has_deadline = false;
  void check_time() const;
};

// Reads [begin, end) into blocks of story `story`; returns the story-level
// blocks. main: the range is (part of) the main document, whose CPs the
// note references, sections and text box anchors name.
std::vector<model::BlockRef> read_blocks(DocContext& context, std::uint32_t begin, std::uint32_t end,
                                         model::Index story, bool main, bool in_text_box);

}  // namespace docxsift::doc::detail
