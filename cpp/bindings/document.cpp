// Document and open(): the GIL is released while the file is read and parsed.
#include "bindings.hpp"
#include "docxsift/errors.hpp"
#include "docxsift/queries.hpp"
#include "docxsift/reader.hpp"
#include "docxsift/render.hpp"

namespace docxsift::bindings {
namespace {

using model::Index;

DocumentHandle open_path_py(const std::string& path, const std::string& revisions, bool include_hidden,
                            const OrNone<Limits>& limits) {
  Options options = make_options(revisions, include_hidden, limits);
  DocumentPtr doc;
  {
    py::gil_scoped_release release;
    doc = open_file(path, options);
  }
  return DocumentHandle{std::move(doc)};
}

DocumentHandle open_bytes_py(const py::bytes& data, const std::string& revisions, bool include_hidden,
                             const OrNone<Limits>& limits) {
  Options options = make_options(revisions, include_hidden, limits);
  std::string_view view = data;  // `data` stays alive (and unchanged) for the whole call
  DocumentPtr doc;
  {
    py::gil_scoped_release release;
    doc = open_buffer(view, options);
  }
  return DocumentHandle{std::move(doc)};
}

py::str body_text_py(const DocumentHandle& d) {
  std::string text;
  {
    py::gil_scoped_release release;
    text = render::body_text(*d.doc);
  }
  return to_py_str(text);
}

py::str text_with_labels_py(const DocumentHandle& d) {
  std::string text;
  {
    py::gil_scoped_release release;
    text = render::body_text_with_labels(*d.doc);
  }
  return to_py_str(text);
}

py::typing::Iterator<ParagraphView> iter_paragraphs_py(const DocumentHandle& d) {
  py::list out;
  for (Index p : model::paragraphs_in_order(*d.doc, d.doc->stories[d.doc->body].blocks)) {
    out.append(ParagraphView{d.doc, p});
  }
  return py::iter(out);
}

template <typename V, typename Row>
py::typing::List<V> all_rows(const DocumentHandle& d, const std::vector<Row>& rows) {
  py::typing::List<V> out;
  for (Index i = 0; i < rows.size(); ++i) out.append(V{d.doc, i});
  return out;
}

py::typing::List<NoteView> notes_py(const DocumentHandle& d, model::NoteKind kind) {
  py::typing::List<NoteView> out;
  for (Index i = 0; i < d.doc->notes.size(); ++i) {
    if (d.doc->notes[i].kind == kind) out.append(NoteView{d.doc, i});
  }
  return out;
}

}  // namespace

Options make_options(const std::string& revisions, bool include_hidden, const py::object& limits) {
  Options options;
  if (revisions == kRevisionsNames[0]) options.revisions = Revisions::Accept;
  else if (revisions == kRevisionsNames[1]) options.revisions = Revisions::Reject;
  else throw std::invalid_argument("revisions must be 'accept' or 'reject', not '" + revisions + "'");
  options.include_hidden = include_hidden;
  if (!limits.is_none()) options.limits = limits.cast<Limits>();
  return options;
}

void declare_document(py::module_& m) {
  py::class_<DocumentHandle>(m, "Document", R"doc(An opened .docx document, as :func:`docxsift.open` returns it.

``docxsift.Document(source, **kw)`` is the same call as ``docxsift.open(source, **kw)``
(a python-docx habit). The document is read completely when it is opened and is
immutable afterwards: any number of threads may read one Document at once.
Paragraphs, tables and the other objects it hands out are cheap views that keep
it alive.)doc");
  m.attr("_REVISIONS") = py::make_tuple(to_py_str(kRevisionsNames[0]), to_py_str(kRevisionsNames[1]));
}

void bind_document(py::module_& m) {
  auto document = py::reinterpret_borrow<py::class_<DocumentHandle>>(m.attr("Document"));
  document
      .def_property_readonly(
          "paragraphs",
          [](const DocumentHandle& d) { return paragraphs_of(d.doc, d.doc->stories[d.doc->body].blocks); },
          "Top-level body paragraphs, in document order.")
      .def_property_readonly(
          "tables", [](const DocumentHandle& d) { return tables_of(d.doc, d.doc->stories[d.doc->body].blocks); },
          "Top-level body tables.")
      .def_property_readonly(
          "blocks", [](const DocumentHandle& d) { return blocks_of(d.doc, d.doc->stories[d.doc->body].blocks); },
          "The body in order: Paragraph and Table objects.")
      .def("iter_paragraphs", &iter_paragraphs_py,
           R"doc(Every body paragraph in reading order, also inside tables and text boxes.

A text box's paragraphs follow the paragraph that anchors it; a table's
paragraphs come cell by cell, row by row.)doc")
      .def_property_readonly("text", &body_text_py,
                             R"doc(Body text: one line per paragraph; a table row is its cells' text joined
by ``"\t"``, one row per line. Text boxes follow their anchoring paragraph.
No headers, footers, notes or comments (see :attr:`sections`,
:attr:`footnotes`, :attr:`comments`).)doc")
      .def_property_readonly("text_with_labels", &text_with_labels_py,
                             "Body text as .text, with each numbered paragraph's list label and "
                             "its suffix (tab, space or nothing) in front: '一、总体要求'.")
      .def_property_readonly(
          "sections", [](const DocumentHandle& d) { return all_rows<SectionView>(d, d.doc->sections); },
          "The sections (w:sectPr), in order: page layout, headers and footers.")
      .def_property_readonly(
          "footnotes", [](const DocumentHandle& d) { return notes_py(d, model::NoteKind::Footnote); },
          "Footnotes in footnotes.xml order (separator and continuation notes excluded).")
      .def_property_readonly(
          "endnotes", [](const DocumentHandle& d) { return notes_py(d, model::NoteKind::Endnote); },
          "Endnotes in endnotes.xml order (separator and continuation notes excluded).")
      .def_property_readonly(
          "comments", [](const DocumentHandle& d) { return all_rows<CommentView>(d, d.doc->comments); },
          "Comments, in comments.xml order.")
      .def_property_readonly(
          "main_part", [](const DocumentHandle& d) { return to_py_str(d.doc->string(d.doc->main_part)); },
          "Part name of the main document, e.g. 'word/document.xml'.")
      .def("__repr__", [](const DocumentHandle& d) {
        std::size_t paragraphs = 0, tables = 0;
        const model::Range body = d.doc->stories[d.doc->body].blocks;
        for (Index i = body.first; i < body.end(); ++i) {
          (d.doc->block_refs[i].kind == model::BlockKind::Paragraph ? paragraphs : tables)++;
        }
        return "<Document paragraphs=" + std::to_string(paragraphs) + " tables=" + std::to_string(tables) +
               " sections=" + std::to_string(d.doc->sections.size()) + ">";
      });

  m.def("_open_path", &open_path_py, py::arg("path"), py::arg("revisions") = "accept",
        py::arg("include_hidden") = false, py::arg("limits") = py::none(),
        "Opens the .docx at `path` (the GIL is released while it is read).");
  m.def("_open_bytes", &open_bytes_py, py::arg("data"), py::arg("revisions") = "accept",
        py::arg("include_hidden") = false, py::arg("limits") = py::none(), "Opens a .docx held in memory.");
  m.def("_forget_reused_parts", &forget_reused_parts,
        "Empties the store of what was read from the styles, theme, settings and numbering of "
        "documents read before (tests; benchmarks of first readings).");
}

}  // namespace docxsift::bindings
