// Section, HeaderFooter, Note and Comment views.
#include "bindings.hpp"
#include "docxsift/queries.hpp"
#include "docxsift/render.hpp"

namespace docxsift::bindings {
namespace {

using model::Index;
using model::kNone;

// A header or footer slot of a section, resolved with linked-to-previous inheritance.
struct HeaderFooterView {
  std::shared_ptr<const model::Document> doc;
  Index section;
  bool footer;
  model::HeaderFooterKind kind;

  Index own_story() const {
    const model::Section& s = doc->sections[section];
    return (footer ? s.footers : s.headers)[static_cast<std::size_t>(kind)];
  }
  // The story shown: this section's own, or the nearest previous section's.
  Index story() const {
    for (Index i = section + 1; i-- > 0;) {
      const model::Section& s = doc->sections[i];
      Index own = (footer ? s.footers : s.headers)[static_cast<std::size_t>(kind)];
      if (own != kNone) return own;
    }
    return kNone;
  }
};

model::Range story_blocks(const model::Document& doc, Index story) {
  return story == kNone ? model::Range{} : doc.stories[story].blocks;
}

OptionalInt length(std::int64_t twips) {
  if (twips < 0) return py::none();
  return py::int_(twips * 635);  // EMU
}

}  // namespace

void bind_story(py::module_& m) {
  py::class_<SectionView> section(m, "Section", R"doc(A document section (w:sectPr), python-docx names.

Page size and margins are :class:`docxsift.Length` values (None when the
section does not set them). Each of the six header/footer slots is a
HeaderFooter; a slot the section does not define shows the previous
section's (``is_linked_to_previous``).)doc");
  py::class_<HeaderFooterView> hf(m, "HeaderFooter",
                                  "A header or footer of a section: a separate story, never part of Document.text.");
  py::class_<NoteView> note(m, "Note", "A footnote or endnote: a separate story, referenced from the body by its id.");
  py::class_<CommentView> comment(m, "Comment",
                                  "A comment (comments.xml): a separate story anchored in body paragraphs.");

  auto slot = [](bool footer, model::HeaderFooterKind kind) {
    return [footer, kind](const SectionView& s) { return HeaderFooterView{s.doc, s.index, footer, kind}; };
  };
  using K = model::HeaderFooterKind;
  section.def_property_readonly("header", slot(false, K::Default), "The default header.")
      .def_property_readonly("footer", slot(true, K::Default), "The default footer.")
      .def_property_readonly("first_page_header", slot(false, K::First), "The first-page header.")
      .def_property_readonly("first_page_footer", slot(true, K::First), "The first-page footer.")
      .def_property_readonly("even_page_header", slot(false, K::Even), "The even-page header.")
      .def_property_readonly("even_page_footer", slot(true, K::Even), "The even-page footer.")
      .def_property_readonly("_page_width",
                             [](const SectionView& s) { return length(s.doc->sections[s.index].page_width); })
      .def_property_readonly("_page_height",
                             [](const SectionView& s) { return length(s.doc->sections[s.index].page_height); })
      .def_property_readonly("_top_margin",
                             [](const SectionView& s) { return length(s.doc->sections[s.index].margin_top); })
      .def_property_readonly("_bottom_margin",
                             [](const SectionView& s) { return length(s.doc->sections[s.index].margin_bottom); })
      .def_property_readonly("_left_margin",
                             [](const SectionView& s) { return length(s.doc->sections[s.index].margin_left); })
      .def_property_readonly("_right_margin",
                             [](const SectionView& s) { return length(s.doc->sections[s.index].margin_right); })
      .def_property_readonly("_header_distance",
                             [](const SectionView& s) { return length(s.doc->sections[s.index].margin_header); })
      .def_property_readonly("_footer_distance",
                             [](const SectionView& s) { return length(s.doc->sections[s.index].margin_footer); })
      .def_property_readonly("_gutter",
                             [](const SectionView& s) { return length(s.doc->sections[s.index].margin_gutter); })
      .def_property_readonly(
          "orientation",
          [](const SectionView& s) { return py::str(s.doc->sections[s.index].landscape ? "landscape" : "portrait"); },
          "'portrait' or 'landscape'.")
      .def_property_readonly(
          "different_first_page_header_footer",
          [](const SectionView& s) { return s.doc->sections[s.index].title_page; },
          "w:titlePg: the first page has its own header and footer.")
      .def_property_readonly(
          "_start_type", [](const SectionView& s) { return optional_str(*s.doc, s.doc->sections[s.index].start_type); })
      .def(
          "iter_inner_content",
          [](const SectionView& s) -> py::typing::Iterator<Block> {
            py::list out;
            for (const model::BlockRef& block : model::section_blocks(*s.doc, s.index)) {
              if (block.kind == model::BlockKind::Paragraph) out.append(ParagraphView{s.doc, block.index});
              else out.append(TableView{s.doc, block.index});
            }
            return py::iter(out);
          },
          "The section's body paragraphs and tables, in document order (python-docx).")
      .def(
          "__eq__", [](const SectionView& a, const SectionView& b) { return a == b; }, py::arg("other"))
      .def("__repr__", [](const SectionView& s) { return "<Section " + std::to_string(s.index) + ">"; });

  hf.def_property_readonly(
        "is_linked_to_previous", [](const HeaderFooterView& h) { return h.own_story() == kNone; },
        "True when this section has no definition of its own and shows the previous one's.")
      .def_property_readonly(
          "paragraphs", [](const HeaderFooterView& h) { return paragraphs_of(h.doc, story_blocks(*h.doc, h.story())); },
          "Paragraphs of the header or footer shown (empty when none).")
      .def_property_readonly(
          "tables", [](const HeaderFooterView& h) { return tables_of(h.doc, story_blocks(*h.doc, h.story())); },
          "Tables of the header or footer shown.")
      .def_property_readonly(
          "text", [](const HeaderFooterView& h) { return to_py_str(render::story_text(*h.doc, h.story())); },
          "The text of the header or footer shown, one line per paragraph.")
      .def("__repr__", [](const HeaderFooterView& h) {
        return std::string("<") + (h.footer ? "Footer" : "Header") + " of section " + std::to_string(h.section) + ">";
      });

  note.def_property_readonly(
          "id", [](const NoteView& n) { return to_py_str(n.doc->string(n.doc->notes[n.index].id)); },
          "The note's w:id, as listed by Paragraph.footnote_ids and endnote_ids.")
      .def_property_readonly(
          "paragraphs",
          [](const NoteView& n) { return paragraphs_of(n.doc, n.doc->stories[n.doc->notes[n.index].story].blocks); },
          "The note's paragraphs.")
      .def_property_readonly(
          "tables",
          [](const NoteView& n) { return tables_of(n.doc, n.doc->stories[n.doc->notes[n.index].story].blocks); },
          "Tables in the note.")
      .def_property_readonly(
          "text", [](const NoteView& n) { return to_py_str(render::story_text(*n.doc, n.doc->notes[n.index].story)); },
          "The note's text, one line per paragraph (the reference mark itself is not text).")
      .def("__repr__", [](const NoteView& n) {
        const model::Note& row = n.doc->notes[n.index];
        return std::string(row.kind == model::NoteKind::Footnote ? "<Footnote " : "<Endnote ") +
               std::string(n.doc->string(row.id)) + " text='" + preview(render::story_text(*n.doc, row.story)) + "'>";
      });

  comment
      .def_property_readonly(
          "id", [](const CommentView& c) { return to_py_str(c.doc->string(c.doc->comments[c.index].id)); },
          "The comment's w:id, as listed by Paragraph.comment_ids.")
      .def_property_readonly(
          "author", [](const CommentView& c) { return optional_str(*c.doc, c.doc->comments[c.index].author); },
          "w:author, or None.")
      .def_property_readonly(
          "initials", [](const CommentView& c) { return optional_str(*c.doc, c.doc->comments[c.index].initials); },
          "w:initials, or None.")
      .def_property_readonly("_date",
                             [](const CommentView& c) { return optional_str(*c.doc, c.doc->comments[c.index].date); })
      .def_property_readonly(
          "paragraphs",
          [](const CommentView& c) {
            return paragraphs_of(c.doc, c.doc->stories[c.doc->comments[c.index].story].blocks);
          },
          "The comment's paragraphs.")
      .def_property_readonly(
          "text",
          [](const CommentView& c) { return to_py_str(render::story_text(*c.doc, c.doc->comments[c.index].story)); },
          "The comment's text, one line per paragraph.")
      .def("__repr__", [](const CommentView& c) {
        const model::Comment& row = c.doc->comments[c.index];
        return "<Comment " + std::string(c.doc->string(row.id)) + " by '" + std::string(c.doc->string(row.author)) +
               "' text='" + preview(render::story_text(*c.doc, row.story)) + "'>";
      });
}

}  // namespace docxsift::bindings
