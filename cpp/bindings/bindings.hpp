// Shared declarations of the pybind11 layer: translation only, no logic.
#pragma once

#include <pybind11/pybind11.h>
#include <pybind11/stl.h>

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
py::dict chunk_to_dict(const chunk::Chunk& chunk);
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
inline py::object twips_length(std::int32_t twips) {
  if (twips == model::kUnsetTwips) return py::none();
  return py::int_(static_cast<std::int64_t>(twips) * 635);
}

// UTF-8 from the arena as a Python str (the arena is always valid UTF-8).
inline py::str to_py_str(std::string_view s) {
  return py::reinterpret_steal<py::str>(
      PyUnicode_DecodeUTF8(s.data(), static_cast<Py_ssize_t>(s.size()), "replace"));
}

// None for an unset string, else the string.
inline py::object optional_str(const model::Document& doc, model::Index index) {
  if (index == model::kNone) return py::none();
  return to_py_str(doc.string(index));
}

// Views of the paragraphs / tables / all blocks of a block range.
py::list paragraphs_of(const std::shared_ptr<const model::Document>& doc, model::Range range);
py::list tables_of(const std::shared_ptr<const model::Document>& doc, model::Range range);
py::list blocks_of(const std::shared_ptr<const model::Document>& doc, model::Range range);

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
