// CoreProperties, Style and Styles.
#include "bindings.hpp"
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

const char* style_type_name(model::StyleType t) {
  switch (t) {
    case model::StyleType::Character: return "character";
    case model::StyleType::Table: return "table";
    case model::StyleType::Numbering: return "numbering";
    default: return "paragraph";
  }
}

template <Index model::CoreProperties::*Field>
py::object core_field(const CorePropertiesView& c) {
  return optional_str(*c.doc, c.doc->core.*Field);
}

}  // namespace

void bind_meta(py::module_& m) {
  py::class_<StyleView> style(m, "Style", "A style from styles.xml.");
  py::class_<StylesView> styles(m, "Styles", "The document's styles: a mapping of style_id to Style.");
  py::class_<CorePropertiesView> core(m, "CoreProperties", "docProps/core.xml, with python-docx names.");

  style.def_property_readonly("style_id", [](const StyleView& s) { return to_py_str(s.doc->string(s.doc->styles[s.index].style_id)); })
      .def_property_readonly("name", [](const StyleView& s) {
        const model::Style& row = s.doc->styles[s.index];
        return optional_str(*s.doc, row.name != kNone ? row.name : row.style_id);
      }, "The name users see ('Heading 1').")
      .def_property_readonly("type", [](const StyleView& s) { return py::str(style_type_name(s.doc->styles[s.index].type)); },
                             "'paragraph', 'character', 'table' or 'numbering'.")
      .def_property_readonly("base_style", [](const StyleView& s) -> py::object {
        Index base = model::find_style(*s.doc, s.doc->styles[s.index].base);
        if (base == kNone || base == s.index) return py::none();
        return py::cast(StyleView{s.doc, base});
      }, "The style this one is based on, or None.")
      .def_property_readonly("outline_level", [](const StyleView& s) -> py::object {
        int level = s.doc->styles[s.index].outline_level;
        if (level < 0 || level > 8) return py::none();
        return py::int_(level);
      }, "w:outlineLvl (0-8) of the style itself, or None.")
      .def("__eq__", [](const StyleView& a, const StyleView& b) { return a == b; })
      .def("__hash__", [](const StyleView& s) { return py::hash(py::make_tuple(reinterpret_cast<std::uintptr_t>(s.doc.get()), s.index)); })
      .def("__repr__", [](const StyleView& s) {
        const model::Style& row = s.doc->styles[s.index];
        return "<Style " + std::string(s.doc->string(row.style_id)) + " name='" +
               std::string(s.doc->string(row.name)) + "' type=" + style_type_name(row.type) + ">";
      });

  styles.def("__len__", [](const StylesView& s) { return s.doc->styles.size(); })
      .def("__iter__", [](const StylesView& s) {
        py::list out;
        for (Index i = 0; i < s.doc->styles.size(); ++i) out.append(StyleView{s.doc, i});
        return py::iter(out);
      })
      .def("__contains__", [](const StylesView& s, const std::string& id) {
        return model::find_style_by_id(*s.doc, id) != kNone;
      })
      .def("__getitem__", [](const StylesView& s, const std::string& id) {
        Index i = model::find_style_by_id(*s.doc, id);
        if (i == kNone) throw py::key_error(id);
        return StyleView{s.doc, i};
      })
      .def("keys", [](const StylesView& s) {
        py::list out;
        for (const model::Style& row : s.doc->styles) out.append(to_py_str(s.doc->string(row.style_id)));
        return out;
      })
      .def("__repr__", [](const StylesView& s) { return "<Styles " + std::to_string(s.doc->styles.size()) + ">"; });

  core.def_property_readonly("title", &core_field<&model::CoreProperties::title>)
      .def_property_readonly("subject", &core_field<&model::CoreProperties::subject>)
      .def_property_readonly("author", &core_field<&model::CoreProperties::author>)
      .def_property_readonly("keywords", &core_field<&model::CoreProperties::keywords>)
      .def_property_readonly("comments", &core_field<&model::CoreProperties::comments>)
      .def_property_readonly("category", &core_field<&model::CoreProperties::category>)
      .def_property_readonly("last_modified_by", &core_field<&model::CoreProperties::last_modified_by>)
      .def_property_readonly("language", &core_field<&model::CoreProperties::language>)
      .def_property_readonly("identifier", &core_field<&model::CoreProperties::identifier>)
      .def_property_readonly("version", &core_field<&model::CoreProperties::version>)
      .def_property_readonly("content_status", &core_field<&model::CoreProperties::content_status>)
      .def_property_readonly("_revision", &core_field<&model::CoreProperties::revision>)
      .def_property_readonly("_created", &core_field<&model::CoreProperties::created>)
      .def_property_readonly("_modified", &core_field<&model::CoreProperties::modified>)
      .def_property_readonly("_last_printed", &core_field<&model::CoreProperties::last_printed>)
      .def("__repr__", [](const CorePropertiesView& c) {
        return "<CoreProperties title='" + preview(c.doc->string(c.doc->core.title)) + "'>";
      });

  m.def("_styles_of", [](const DocumentHandle& d) { return StylesView{d.doc}; });
  m.def("_core_properties_of", [](const DocumentHandle& d) { return CorePropertiesView{d.doc}; });
}

}  // namespace docxsift::bindings
