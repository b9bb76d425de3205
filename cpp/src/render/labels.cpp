// doc.text_with_labels: the layout of render/text.cpp (a line per paragraph,
// a table row's cells joined by "\t", text boxes after their anchor) with
// list labels in front of numbered paragraphs.
#include <vector>

#include "docxsift/render.hpp"

namespace docxsift::render {
namespace {

using model::Index;

void append_label(const model::Document& doc, Index paragraph, std::string& out) {
  const model::ListLabel* label = doc.list_label(paragraph);
  if (label == nullptr) return;
  std::string_view text = doc.string(label->label);
  if (text.empty()) return;  // nothing drawn, so no separator either
  out += text;
  if (label->suffix == model::ListSuffix::Tab) out.push_back('\t');
  else if (label->suffix == model::ListSuffix::Space) out.push_back(' ');
}

void render_blocks(const model::Document& doc, model::Range blocks, std::string& out, bool& first) {
  // An explicit stack: text boxes nest as deep as the data says.
  std::vector<model::Range> stack{blocks};
  auto new_line = [&] {
    if (!first) out.push_back('\n');
    first = false;
  };
  while (!stack.empty()) {
    model::Range& top = stack.back();
    if (top.count == 0) {
      stack.pop_back();
      continue;
    }
    model::BlockRef block = doc.block_refs[top.first];
    ++top.first;
    --top.count;
    if (block.kind == model::BlockKind::Paragraph) {
      const model::Paragraph& p = doc.paragraphs[block.index];
      new_line();
      append_label(doc, block.index, out);
      out += doc.text(p.text);
      if (!p.anchored.empty()) stack.push_back(p.anchored);
    } else {
      const model::Table& t = doc.tables[block.index];
      for (Index r = t.rows.first; r < t.rows.end(); ++r) {
        const model::Row& row = doc.rows[r];
        new_line();
        for (Index c = row.cells.first; c < row.cells.end(); ++c) {
          if (c != row.cells.first) out.push_back('\t');
          out += blocks_text_with_labels(doc, doc.cells[c].blocks);
        }
      }
    }
  }
}

}  // namespace

std::string blocks_text_with_labels(const model::Document& doc, model::Range blocks) {
  std::string out;
  bool first = true;
  render_blocks(doc, blocks, out, first);
  return out;
}

std::string body_text_with_labels(const model::Document& doc) {
  if (doc.body == model::kNone) return {};
  return blocks_text_with_labels(doc, doc.stories.at(doc.body).blocks);
}

}  // namespace docxsift::render
