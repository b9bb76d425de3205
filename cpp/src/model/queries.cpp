#include "docxsift/queries.hpp"

#include <algorithm>
#include <cctype>
#include <stdexcept>
#include <string>

namespace docxsift::model {

std::vector<BlockRef> blocks_in(const Document& doc, Range range) {
  return {doc.block_refs.begin() + range.first, doc.block_refs.begin() + range.end()};
}

ParagraphPlace paragraph_place(const Document& doc, Index paragraph) {
  const Paragraph& p = doc.paragraphs.at(paragraph);
  ParagraphPlace place;
  place.in_text_box = p.in_text_box;
  if (p.story >= doc.stories.size()) return place;
  place.story = doc.stories[p.story].kind;
  if (p.in_text_box) return place;
  Index position = 0;
  for (const BlockRef& block : blocks_in(doc, doc.stories[p.story].blocks)) {
    if (block.kind != BlockKind::Paragraph) continue;
    if (block.index == paragraph) {
      place.position = position;
      break;
    }
    ++position;
  }
  return place;
}

std::vector<Index> paragraphs_in_order(const Document& doc, Range blocks) {
  std::vector<Index> out;
  // An explicit stack of block ranges still to visit: nesting depth is data.
  std::vector<Range> stack{blocks};
  while (!stack.empty()) {
    Range& top = stack.back();
    if (top.count == 0) {
      stack.pop_back();
      continue;
    }
    BlockRef block = doc.block_refs[top.first];
    ++top.first;
    --top.count;
    if (block.kind == BlockKind::Paragraph) {
      out.push_back(block.index);
      const Paragraph& p = doc.paragraphs[block.index];
      if (!p.anchored.empty()) stack.push_back(p.anchored);
    } else {
      const Table& t = doc.tables[block.index];
      // Push cells in reverse so the first cell is visited first.
      std::vector<Range> cell_ranges;
      for (Index r = t.rows.first; r < t.rows.end(); ++r) {
        const Row& row = doc.rows[r];
        for (Index c = row.cells.first; c < row.cells.end(); ++c) cell_ranges.push_back(doc.cells[c].blocks);
      }
      for (auto it = cell_ranges.rbegin(); it != cell_ranges.rend(); ++it) stack.push_back(*it);
    }
  }
  return out;
}

std::vector<Index> row_grid_cells(const Document& doc, Index row_index) {
  const Row& row = doc.rows.at(row_index);
  const Table& table = doc.tables.at(row.table);
  std::vector<Index> out;
  out.reserve(table.grid_columns);
  for (std::uint32_t i = 0; i < row.grid_before; ++i) out.push_back(kNone);
  for (Index c = row.cells.first; c < row.cells.end(); ++c) {
    const Cell& cell = doc.cells[c];
    Index shown = c;
    if (cell.vmerge == VMerge::Continue) {
      // Walk up to the row where this merge starts: the cell covering the same grid column.
      for (Index r = row_index; r > table.rows.first;) {
        --r;
        const Row& above = doc.rows[r];
        Index found = kNone;
        for (Index a = above.cells.first; a < above.cells.end(); ++a) {
          if (doc.cells[a].grid_column == cell.grid_column) found = a;
        }
        if (found == kNone) break;
        shown = found;
        if (doc.cells[found].vmerge != VMerge::Continue) break;
      }
    }
    for (std::uint16_t s = 0; s < cell.grid_span; ++s) out.push_back(shown);
  }
  while (out.size() < table.grid_columns) out.push_back(kNone);
  return out;
}

std::vector<Index> row_cells(const Document& doc, Index row_index) {
  std::vector<Index> out = row_grid_cells(doc, row_index);
  std::erase(out, kNone);
  return out;
}

Index table_cell(const Document& doc, Index table_index, std::size_t row, std::size_t col) {
  const Table& table = doc.tables.at(table_index);
  if (row >= table.rows.count) throw std::out_of_range("row index out of range");
  if (col >= table.grid_columns) throw std::out_of_range("column index out of range");
  const std::vector<Index> cells = row_grid_cells(doc, table.rows.first + static_cast<Index>(row));
  if (col >= cells.size() || cells[col] == kNone) {
    throw std::out_of_range("no cell at grid position (" + std::to_string(row) + ", " + std::to_string(col) +
                            "): the row starts later or ends earlier than the grid");
  }
  return cells[col];
}

std::vector<Index> column_cells(const Document& doc, Index table_index, std::size_t col) {
  const Table& table = doc.tables.at(table_index);
  if (col >= table.grid_columns) throw std::out_of_range("column index out of range");
  std::vector<Index> out;
  for (Index r = table.rows.first; r < table.rows.end(); ++r) {
    const std::vector<Index> cells = row_grid_cells(doc, r);
    if (col < cells.size() && cells[col] != kNone) out.push_back(cells[col]);
  }
  return out;
}

std::vector<Index> hyperlink_runs(const Document& doc, Index hyperlink) {
  const Paragraph& paragraph = doc.paragraphs.at(doc.hyperlinks.at(hyperlink).paragraph);
  std::vector<Index> out;
  for (Index r = paragraph.runs.first; r < paragraph.runs.end(); ++r) {
    if (doc.runs[r].hyperlink == hyperlink) out.push_back(r);
  }
  return out;
}

std::vector<BlockRef> section_blocks(const Document& doc, Index section) {
  if (section >= doc.sections.size()) throw std::out_of_range("section index out of range");
  std::vector<BlockRef> out;
  if (doc.body == kNone) return out;
  const Range body = doc.stories[doc.body].blocks;
  Index current = 0;  // the section the next block belongs to
  for (Index i = body.first; i < body.end() && current <= section; ++i) {
    const BlockRef& block = doc.block_refs[i];
    if (current == section) out.push_back(block);
    if (block.kind == BlockKind::Paragraph && doc.paragraphs[block.index].section != kNone) {
      current = doc.paragraphs[block.index].section + 1;
    }
  }
  return out;
}

const char* alignment_name(Alignment alignment) {
  switch (alignment) {
    case Alignment::Left: return "left";
    case Alignment::Center: return "center";
    case Alignment::Right: return "right";
    case Alignment::Both: return "both";
    case Alignment::Distribute: return "distribute";
    default: return nullptr;
  }
}

const char* style_type_name(StyleType type) {
  switch (type) {
    case StyleType::Character: return "character";
    case StyleType::Table: return "table";
    case StyleType::Numbering: return "numbering";
    default: return "paragraph";
  }
}

Index find_style_by_id(const Document& doc, std::string_view style_id) {
  for (Index i = 0; i < doc.styles.size(); ++i) {
    if (doc.string(doc.styles[i].style_id) == style_id) return i;
  }
  return kNone;
}

Index find_style(const Document& doc, Index style_id_string) {
  if (style_id_string == kNone) return kNone;
  return find_style_by_id(doc, doc.string(style_id_string));
}

namespace {

// "heading 3" (the built-in name, any case) -> 3.
int builtin_heading_level(std::string_view name) {
  std::string lower(name);
  std::transform(lower.begin(), lower.end(), lower.begin(),
                 [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
  if (!lower.starts_with("heading ") || lower.size() != 9) return 0;
  char d = lower[8];
  return d >= '1' && d <= '9' ? d - '0' : 0;
}

bool equals_ignoring_ascii_case(std::string_view a, std::string_view b) {
  return a.size() == b.size() && std::equal(a.begin(), a.end(), b.begin(), [](char x, char y) {
           return std::tolower(static_cast<unsigned char>(x)) == std::tolower(static_cast<unsigned char>(y));
         });
}

}  // namespace

bool is_title(const Document& doc, Index paragraph) {
  if (heading_level(doc, paragraph) != 0) return false;
  Index style = find_style(doc, doc.paragraphs.at(paragraph).style);
  for (int hops = 0; style != kNone && hops < 32; ++hops) {  // bounded: basedOn may cycle
    const Style& s = doc.styles[style];
    if (equals_ignoring_ascii_case(doc.string(s.name), "title")) return true;
    style = find_style(doc, s.base);
  }
  return false;
}

int heading_level(const Document& doc, Index paragraph) {
  const Paragraph& p = doc.paragraphs.at(paragraph);
  if (p.outline_level >= 0) return p.outline_level <= 8 ? p.outline_level + 1 : 0;
  Index style = find_style(doc, p.style);
  // Follow basedOn, bounded so that a cycle cannot loop.
  for (int hops = 0; style != kNone && hops < 32; ++hops) {
    const Style& s = doc.styles[style];
    if (s.outline_level >= 0) return s.outline_level <= 8 ? s.outline_level + 1 : 0;
    if (int level = builtin_heading_level(doc.string(s.name))) return level;
    style = find_style(doc, s.base);
  }
  return 0;
}

}  // namespace docxsift::model
