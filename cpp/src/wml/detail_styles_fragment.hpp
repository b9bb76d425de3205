// What read_styles takes from styles.xml, apart from any one document, so that
// a PartMemo can keep it for the next document of the same template: the rows
// read into a scratch Builder, with the strings as they were interned.
#pragma once

#include <cstddef>
#include <string>
#include <vector>

#include "docxsift/model.hpp"
#include "model/detail_builder.hpp"

namespace docxsift::wml::detail {

struct StylesFragment {
  std::vector<std::string> strings;                       // the keys interned, by scratch index
  std::vector<model::RunProps> run_props;                 // scratch rows; row 0 is the empty set
  std::vector<model::ParagraphFormat> paragraph_formats;  // likewise
  std::vector<model::Style> styles;
  model::Index default_run_props = 0;

  // About the bytes it holds (what a PartMemo budgets).
  std::size_t bytes() const;
};

// The styles, docDefaults and tables a reading of styles.xml left in `scratch`
// (a Builder used for nothing else), moved out of it.
StylesFragment detach_styles(model::Builder& scratch);

// Interns the fragment's strings, then its run properties, in their order, and
// appends its styles: the document is the one reading styles.xml into
// `builder` directly would have built, whatever `builder` held before.
void merge_styles(model::Builder& builder, const StylesFragment& fragment);

}  // namespace docxsift::wml::detail
