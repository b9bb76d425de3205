// Shared declarations of the pybind11 layer: translation only, no logic.
#pragma once

#include <pybind11/pybind11.h>
#include <pybind11/stl.h>
#include <pybind11/typing.h>

#include <string>
#include <string_view>

#include "docxsift/model.hpp"
#include "docxsift/reader.hpp"
#include "docxsift/views.hpp"

namespace py = pybind11;

namespace docxsift::chunk {
struct Chunk;
}

namespace docxsift::bindings {

// Return types that say what they hold. pybind11 writes them into each
// signature (list[Paragraph], str | None), and `make stubs` writes the
// signatures into python/docxsift/_core.pyi; a plain py::object, py::list or
// py::dict would be typing.Any, list or dict there.
//
// OrNone<T> is a T or None ("T | None"). Not py::typing::Optional<T>: its
// type check calls PyObject_Type and drops the reference, so every value
// converted to it leaked a reference to its type (pybind11 3.1). OrNone checks
// nothing; as a parameter it takes any object, as py::object does.
template <typename T>
class OrNone : public py::object {
 public:
  using py::object::object;
  // NOLINTNEXTLINE(google-explicit-constructor): a T or None converts as it is.
  OrNone(py::object value) : py::object(std::move(value)) {}
  static bool check_(py::handle h) { return h.ptr() != nullptr; }
};
using OptionalStr = OrNone<py::str>;
using OptionalInt = OrNone<py::int_>;
using OptionalBool = OrNone<py::bool_>;
using StrList = py::typing::List<py::str>;
// A dict with str keys: to_dict() and the records of extract().
using StrDict = py::typing::Dict<py::str, py::object>;

void bind_exceptions(py::module_& m);
void bind_limits(py::module_& m);
// Declares the Document class early, so that signatures naming it read well;
// bind_document adds its methods.
void declare_document(py::module_& m);
void bind_document(py::module_& m);
// OutlineEntry and Document.outline(); after bind_document.
void bind_outline(py::module_& m);
// Document.to_markdown/to_dict/to_json (render.cpp); after bind_document.
void bind_render(py::module_& m);
// Declares Font and ParagraphFormat early: Style returns them (bind_meta);
// bind_paragraph adds their properties.
void declare_formatting(py::module_& m);
void bind_paragraph(py::module_& m);
void bind_table(py::module_& m);
void bind_story(py::module_& m);
void bind_meta(py::module_& m);
void bind_text(py::module_& m);
void bind_effective(py::module_& m);
// Run.effective: a RunFormat (effective.cpp), attached to Run in paragraph.cpp.
py::object run_effective_py(const RunView& run);
void bind_batch(py::module_& m);
// Chunk, Chunker, count_tokens (docs/chunks.md).
void bind_chunks(py::module_& m);
// Chunk.to_dict(), also the items of extract()'s "chunks" field.
StrDict chunk_to_dict(const chunk::Chunk& chunk);
// Image, EmbeddedObject, InlineShape and Document.images/embedded/inline_shapes.
void bind_images(py::module_& m);

// python-docx Font over one interned run-properties row (a run's or a style's).
struct FontView {
  std::shared_ptr<const model::Document> doc;
  model::Index props = 0;  // into Document::run_props
};

// python-docx ParagraphFormat over one interned paragraph-format row and the
// alignment kept beside it (a paragraph's or a style's).
struct ParagraphFormatView {
  std::shared_ptr<const model::Document> doc;
  model::Index format = 0;  // into Document::paragraph_formats
  model::Alignment alignment = model::Alignment::Unset;
};

// A length in twips as EMU, or None when unset (model::kUnsetTwips).
inline OptionalInt twips_length(std::int32_t twips) {
  if (twips == model::kUnsetTwips) return py::none();
  return py::int_(static_cast<std::int64_t>(twips) * 635);
}

// UTF-8 from the arena as a Python str (the arena is always valid UTF-8).
inline py::str to_py_str(std::string_view s) {
  return py::reinterpret_steal<py::str>(PyUnicode_DecodeUTF8(s.data(), static_cast<Py_ssize_t>(s.size()), "replace"));
}

// None for an unset string, else the string.
inline OptionalStr optional_str(const model::Document& doc, model::Index index) {
  if (index == model::kNone) return py::none();
  return to_py_str(doc.string(index));
}

// Views of the paragraphs / tables / all blocks of a block range.
using Block = py::typing::Union<ParagraphView, TableView>;
using BlockList = py::typing::List<Block>;
py::typing::List<ParagraphView> paragraphs_of(const std::shared_ptr<const model::Document>& doc, model::Range range);
py::typing::List<TableView> tables_of(const std::shared_ptr<const model::Document>& doc, model::Range range);
BlockList blocks_of(const std::shared_ptr<const model::Document>& doc, model::Range range);

// open() keywords as C++ Options: revisions "accept"/"reject" (else
// ValueError), include_hidden, limits (a docxsift.Limits or None).
Options make_options(const std::string& revisions, bool include_hidden, const py::object& limits);

// A short preview for reprs.
std::string preview(std::string_view text, std::size_t max_chars = 40);

template <typename V>
V make_view(const std::shared_ptr<const model::Document>& doc, model::Index index) {
  return V{doc, index};
}

}  // namespace docxsift::bindings

PYBIND11_NAMESPACE_BEGIN(PYBIND11_NAMESPACE)
PYBIND11_NAMESPACE_BEGIN(detail)
template <typename T>
struct handle_type_name<docxsift::bindings::OrNone<T>> {
  static constexpr auto name = make_caster<T>::name | make_caster<none>::name;
};
PYBIND11_NAMESPACE_END(detail)
PYBIND11_NAMESPACE_END(PYBIND11_NAMESPACE)
