// Tables in the story walk: w:tbl with its style and grid, w:tr and w:tc with
// their properties and tracked insertions and deletions, committed as Table,
// Row and Cell rows when the walk leaves them.
#include <algorithm>
#include <cstdlib>
#include <string>
#include <string_view>
#include <utility>

#include "wml/detail_story_walk.hpp"

namespace docxsift::wml::detail {

using model::BlockKind;
using model::Index;

namespace {

std::uint16_t read_count(std::string_view s) {
  std::string copy(s);
  long v = std::strtol(copy.c_str(), nullptr, 10);
  return static_cast<std::uint16_t>(std::clamp<long>(v, 0, 1000));
}

}  // namespace

void StoryReader::Impl::begin_table(const pugi::xml_node& tbl) {
  flush_merge_pending_in_container();
  TableFrame frame;
  frame.index = static_cast<Index>(doc.tables.size());
  doc.tables.emplace_back();
  frame.table.story = current_story;
  if (pugi::xml_node tblpr = first_child_el(tbl, El::TblPr)) {
    if (pugi::xml_node style = first_child_el(tblpr, El::TblStyle)) {
      frame.table.style = b.intern(names.wattr(style, "val").value());
    }
  }
  frame.table.grid_widths.first = static_cast<Index>(doc.grid_widths.size());
  if (pugi::xml_node grid = first_child_el(tbl, El::TblGrid)) {
    for (pugi::xml_node col = grid.first_child(); col; col = col.next_sibling()) {
      if (col.type() == pugi::node_element && names.token(col) == El::GridCol) {
        ++frame.table.grid_columns;
        doc.grid_widths.push_back(twips_attr(names, col, "w"));
      }
    }
  }
  frame.table.grid_widths.count = static_cast<Index>(doc.grid_widths.size()) - frame.table.grid_widths.first;
  tables.push_back(std::move(frame));
}

void StoryReader::Impl::end_table() {
  TableFrame frame = std::move(tables.back());
  tables.pop_back();
  model::Table& table = frame.table;
  table.rows = {static_cast<Index>(doc.rows.size()), static_cast<Index>(frame.rows.size())};
  std::uint32_t widest = 0;
  for (RowFrame& r : frame.rows) {
    Index row_index = static_cast<Index>(doc.rows.size());
    r.row.table = frame.index;
    for (Index c = r.row.cells.first; c < r.row.cells.end(); ++c) doc.cells[c].row = row_index;
    std::uint32_t used = r.row.grid_before + r.row.grid_after;
    for (Index c = r.row.cells.first; c < r.row.cells.end(); ++c) used += doc.cells[c].grid_span;
    widest = std::max(widest, used);
    doc.rows.push_back(r.row);
  }
  table.grid_columns = std::max(table.grid_columns, widest);
  doc.tables[frame.index] = table;
  add_block({BlockKind::Table, frame.index});
}

// Returns false when the row is a tracked deletion (accepted) or insertion (rejected).
bool StoryReader::Impl::begin_row(const pugi::xml_node& tr) {
  if (tables.empty()) return true;
  RowFrame frame;
  if (pugi::xml_node trpr = first_child_el(tr, El::TrPr)) {
    for (pugi::xml_node c = trpr.first_child(); c; c = c.next_sibling()) {
      if (c.type() != pugi::node_element) continue;
      El el = names.token(c);
      if ((el == El::Del && accept) || (el == El::Ins && !accept)) return false;
      if (el == El::GridBefore) frame.row.grid_before = read_count(names.wattr(c, "val").value());
      if (el == El::GridAfter) frame.row.grid_after = read_count(names.wattr(c, "val").value());
      if (el == El::TrHeight) {
        frame.row.height = twips_attr(names, c, "val");
        if (pugi::xml_attribute rule = names.wattr(c, "hRule")) frame.row.height_rule = b.intern(rule.value());
      }
      if (el == El::TblHeader) frame.row.header = on_off(names, c) == model::Tri::On;
    }
  }
  if (pages != nullptr) pages->add(PageEventKind::RowStart);
  rows.push_back(std::move(frame));
  return true;
}

void StoryReader::Impl::end_row() {
  RowFrame frame = std::move(rows.back());
  rows.pop_back();
  if (pages != nullptr) pages->add(PageEventKind::RowEnd);
  if (tables.empty()) return;
  frame.row.cells = {static_cast<Index>(doc.cells.size()), static_cast<Index>(frame.cells.size())};
  std::uint32_t column = frame.row.grid_before;
  for (model::Cell& c : frame.cells) {
    c.grid_column = column;
    column += c.grid_span;
    doc.cells.push_back(c);
  }
  tables.back().rows.push_back(std::move(frame));
}

// Returns false when the cell is a tracked deletion (accepted) or insertion (rejected).
bool StoryReader::Impl::begin_cell(const pugi::xml_node& tc) {
  CellFrame frame;
  if (pugi::xml_node tcpr = first_child_el(tc, El::TcPr)) {
    for (pugi::xml_node c = tcpr.first_child(); c; c = c.next_sibling()) {
      if (c.type() != pugi::node_element) continue;
      El el = names.token(c);
      if ((el == El::CellDel && accept) || (el == El::CellIns && !accept)) return false;
      if (el == El::GridSpan) {
        frame.cell.grid_span = std::max<std::uint16_t>(1, read_count(names.wattr(c, "val").value()));
      } else if (el == El::VMerge) {
        std::string_view val = names.wattr(c, "val").value();
        frame.cell.vmerge = val == "restart" ? model::VMerge::Restart : model::VMerge::Continue;
      } else if (el == El::VAlign) {
        std::string_view val = names.wattr(c, "val").value();
        frame.cell.vertical_align = val == "top"      ? model::CellVerticalAlign::Top
                                    : val == "center" ? model::CellVerticalAlign::Center
                                    : val == "bottom" ? model::CellVerticalAlign::Bottom
                                    : val == "both"   ? model::CellVerticalAlign::Both
                                                      : model::CellVerticalAlign::Unset;
      } else if (el == El::TcW) {
        if (std::string_view(names.wattr(c, "type").value()) == "dxa") frame.cell.width = twips_attr(names, c, "w");
      }
    }
  }
  cells.push_back(frame);
  containers.push_back({ContainerKind::Cell, {}});
  if (pages != nullptr) pages->add(PageEventKind::CellStart);
  return true;
}

void StoryReader::Impl::end_cell() {
  CellFrame frame = cells.back();
  cells.pop_back();
  flush_merge_pending_in_container();
  frame.cell.blocks = flush_blocks(containers.back().blocks);
  containers.pop_back();
  if (!rows.empty()) rows.back().cells.push_back(frame.cell);
}

}  // namespace docxsift::wml::detail
