// render::to_markdown and render::to_tree / to_json on snippet documents.
#include <string>

#include "catch_compat.hpp"
#include "docx_builder.hpp"
#include "docxsift/reader.hpp"
#include "docxsift/render.hpp"

using docxsift::testing::make_docx;
using docxsift::testing::para;

namespace {

std::string markdown(const std::string& body, bool headers = false) {
  auto doc = docxsift::open_buffer(make_docx(body));
  docxsift::render::MarkdownOptions options;
  options.headers = headers;
  return docxsift::render::to_markdown(*doc, options);
}

std::string tc(const std::string& text, const std::string& props = "") {
  return "<w:tc><w:tcPr>" + props + "</w:tcPr>" + para(text) + "</w:tc>";
}

}  // namespace

TEST_CASE("markdown: paragraphs separated by blank lines", "[render][markdown]") {
  CHECK(markdown(para("one") + "<w:p/>" + para("two")) == "one\n\ntwo\n");
  CHECK(markdown("<w:p/>").empty());
}

TEST_CASE("markdown: emphasis merged across runs, never around blanks", "[render][markdown]") {
  CHECK(markdown("<w:p><w:r><w:rPr><w:b/></w:rPr><w:t xml:space=\"preserve\"> a</w:t></w:r>"
                 "<w:r><w:rPr><w:b/></w:rPr><w:t xml:space=\"preserve\">b </w:t></w:r>"
                 "<w:r><w:rPr><w:i/></w:rPr><w:t>c</w:t></w:r></w:p>") == "**ab** *c*\n");
}

TEST_CASE("markdown: special characters escaped", "[render][markdown]") {
  CHECK(markdown(para("# h")) == "\\# h\n");
  CHECK(markdown(para("12. x")) == "12\\. x\n");
  CHECK(markdown(para("a*b_c`d[e]f&lt;g|h~i\\")) == "a\\*b\\_c\\`d\\[e\\]f\\<g\\|h\\~i\\\\\n");
  CHECK(markdown(para("AT&amp;T &amp;amp;")) == "AT\\&T \\&amp;\n");
  CHECK(markdown("<w:p><w:r><w:t>a</w:t><w:br/><w:t>- b</w:t></w:r></w:p>") == "a\\\n\\- b\n");
}

TEST_CASE("markdown: pipe table over the grid, merged cells repeated", "[render][markdown]") {
  std::string body =
      "<w:tbl><w:tblGrid><w:gridCol/><w:gridCol/></w:tblGrid>"
      "<w:tr>" +
      tc("A", "<w:gridSpan w:val=\"2\"/>") +
      "</w:tr>"
      "<w:tr>" +
      tc("p|q") + tc("r") + "</w:tr></w:tbl>";
  CHECK(markdown(body) == "| A | A |\n| --- | --- |\n| p\\|q | r |\n");
}

TEST_CASE("markdown: headers and footers only when asked", "[render][markdown]") {
  docxsift::testing::DocxParts parts;
  parts.body = para("Body") +
               "<w:sectPr><w:headerReference w:type=\"default\" r:id=\"rIdH\" "
               "xmlns:r=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships\"/></w:sectPr>";
  parts.document_rels =
      "<Relationship Id=\"rIdH\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/"
      "relationships/header\" Target=\"header1.xml\"/>";
  parts.extra["word/header1.xml"] =
      "<?xml version=\"1.0\"?><w:hdr xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\">" +
      para("Head") + "</w:hdr>";
  auto doc = docxsift::open_buffer(make_docx(parts));
  CHECK(docxsift::render::to_markdown(*doc) == "Body\n");
  docxsift::render::MarkdownOptions options;
  options.headers = true;
  CHECK(docxsift::render::to_markdown(*doc, options) == "Head\n\n---\n\nBody\n");
}

TEST_CASE("tree: JSON escaping and shape", "[render][tree]") {
  using docxsift::render::Value;
  Value root = Value::object();
  root.set("s", Value::string("a\"b\\c\n\x01\xe4\xb8\xad"));
  Value& list = root.set("l", Value::array());
  list.push(Value::integer(-3));
  list.push(Value::number(0.5));
  list.push(Value::boolean(true));
  list.push(Value());
  CHECK(docxsift::render::to_json(root) == "{\"s\":\"a\\\"b\\\\c\\n\\u0001\xe4\xb8\xad\",\"l\":[-3,0.5,true,null]}");
  CHECK(docxsift::render::to_json(Value::array(), 2) == "[]");
  CHECK(docxsift::render::to_json(list, 1) == "[\n -3,\n 0.5,\n true,\n null\n]");
}

TEST_CASE("tree: document blocks in order", "[render][tree]") {
  auto doc = docxsift::open_buffer(make_docx(para("one") + "<w:tbl><w:tr>" + tc("c") + "</w:tr></w:tbl>"));
  std::string json = docxsift::render::to_json(docxsift::render::to_tree(*doc));
  CHECK(json.find("\"type\":\"paragraph\",\"text\":\"one\"") != std::string::npos);
  CHECK(json.find("\"type\":\"table\"") > json.find("\"text\":\"one\""));
  CHECK(json.find("\"grid\":[[\"c\"]]") != std::string::npos);
}
