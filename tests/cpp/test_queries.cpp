// model/queries.cpp on its own: grid cells, heading levels, reading order.
#include <string>
#include <vector>

#include "catch_compat.hpp"
#include "docx_builder.hpp"
#include "docxsift/queries.hpp"
#include "docxsift/reader.hpp"

using docxsift::model::Index;
using docxsift::model::kNone;
using docxsift::testing::DocxParts;
using docxsift::testing::para;

namespace {

std::string cell(const std::string& text, const std::string& tc_pr = "") {
  return "<w:tc><w:tcPr>" + tc_pr + "</w:tcPr>" + para(text) + "</w:tc>";
}

std::string table(const std::string& grid, const std::string& rows) {
  return "<w:tbl><w:tblGrid>" + grid + "</w:tblGrid>" + rows + "</w:tbl>";
}

const std::string kGrid3 = "<w:gridCol w:w=\"1000\"/><w:gridCol w:w=\"1000\"/><w:gridCol w:w=\"1000\"/>";

}  // namespace

TEST_CASE("queries: a spanning cell covers its grid columns", "[queries][grid]") {
  auto doc = docxsift::open_buffer(docxsift::testing::make_docx(
      table(kGrid3, "<w:tr>" + cell("a", "<w:gridSpan w:val=\"2\"/>") + cell("b") + "</w:tr>")));
  const Index row = doc->tables.at(0).rows.first;
  const Index first = doc->rows.at(row).cells.first;
  CHECK(docxsift::model::row_grid_cells(*doc, row) == std::vector<Index>{first, first, first + 1});
}

TEST_CASE("queries: a vertical merge shows the cell that starts it", "[queries][grid]") {
  const std::string rows = "<w:tr>" + cell("top", "<w:vMerge w:val=\"restart\"/>") + cell("x") + cell("y") +
                           "</w:tr><w:tr>" + cell("", "<w:vMerge/>") + cell("p") + cell("q") + "</w:tr>";
  auto doc = docxsift::open_buffer(docxsift::testing::make_docx(table(kGrid3, rows)));
  const Index first_row = doc->tables.at(0).rows.first;
  const Index top = doc->rows.at(first_row).cells.first;
  auto second = docxsift::model::row_grid_cells(*doc, first_row + 1);
  REQUIRE(second.size() == 3);
  CHECK(second[0] == top);
}

TEST_CASE("queries: grid columns no cell covers are kNone", "[queries][grid]") {
  const std::string rows = "<w:tr><w:trPr><w:gridBefore w:val=\"1\"/></w:trPr>" + cell("a") + cell("b") + "</w:tr>";
  auto doc = docxsift::open_buffer(docxsift::testing::make_docx(table(kGrid3, rows)));
  auto grid = docxsift::model::row_grid_cells(*doc, doc->tables.at(0).rows.first);
  REQUIRE(grid.size() == 3);
  CHECK(grid[0] == kNone);
  CHECK(grid[1] != kNone);
}

TEST_CASE("queries: heading levels from outline levels and heading styles", "[queries][headings]") {
  DocxParts parts;
  parts.styles =
      "<w:style w:type=\"paragraph\" w:styleId=\"Heading2\"><w:name w:val=\"heading 2\"/></w:style>"
      "<w:style w:type=\"paragraph\" w:styleId=\"Custom\"><w:name w:val=\"Custom\"/>"
      "<w:pPr><w:outlineLvl w:val=\"0\"/></w:pPr></w:style>";
  parts.body =
      "<w:p><w:pPr><w:pStyle w:val=\"Heading2\"/></w:pPr><w:r><w:t>h2</w:t></w:r></w:p>"
      "<w:p><w:pPr><w:pStyle w:val=\"Custom\"/></w:pPr><w:r><w:t>h1</w:t></w:r></w:p>"
      "<w:p><w:pPr><w:outlineLvl w:val=\"2\"/></w:pPr><w:r><w:t>h3</w:t></w:r></w:p>"
      "<w:p><w:pPr><w:outlineLvl w:val=\"9\"/></w:pPr><w:r><w:t>body</w:t></w:r></w:p>" +
      para("plain");
  auto doc = docxsift::open_buffer(docxsift::testing::make_docx(parts));
  std::vector<int> levels;
  for (Index p = 0; p < doc->paragraphs.size(); ++p) levels.push_back(docxsift::model::heading_level(*doc, p));
  CHECK(levels == std::vector<int>{2, 1, 3, 0, 0});
}

TEST_CASE("queries: paragraphs in reading order through tables", "[queries][order]") {
  auto doc = docxsift::open_buffer(docxsift::testing::make_docx(
      para("before") + table(kGrid3, "<w:tr>" + cell("c1") + cell("c2") + cell("c3") + "</w:tr>") + para("after")));
  std::vector<std::string> texts;
  for (Index p : docxsift::model::paragraphs_in_order(*doc, doc->stories[doc->body].blocks)) {
    texts.emplace_back(doc->text(doc->paragraphs[p].text));
  }
  CHECK(texts == std::vector<std::string>{"before", "c1", "c2", "c3", "after"});
  auto blocks = docxsift::model::blocks_in(*doc, doc->stories[doc->body].blocks);
  REQUIRE(blocks.size() == 3);
  CHECK(blocks[1].kind == docxsift::model::BlockKind::Table);
}
