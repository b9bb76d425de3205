// numbering.xml -> Document::list_labels.
#pragma once

#include <string>

#include "docxsift/opc.hpp"
#include "model/detail_builder.hpp"

namespace docxsift::wml::detail {

// Reads the numbering part of `main_part` and gives every numbered paragraph
// the label Word draws, counting in reading order within each story. Call
// after every story (and the styles) has been read. A missing or broken
// numbering part, or a document where no paragraph or style names a list
// (the part is then not read), leaves Document::list_labels empty.
void compute_list_labels(model::Builder& builder, opc::Package& package, const std::string& main_part);

// Empties the store of numbering definitions (docxsift::forget_reused_parts).
void forget_reused_numbering();

}  // namespace docxsift::wml::detail
