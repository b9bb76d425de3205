// Office Math (OMML) -> LaTeX on a pugixml subtree: what the story reader
// calls on each m:oMath / m:oMathPara it meets. The public, string-based entry
// point is docxsift/math.hpp.
#pragma once

#include <pugixml.hpp>
#include <string>

namespace docxsift::math::detail {

struct OmmlOptions {
  // Tracked changes inside the equation: true shows w:ins and hides w:del
  // (Word's "accept all"), false the reverse; as for the document's text.
  bool accept_revisions = true;
};

// The LaTeX of an m:oMath or m:oMathPara (without $ delimiters; the several
// m:oMath of an m:oMathPara joined by "\\"). Any element may be passed;
// prefixes are resolved through the xmlns declarations in scope, so any
// prefix bound to the math namespace works. Never throws for odd markup:
// unknown elements give the LaTeX of their children, and past a nesting
// depth the text of the remaining subtree is written plainly (so the
// recursion is bounded whatever the input).
std::string omml_to_latex(const pugi::xml_node& node, const OmmlOptions& options = {});

}  // namespace docxsift::math::detail
