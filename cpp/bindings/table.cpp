// Table, Row and Cell views with python-docx semantics.
#include "bindings.hpp"
#include "docxsift/queries.hpp"
#include "docxsift/render.hpp"

namespace docxsift::bindings {
namespace {

using model::Index;
using model::kNone;

template <typename V>
py::typing::List<V> blocks_of_kind(const std::shared_ptr<const model::Document>& doc, model::Range range,
                                   model::BlockKind kind) {
  py::typing::List<V> out;
  for (Index i = range.first; i < range.end(); ++i) {
    const model::BlockRef& block = doc->block_refs[i];
    if (block.kind == kind) out.append(V{doc, block.index});
  }
  return out;
}

py::typing::List<CellView> cells_py(const std::shared_ptr<const model::Document>& doc,
                                    const std::vector<Index>& cells) {
  py::typing::List<CellView> out;
  for (Index c : cells) out.append(CellView{doc, c});
  return out;
}

py::typing::List<CellView> row_cells_py(const RowView& r) { return cells_py(r.doc, model::row_cells(*r.doc, r.index)); }

py::typing::List<OptionalInt> table_column_widths_py(const TableView& t) {
  py::typing::List<OptionalInt> out;
  const model::Range widths = t.doc->tables[t.index].grid_widths;
  for (Index i = widths.first; i < widths.end(); ++i) out.append(twips_length(t.doc->grid_widths[i]));
  return out;
}

OptionalStr cell_vertical_alignment_py(const CellView& c) {
  switch (c.doc->cells[c.index].vertical_align) {
    case model::CellVerticalAlign::Top: return py::str("top");
    case model::CellVerticalAlign::Center: return py::str("center");
    case model::CellVerticalAlign::Bottom: return py::str("bottom");
    case model::CellVerticalAlign::Both: return py::str("both");
    default: return py::none();
  }
}

py::typing::List<RowView> table_rows_py(const TableView& t) {
  py::typing::List<RowView> out;
  const model::Range rows = t.doc->tables[t.index].rows;
  for (Index r = rows.first; r < rows.end(); ++r) out.append(RowView{t.doc, r});
  return out;
}

CellView table_cell_py(const TableView& t, long row, long col) {
  if (row < 0) throw py::index_error("row index out of range");
  if (col < 0) throw py::index_error("column index out of range");
  return CellView{t.doc,
                  model::table_cell(*t.doc, t.index, static_cast<std::size_t>(row), static_cast<std::size_t>(col))};
}

OrNone<StyleView> table_style_py(const TableView& t) {
  Index style = model::find_style(*t.doc, t.doc->tables[t.index].style);
  if (style == kNone) return py::none();
  return py::cast(StyleView{t.doc, style});
}

}  // namespace

py::typing::List<ParagraphView> paragraphs_of(const std::shared_ptr<const model::Document>& doc, model::Range range) {
  return blocks_of_kind<ParagraphView>(doc, range, model::BlockKind::Paragraph);
}

py::typing::List<TableView> tables_of(const std::shared_ptr<const model::Document>& doc, model::Range range) {
  return blocks_of_kind<TableView>(doc, range, model::BlockKind::Table);
}

BlockList blocks_of(const std::shared_ptr<const model::Document>& doc, model::Range range) {
  BlockList out;
  for (Index i = range.first; i < range.end(); ++i) {
    const model::BlockRef& block = doc->block_refs[i];
    if (block.kind == model::BlockKind::Paragraph) out.append(ParagraphView{doc, block.index});
    else out.append(TableView{doc, block.index});
  }
  return out;
}

void bind_table(py::module_& m) {
  py::class_<TableView> table(m, "Table", R"doc(A table (python-docx Table), read-only.

``len(table)`` is its number of rows. Rows and cells follow python-docx's grid
semantics (see :attr:`Row.cells`); :meth:`to_list` gives the grid of cell
texts, :meth:`to_pandas` a DataFrame.)doc");
  py::class_<RowView> row(m, "Row", "A table row (python-docx _Row).");
  py::class_<CellView> cell(m, "Cell", "A table cell (python-docx _Cell): its text, paragraphs and nested tables.");

  table.def_property_readonly("rows", &table_rows_py, "The rows, in order.")
      .def("cell", &table_cell_py, py::arg("row_idx"), py::arg("col_idx"),
           "The cell covering grid position (row_idx, col_idx); IndexError when the position is "
           "outside the table or no cell covers it (a row starting late or ending early).")
      .def(
          "to_list", [](const TableView& t) { return render::table_grid_text(*t.doc, t.index); },
          "Rectangular list of cell texts over the grid; merged regions repeat their text.")
      .def_property_readonly("style", &table_style_py, "The table style, or None.")
      .def_property_readonly("_column_widths", &table_column_widths_py)
      .def("_column_cells", [](const TableView& t,
                               std::size_t col) { return cells_py(t.doc, model::column_cells(*t.doc, t.index, col)); })
      .def_property_readonly(
          "grid_columns", [](const TableView& t) { return t.doc->tables[t.index].grid_columns; },
          "Number of grid columns.")
      .def("__len__", [](const TableView& t) { return t.doc->tables[t.index].rows.count; })
      .def(
          "__eq__", [](const TableView& a, const TableView& b) { return a == b; }, py::arg("other"))
      .def("__hash__",
           [](const TableView& t) {
             return py::hash(py::make_tuple(reinterpret_cast<std::uintptr_t>(t.doc.get()), t.index));
           })
      .def("__repr__", [](const TableView& t) {
        const model::Table& tb = t.doc->tables[t.index];
        return "<Table " + std::to_string(t.index) + " rows=" + std::to_string(tb.rows.count) +
               " cols=" + std::to_string(tb.grid_columns) + ">";
      });

  row.def_property_readonly("cells", &row_cells_py,
                            "The cells the row really has (python-docx 1.2): a cell spanning N grid columns "
                            "appears N times; a vertical-merge continuation is the cell that starts the merge; "
                            "grid columns before the first cell or after the last (gridBefore/gridAfter) "
                            "are left out, so a row may have fewer cells than the grid has columns.")
      .def_property_readonly(
          "grid_cols_before", [](const RowView& r) { return r.doc->rows[r.index].grid_before; },
          "Grid columns before the row's first cell (w:gridBefore).")
      .def_property_readonly(
          "grid_cols_after", [](const RowView& r) { return r.doc->rows[r.index].grid_after; },
          "Grid columns after the row's last cell (w:gridAfter).")
      .def_property_readonly("_height", [](const RowView& r) { return twips_length(r.doc->rows[r.index].height); })
      .def_property_readonly("_height_rule",
                             [](const RowView& r) { return optional_str(*r.doc, r.doc->rows[r.index].height_rule); })
      .def("__repr__", [](const RowView& r) { return "<Row " + std::to_string(r.index) + ">"; });

  cell.def_property_readonly(
          "text", [](const CellView& c) { return to_py_str(render::cell_text(*c.doc, c.index)); },
          R"doc(The cell's paragraphs joined by ``"\n"``, nested tables included.)doc")
      .def_property_readonly(
          "paragraphs", [](const CellView& c) { return paragraphs_of(c.doc, c.doc->cells[c.index].blocks); },
          "Paragraphs directly in the cell.")
      .def_property_readonly(
          "tables", [](const CellView& c) { return tables_of(c.doc, c.doc->cells[c.index].blocks); },
          "Tables nested directly in the cell.")
      .def_property_readonly(
          "grid_span", [](const CellView& c) { return c.doc->cells[c.index].grid_span; },
          "Grid columns this cell spans.")
      .def_property_readonly(
          "vertical_merge",
          [](const CellView& c) -> OptionalStr {
            switch (c.doc->cells[c.index].vmerge) {
              case model::VMerge::Restart: return py::str("restart");
              case model::VMerge::Continue: return py::str("continue");
              default: return py::none();
            }
          },
          "'restart', 'continue' or None.")
      .def_property_readonly("_width", [](const CellView& c) { return twips_length(c.doc->cells[c.index].width); })
      .def_property_readonly("_vertical_alignment", &cell_vertical_alignment_py)
      .def(
          "__eq__", [](const CellView& a, const CellView& b) { return a == b; }, py::arg("other"))
      .def("__hash__",
           [](const CellView& c) {
             return py::hash(py::make_tuple(reinterpret_cast<std::uintptr_t>(c.doc.get()), c.index));
           })
      .def("__repr__",
           [](const CellView& c) { return "<Cell text='" + preview(render::cell_text(*c.doc, c.index)) + "'>"; });
}

}  // namespace docxsift::bindings
