#include "catch_compat.hpp"
#include "docx_builder.hpp"
#include "docxsift/errors.hpp"
#include "docxsift/queries.hpp"
#include "docxsift/reader.hpp"
#include "docxsift/render.hpp"

using docxsift::testing::make_docx;
using docxsift::testing::para;

namespace {

std::string body_text(const std::string& body, docxsift::Options options = {}) {
  auto doc = docxsift::open_buffer(make_docx(body), options);
  return docxsift::render::body_text(*doc);
}

}  // namespace

TEST_CASE("wml: paragraphs become lines", "[wml][text]") { CHECK(body_text(para("one") + para("two")) == "one\ntwo"); }

TEST_CASE("wml: w:tab, w:br, w:noBreakHyphen, w:softHyphen", "[wml][text]") {
  CHECK(body_text("<w:p><w:r><w:t>a</w:t><w:tab/><w:t>b</w:t><w:br/><w:t>c</w:t><w:noBreakHyphen/>"
                  "<w:t>d</w:t><w:softHyphen/><w:t>e</w:t></w:r></w:p>") == "a\tb\nc-de");
}

TEST_CASE("wml: private-use text in a Symbol or Wingdings run reads as the character drawn", "[wml][text]") {
  // U+F061 in Symbol is alpha, U+F0FC in Wingdings a check mark; other text
  // in the run, CJK included, and private use outside F000-F0FF stay as written.
  auto run = [](const char* font, const std::string& text) {
    return "<w:r><w:rPr><w:rFonts w:ascii=\"" + std::string(font) + "\" w:hAnsi=\"" + font + "\"/></w:rPr><w:t>" +
           text + "</w:t></w:r>";
  };
  CHECK(body_text("<w:p>" + run("Symbol", "\xEF\x81\xA1=a \xE4\xB8\xAD\xEE\x80\x80") + "</w:p>") ==
        "\xCE\xB1=a \xE4\xB8\xAD\xEE\x80\x80");
  CHECK(body_text("<w:p>" + run("Wingdings", "\xEF\x83\xBC") + "</w:p>") == "\xE2\x9C\x94");
  // The same code point in another font is left alone.
  CHECK(body_text("<w:p>" + run("Arial", "\xEF\x81\xA1") + "</w:p>") == "\xEF\x81\xA1");
}

TEST_CASE("wml: field instructions never leak", "[wml][fields]") {
  CHECK(body_text("<w:p><w:r><w:fldChar w:fldCharType=\"begin\"/></w:r><w:r><w:instrText>PAGE</w:instrText>"
                  "</w:r><w:r><w:fldChar w:fldCharType=\"separate\"/></w:r><w:r><w:t>5</w:t></w:r>"
                  "<w:r><w:fldChar w:fldCharType=\"end\"/></w:r></w:p>") == "5");
}

TEST_CASE("wml: tracked changes accepted and rejected", "[wml][revisions]") {
  std::string body =
      "<w:p><w:ins w:id=\"1\"><w:r><w:t>new</w:t></w:r></w:ins><w:del w:id=\"2\"><w:r>"
      "<w:delText>old</w:delText></w:r></w:del></w:p>";
  CHECK(body_text(body) == "new");
  docxsift::Options reject;
  reject.revisions = docxsift::Revisions::Reject;
  CHECK(body_text(body, reject) == "old");
}

TEST_CASE("wml: table rows are cells joined by tabs", "[wml][tables]") {
  std::string body = "<w:tbl><w:tblGrid><w:gridCol/><w:gridCol/></w:tblGrid><w:tr><w:tc>" + para("a") +
                     "</w:tc><w:tc>" + para("b") +
                     "</w:tc></w:tr><w:tr><w:tc><w:tcPr><w:gridSpan w:val=\"2\"/>"
                     "</w:tcPr>" +
                     para("wide") + "</w:tc></w:tr></w:tbl>";
  auto doc = docxsift::open_buffer(make_docx(body));
  CHECK(docxsift::render::body_text(*doc) == "a\tb\nwide");
  auto grid = docxsift::render::table_grid_text(*doc, 0);
  REQUIRE(grid.size() == 2);
  CHECK(grid[1] == std::vector<std::string>{"wide", "wide"});
}

TEST_CASE("wml: deep nesting is a LimitError, not a stack overflow", "[wml][limits]") {
  std::string open, close;
  for (int i = 0; i < 100000; ++i) {
    open += "<w:sdt><w:sdtContent>";
    close += "</w:sdtContent></w:sdt>";
  }
  CHECK_THROWS_AS(docxsift::open_buffer(make_docx(open + para("x") + close)), docxsift::LimitError);
}

TEST_CASE("wml: malformed XML is an XmlError with the part name", "[wml][errors]") {
  docxsift::testing::DocxParts parts;
  parts.extra["word/document.xml"] = "<w:document><w:body>";
  try {
    docxsift::open_buffer(make_docx(parts));
    FAIL("no XmlError");
  } catch (const docxsift::XmlError& e) {
    CHECK(e.part() == "word/document.xml");
  }
}

TEST_CASE("wml: strict namespaces", "[wml][opc]") {
  docxsift::testing::DocxParts parts;
  parts.strict = true;
  parts.body = para("strict");
  auto doc = docxsift::open_buffer(make_docx(parts));
  CHECK(docxsift::render::body_text(*doc) == "strict");
}

TEST_CASE("wml: hidden math is no equation, partly hidden math drops the hidden runs", "[wml][math]") {
  const std::string m = " xmlns:m=\"http://schemas.openxmlformats.org/officeDocument/2006/math\"";
  const std::string vanish = "<w:rPr><w:vanish/></w:rPr>";
  auto mrun = [](const std::string& rpr, const std::string& text) {
    return "<m:r>" + rpr + "<m:t>" + text + "</m:t></m:r>";
  };
  std::string body = "<w:p><w:r><w:t xml:space=\"preserve\">v </w:t></w:r><m:oMath" + m + ">" + mrun(vanish, "x=1") +
                     "</m:oMath></w:p>" + "<w:p><m:oMath" + m + ">" + mrun("", "a") + mrun(vanish, "+h") +
                     mrun("", "+b") + "</m:oMath></w:p>";
  auto doc = docxsift::open_buffer(make_docx(body));
  REQUIRE(doc->equations.size() == 1);
  CHECK(doc->string(doc->equations[0].latex) == "a+b");
  CHECK(doc->paragraphs[0].equations.count == 0);
  CHECK(doc->paragraphs[1].equations.count == 1);
  CHECK(docxsift::render::body_text(*doc) == "v \na+b");
  docxsift::Options options;
  options.include_hidden = true;
  auto shown = docxsift::open_buffer(make_docx(body), options);
  REQUIRE(shown->equations.size() == 2);
  CHECK(shown->string(shown->equations[0].latex) == "x=1");
  CHECK(shown->string(shown->equations[1].latex) == "a+h+b");
}
