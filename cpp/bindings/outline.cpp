// OutlineEntry and Document.outline(): translation of text::outline only.
#include "docxsift/outline.hpp"
#include "bindings.hpp"

namespace docxsift::bindings {
namespace {

// An entry as Python sees it: the paragraph as a view that keeps the document alive.
struct OutlineEntryPy {
  text::OutlineEntry entry;
  ParagraphView paragraph;

  bool operator==(const OutlineEntryPy& other) const { return entry == other.entry && paragraph == other.paragraph; }
};

py::typing::List<OutlineEntryPy> document_outline_py(const DocumentHandle& d) {
  std::vector<text::OutlineEntry> entries;
  {
    py::gil_scoped_release release;
    entries = text::outline(*d.doc);
  }
  py::typing::List<OutlineEntryPy> out;
  for (text::OutlineEntry& e : entries) {
    ParagraphView view{d.doc, e.paragraph};
    out.append(OutlineEntryPy{std::move(e), std::move(view)});
  }
  return out;
}

py::tuple outline_entry_tuple_py(const OutlineEntryPy& e) {
  return py::make_tuple(e.entry.level, to_py_str(e.entry.label), to_py_str(e.entry.title), e.paragraph,
                        to_py_str(text::to_string(e.entry.source)));
}

// .paragraph is a Paragraph: the repr shows one (where it is, its style, its text).
std::string outline_entry_repr_py(const OutlineEntryPy& e) {
  py::str label = to_py_str(e.entry.label);
  py::str title = to_py_str(preview(e.entry.title));
  return "OutlineEntry(level=" + std::to_string(e.entry.level) + ", label=" + py::repr(label).cast<std::string>() +
         ", title=" + py::repr(title).cast<std::string>() +
         ", paragraph=" + py::repr(py::cast(e.paragraph)).cast<std::string>() + ", source='" +
         std::string(text::to_string(e.entry.source)) + "')";
}

}  // namespace

void bind_outline(py::module_& m) {
  py::class_<OutlineEntryPy> entry(m, "OutlineEntry", R"doc(One heading of Document.outline().

A read-only record with the fields ``level``, ``label``, ``title``,
``paragraph`` and ``source``; it unpacks like a tuple in that order
(``for level, label, title, paragraph, source in doc.outline()``).
``level`` is 1-9 after normalisation (no gaps: the first heading is level 1
and each is at most one deeper than the one before); ``label`` is the list
label or typed 公文 marker (``"一、"``, ``"（一）"``), empty when there is
none; ``title`` is the heading text without it; ``paragraph`` the Paragraph;
``source`` is ``"style"``, ``"numbering"`` or ``"text"`` (see docs/outline.md).)doc");
  entry
      .def_property_readonly(
          "level", [](const OutlineEntryPy& e) { return e.entry.level; },
          "Heading level, 1-9, consistent within the document.")
      .def_property_readonly(
          "label", [](const OutlineEntryPy& e) { return to_py_str(e.entry.label); },
          "The list label or typed marker (\"一、\", \"（一）\", \"1.2\"); \"\" when none.")
      .def_property_readonly(
          "title", [](const OutlineEntryPy& e) { return to_py_str(e.entry.title); },
          "The heading text without its label; for a run-in heading "
          "(\"1．燃气安全。加强...\") the text up to the first 。.")
      .def_property_readonly(
          "paragraph", [](const OutlineEntryPy& e) { return e.paragraph; }, "The Paragraph this heading is.")
      .def_property_readonly(
          "source", [](const OutlineEntryPy& e) { return to_py_str(text::to_string(e.entry.source)); },
          "Where the heading was found: \"style\" (outline level or heading style), "
          "\"numbering\" (a heading-like list label) or \"text\" (a typed 公文 marker).");
  entry.attr("_fields") = py::make_tuple("level", "label", "title", "paragraph", "source");
  entry.def("__len__", [](const OutlineEntryPy&) { return 5; })
      .def(
          "__getitem__",
          [](const OutlineEntryPy& e, const py::object& index) {
            // An accessor would outlive the temporary tuple: take the item now.
            py::tuple fields = outline_entry_tuple_py(e);
            return py::object(fields[index]);
          },
          py::arg("index"))
      .def("__iter__",
           [](const OutlineEntryPy& e) -> py::typing::Iterator<py::object> {
             return py::iter(outline_entry_tuple_py(e));
           })
      .def(
          "__eq__",
          [](const OutlineEntryPy& a, const py::object& b) -> py::object {
            if (!py::isinstance<OutlineEntryPy>(b)) return py::reinterpret_borrow<py::object>(Py_NotImplemented);
            return py::bool_(a == b.cast<const OutlineEntryPy&>());
          },
          py::arg("other"))
      .def("__hash__", [](const OutlineEntryPy& e) { return py::hash(outline_entry_tuple_py(e)); })
      .def("__repr__", &outline_entry_repr_py);

  auto document = py::reinterpret_borrow<py::class_<DocumentHandle>>(m.attr("Document"));
  document.def("outline", &document_outline_py, R"doc(The heading tree: a list of OutlineEntry in reading order.

Headings come from outline levels and heading styles (source "style"), from
numbered paragraphs whose list label reads as a heading label (一、 （一）
1.2 ..., "numbering"), and from 公文 markers typed at the start of a short
paragraph (一、 → 1, （一）/(一) → 2, 1./1．/1、 → 3, （1）/(1) → 4, "text").
Levels are made consistent within the document; see docs/outline.md.)doc");
}

}  // namespace docxsift::bindings
