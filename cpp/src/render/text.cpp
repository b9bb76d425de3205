// Text views: doc.text and doc.text_with_labels share one layout (a line per
// paragraph, a table row's cells joined by "\t", text boxes after their
// anchor); the labelled view puts list labels in front of numbered paragraphs.
#include <vector>

#include "docxsift/render.hpp"

namespace docxsift::render {

using model::BlockKind;
using model::Index;

namespace {

void append_label(const model::Document& doc, Index paragraph, std::string& out) {
  const model::ListLabel* label = doc.list_label(paragraph);
  if (label == nullptr) return;
  std::string_view text = doc.string(label->label);
  if (text.empty()) return;  // nothing drawn, so no separator either
  out += text;
  if (label->suffix == model::ListSuffix::Tab) out.push_back('\t');
  else if (label->suffix == model::ListSuffix::Space) out.push_back(' ');
}

std::string render(const model::Document& doc, model::Range blocks, bool labels);

// One table row: its cells' text joined by "\t".
void append_row(const model::Document& doc, Index row_index, bool labels, std::string& out) {
  const model::Row& row = doc.rows[row_index];
  for (Index c = row.cells.first; c < row.cells.end(); ++c) {
    if (c != row.cells.first) out.push_back('\t');
    // Table nesting is bounded by the XML depth limit.
    out += render(doc, doc.cells[c].blocks, labels);
  }
}

// Renders blocks iteratively: text boxes nest as deep as the data says.
void render_blocks(const model::Document& doc, model::Range blocks, bool labels, std::string& out) {
  bool first = true;
  auto new_line = [&] {
    if (!first) out.push_back('\n');
    first = false;
  };
  std::vector<model::Range> stack{blocks};
  while (!stack.empty()) {
    model::Range& top = stack.back();
    if (top.count == 0) {
      stack.pop_back();
      continue;
    }
    model::BlockRef block = doc.block_refs[top.first];
    ++top.first;
    --top.count;
    if (block.kind == BlockKind::Paragraph) {
      const model::Paragraph& p = doc.paragraphs[block.index];
      new_line();
      if (labels) append_label(doc, block.index, out);
      out += doc.text(p.text);
      if (!p.anchored.empty()) stack.push_back(p.anchored);
    } else {
      const model::Table& t = doc.tables[block.index];
      for (Index r = t.rows.first; r < t.rows.end(); ++r) {
        new_line();
        append_row(doc, r, labels, out);
      }
    }
  }
}

std::string render(const model::Document& doc, model::Range blocks, bool labels) {
  std::string out;
  render_blocks(doc, blocks, labels, out);
  return out;
}

}  // namespace

std::string blocks_text(const model::Document& doc, model::Range blocks) { return render(doc, blocks, false); }

std::string blocks_text_with_labels(const model::Document& doc, model::Range blocks) {
  return render(doc, blocks, true);
}

std::string row_text_with_labels(const model::Document& doc, Index row) {
  std::string out;
  append_row(doc, row, true, out);
  return out;
}

std::string story_text(const model::Document& doc, Index story) {
  if (story == model::kNone) return {};
  return blocks_text(doc, doc.stories.at(story).blocks);
}

std::string body_text(const model::Document& doc) { return story_text(doc, doc.body); }

std::string body_text_with_labels(const model::Document& doc) {
  if (doc.body == model::kNone) return {};
  return blocks_text_with_labels(doc, doc.stories.at(doc.body).blocks);
}

}  // namespace docxsift::render
