// Page numbers from the body's page log. The rules (docs/chunks.md):
// - Word's rendered page breaks (w:lastRenderedPageBreak) are the pagination;
//   without any, pages are unknown (an explicit-breaks-only count would be a
//   guess that is wrong for every page that fills up).
// - An explicit page break (w:br w:type="page", w:pageBreakBefore on the
//   paragraph or its style chain, a nextPage/oddPage/evenPage section break)
//   starts a page too, and the rendered break Word writes right after it
//   (before any text) is the same page boundary, not another one. So a break
//   added after Word last paginated (by a script) still counts.
// - Rendered breaks, w:pageBreakBefore and section breaks before any text in
//   the body start no page (a w:br page break does: Word draws an empty page);
//   nor do w:pageBreakBefore and section breaks at the top of a page (right
//   after another page boundary, with no text between).
// - In a table row, each cell restarts from the page the row started on and
//   the row ends on the furthest page any cell reached: Word marks a row that
//   moves to a new page in every cell.
#include <algorithm>
#include <string_view>
#include <unordered_map>

#include "wml/detail_pages.hpp"

namespace docxsift::wml::detail {

using model::Index;
using model::kNone;

namespace {

// w:pageBreakBefore from the paragraph style chain (bounded: style loops).
bool style_page_break_before(const model::Document& doc, const std::unordered_map<std::string_view, Index>& styles,
                             Index style_id) {
  for (int depth = 0; style_id != kNone && depth < 32; ++depth) {
    auto found = styles.find(doc.string(style_id));
    if (found == styles.end()) return false;
    const model::Style& style = doc.styles[found->second];
    const model::Tri set = doc.paragraph_formats[style.paragraph_format].page_break_before;
    if (set != model::Tri::Unset) return set == model::Tri::On;
    style_id = style.base;
  }
  return false;
}

// A section break after which the next section starts on a new page.
bool starts_new_page(const model::Document& doc, Index section) {
  if (section == kNone || section + 1 >= doc.sections.size()) return false;
  std::string_view type = doc.string(doc.sections[section + 1].start_type);
  return type != "continuous" && type != "nextColumn";  // absent = nextPage
}

struct OpenParagraph {
  Index paragraph;
  bool text = false;
};

struct OpenRow {
  std::uint32_t start;
  std::uint32_t furthest;
};

}  // namespace

void compute_pages(model::Document& doc, const PageLog& log) {
  doc.paragraph_pages.clear();
  if (!log.rendered) return;
  doc.paragraph_pages.assign(doc.paragraphs.size(), model::PageSpan{});
  std::unordered_map<std::string_view, Index> styles;
  for (Index i = 0; i < doc.styles.size(); ++i) styles.emplace(doc.string(doc.styles[i].style_id), i);

  std::uint32_t page = 1;
  bool any_text = false;       // body text seen so far
  bool explicit_open = false;  // an explicit break not yet followed by text
  std::vector<OpenParagraph> open;
  std::vector<OpenRow> rows;

  bool fresh = false;  // a page boundary with no text after it yet
  auto new_page = [&] {
    ++page;
    fresh = true;
    // A paragraph with no text yet starts on the new page.
    if (!open.empty() && !open.back().text) doc.paragraph_pages[open.back().paragraph].first = page;
  };
  // w:pageBreakBefore and section breaks: a paragraph already at the top of
  // a page stays there (Word adds no empty page for them).
  auto explicit_break = [&] {
    if (!any_text || fresh) return;
    new_page();
    explicit_open = true;
  };

  for (const PageEvent& e : log.events) {
    switch (e.kind) {
      case PageEventKind::ParagraphStart: {
        if (e.value >= doc.paragraph_pages.size()) break;
        model::PageSpan& span = doc.paragraph_pages[e.value];
        bool merged = span.first != 0;  // the rest of a paragraph whose mark was removed
        if (!merged) span.first = page;
        open.push_back({e.value, merged});
        bool before = e.tri == model::Tri::Unset ? style_page_break_before(doc, styles, doc.paragraphs[e.value].style)
                                                 : e.tri == model::Tri::On;
        if (before && !merged) explicit_break();
        break;
      }
      case PageEventKind::ParagraphEnd:
        if (e.value >= doc.paragraph_pages.size()) break;
        doc.paragraph_pages[e.value].last = page;
        if (!open.empty()) open.pop_back();
        if (starts_new_page(doc, doc.paragraphs[e.value].section)) explicit_break();
        break;
      case PageEventKind::Text:
        any_text = true;
        explicit_open = false;
        fresh = false;
        if (!open.empty()) open.back().text = true;
        break;
      case PageEventKind::Rendered:
        if (!open.empty()) ++doc.paragraph_pages[open.back().paragraph].rendered_breaks;
        if (explicit_open) {
          explicit_open = false;  // Word's mark of the explicit break just counted
        } else if (any_text) {
          new_page();
        }
        break;
      case PageEventKind::PageBreak:  // Word draws it even at the top: an empty first page
        new_page();
        explicit_open = true;
        break;
      case PageEventKind::RowStart: rows.push_back({page, page}); break;
      case PageEventKind::CellStart:
        if (!rows.empty()) {
          rows.back().furthest = std::max(rows.back().furthest, page);
          page = rows.back().start;
        }
        break;
      case PageEventKind::RowEnd:
        if (!rows.empty()) {
          page = std::max(rows.back().furthest, page);
          rows.pop_back();
        }
        break;
    }
  }
  for (model::PageSpan& span : doc.paragraph_pages) span.last = std::max(span.first, span.last);
}

}  // namespace docxsift::wml::detail
