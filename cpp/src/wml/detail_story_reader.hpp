// Reads the stories of one part (the body, a header or footer, the notes or
// the comments) into model rows, in a single iterative pass over the XML.
#pragma once

#include <pugixml.hpp>
#include <string>
#include <vector>

#include "docxsift/model.hpp"
#include "docxsift/opc.hpp"
#include "docxsift/options.hpp"
#include "model/detail_builder.hpp"
#include "wml/detail_body_pieces.hpp"
#include "wml/detail_names.hpp"
#include "wml/detail_pages.hpp"

namespace docxsift::wml::detail {

// A header or footer reference found in a w:sectPr, resolved after the body.
struct PendingHeaderFooter {
  model::Index section;
  bool footer;
  model::HeaderFooterKind kind;
  std::string part;
};

class StoryReader {
 public:
  StoryReader(model::Builder& builder, opc::Package& package, std::string part, const Options& options);

  // Reads `root` (w:document, w:hdr, w:ftr, w:footnotes, w:endnotes,
  // w:comments) and returns the index of the story it made (for notes and
  // comments: the last one; they are listed in Document::notes / comments).
  // With `pieces`, the children of pieces->body() are those of its pieces.
  model::Index read(const pugi::xml_node& root, model::StoryKind kind, BodyPieces* pieces = nullptr);

  // Header and footer references met in section properties.
  std::vector<PendingHeaderFooter>& pending_headers_footers() { return pending_; }

  // Where the body's pages may break, for compute_pages (body stories only).
  const PageLog& page_log() const { return pages_; }

 private:
  struct Impl;
  model::Builder& builder_;
  opc::Package& package_;
  std::string part_;
  Options options_;
  std::vector<PendingHeaderFooter> pending_;
  PageLog pages_;
};

}  // namespace docxsift::wml::detail
