// Table grid queries with python-docx 1.2 semantics, and the paragraph, row,
// cell and style formatting python-docx's names read (issue #17).
#include <stdexcept>

#include "catch_compat.hpp"
#include "docx_builder.hpp"
#include "docxsift/queries.hpp"
#include "docxsift/reader.hpp"
#include "docxsift/render.hpp"

using docxsift::testing::make_docx;
using docxsift::testing::para;
namespace model = docxsift::model;
namespace render = docxsift::render;

namespace {

std::string tc(const std::string& text, const std::string& props = "") {
  return "<w:tc>" + (props.empty() ? "" : "<w:tcPr>" + props + "</w:tcPr>") + para(text) + "</w:tc>";
}

}  // namespace

TEST_CASE("queries: rows starting late or ending early have only real cells", "[model][tables]") {
  std::string body =
      "<w:tbl><w:tblGrid><w:gridCol w:w=\"1000\"/><w:gridCol/><w:gridCol w:w=\"3000\"/></w:tblGrid>"
      "<w:tr><w:trPr><w:gridBefore w:val=\"1\"/></w:trPr>" +
      tc("b") + tc("c") +
      "</w:tr>"
      "<w:tr>" +
      tc("a") + tc("b") + tc("c") +
      "</w:tr>"
      "<w:tr><w:trPr><w:gridAfter w:val=\"1\"/></w:trPr>" +
      tc("x") + tc("y") + "</w:tr></w:tbl>";
  auto doc = docxsift::open_buffer(make_docx(body));
  const model::Table& table = doc->tables.at(0);
  const model::Index first_row = table.rows.first;
  CHECK(model::row_cells(*doc, first_row).size() == 2);
  CHECK(model::row_cells(*doc, first_row + 2).size() == 2);
  for (model::Index r = first_row; r < table.rows.end(); ++r) {
    for (model::Index c : model::row_cells(*doc, r)) CHECK(c != model::kNone);
  }
  CHECK(render::cell_text(*doc, model::table_cell(*doc, 0, 0, 1)) == "b");
  CHECK_THROWS_AS(model::table_cell(*doc, 0, 0, 0), std::out_of_range);  // before the row's first cell
  CHECK_THROWS_AS(model::table_cell(*doc, 0, 2, 2), std::out_of_range);  // after its last
  CHECK_THROWS_AS(model::table_cell(*doc, 0, 3, 0), std::out_of_range);
  CHECK(model::column_cells(*doc, 0, 0).size() == 2);
  REQUIRE(table.grid_widths.count == 3);
  CHECK(doc->grid_widths[table.grid_widths.first] == 1000);
  CHECK(doc->grid_widths[table.grid_widths.first + 1] == model::kUnsetTwips);
}

TEST_CASE("wml: paragraph formatting is read and interned", "[wml][formatting]") {
  std::string ppr =
      "<w:pPr><w:keepNext/><w:widowControl w:val=\"0\"/><w:spacing w:before=\"120\" w:line=\"360\"/>"
      "<w:ind w:left=\"420\" w:hanging=\"210\"/></w:pPr>";
  std::string body =
      "<w:p>" + ppr + "<w:r><w:t>a</w:t></w:r></w:p><w:p>" + ppr + "<w:r><w:t>b</w:t></w:r></w:p>" + para("c");
  auto doc = docxsift::open_buffer(make_docx(body));
  REQUIRE(doc->paragraphs.size() == 3);
  CHECK(doc->paragraphs[0].format == doc->paragraphs[1].format);  // equal pPr share one row
  CHECK(doc->paragraphs[2].format == 0);                          // none written: the empty row
  const model::ParagraphFormat& f = doc->paragraph_formats.at(doc->paragraphs[0].format);
  CHECK(f.left_indent == 420);
  CHECK(f.first_line_indent == -210);
  CHECK(f.right_indent == model::kUnsetTwips);
  CHECK(f.space_before == 120);
  CHECK(f.space_after == model::kUnsetTwips);
  CHECK(f.line == 360);
  CHECK(f.line_rule == model::LineRule::Auto);  // @w:line without @w:lineRule
  CHECK(f.keep_with_next == model::Tri::On);
  CHECK(f.widow_control == model::Tri::Off);
  CHECK(f.keep_together == model::Tri::Unset);
}

TEST_CASE("wml: row height and cell width and vertical alignment", "[wml][tables]") {
  std::string body =
      "<w:tbl><w:tblGrid><w:gridCol/><w:gridCol/></w:tblGrid><w:tr><w:trPr>"
      "<w:trHeight w:val=\"567\" w:hRule=\"exact\"/></w:trPr>" +
      tc("a", "<w:tcW w:w=\"2000\" w:type=\"dxa\"/><w:vAlign w:val=\"center\"/>") +
      tc("b", "<w:tcW w:w=\"50\" w:type=\"pct\"/>") + "</w:tr></w:tbl>";
  auto doc = docxsift::open_buffer(make_docx(body));
  REQUIRE(doc->rows.size() == 1);
  CHECK(doc->rows[0].height == 567);
  CHECK(doc->string(doc->rows[0].height_rule) == "exact");
  CHECK(doc->cells[0].width == 2000);
  CHECK(doc->cells[0].vertical_align == model::CellVerticalAlign::Center);
  CHECK(doc->cells[1].width == model::kUnsetTwips);  // only dxa widths, as python-docx
}
