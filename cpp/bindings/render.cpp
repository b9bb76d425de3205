// Document.to_markdown / to_dict / to_json: rendered in C++ with the GIL
// released; the bindings only convert the result.
#include "docxsift/render.hpp"
#include "bindings.hpp"

namespace docxsift::bindings {
namespace {

// Recursion depth is the tree's, which the renderer bounds.
py::object value_to_py(const render::Value& v) {
  switch (v.kind()) {
    case render::Value::Kind::Null: return py::none();
    case render::Value::Kind::Bool: return py::bool_(v.as_bool());
    case render::Value::Kind::Int: return py::int_(v.as_int());
    case render::Value::Kind::Double: return py::float_(v.as_double());
    case render::Value::Kind::String: return to_py_str(v.as_string());
    case render::Value::Kind::Array: {
      py::list out(v.items().size());
      for (std::size_t i = 0; i < v.items().size(); ++i) out[i] = value_to_py(v.items()[i]);
      return out;
    }
    case render::Value::Kind::Object: {
      py::dict out;
      for (std::size_t i = 0; i < v.items().size(); ++i) out[to_py_str(v.keys()[i])] = value_to_py(v.items()[i]);
      return out;
    }
  }
  return py::none();
}

py::str document_to_markdown_py(const DocumentHandle& d, bool headers, bool images, const std::string& image_prefix) {
  std::string text;
  {
    py::gil_scoped_release release;
    render::MarkdownOptions options;
    options.headers = headers;
    options.images = images;
    options.image_prefix = image_prefix;
    text = render::to_markdown(*d.doc, options);
  }
  return to_py_str(text);
}

StrDict document_to_dict_py(const DocumentHandle& d) {
  render::Value tree;
  {
    py::gil_scoped_release release;
    tree = render::to_tree(*d.doc);
  }
  return value_to_py(tree);
}

py::str document_to_json_py(const DocumentHandle& d, const OptionalInt& indent) {
  const int width = indent.is_none() ? -1 : indent.cast<int>();
  if (width < -1) throw py::value_error("indent must be None or >= 0");
  std::string text;
  {
    py::gil_scoped_release release;
    text = render::to_json(render::to_tree(*d.doc), width);
  }
  return to_py_str(text);
}

}  // namespace

void bind_render(py::module_& m) {
  auto document = py::reinterpret_borrow<py::class_<DocumentHandle>>(m.attr("Document"));
  document
      .def("_to_markdown", &document_to_markdown_py, py::kw_only(), py::arg("headers") = false,
           py::arg("images") = true, py::arg("image_prefix") = "",
           "The engine of Document.to_markdown (documented in docxsift/_images.py).")
      .def("to_dict", &document_to_dict_py,
           R"doc(The whole document as plain dicts and lists (see docs/output.md and
docs/schema/document.schema.json).)doc")
      .def("to_json", &document_to_json_py, py::kw_only(), py::arg("indent") = py::none(),
           R"doc(``to_dict()`` as a JSON string (UTF-8 text, not ASCII-escaped); ``indent``
spaces per level, or one line when None.)doc");
}

}  // namespace docxsift::bindings
