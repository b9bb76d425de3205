// Complex and simple fields in the story walk: w:fldChar begin/separate/end,
// the instruction text between them (never shown), and the result of a
// HYPERLINK field read as a hyperlink of the paragraph.
#include <utility>

#include "wml/detail_story_walk.hpp"
#include "word/detail_fields.hpp"

namespace docxsift::wml::detail {

using model::kNone;

void StoryReader::Impl::field_char(const pugi::xml_node& node) {
  if (PendingRun* r = run()) r->field_markup = true;
  std::string_view type = names.wattr(node, "fldCharType").value();
  if (type == "begin") {
    fields.push_back({});
    ++fields_in_instruction;
  } else if (type == "separate") {
    if (fields.empty() || fields.back().result) return;
    FieldFrame& f = fields.back();
    f.result = true;
    --fields_in_instruction;
    start_field_result(f);
  } else if (type == "end") {
    if (fields.empty()) return;
    end_field(fields.back());
    if (!fields.back().result) --fields_in_instruction;
    fields.pop_back();
  }
}

void StoryReader::Impl::start_field_result(FieldFrame& f) {
  if (fields_in_instruction > 0) return;
  auto target = word::hyperlink_field(f.instruction);
  ParagraphFrame* p = paragraph();
  if (!target || p == nullptr) return;
  f.hyperlink_paragraph = p->index;
  f.hyperlink_local = p->hyperlinks.size();
  begin_hyperlink(std::move(target->url), std::move(target->anchor));
}

void StoryReader::Impl::end_field(const FieldFrame& f) {
  ParagraphFrame* p = paragraph();
  if (f.hyperlink_paragraph != kNone && p != nullptr && p->index == f.hyperlink_paragraph) {
    end_hyperlink(f.hyperlink_local);
  }
}

void StoryReader::Impl::instruction_text(const pugi::xml_node& node) {
  if (PendingRun* r = run()) r->field_markup = true;
  if (fields.empty() || fields.back().result) return;
  for (pugi::xml_node c = node.first_child(); c; c = c.next_sibling()) {
    if (c.type() == pugi::node_pcdata || c.type() == pugi::node_cdata) fields.back().instruction += c.value();
  }
}

}  // namespace docxsift::wml::detail
