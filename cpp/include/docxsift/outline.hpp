// The heading tree of a document (docs/outline.md): headings from outline levels and
// heading styles, from numbering, and from 公文 markers typed as text
// (一、 （一） 1． （1）), with levels made consistent within the document.
// The rules are written out in docs/outline.md; this header names them.
#pragma once

#include <cstddef>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "docxsift/model.hpp"

namespace docxsift::text {

// Where a heading was found, in order of precedence.
enum class OutlineSource : std::uint8_t {
  Style,      // w:outlineLvl on the paragraph or its style chain, "heading N" styles
  Numbering,  // a numbered paragraph whose list label is a heading label
  Text,       // a 公文 marker typed at the start of the paragraph
};

// "style", "numbering", "text": the names Python sees.
std::string_view to_string(OutlineSource source);

struct OutlineEntry {
  int level = 1;                          // 1-9 after normalisation: no gaps, the first entry is 1
  std::string label;                      // the list label or typed marker ("一、", "（一）", "1.2"); may be empty
  std::string title;                      // the heading text without its label
  model::Index paragraph = model::kNone;  // into Document::paragraphs
  OutlineSource source = OutlineSource::Style;

  bool operator==(const OutlineEntry&) const = default;
};

// A 公文 structure marker at the start of a text: 一、 → 1, （一）/(一) → 2,
// 1./1．/1、 → 3, （1）/(1) → 4 (GB/T 9704 结构层次序数).
struct Marker {
  int rank = 0;           // 1-4 as above
  int value = 0;          // the counter: 1-99
  std::size_t begin = 0;  // byte offset of the marker (after leading white space)
  std::size_t end = 0;    // byte offset just past the marker and the white space after it
};

// The marker that `text` starts with (leading white space skipped), if any.
// Chinese numerals 一 to 九十九; Arabic numerals of 1-3 digits, ASCII or
// full-width. "1.5" is a number, not a marker.
std::optional<Marker> parse_marker(std::string_view text);

// The heading title in `rest` (a paragraph's text after its label), or
// nullopt when `rest` reads as body text: the text up to the first sentence
// end (。！？!?), trimmed of white space and a trailing ：；:; — rejected when
// empty, longer than kMaxTitleChars code points, holding two or more commas
// (，,: a sentence or a bibliography entry), or when a paragraph without
// sentence end stops on ， 、 , (an item in a running sentence).
inline constexpr std::size_t kMaxTitleChars = 50;
std::optional<std::string> heading_title(std::string_view rest);

// Every heading of the body, in reading order.
std::vector<OutlineEntry> outline(const model::Document& doc);

}  // namespace docxsift::text
