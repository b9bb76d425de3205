// RunFormat: the formatting Word renders for a run (Run.effective).
#include "docxsift/effective.hpp"
#include "bindings.hpp"

namespace docxsift::bindings {
namespace {

using model::Index;
using model::kNone;

// Computed once when Run.effective is read; the document keeps strings alive.
struct RunFormatView {
  std::shared_ptr<const model::Document> doc;
  model::EffectiveRunFormat format;
};

py::object hex_color(const model::Document& doc, Index color) {
  if (color == kNone || doc.string(color) == "auto") return py::none();
  std::string upper(doc.string(color));
  for (char& ch : upper) ch = static_cast<char>(std::toupper(static_cast<unsigned char>(ch)));
  return py::str(upper);
}

const char* vertical_align_name(model::VerticalAlign v) {
  switch (v) {
    case model::VerticalAlign::Superscript: return "superscript";
    case model::VerticalAlign::Subscript: return "subscript";
    default: return "baseline";
  }
}

py::object font_name(const RunFormatView& f) {
  const model::EffectiveRunFormat& e = f.format;
  return optional_str(*f.doc, e.font_ascii != kNone ? e.font_ascii : e.font_hansi);
}

template <bool model::EffectiveRunFormat::* Field>
bool flag(const RunFormatView& f) {
  return f.format.*Field;
}

std::string run_format_repr(const RunFormatView& f) {
  const model::EffectiveRunFormat& e = f.format;
  std::string out = "<RunFormat";
  if (e.bold) out += " bold";
  if (e.italic) out += " italic";
  if (e.underline) out += " underline";
  if (e.strike) out += " strike";
  if (e.font_ascii != kNone) out += " font='" + preview(f.doc->string(e.font_ascii)) + "'";
  if (e.font_east_asia != kNone) out += " east_asia_font='" + preview(f.doc->string(e.font_east_asia)) + "'";
  std::string size = std::to_string(e.size_half_points / 2);
  if (e.size_half_points % 2 != 0) size += ".5";
  return out + " size_pt=" + size + ">";
}

}  // namespace

py::object run_effective_py(const RunView& run) {
  return py::cast(RunFormatView{run.doc, model::effective_run_format(*run.doc, run.index)});
}

void bind_effective(py::module_& m) {
  py::class_<RunFormatView> format(m, "RunFormat", R"doc(The formatting Word renders for a run (Run.effective).

Resolved through docDefaults, the table style (for runs in tables), the
paragraph style and its basedOn chain, the character style and its chain, and
direct formatting. Toggle properties (bold, italic, strike, double strike,
caps, small caps, hidden) follow ECMA-376 §17.7.3: each style level that turns
one on flips it, direct formatting sets it. Theme fonts (w:asciiTheme,
w:eastAsiaTheme) are resolved through the document theme; table-style
conditional formatting (header row, banding) is not applied.)doc");

  format.def_property_readonly("bold", &flag<&model::EffectiveRunFormat::bold>, "Bold as rendered.")
      .def_property_readonly("italic", &flag<&model::EffectiveRunFormat::italic>, "Italic as rendered.")
      .def_property_readonly("underline", &flag<&model::EffectiveRunFormat::underline>,
                             "Underlined (any w:u style but 'none').")
      .def_property_readonly(
          "underline_style", [](const RunFormatView& f) { return optional_str(*f.doc, f.format.underline_style); },
          "w:u/@w:val in force ('single', 'double', ...), or None.")
      .def_property_readonly("strike", &flag<&model::EffectiveRunFormat::strike>, "Single strike-through.")
      .def_property_readonly("double_strike", &flag<&model::EffectiveRunFormat::double_strike>,
                             "Double strike-through.")
      .def_property_readonly("all_caps", &flag<&model::EffectiveRunFormat::caps>, "w:caps.")
      .def_property_readonly("small_caps", &flag<&model::EffectiveRunFormat::small_caps>, "w:smallCaps.")
      .def_property_readonly("hidden", &flag<&model::EffectiveRunFormat::hidden>, "w:vanish.")
      .def_property_readonly("font_name", &font_name,
                             "Typeface for Latin text (w:ascii, else w:hAnsi), theme fonts resolved; "
                             "None when nothing sets it.")
      .def_property_readonly(
          "east_asia_font", [](const RunFormatView& f) { return optional_str(*f.doc, f.format.font_east_asia); },
          "Typeface for CJK text ('仿宋_GB2312'), theme fonts resolved; None when unset.")
      .def_property_readonly(
          "unresolved_theme_font",
          [](const RunFormatView& f) {
            Index t = f.format.font_theme != kNone ? f.format.font_theme : f.format.font_east_asia_theme;
            return optional_str(*f.doc, t);
          },
          "A theme font name ('minorHAnsi') the document's theme does not define, or None.")
      .def_property_readonly(
          "size_pt", [](const RunFormatView& f) { return f.format.size_half_points / 2.0; },
          "Size in points; 10.0 (Word's default) when nothing sets w:sz.")
      .def_property_readonly(
          "color", [](const RunFormatView& f) { return hex_color(*f.doc, f.format.color); },
          "Colour as hex 'RRGGBB', or None for automatic.")
      .def_property_readonly(
          "highlight", [](const RunFormatView& f) { return optional_str(*f.doc, f.format.highlight); },
          "Highlight colour name ('yellow'), or None.")
      .def_property_readonly(
          "vertical_align",
          [](const RunFormatView& f) { return py::str(vertical_align_name(f.format.vertical_align)); },
          "'superscript', 'subscript' or 'baseline'.")
      .def("__repr__", &run_format_repr);
}

}  // namespace docxsift::bindings
