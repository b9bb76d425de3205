// The 公文 outline (docs/outline.md): marker scanning, title rules, sources
// and level normalisation.
#include <optional>
#include <string>
#include <vector>

#include "catch_compat.hpp"
#include "docx_builder.hpp"
#include "docxsift/outline.hpp"
#include "docxsift/reader.hpp"

using docxsift::text::OutlineSource;
using docxsift::text::parse_marker;

namespace {

struct MarkerRow {
  const char* text;
  int rank;  // 0: no marker
  int value;
  const char* rest;  // the text after the marker
};

const std::vector<MarkerRow> kMarkers{
    {"一、总体要求", 1, 1, "总体要求"},
    {"十一、其他", 1, 11, "其他"},
    {"二十、其他", 1, 20, "其他"},
    {"九十九、其他", 1, 99, "其他"},
    {"（一）强化", 2, 1, "强化"},
    {"(二)强化", 2, 2, "强化"},
    {"（十二) 混合括号", 2, 12, "混合括号"},
    {"1．燃气", 3, 1, "燃气"},
    {"2.道路", 3, 2, "道路"},
    {"3、值班", 3, 3, "值班"},
    {"１２．全角数字", 3, 12, "全角数字"},
    {"（1）严格", 4, 1, "严格"},
    {"(10) 报送", 4, 10, "报送"},
    {"\xe3\x80\x80\xe3\x80\x80一、前导全角空格", 1, 1, "前导全角空格"},
    {"1.5亿元", 0, 0, ""},   // a decimal number
    {"2026年", 0, 0, ""},    // no delimiter
    {"一是加强", 0, 0, ""},  // 一是 is prose, not a marker
    {"十十、", 0, 0, ""},    // not a numeral
    {"一百、", 0, 0, ""},    // beyond 九十九
    {"（一", 0, 0, ""},      // unclosed
    {"1234.", 0, 0, ""},     // four digits: a year or an amount
    {"", 0, 0, ""},
};

std::string styled(const std::string& style, const std::string& text) {
  return "<w:p><w:pPr><w:pStyle w:val=\"" + style + "\"/></w:pPr><w:r><w:t>" + text + "</w:t></w:r></w:p>";
}

const char* kStyles =
    "<w:style w:type=\"paragraph\" w:styleId=\"Heading1\"><w:name w:val=\"heading 1\"/></w:style>"
    "<w:style w:type=\"paragraph\" w:styleId=\"Heading2\"><w:name w:val=\"heading 2\"/></w:style>"
    "<w:style w:type=\"paragraph\" w:styleId=\"Heading3\"><w:name w:val=\"heading 3\"/></w:style>";

std::vector<docxsift::text::OutlineEntry> outline_of(const std::string& body) {
  docxsift::testing::DocxParts parts;
  parts.body = body;
  parts.styles = kStyles;
  return docxsift::text::outline(*docxsift::open_buffer(docxsift::testing::make_docx(parts)));
}

}  // namespace

TEST_CASE("outline: 公文 markers at the start of a text", "[text][outline]") {
  for (const MarkerRow& row : kMarkers) {
    INFO(row.text);
    std::string text = row.text;
    std::optional<docxsift::text::Marker> m = parse_marker(text);
    if (row.rank == 0) {
      CHECK_FALSE(m.has_value());
      continue;
    }
    REQUIRE(m.has_value());
    CHECK(m->rank == row.rank);
    CHECK(m->value == row.value);
    CHECK(text.substr(m->end) == row.rest);
  }
}

TEST_CASE("outline: heading titles and body text", "[text][outline]") {
  using docxsift::text::heading_title;
  CHECK(heading_title("强化风险排查整治") == "强化风险排查整治");
  CHECK(heading_title("燃气安全。加强城镇燃气管道和用户端安全检查。") == "燃气安全");  // run-in title
  CHECK(heading_title("主要措施：") == "主要措施");
  CHECK(heading_title("严格执行值班制度；") == "严格执行值班制度");
  CHECK_FALSE(heading_title("各地区要组织开展排查，").has_value());  // an item of a running sentence
  CHECK_FALSE(heading_title("").has_value());
  CHECK(heading_title("坚持人民至上，生命至上") == "坚持人民至上，生命至上");  // one comma: still a title
  CHECK_FALSE(heading_title("张毅. 铸造工艺CAD及其应用[M]，北京：机械工业出版社，1994").has_value());
  CHECK_FALSE(heading_title(std::string(60, 'x')).has_value());
  std::string long_title;
  for (int i = 0; i < 51; ++i) long_title += "字";
  CHECK_FALSE(heading_title(long_title).has_value());
  CHECK(heading_title(long_title.substr(0, 50 * 3)).has_value());
}

