// Page numbers "as Word last paginated this file" (docs/chunks.md): the body
// reader logs where pages may break, in reading order; compute_pages turns the
// log into Document::paragraph_pages once the sections are known.
#pragma once

#include <cstdint>
#include <vector>

#include "docxsift/model.hpp"

namespace docxsift::wml::detail {

enum class PageEventKind : std::uint8_t {
  ParagraphStart,  // value: the paragraph; tri: its direct w:pageBreakBefore
  ParagraphEnd,    // value: the paragraph (its w:sectPr, if any, ends a section)
  Text,            // visible text after the last event (logged once per event)
  Rendered,        // w:lastRenderedPageBreak
  PageBreak,       // w:br w:type="page"
  RowStart,
  CellStart,
  RowEnd,
};

struct PageEvent {
  model::Index value = model::kNone;
  PageEventKind kind = PageEventKind::Text;
  model::Tri tri = model::Tri::Unset;
};

struct PageLog {
  std::vector<PageEvent> events;
  bool rendered = false;      // any w:lastRenderedPageBreak in the body
  bool text_pending = false;  // log a Text event at the next visible text

  void add(PageEventKind kind, model::Index value = model::kNone, model::Tri tri = model::Tri::Unset) {
    events.push_back({value, kind, tri});
    text_pending = kind != PageEventKind::Text && kind != PageEventKind::ParagraphEnd;
    if (kind == PageEventKind::Rendered) rendered = true;
  }
};

// Fills doc.paragraph_pages from the body's log; leaves it empty when the
// body has no w:lastRenderedPageBreak.
void compute_pages(model::Document& doc, const PageLog& log);

}  // namespace docxsift::wml::detail
