// Office Math (OMML) -> LaTeX on a pugixml subtree: what the story reader
// calls on each m:oMath / m:oMathPara it meets. The public, string-based entry
// point is docxsift/math.hpp.
#pragma once

#include <functional>
#include <pugixml.hpp>
#include <string>

namespace docxsift::math::detail {

struct OmmlOptions {
  // Tracked changes inside the equation: true shows w:ins and hides w:del
  // (Word's "accept all"), false the reverse; as for the document's text.
  bool accept_revisions = true;
  // Whether a run (m:r, or w:r inside the math) is hidden (w:vanish, direct
  // or through a style, as the story reader resolves it): its text is left
  // out, as Word does not draw it. Unset: every run is shown.
  std::function<bool(const pugi::xml_node&)> hidden_run;
  // Where the ancestors of a subtree parsed apart go on (for a body parsed in
  // pieces: the w:body of the part without its content): the namespaces
  // declared there and above are in scope too.
  pugi::xml_node outer_scope;
};

// What a conversion met, for callers that decide whether to keep it.
struct OmmlStats {
  int visible_runs = 0;  // shown runs with text
  int hidden_runs = 0;   // runs left out by hidden_run
};

// The LaTeX of an m:oMath or m:oMathPara (without $ delimiters; the several
// m:oMath of an m:oMathPara joined by "\\"). Any element may be passed;
// prefixes are resolved through the xmlns declarations in scope, so any
// prefix bound to the math namespace works. Never throws for odd markup:
// unknown elements give the LaTeX of their children, and past a nesting
// depth the text of the remaining subtree is written plainly (so the
// recursion is bounded whatever the input). mc:AlternateContent is read as
// the story reader reads it: the first mc:Choice whose Requires namespaces
// are understood, else mc:Fallback.
std::string omml_to_latex(const pugi::xml_node& node, const OmmlOptions& options = {}, OmmlStats* stats = nullptr);

}  // namespace docxsift::math::detail