TEST_CASE("outline: typed markers, normalised levels", "[text][outline]") {
  auto entries = outline_of(docxsift::testing::para("（一）第一部分") + docxsift::testing::para("正文。") +
                            docxsift::testing::para("（1）细项") + docxsift::testing::para("（二）第二部分"));
  REQUIRE(entries.size() == 3);
  // No 一、 above: （一） becomes level 1, （1） level 2 (no gap).
  CHECK(entries[0].level == 1);
  CHECK(entries[0].label == "（一）");
  CHECK(entries[0].title == "第一部分");
  CHECK(entries[0].source == OutlineSource::Text);
  CHECK(entries[1].level == 2);
  CHECK(entries[1].label == "（1）");
  CHECK(entries[2].level == 1);
  CHECK(entries[2].paragraph == 3);
}

TEST_CASE("outline: style headings keep a typed marker as label", "[text][outline]") {
  auto entries = outline_of(styled("Heading2", "一、总体要求") + docxsift::testing::para("1.要点") +
                            styled("Heading3", "细则") + styled("Heading1", ""));
  REQUIRE(entries.size() == 3);  // the empty heading paragraph is skipped
  CHECK(entries[0].source == OutlineSource::Style);
  CHECK(entries[0].label == "一、");
  CHECK(entries[0].title == "总体要求");
  CHECK(entries[0].level == 1);  // Heading2 is the top level used
  CHECK(entries[1].source == OutlineSource::Text);
  CHECK(entries[1].level == 2);  // raw 3, one below its parent
  CHECK(entries[2].level == 2);  // Heading3 ranks second of {2, 3}
  CHECK(entries[2].label.empty());
}

TEST_CASE("outline: Arabic markers need a heading above them", "[text][outline]") {
  auto entries = outline_of(docxsift::testing::para("1.第一项") + docxsift::testing::para("2.第二项"));
  CHECK(entries.empty());  // a plain numbered list typed by hand, not a structure
}

TEST_CASE("outline: numbered paragraphs with heading labels", "[text][outline]") {
  docxsift::testing::DocxParts parts;
  parts.body =
      "<w:p><w:pPr><w:numPr><w:ilvl w:val=\"0\"/><w:numId "
      "w:val=\"1\"/></w:numPr></w:pPr><w:r><w:t>总体要求</w:t></w:r></w:p>"
      "<w:p><w:pPr><w:numPr><w:ilvl w:val=\"1\"/><w:numId "
      "w:val=\"1\"/></w:numPr></w:pPr><w:r><w:t>细项</w:t></w:r></w:p>"
      "<w:p><w:pPr><w:numPr><w:ilvl w:val=\"0\"/><w:numId "
      "w:val=\"2\"/></w:numPr></w:pPr><w:r><w:t>要点</w:t></w:r></w:p>";
  parts.document_rels =
      "<Relationship Id=\"rIdNum\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/"
      "relationships/numbering\" Target=\"numbering.xml\"/>";
  parts.extra["word/numbering.xml"] =
      "<?xml version=\"1.0\" encoding=\"UTF-8\"?><w:numbering xmlns:w=\"http://schemas.openxmlformats.org/"
      "wordprocessingml/2006/main\">"
      "<w:abstractNum w:abstractNumId=\"0\">"
      "<w:lvl w:ilvl=\"0\"><w:start w:val=\"1\"/><w:numFmt w:val=\"chineseCounting\"/><w:lvlText "
      "w:val=\"%1、\"/></w:lvl>"
      "<w:lvl w:ilvl=\"1\"><w:start w:val=\"1\"/><w:numFmt w:val=\"chineseCounting\"/><w:lvlText "
      "w:val=\"（%2）\"/></w:lvl>"
      "</w:abstractNum>"
      "<w:abstractNum w:abstractNumId=\"1\">"
      "<w:lvl w:ilvl=\"0\"><w:start w:val=\"1\"/><w:numFmt w:val=\"bullet\"/><w:lvlText w:val=\"•\"/></w:lvl>"
      "</w:abstractNum>"
      "<w:num w:numId=\"1\"><w:abstractNumId w:val=\"0\"/></w:num>"
      "<w:num w:numId=\"2\"><w:abstractNumId w:val=\"1\"/></w:num>"
      "</w:numbering>";
  auto entries = docxsift::text::outline(*docxsift::open_buffer(docxsift::testing::make_docx(parts)));
  REQUIRE(entries.size() == 2);  // the bullet is not a heading
  CHECK(entries[0].source == OutlineSource::Numbering);
  CHECK(entries[0].label == "一、");
  CHECK(entries[0].title == "总体要求");
  CHECK(entries[0].level == 1);
  CHECK(entries[1].label == "（一）");
  CHECK(entries[1].level == 2);
}

TEST_CASE("outline: tables are not structure", "[text][outline]") {
  auto entries = outline_of(docxsift::testing::para("一、总则") +
                            "<w:tbl><w:tr><w:tc><w:p><w:r><w:t>二、表内</w:t></w:r></w:p></w:tc></w:tr></w:tbl>");
  REQUIRE(entries.size() == 1);
  CHECK(entries[0].title == "总则");
}
