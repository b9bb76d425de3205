#include <vector>

#include "docxsift/queries.hpp"
#include "docxsift/render.hpp"

namespace docxsift::render {

using model::BlockKind;
using model::Index;

namespace {

void append_line(std::string& out, std::string_view line, bool& first) {
  if (!first) out.push_back('\n');
  out.append(line);
  first = false;
}

// Renders blocks iteratively: text boxes and nested tables are data-driven depth.
void render_blocks(const model::Document& doc, model::Range blocks, std::string& out, bool& first) {
  struct Item {
    model::Range range;
  };
  std::vector<Item> stack{{blocks}};
  while (!stack.empty()) {
    model::Range& top = stack.back().range;
    if (top.count == 0) {
      stack.pop_back();
      continue;
    }
    model::BlockRef block = doc.block_refs[top.first];
    ++top.first;
    --top.count;
    if (block.kind == BlockKind::Paragraph) {
      const model::Paragraph& p = doc.paragraphs[block.index];
      append_line(out, doc.text(p.text), first);
      if (!p.anchored.empty()) stack.push_back({p.anchored});
    } else {
      const model::Table& t = doc.tables[block.index];
      for (Index r = t.rows.first; r < t.rows.end(); ++r) {
        const model::Row& row = doc.rows[r];
        std::string line;
        for (Index c = row.cells.first; c < row.cells.end(); ++c) {
          if (c != row.cells.first) line.push_back('\t');
          line += model::cell_text(doc, c);
        }
        append_line(out, line, first);
      }
    }
  }
}

}  // namespace

std::string blocks_text(const model::Document& doc, model::Range blocks) {
  std::string out;
  bool first = true;
  render_blocks(doc, blocks, out, first);
  return out;
}

std::string story_text(const model::Document& doc, Index story) {
  if (story == model::kNone) return {};
  return blocks_text(doc, doc.stories.at(story).blocks);
}

std::string body_text(const model::Document& doc) { return story_text(doc, doc.body); }

}  // namespace docxsift::render
