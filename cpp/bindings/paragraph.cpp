// Paragraph, Run, Font and Hyperlink views.
#include "bindings.hpp"
#include "docxsift/effective.hpp"
#include "docxsift/images.hpp"
#include "docxsift/queries.hpp"

namespace docxsift::bindings {
namespace {

using model::Index;
using model::kNone;
using model::Tri;

const model::Paragraph& row(const ParagraphView& v) { return v.doc->paragraphs[v.index]; }
const model::Run& row(const RunView& v) { return v.doc->runs[v.index]; }
const model::RunProps& props(const RunView& v) { return v.doc->run_props[row(v).props]; }
const model::RunProps& props(const FontView& f) { return f.doc->run_props[f.props]; }
const model::ParagraphFormat& format(const ParagraphFormatView& f) { return f.doc->paragraph_formats[f.format]; }

// python-docx Font.superscript/subscript: True for that w:vertAlign, False for
// another one, None when w:vertAlign is absent.
OptionalBool vertical_align_is(const FontView& f, model::VerticalAlign wanted) {
  model::VerticalAlign v = props(f).vertical_align;
  if (v == model::VerticalAlign::Unset) return py::none();
  return py::bool_(v == wanted);
}

OptionalStr line_rule_name(model::LineRule rule) {
  switch (rule) {
    case model::LineRule::Auto: return py::str("auto");
    case model::LineRule::Exact: return py::str("exact");
    case model::LineRule::AtLeast: return py::str("atLeast");
    default: return py::none();
  }
}

py::typing::List<RunView> hyperlink_runs_py(const HyperlinkView& h) {
  py::typing::List<RunView> out;
  for (Index r : model::hyperlink_runs(*h.doc, h.index)) out.append(RunView{h.doc, r});
  return out;
}

OptionalBool tri(Tri t) {
  if (t == Tri::Unset) return py::none();
  return py::bool_(t == Tri::On);
}

using model::alignment_name;

py::typing::List<RunView> paragraph_runs_py(const ParagraphView& p) {
  py::typing::List<RunView> out;
  const model::Range runs = row(p).runs;
  for (Index i = runs.first; i < runs.end(); ++i) out.append(RunView{p.doc, i});
  return out;
}

py::typing::List<HyperlinkView> paragraph_hyperlinks_py(const ParagraphView& p) {
  py::typing::List<HyperlinkView> out;
  const model::Range links = row(p).hyperlinks;
  for (Index i = links.first; i < links.end(); ++i) out.append(HyperlinkView{p.doc, i});
  return out;
}

StrList paragraph_note_ids_py(const ParagraphView& p, model::NoteKind kind) {
  StrList out;
  const model::Range refs = row(p).note_refs;
  for (Index i = refs.first; i < refs.end(); ++i) {
    const model::NoteRef& ref = p.doc->note_refs[i];
    if (ref.kind == kind) out.append(to_py_str(p.doc->string(ref.id)));
  }
  return out;
}

StrList paragraph_comment_ids_py(const ParagraphView& p) {
  StrList out;
  const model::Range refs = row(p).comment_refs;
  for (Index i = refs.first; i < refs.end(); ++i) out.append(to_py_str(p.doc->string(p.doc->comment_refs[i])));
  return out;
}

StrList paragraph_equations_py(const ParagraphView& p) {
  StrList out;
  const model::Range eqs = row(p).equations;
  for (Index i = eqs.first; i < eqs.end(); ++i) out.append(to_py_str(p.doc->string(p.doc->equations[i].latex)));
  return out;
}

OrNone<StyleView> paragraph_style_py(const ParagraphView& p) {
  Index style = model::paragraph_style(*p.doc, p.index);
  if (style == kNone) return py::none();
  return py::cast(StyleView{p.doc, style});
}

OrNone<StyleView> run_style_py(const RunView& r) {
  Index style = model::find_style(*r.doc, props(r).style);
  if (style == kNone || r.doc->styles[style].type != model::StyleType::Character) {
    style = model::default_style(*r.doc, model::StyleType::Character);  // as python-docx
  }
  if (style == kNone) return py::none();
  return py::cast(StyleView{r.doc, style});
}

OrNone<HyperlinkView> run_hyperlink_py(const RunView& r) {
  Index link = row(r).hyperlink;
  if (link == kNone) return py::none();
  return py::cast(HyperlinkView{r.doc, link});
}

OptionalStr paragraph_list_label_py(const ParagraphView& p) {
  const model::ListLabel* label = p.doc->list_label(p.index);
  if (label == nullptr) return py::none();
  return to_py_str(p.doc->string(label->label));
}

OptionalInt paragraph_list_level_py(const ParagraphView& p) {
  const model::ListLabel* label = p.doc->list_label(p.index);
  if (label == nullptr) return py::none();
  return py::int_(label->level);
}

OptionalStr paragraph_list_suffix_py(const ParagraphView& p) {
  const model::ListLabel* label = p.doc->list_label(p.index);
  if (label == nullptr) return py::none();
  switch (label->suffix) {
    case model::ListSuffix::Space: return py::str("space");
    case model::ListSuffix::Nothing: return py::str("nothing");
    default: return py::str("tab");
  }
}

// <Paragraph doc.paragraphs[5] style='Heading 1' text='...'>: where to find
// it again, and the style name users see (style.name, not the id).
std::string paragraph_repr(const ParagraphView& p) {
  const model::ParagraphPlace place = model::paragraph_place(*p.doc, p.index);
  const std::string story = model::story_kind_name(place.story);
  std::string out = "<Paragraph ";
  if (place.in_text_box) {
    out += "in a text box of the " + story;
  } else if (place.position == kNone) {
    out += "in a table of the " + story;
  } else if (place.story == model::StoryKind::Body) {
    out += "doc.paragraphs[" + std::to_string(place.position) + "]";
  } else {
    out += story + " paragraphs[" + std::to_string(place.position) + "]";
  }
  const Index style = model::paragraph_style(*p.doc, p.index);
  if (style != kNone) {
    const model::Style& s = p.doc->styles[style];
    const Index shown = s.name != kNone ? s.name : s.style_id;
    if (shown != kNone) out += " style='" + preview(model::ui_style_name(p.doc->string(shown))) + "'";
  }
  return out + " text='" + preview(p.doc->text(row(p).text)) + "'>";
}

}  // namespace

std::string preview(std::string_view text, std::size_t max_chars) {
  std::string out;
  std::size_t chars = 0;
  for (std::size_t i = 0; i < text.size(); ++i) {
    auto c = static_cast<unsigned char>(text[i]);
    if ((c & 0xC0) != 0x80) {
      if (chars == max_chars) return out + "…";
      ++chars;
    }
    if (c == '\n') out += "\\n";
    else if (c == '\t') out += "\\t";
    else if (c == '\'') out += "\\'";
    else out.push_back(text[i]);
  }
  return out;
}

void declare_formatting(py::module_& m) {
  py::class_<FontView>(m, "Font", "Direct character formatting of a run or a style (python-docx Font).");
  py::class_<ParagraphFormatView>(
      m, "ParagraphFormat",
      "Direct paragraph formatting of a paragraph or a style (python-docx ParagraphFormat), read-only.");
}

void bind_paragraph(py::module_& m) {
  py::class_<ParagraphView> paragraph(m, "Paragraph", R"doc(A paragraph (python-docx Paragraph), read-only.

A cheap view: the document and an index. Two Paragraph objects are equal when
they are the same paragraph of the same document.)doc");
  py::class_<RunView> run(m, "Run", "A run of text with one set of direct formatting.");
  auto font = py::reinterpret_borrow<py::class_<FontView>>(m.attr("Font"));
  auto paragraph_format = py::reinterpret_borrow<py::class_<ParagraphFormatView>>(m.attr("ParagraphFormat"));
  py::class_<HyperlinkView> hyperlink(m, "Hyperlink", "A hyperlink in a paragraph.");

  // --- pages (issue #19, docs/chunks.md "Page numbers") ---------------------
  paragraph
      .def_property_readonly(
          "page",
          [](const ParagraphView& p) -> OptionalInt {
            const model::PageSpan* span = p.doc->pages(p.index);
            if (span == nullptr) return py::none();
            return py::int_(span->first);
          },
          R"doc(The page the paragraph starts on, as Word last paginated this file (1-based).

Counted from the rendered page breaks Word saved (w:lastRenderedPageBreak)
and explicit page and section breaks; None when the body holds no rendered
page break at all (no rendering information), and for paragraphs outside
the body (headers, notes, comments).)doc")
      .def_property_readonly(
          "contains_page_break",
          [](const ParagraphView& p) {
            const model::PageSpan* span = p.doc->pages(p.index);
            return span != nullptr && span->rendered_breaks > 0;
          },
          "True when the paragraph holds a rendered page break (python-docx 1.1).")
      .def_property_readonly("_rendered_page_break_count", [](const ParagraphView& p) {
        const model::PageSpan* span = p.doc->pages(p.index);
        return span == nullptr ? 0u : span->rendered_breaks;
      });
  // --- end pages -------------------------------------------------------------
  paragraph
      .def_property_readonly(
          "text", [](const ParagraphView& p) { return to_py_str(p.doc->text(row(p).text)); },
          R"doc(The text Word shows for the paragraph.

Runs inside hyperlinks, insertions, content controls, smart tags and field
results are included; field instructions, deletions and hidden text are not.
w:tab is ``"\t"``, w:br and w:cr are ``"\n"``. The list label is not part of
it (see :attr:`list_label`).)doc")
      .def_property_readonly("runs", &paragraph_runs_py,
                             "Every run whose text makes up .text, also inside hyperlinks, "
                             "insertions, content controls and fields.")
      .def_property_readonly("hyperlinks", &paragraph_hyperlinks_py, "Hyperlinks in this paragraph.")
      .def_property_readonly("style", &paragraph_style_py,
                             "The paragraph style; the default paragraph style when w:pStyle is "
                             "absent or unknown (as python-docx); None if there is none.")
      .def_property_readonly(
          "alignment",
          [](const ParagraphView& p) -> OptionalStr {
            const char* name = alignment_name(row(p).alignment);
            if (name == nullptr) return py::none();
            return py::str(name);
          },
          "Direct justification: 'left', 'center', 'right', 'both', 'distribute' or None.")
      .def_property_readonly(
          "heading_level",
          [](const ParagraphView& p) -> OptionalInt {
            int level = model::heading_level(*p.doc, p.index);
            if (level == 0) return py::none();
            return py::int_(level);
          },
          "Heading level 1-9 from the outline level of the paragraph or its "
          "style chain; None for body text.")
      .def_property_readonly("list_label", &paragraph_list_label_py,
                             R"doc(The list label Word draws for this paragraph ("1.2.", "（一）",
"①", "•"), or None when the paragraph is not numbered. Not part of .text.)doc")
      .def_property_readonly("list_level", &paragraph_list_level_py,
                             "The list level (w:ilvl, 0-8) of a numbered paragraph, or None.")
      .def_property_readonly("list_suffix", &paragraph_list_suffix_py,
                             "What Word draws between label and text: 'tab', 'space' or "
                             "'nothing'; None when the paragraph is not numbered.")
      .def_property_readonly(
          "footnote_ids", [](const ParagraphView& p) { return paragraph_note_ids_py(p, model::NoteKind::Footnote); },
          "Ids of the footnotes referenced in this paragraph.")
      .def_property_readonly(
          "endnote_ids", [](const ParagraphView& p) { return paragraph_note_ids_py(p, model::NoteKind::Endnote); },
          "Ids of the endnotes referenced in this paragraph.")
      .def_property_readonly("comment_ids", &paragraph_comment_ids_py,
                             "Ids of the comments anchored in this paragraph.")
      .def_property_readonly("equations", &paragraph_equations_py,
                             R"doc(The paragraph's equations (Office Math) as LaTeX strings, without
$ delimiters, in reading order: one per m:oMath, one per m:oMathPara (its lines
joined by "\\"). .text keeps each equation's linear text.)doc")
      .def_property_readonly(
          "paragraph_format",
          [](const ParagraphView& p) { return ParagraphFormatView{p.doc, row(p).format, row(p).alignment}; },
          "ParagraphFormat: indents, spacing, alignment and pagination as written on this paragraph (python-docx "
          "names).")
      .def_property_readonly("_index", [](const ParagraphView& p) { return p.index; })
      .def(
          "__eq__", [](const ParagraphView& a, const ParagraphView& b) { return a == b; }, py::arg("other"))
      .def("__hash__",
           [](const ParagraphView& p) {
             return py::hash(py::make_tuple(reinterpret_cast<std::uintptr_t>(p.doc.get()), p.index));
           })
      .def("__repr__", &paragraph_repr);

  run.def_property_readonly(
         "text", [](const RunView& r) { return to_py_str(r.doc->text(row(r).text)); },
         R"doc(The run's visible text (w:tab as ``"\t"``, w:br as ``"\n"``).)doc")
      .def_property_readonly(
          "bold", [](const RunView& r) { return tri(props(r).bold); },
          "Direct bold: True, False, or None when inherited.")
      .def_property_readonly(
          "italic", [](const RunView& r) { return tri(props(r).italic); },
          "Direct italic: True, False, or None when inherited.")
      .def_property_readonly(
          "underline", [](const RunView& r) { return tri(props(r).underline); },
          "Direct underline: True, False, or None when inherited.")
      .def_property_readonly(
          "strike", [](const RunView& r) { return tri(props(r).strike); },
          "Direct strike-through: True, False, or None when inherited.")
      .def_property_readonly(
          "font", [](const RunView& r) { return FontView{r.doc, row(r).props}; }, "Direct font formatting.")
      .def_property_readonly("style", &run_style_py,
                             "The character style; the default character style when w:rStyle is "
                             "absent or unknown (as python-docx); None if there is none.")
      .def_property_readonly("effective", &run_effective_py,
                             "RunFormat: the formatting Word renders, styles and toggles resolved.")
      .def_property_readonly("hyperlink", &run_hyperlink_py, "The hyperlink this run is part of, or None.")
      .def(
          "__eq__", [](const RunView& a, const RunView& b) { return a == b; }, py::arg("other"))
      .def("__hash__",
           [](const RunView& r) {
             return py::hash(py::make_tuple(reinterpret_cast<std::uintptr_t>(r.doc.get()), r.index));
           })
      .def("__repr__", [](const RunView& r) { return "<Run text='" + preview(r.doc->text(row(r).text)) + "'>"; });

  font.def_property_readonly(
          "name",
          [](const FontView& f) {
            const model::RunProps& p = props(f);
            return optional_str(*f.doc, p.font_ascii != kNone ? p.font_ascii : p.font_hansi);
          },
          "Direct typeface for Latin text (w:rFonts/@w:ascii, else w:hAnsi), or None.")
      .def_property_readonly(
          "east_asia_name", [](const FontView& f) { return optional_str(*f.doc, props(f).font_east_asia); },
          "w:rFonts/@w:eastAsia (e.g. '仿宋_GB2312'), or None.")
      .def_property_readonly(
          "cs_name", [](const FontView& f) { return optional_str(*f.doc, props(f).font_cs); },
          "w:rFonts/@w:cs (complex-script typeface), or None.")
      .def_property_readonly("_size_half_points",
                             [](const FontView& f) -> OptionalInt {
                               int hp = props(f).size_half_points;
                               if (hp < 0) return py::none();
                               return py::int_(hp);
                             })
      .def_property_readonly("_color", [](const FontView& f) { return optional_str(*f.doc, props(f).color); })
      .def_property_readonly("_highlight", [](const FontView& f) { return optional_str(*f.doc, props(f).highlight); })
      .def_property_readonly("_underline",
                             [](const FontView& f) { return optional_str(*f.doc, props(f).underline_style); })
      .def_property_readonly(
          "bold", [](const FontView& f) { return tri(props(f).bold); }, "w:b: True, False, or None when inherited.")
      .def_property_readonly(
          "italic", [](const FontView& f) { return tri(props(f).italic); }, "w:i: True, False, or None.")
      .def_property_readonly(
          "strike", [](const FontView& f) { return tri(props(f).strike); }, "w:strike: True, False, or None.")
      .def_property_readonly(
          "double_strike", [](const FontView& f) { return tri(props(f).double_strike); },
          "w:dstrike: True, False, or None.")
      .def_property_readonly(
          "hidden", [](const FontView& f) { return tri(props(f).hidden); }, "w:vanish: True, False, or None.")
      .def_property_readonly(
          "all_caps", [](const FontView& f) { return tri(props(f).caps); }, "w:caps: True, False, or None.")
      .def_property_readonly(
          "small_caps", [](const FontView& f) { return tri(props(f).small_caps); },
          "w:smallCaps: True, False, or None.")
      .def_property_readonly(
          "superscript", [](const FontView& f) { return vertical_align_is(f, model::VerticalAlign::Superscript); },
          "True for w:vertAlign superscript, False for another w:vertAlign, None when absent.")
      .def_property_readonly(
          "subscript", [](const FontView& f) { return vertical_align_is(f, model::VerticalAlign::Subscript); },
          "True for w:vertAlign subscript, False for another w:vertAlign, None when absent.")
      .def("__repr__", [](const FontView& f) { return "<Font properties " + std::to_string(f.props) + ">"; });

  paragraph_format
      .def_property_readonly("_alignment",
                             [](const ParagraphFormatView& f) -> OptionalStr {
                               const char* name = alignment_name(f.alignment);
                               if (name == nullptr) return py::none();
                               return py::str(name);
                             })
      .def_property_readonly("_left_indent",
                             [](const ParagraphFormatView& f) { return twips_length(format(f).left_indent); })
      .def_property_readonly("_right_indent",
                             [](const ParagraphFormatView& f) { return twips_length(format(f).right_indent); })
      .def_property_readonly("_first_line_indent",
                             [](const ParagraphFormatView& f) { return twips_length(format(f).first_line_indent); })
      .def_property_readonly("_space_before",
                             [](const ParagraphFormatView& f) { return twips_length(format(f).space_before); })
      .def_property_readonly("_space_after",
                             [](const ParagraphFormatView& f) { return twips_length(format(f).space_after); })
      .def_property_readonly("_line",
                             [](const ParagraphFormatView& f) -> OptionalInt {
                               std::int32_t line = format(f).line;
                               if (line == model::kUnsetTwips) return py::none();
                               return py::int_(line);
                             })
      .def_property_readonly("_line_rule",
                             [](const ParagraphFormatView& f) { return line_rule_name(format(f).line_rule); })
      .def_property_readonly(
          "keep_together", [](const ParagraphFormatView& f) { return tri(format(f).keep_together); },
          "w:keepLines: True, False, or None when inherited.")
      .def_property_readonly(
          "keep_with_next", [](const ParagraphFormatView& f) { return tri(format(f).keep_with_next); },
          "w:keepNext: True, False, or None when inherited.")
      .def_property_readonly(
          "page_break_before", [](const ParagraphFormatView& f) { return tri(format(f).page_break_before); },
          "w:pageBreakBefore: True, False, or None when inherited.")
      .def_property_readonly(
          "widow_control", [](const ParagraphFormatView& f) { return tri(format(f).widow_control); },
          "w:widowControl: True, False, or None when inherited.")
      .def("__repr__",
           [](const ParagraphFormatView& f) { return "<ParagraphFormat " + std::to_string(f.format) + ">"; });

  hyperlink
      .def_property_readonly(
          "text", [](const HyperlinkView& h) { return to_py_str(h.doc->text(h.doc->hyperlinks[h.index].text)); },
          "The text of the hyperlink's runs.")
      .def_property_readonly(
          "url", [](const HyperlinkView& h) { return optional_str(*h.doc, h.doc->hyperlinks[h.index].url); },
          "External target, or None.")
      .def_property_readonly(
          "address", [](const HyperlinkView& h) { return to_py_str(h.doc->string(h.doc->hyperlinks[h.index].url)); },
          "python-docx name: the external address, '' when internal.")
      .def_property_readonly(
          "anchor", [](const HyperlinkView& h) { return optional_str(*h.doc, h.doc->hyperlinks[h.index].anchor); },
          "Internal bookmark target, or None.")
      .def_property_readonly(
          "fragment",
          [](const HyperlinkView& h) { return to_py_str(h.doc->string(h.doc->hyperlinks[h.index].anchor)); },
          "python-docx name: the anchor, '' when none.")
      .def_property_readonly("runs", &hyperlink_runs_py,
                             "The runs of the hyperlink's text, in order (python-docx Hyperlink.runs).")
      .def(
          "__eq__", [](const HyperlinkView& a, const HyperlinkView& b) { return a == b; }, py::arg("other"))
      .def("__hash__",
           [](const HyperlinkView& h) {
             return py::hash(py::make_tuple(reinterpret_cast<std::uintptr_t>(h.doc.get()), h.index));
           })
      .def("__repr__", [](const HyperlinkView& h) {
        const model::Hyperlink& l = h.doc->hyperlinks[h.index];
        std::string target =
            l.url != kNone ? std::string(h.doc->string(l.url)) : "#" + std::string(h.doc->string(l.anchor));
        return "<Hyperlink '" + preview(h.doc->text(l.text)) + "' -> " + target + ">";
      });
}

}  // namespace docxsift::bindings
