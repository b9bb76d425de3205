#include "exercise.hpp"

#include <string_view>

#include "docxsift/errors.hpp"
#include "docxsift/images.hpp"
#include "docxsift/parts.hpp"
#include "docxsift/queries.hpp"
#include "docxsift/render.hpp"

namespace docxsift::testing {

std::size_t exercise(const model::Document& doc) {
  std::size_t sum = render::body_text(doc).size();
  for (model::Index s = 0; s < doc.stories.size(); ++s) {
    sum += render::story_text(doc, s).size();
    for (model::Index p : model::paragraphs_in_order(doc, doc.stories[s].blocks)) {
      const model::Paragraph& para = doc.paragraphs[p];
      sum += static_cast<std::size_t>(model::heading_level(doc, p));
      for (model::Index r = para.runs.first; r < para.runs.end(); ++r) sum += doc.text(doc.runs[r].text).size();
      for (model::Index h = para.hyperlinks.first; h < para.hyperlinks.end(); ++h) {
        sum += doc.text(doc.hyperlinks[h].text).size() + doc.string(doc.hyperlinks[h].url).size();
      }
    }
  }
  for (model::Index t = 0; t < doc.tables.size(); ++t) {
    for (const auto& row : render::table_grid_text(doc, t)) sum += row.size();
  }
  for (model::Index s = 0; s < doc.styles.size(); ++s) sum += doc.string(doc.styles[s].name).size();
  // Pictures: names, Markdown and the lazily read bytes (which may fail only
  // with docxsift errors).
  for (const std::string& name : model::image_file_names(doc)) sum += name.size();
  sum += render::to_markdown(doc).size();
  auto read = [&](model::Index part) {
    if (part == model::kNone) return;
    try {
      sum += read_part(doc, doc.string(part)).size();
    } catch (const Error&) {
      ++sum;
    }
  };
  for (const model::Image& image : doc.images) read(image.part);
  // Equations: their LaTeX and where their linear text lies in the paragraph.
  for (const model::Equation& eq : doc.equations) {
    sum += doc.string(eq.latex).size() + eq.end - eq.start;
    if (eq.paragraph != model::kNone) sum += doc.paragraphs[eq.paragraph].text.size >= eq.end ? 1 : 0;
  }
  // Embedded objects: names, chart text and their bytes.
  for (const model::Embedded& e : doc.embedded) {
    sum += std::string_view(model::embedded_kind_name(e.kind)).size() + doc.string(e.prog_id).size() +
           doc.string(e.title).size() + e.series.count;
    for (model::Index s = e.series.first; s < e.series.end(); ++s) sum += doc.string(doc.chart_series[s]).size();
    read(e.part);
  }
  return sum;
}

}  // namespace docxsift::testing
