// Table, Row and Cell views with python-docx semantics.
#include "bindings.hpp"
#include "docxsift/queries.hpp"
#include "docxsift/render.hpp"

namespace docxsift::bindings {
namespace {

using model::Index;
using model::kNone;

py::list blocks_of_kind(const std::shared_ptr<const model::Document>& doc, model::Range range,
                        model::BlockKind kind) {
  py::list out;
  for (Index i = range.first; i < range.end(); ++i) {
    const model::BlockRef& block = doc->block_refs[i];
    if (block.kind != kind) continue;
    if (kind == model::BlockKind::Paragraph) out.append(ParagraphView{doc, block.index});
    else out.append(TableView{doc, block.index});
  }
  return out;
}

py::list row_cells_py(const RowView& r) {
  py::list out;
  for (Index c : model::row_grid_cells(*r.doc, r.index)) {
    if (c == kNone) out.append(py::none());
    else out.append(CellView{r.doc, c});
  }
  return out;
}

py::list table_rows_py(const TableView& t) {
  py::list out;
  const model::Range rows = t.doc->tables[t.index].rows;
  for (Index r = rows.first; r < rows.end(); ++r) out.append(RowView{t.doc, r});
  return out;
}

py::object table_cell_py(const TableView& t, long row, long col) {
  const model::Table& table = t.doc->tables[t.index];
  if (row < 0 || static_cast<Index>(row) >= table.rows.count) throw py::index_error("row index out of range");
  auto cells = model::row_grid_cells(*t.doc, table.rows.first + static_cast<Index>(row));
  if (col < 0 || static_cast<std::size_t>(col) >= cells.size()) throw py::index_error("column index out of range");
  Index c = cells[static_cast<std::size_t>(col)];
  if (c == kNone) return py::none();
  return py::cast(CellView{t.doc, c});
}

py::object table_style_py(const TableView& t) {
  Index style = model::find_style(*t.doc, t.doc->tables[t.index].style);
  if (style == kNone) return py::none();
  return py::cast(StyleView{t.doc, style});
}

}  // namespace

py::list paragraphs_of(const std::shared_ptr<const model::Document>& doc, model::Range range) {
  return blocks_of_kind(doc, range, model::BlockKind::Paragraph);
}

py::list tables_of(const std::shared_ptr<const model::Document>& doc, model::Range range) {
  return blocks_of_kind(doc, range, model::BlockKind::Table);
}

py::list blocks_of(const std::shared_ptr<const model::Document>& doc, model::Range range) {
  py::list out;
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
           "The cell at grid position (row_idx, col_idx), python-docx semantics.")
      .def("to_list", [](const TableView& t) { return render::table_grid_text(*t.doc, t.index); },
           "Rectangular list of cell texts over the grid; merged regions repeat their text.")
      .def_property_readonly("style", &table_style_py, "The table style, or None.")
      .def_property_readonly("grid_columns", [](const TableView& t) { return t.doc->tables[t.index].grid_columns; },
                             "Number of grid columns.")
      .def("__len__", [](const TableView& t) { return t.doc->tables[t.index].rows.count; })
      .def("__eq__", [](const TableView& a, const TableView& b) { return a == b; }, py::arg("other"))
      .def("__hash__", [](const TableView& t) { return py::hash(py::make_tuple(reinterpret_cast<std::uintptr_t>(t.doc.get()), t.index)); })
      .def("__repr__", [](const TableView& t) {
        const model::Table& tb = t.doc->tables[t.index];
        return "<Table " + std::to_string(t.index) + " rows=" + std::to_string(tb.rows.count) +
               " cols=" + std::to_string(tb.grid_columns) + ">";
      });

  row.def_property_readonly("cells", &row_cells_py,
                            "One cell per grid column: a cell spanning N columns appears N times; "
                            "a vertical-merge continuation is the cell that starts the merge.")
      .def("__repr__", [](const RowView& r) { return "<Row " + std::to_string(r.index) + ">"; });

  cell.def_property_readonly("text", [](const CellView& c) { return to_py_str(render::cell_text(*c.doc, c.index)); },
                             R"doc(The cell's paragraphs joined by ``"\n"``, nested tables included.)doc")
      .def_property_readonly("paragraphs", [](const CellView& c) { return paragraphs_of(c.doc, c.doc->cells[c.index].blocks); },
                             "Paragraphs directly in the cell.")
      .def_property_readonly("tables", [](const CellView& c) { return tables_of(c.doc, c.doc->cells[c.index].blocks); },
                             "Tables nested directly in the cell.")
      .def_property_readonly("grid_span", [](const CellView& c) { return c.doc->cells[c.index].grid_span; },
                             "Grid columns this cell spans.")
      .def_property_readonly("vertical_merge", [](const CellView& c) -> py::object {
        switch (c.doc->cells[c.index].vmerge) {
          case model::VMerge::Restart: return py::str("restart");
          case model::VMerge::Continue: return py::str("continue");
          default: return py::none();
        }
      }, "'restart', 'continue' or None.")
      .def("__eq__", [](const CellView& a, const CellView& b) { return a == b; }, py::arg("other"))
      .def("__hash__", [](const CellView& c) { return py::hash(py::make_tuple(reinterpret_cast<std::uintptr_t>(c.doc.get()), c.index)); })
      .def("__repr__", [](const CellView& c) { return "<Cell text='" + preview(render::cell_text(*c.doc, c.index)) + "'>"; });
}

}  // namespace docxsift::bindings
