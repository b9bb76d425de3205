// Table and cell text (Table.to_list(), Cell.text): the block text of
// render/text.cpp laid over model::row_grid_cells.
#include <string>
#include <vector>

#include "docxsift/queries.hpp"
#include "docxsift/render.hpp"

namespace docxsift::render {

std::vector<std::vector<std::string>> table_grid_text(const model::Document& doc, model::Index table_index) {
  const model::Table& table = doc.tables.at(table_index);
  std::vector<std::vector<std::string>> grid;
  for (model::Index r = table.rows.first; r < table.rows.end(); ++r) {
    std::vector<std::string> line;
    for (model::Index c : model::row_grid_cells(doc, r))
      line.push_back(c == model::kNone ? std::string() : cell_text(doc, c));
    line.resize(table.grid_columns);
    grid.push_back(std::move(line));
  }
  return grid;
}

std::string cell_text(const model::Document& doc, model::Index cell) {
  return render::blocks_text(doc, doc.cells.at(cell).blocks);
}

}  // namespace docxsift::render
