// Office Math (OMML) to LaTeX, for callers that hold equation XML as text.
// Documents read with docxsift::open already carry their equations as LaTeX
// (model::Document::equations); this entry point serves tests and tools.
#pragma once

#include <string>
#include <string_view>

namespace docxsift::math {

// The LaTeX of the first m:oMathPara or m:oMath element in `xml` (an XML
// fragment whose math prefix is declared, e.g. xmlns:m="http://schemas.
// openxmlformats.org/officeDocument/2006/math"); empty when there is none.
// Throws docxsift::XmlError when `xml` is not well-formed.
std::string omml_to_latex(std::string_view xml, bool accept_revisions = true);

}  // namespace docxsift::math
