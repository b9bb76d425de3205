// Office Math in the story walk. The outermost m:oMathPara or m:oMath is
// converted whole to LaTeX (math/omml.cpp); the walk still descends into it so
// that the paragraph keeps the equation's linear text.
#include <algorithm>
#include <string>
#include <utility>

#include "docxsift/errors.hpp"
#include "math/detail_omml.hpp"
#include "wml/detail_story_walk.hpp"

namespace docxsift::wml::detail {

using model::Index;

void StoryReader::Impl::commit_equations(ParagraphFrame& frame) {
  model::Paragraph& row = frame.row;
  auto clamp = [&](std::uint32_t local) { return std::min(local, row.text.size); };
  for (PendingEquation& e : frame.equations) convert_equation(e);  // one left open by malformed markup
  frame.equations.erase(
      std::remove_if(frame.equations.begin(), frame.equations.end(), [](const PendingEquation& e) { return !e.shown; }),
      frame.equations.end());
  row.equations = {static_cast<Index>(doc.equations.size()), static_cast<Index>(frame.equations.size())};
  if (frame.equations.empty()) return;
  // Math that is all the paragraph holds is drawn on its own line by Word,
  // inside an m:oMathPara or not.
  auto blank = [&](std::size_t from, std::size_t to) {
    for (std::size_t i = from; i < to && i < frame.text.size(); ++i) {
      char c = frame.text[i];
      if (c != ' ' && c != '\t' && c != '\n' && c != '\r') return false;
    }
    return true;
  };
  bool only_math = true;
  std::size_t pos = 0;
  for (const PendingEquation& e : frame.equations) {  // in order, never overlapping
    only_math = only_math && blank(pos, e.start);
    pos = std::max<std::size_t>(pos, e.open ? frame.text.size() : e.end);
  }
  only_math = only_math && blank(pos, frame.text.size());
  for (PendingEquation& e : frame.equations) {
    model::Equation eq;
    eq.latex = b.intern(e.latex);
    eq.start = clamp(e.start);
    eq.end = std::max(eq.start, clamp(e.open ? static_cast<std::uint32_t>(frame.text.size()) : e.end));
    eq.paragraph = frame.index;
    eq.display = e.math_para || only_math;
    doc.equations.push_back(eq);
  }
}

bool StoryReader::Impl::begin_equation(const pugi::xml_node& node, bool math_para) {
  ParagraphFrame* p = paragraph();
  if (p == nullptr || math_paragraph_depth != 0 || fields_in_instruction > 0) return false;
  PendingEquation e;
  e.node = node;
  e.start = static_cast<std::uint32_t>(p->text.size());
  e.math_para = math_para;
  p->equations.push_back(std::move(e));
  math_paragraph_depth = paragraphs.size();
  return true;
}

// The open equation, if the walk is inside one.
PendingEquation* StoryReader::Impl::open_equation() {
  if (math_paragraph_depth == 0 || paragraphs.size() < math_paragraph_depth) return nullptr;
  ParagraphFrame& p = paragraphs[math_paragraph_depth - 1];
  if (p.equations.empty() || !p.equations.back().open) return nullptr;
  return &p.equations.back();
}

void StoryReader::Impl::end_equation() {
  if (PendingEquation* e = open_equation()) {
    e->end = static_cast<std::uint32_t>(paragraphs[math_paragraph_depth - 1].text.size());
    e->open = false;
    convert_equation(*e);
  }
  math_paragraph_depth = 0;
}

// The LaTeX of the equation, its hidden runs left out as in the linear
// text. Math whose every run with text is hidden is not shown by Word, so
// it is no equation (unless include_hidden, when no run is hidden).
void StoryReader::Impl::convert_equation(PendingEquation& e) {
  if (e.converted) return;
  e.converted = true;
  std::sort(e.hidden_runs.begin(), e.hidden_runs.end());
  math::detail::OmmlOptions options;
  options.accept_revisions = accept;
  if (pieces != nullptr) options.outer_scope = pieces->body();  // the equation is in a piece
  if (!e.hidden_runs.empty()) {
    options.hidden_run = [&e](const pugi::xml_node& run) {
      return std::binary_search(e.hidden_runs.begin(), e.hidden_runs.end(), run);
    };
  }
  math::detail::OmmlStats stats;
  e.latex = math::detail::omml_to_latex(e.node, options, &stats);
  if (e.latex.size() > limits.max_text_size) {
    throw LimitError("max_text_size", "an equation exceeds max_text_size=" + std::to_string(limits.max_text_size) +
                                          " bytes (raise it with docxsift.Limits(max_text_size=...))");
  }
  e.shown = !(stats.hidden_runs > 0 && stats.visible_runs == 0);
  e.hidden_runs = {};
}

}  // namespace docxsift::wml::detail
