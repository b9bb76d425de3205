// What a reader of either format (.docx: wml, .doc: doc) is asked for, and
// what it gives back.
#pragma once

#include <cstddef>
#include <memory>
#include <string_view>

#include "docxsift/limits.hpp"
#include "docxsift/model.hpp"

namespace docxsift {

enum class Revisions { Accept, Reject };
// Their Python-facing names, in enum order (the one list; docxsift._core._REVISIONS).
inline constexpr std::string_view kRevisionsNames[] = {"accept", "reject"};

struct Options {
  Revisions revisions = Revisions::Accept;  // tracked changes shown accepted or rejected
  bool include_hidden = false;              // show w:vanish text
  Limits limits;
  // A main part of at least this many bytes has the content of its w:body
  // parsed in pieces of about parallel_parse_piece_bytes, by this thread and
  // a helper, while the reader walks the pieces already parsed. The document
  // read is the same either way. 0 turns it off (the batch does, when its
  // workers already keep every core busy).
  std::size_t parallel_parse_min_bytes = 2u << 20;
  std::size_t parallel_parse_piece_bytes = 1u << 20;
};

using DocumentPtr = std::shared_ptr<const model::Document>;

}  // namespace docxsift
