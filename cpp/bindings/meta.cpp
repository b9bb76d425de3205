// CoreProperties, Style and Styles.
#include "bindings.hpp"
#include "docxsift/datetime.hpp"
#include "docxsift/effective.hpp"
#include "docxsift/queries.hpp"

namespace docxsift::bindings {
namespace {

using model::Index;
using model::kNone;

struct StylesView {
  std::shared_ptr<const model::Document> doc;
};

struct CorePropertiesView {
  std::shared_ptr<const model::Document> doc;
};

const model::Style& row(const StyleView& s) { return s.doc->styles[s.index]; }

using model::style_type_name;

model::StyleType style_type_of(std::string_view name) {
  if (name == "paragraph") return model::StyleType::Paragraph;
  if (name == "character") return model::StyleType::Character;
  if (name == "table") return model::StyleType::Table;
  if (name == "numbering") return model::StyleType::Numbering;
  throw py::value_error("style type must be 'paragraph', 'character', 'table' or 'numbering'");
}

OptionalStr style_name_py(const StyleView& s) {
  Index name = row(s).name;
  if (name == kNone) return py::none();
  return to_py_str(model::ui_style_name(s.doc->string(name)));
}

// Styles[key]: a style id first (docs/api.md: a mapping of style_id), then a
// name as users see it (python-docx looks styles up by name).
Index style_by_key(const StylesView& s, const std::string& key) {
  Index i = model::find_style_by_id(*s.doc, key);
  return i != kNone ? i : model::find_style_by_name(*s.doc, key);
}

OrNone<StyleView> style_or_none(const std::shared_ptr<const model::Document>& doc, Index i) {
  if (i == kNone) return py::none();
  return py::cast(StyleView{doc, i});
}

std::string style_repr(const StyleView& s) {
  std::string out = "<Style " + std::string(s.doc->string(row(s).style_id));
  if (row(s).name != kNone) out += " name='" + preview(model::ui_style_name(s.doc->string(row(s).name))) + "'";
  return out + " type=" + style_type_name(row(s).type) + ">";
}

template <Index model::CoreProperties::* Field>
OptionalStr core_field(const CorePropertiesView& c) {
  return optional_str(*c.doc, c.doc->core.*Field);
}

// python-docx: the text of the element, "" when absent.
template <Index model::CoreProperties::* Field>
py::str core_text(const CorePropertiesView& c) {
  return to_py_str(c.doc->string(c.doc->core.*Field));
}

py::object datetime_py(std::string_view text) {
  std::optional<model::DateTime> t = model::parse_w3cdtf(text);
  if (!t) return py::none();
  py::module_ datetime = py::module_::import("datetime");
  py::object tz = datetime.attr("timezone").attr("utc");
  if (t->offset_minutes != 0) {
    tz = datetime.attr("timezone")(datetime.attr("timedelta")(py::arg("minutes") = t->offset_minutes));
  }
  return datetime.attr("datetime")(t->year, t->month, t->day, t->hour, t->minute, t->second, t->microsecond, tz);
}

template <Index model::CoreProperties::* Field>
py::object core_datetime(const CorePropertiesView& c) {
  Index value = c.doc->core.*Field;
  if (value == kNone) return py::none();
  return datetime_py(c.doc->string(value));
}

// python-docx: 0 when absent, not an integer, or negative.
int core_revision(const CorePropertiesView& c) {
  std::string_view text = c.doc->string(c.doc->core.revision);
  while (!text.empty() && (text.front() == ' ' || text.front() == '\n' || text.front() == '\t')) text.remove_prefix(1);
  while (!text.empty() && (text.back() == ' ' || text.back() == '\n' || text.back() == '\t')) text.remove_suffix(1);
  if (text.empty() || text.size() > 9) return 0;
  int v = 0;
  for (char ch : text) {
    if (ch < '0' || ch > '9') return 0;
    v = v * 10 + (ch - '0');
  }
  return v;
}

}  // namespace

void bind_meta(py::module_& m) {
  py::class_<StyleView> style(m, "Style", "A style from styles.xml (python-docx BaseStyle names).");
  py::class_<StylesView> styles(m, "Styles", R"doc(The document's styles.

A mapping of style_id to Style that also accepts the names users see, as
python-docx does: ``styles['Heading1']`` and ``styles['Heading 1']`` are the
same style. Iterating yields Style objects in document order (python-docx);
keys(), values(), items() and get() follow dict.)doc");
  py::class_<CorePropertiesView> core(m, "CoreProperties",
                                      R"doc(The document's properties (docProps/core.xml), with python-docx names.

Text properties are ``""`` when absent, as in python-docx; dates are
timezone-aware datetimes or None.)doc");

  style
      .def_property_readonly(
          "style_id",
          [](const StyleView& s) -> OptionalStr {
            std::string_view id = s.doc->string(row(s).style_id);
            if (id.empty()) return py::none();
            return to_py_str(id);
          },
          "w:styleId, the key paragraphs and runs refer to; None when missing (as python-docx).")
      .def_property_readonly("name", &style_name_py,
                             "The name users see ('Heading 1'; python-docx's names for built-in "
                             "styles stored lowercase); None when the style has no w:name.")
      .def_property_readonly(
          "type", [](const StyleView& s) { return py::str(style_type_name(row(s).type)); },
          "'paragraph', 'character', 'table' or 'numbering'.")
      .def_property_readonly(
          "base_style",
          [](const StyleView& s) -> OrNone<StyleView> {
            Index base = model::find_style(*s.doc, row(s).base);
            if (base == s.index) return py::none();
            return style_or_none(s.doc, base);
          },
          "The style this one is based on, or None (also when w:basedOn names no style).")
      .def_property_readonly(
          "outline_level",
          [](const StyleView& s) -> OptionalInt {
            int level = row(s).outline_level;
            if (level < 0 || level > 8) return py::none();
            return py::int_(level);
          },
          "w:outlineLvl (0-8) of the style itself, or None.")
      .def_property_readonly(
          "is_default", [](const StyleView& s) { return row(s).is_default; },
          "True for the default style of its type (w:default).")
      .def_property_readonly(
          "font", [](const StyleView& s) { return FontView{s.doc, row(s).run_props}; },
          "Font: the character formatting the style itself sets (its w:rPr), python-docx names.")
      .def_property_readonly(
          "paragraph_format",
          [](const StyleView& s) { return ParagraphFormatView{s.doc, row(s).paragraph_format, row(s).alignment}; },
          "ParagraphFormat: the paragraph formatting the style itself sets (its w:pPr).")
      .def_property_readonly(
          "hidden", [](const StyleView& s) { return row(s).hidden; },
          "w:semiHidden: not shown in Word's style gallery or task pane.")
      .def_property_readonly(
          "priority",
          [](const StyleView& s) -> OptionalInt {
            if (row(s).priority < 0) return py::none();
            return py::int_(row(s).priority);
          },
          "w:uiPriority (sort order in Word's style lists), or None.")
      .def_property_readonly(
          "builtin", [](const StyleView& s) { return !row(s).custom; },
          "True unless the style is marked w:customStyle (python-docx).")
      .def_property_readonly(
          "quick_style", [](const StyleView& s) { return row(s).quick_style; },
          "w:qFormat: shown in Word's style gallery.")
      .def_property_readonly(
          "unhide_when_used", [](const StyleView& s) { return row(s).unhide_when_used; }, "w:unhideWhenUsed.")
      .def_property_readonly(
          "locked", [](const StyleView& s) { return row(s).locked; }, "w:locked.")
      .def(
          "__eq__", [](const StyleView& a, const StyleView& b) { return a == b; }, py::arg("other"))
      .def("__hash__",
           [](const StyleView& s) {
             return py::hash(py::make_tuple(reinterpret_cast<std::uintptr_t>(s.doc.get()), s.index));
           })
      .def("__repr__", &style_repr);

  styles.def("__len__", [](const StylesView& s) { return s.doc->styles.size(); })
      .def("__iter__",
           [](const StylesView& s) -> py::typing::Iterator<StyleView> {
             py::list out;
             for (Index i = 0; i < s.doc->styles.size(); ++i) out.append(StyleView{s.doc, i});
             return py::iter(out);
           })
      .def("__contains__",
           [](const StylesView& s, const py::object& key) {
             return py::isinstance<py::str>(key) && style_by_key(s, key.cast<std::string>()) != kNone;
           })
      .def("__getitem__",
           [](const StylesView& s, const std::string& key) {
             Index i = style_by_key(s, key);
             if (i == kNone) throw py::key_error(key);
             return StyleView{s.doc, i};
           })
      .def(
          "get",
          [](const StylesView& s, const std::string& key, const py::object& fallback) -> py::object {
            Index i = style_by_key(s, key);
            return i == kNone ? fallback : py::cast(StyleView{s.doc, i});
          },
          py::arg("key"), py::arg("default") = py::none(), "The style with this id or name, else default.")
      .def(
          "keys",
          [](const StylesView& s) {
            StrList out;
            for (const model::Style& r : s.doc->styles) out.append(to_py_str(s.doc->string(r.style_id)));
            return out;
          },
          "Style ids in document order.")
      .def(
          "values",
          [](const StylesView& s) {
            py::typing::List<StyleView> out;
            for (Index i = 0; i < s.doc->styles.size(); ++i) out.append(StyleView{s.doc, i});
            return out;
          },
          "Styles in document order.")
      .def(
          "items",
          [](const StylesView& s) {
            py::typing::List<py::typing::Tuple<py::str, StyleView>> out;
            for (Index i = 0; i < s.doc->styles.size(); ++i) {
              out.append(py::make_tuple(to_py_str(s.doc->string(s.doc->styles[i].style_id)), StyleView{s.doc, i}));
            }
            return out;
          },
          "(style_id, Style) pairs in document order.")
      .def(
          "_default",
          [](const StylesView& s, const std::string& type) {
            return style_or_none(s.doc, model::default_style(*s.doc, style_type_of(type)));
          },
          py::arg("style_type"))
      .def("__repr__", [](const StylesView& s) { return "<Styles " + std::to_string(s.doc->styles.size()) + ">"; });

  core.def_property_readonly("title", &core_text<&model::CoreProperties::title>,
                             "dc:title; \"\" when absent (python-docx).")
      .def_property_readonly("subject", &core_text<&model::CoreProperties::subject>, "dc:subject; \"\" when absent.")
      .def_property_readonly("author", &core_text<&model::CoreProperties::author>, "dc:creator; \"\" when absent.")
      .def_property_readonly("keywords", &core_text<&model::CoreProperties::keywords>, "cp:keywords; \"\" when absent.")
      .def_property_readonly("comments", &core_text<&model::CoreProperties::comments>,
                             "dc:description; \"\" when absent.")
      .def_property_readonly("category", &core_text<&model::CoreProperties::category>, "cp:category; \"\" when absent.")
      .def_property_readonly("last_modified_by", &core_text<&model::CoreProperties::last_modified_by>,
                             "cp:lastModifiedBy; \"\" when absent.")
      .def_property_readonly("language", &core_text<&model::CoreProperties::language>, "dc:language; \"\" when absent.")
      .def_property_readonly("identifier", &core_text<&model::CoreProperties::identifier>,
                             "dc:identifier; \"\" when absent.")
      .def_property_readonly("version", &core_text<&model::CoreProperties::version>, "cp:version; \"\" when absent.")
      .def_property_readonly("content_status", &core_text<&model::CoreProperties::content_status>,
                             "cp:contentStatus; \"\" when absent.")
      .def_property_readonly("revision", &core_revision,
                             "cp:revision as an int; 0 when absent or not a non-negative integer.")
      .def_property_readonly("created", &core_datetime<&model::CoreProperties::created>,
                             "dcterms:created as an aware datetime (UTC when written without a "
                             "zone), or None when absent or malformed.")
      .def_property_readonly("modified", &core_datetime<&model::CoreProperties::modified>,
                             "dcterms:modified as an aware datetime, or None.")
      .def_property_readonly("last_printed", &core_datetime<&model::CoreProperties::last_printed>,
                             "cp:lastPrinted as an aware datetime, or None.")
      .def_property_readonly("_revision", &core_field<&model::CoreProperties::revision>)
      .def_property_readonly("_created", &core_field<&model::CoreProperties::created>)
      .def_property_readonly("_modified", &core_field<&model::CoreProperties::modified>)
      .def_property_readonly("_last_printed", &core_field<&model::CoreProperties::last_printed>)
      .def("__repr__", [](const CorePropertiesView& c) {
        return "<CoreProperties title='" + preview(c.doc->string(c.doc->core.title)) + "'>";
      });

  m.def("_styles_of", [](const DocumentHandle& d) { return StylesView{d.doc}; });
  m.def("_core_properties_of", [](const DocumentHandle& d) { return CorePropertiesView{d.doc}; });
  m.def(
      "_parse_w3cdtf", [](std::string_view text) { return datetime_py(text); },
      "A W3CDTF timestamp as an aware datetime (UTC when no zone), or None.");
}

}  // namespace docxsift::bindings
