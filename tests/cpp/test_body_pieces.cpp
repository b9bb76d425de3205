// A large body is parsed in pieces on two threads (Options::parallel_parse_*).
// Whatever the markup, the document read, or the error raised, must be the
// one of a whole parse. These tests force pieces on small inputs: pieces of
// one byte cut the body at every child.
#include <string>

#include "catch_compat.hpp"
#include "corpus.hpp"
#include "docx_builder.hpp"
#include "docxsift/errors.hpp"
#include "docxsift/reader.hpp"
#include "docxsift/render.hpp"
#include "docxsift/tree.hpp"

using docxsift::testing::make_docx;
using docxsift::testing::para;

namespace {

docxsift::Options whole() {
  docxsift::Options options;
  options.parallel_parse_min_bytes = 0;
  return options;
}

docxsift::Options in_pieces(std::size_t piece_bytes = 1) {
  docxsift::Options options;
  options.parallel_parse_min_bytes = 1;
  options.parallel_parse_piece_bytes = piece_bytes;
  return options;
}

// Everything a reader shows of a document (the model as JSON, the Markdown),
// or the error it raised.
std::string reading(const std::string& docx, const docxsift::Options& options) {
  try {
    auto doc = docxsift::open_buffer(docx, options);
    return docxsift::render::to_json(docxsift::render::to_tree(*doc)) + "\n" + docxsift::render::to_markdown(*doc);
  } catch (const docxsift::Error& e) {
    return std::string("error: ") + e.what();
  }
}

void check_same_in_pieces(const std::string& docx) {
  const std::string expected = reading(docx, whole());
  CHECK(reading(docx, in_pieces(1)) == expected);
  CHECK(reading(docx, in_pieces(40)) == expected);
}

const std::string kTable =
    "<w:tbl><w:tblPr/><w:tr><w:tc><w:p><w:r><w:t>cell 1</w:t></w:r></w:p><w:p><w:r><w:t>more</w:t>"
    "</w:r></w:p></w:tc><w:tc>" +
    para("cell 2") + "</w:tc></w:tr></w:tbl>";

}  // namespace

TEST_CASE("pieces: a body cut at every child reads as a whole", "[wml][pieces]") {
  std::string body;
  for (int i = 0; i < 30; ++i) body += para("paragraph " + std::to_string(i));
  const std::string docx = make_docx(body + kTable + para("after the table"));
  CHECK(reading(docx, in_pieces()) == reading(docx, whole()));
  auto doc = docxsift::open_buffer(docx, in_pieces());
  CHECK(docxsift::render::body_text(*doc).starts_with("paragraph 0\nparagraph 1\n"));
}

TEST_CASE("pieces: what spans children or sits deep inside them", "[wml][pieces]") {
  const std::string field_across_paragraphs =
      "<w:p><w:r><w:fldChar w:fldCharType=\"begin\"/></w:r><w:r><w:instrText>REF x</w:instrText></w:r>"
      "</w:p><w:p><w:r><w:fldChar w:fldCharType=\"separate\"/></w:r><w:r><w:t>shown</w:t></w:r></w:p>"
      "<w:p><w:r><w:fldChar w:fldCharType=\"end\"/></w:r><w:r><w:t> tail</w:t></w:r></w:p>";
  const std::string text_box = "<w:p><w:r><w:pict><v:shape><v:textbox><w:txbxContent>" + para("in the box") +
                               para("box 2") + "</w:txbxContent></v:textbox></v:shape></w:pict></w:r></w:p>";
  const std::string equation =
      "<w:p><m:oMath><m:f><m:num><m:r><m:t>1</m:t></m:r></m:num><m:den><m:r><m:t>2</m:t></m:r></m:den>"
      "</m:f></m:oMath></w:p>";
  const std::string alternate =
      "<w:p><mc:AlternateContent><mc:Choice Requires=\"wps\"><w:r><w:t>choice</w:t></w:r></mc:Choice>"
      "<mc:Fallback><w:r><w:t>fallback</w:t></w:r></mc:Fallback></mc:AlternateContent></w:p>";
  const std::string section = "<w:p><w:pPr><w:sectPr><w:pgSz w:w=\"11906\" w:h=\"16838\"/></w:sectPr></w:pPr></w:p>";
  const std::string block_sdt = "<w:sdt><w:sdtContent>" + para("in sdt") + kTable + "</w:sdtContent></w:sdt>";
  const std::string deleted_mark =
      "<w:p><w:pPr><w:rPr><w:del w:id=\"1\"/></w:rPr></w:pPr><w:r><w:t>joined </w:t></w:r></w:p>" + para("with this");
  check_same_in_pieces(make_docx(field_across_paragraphs + text_box + equation + alternate + section + block_sdt +
                                 deleted_mark + para("end")));
}

TEST_CASE("pieces: namespaces declared on the body and inside pieces", "[wml][pieces]") {
  // The head's own declarations stay in scope for every piece; a prefix
  // declared on the body itself must reach the equations converted in pieces.
  docxsift::testing::DocxParts parts;
  parts.body = para("x");
  std::string docx = make_docx(parts);
  const std::string xml =
      "<?xml version=\"1.0\" encoding=\"UTF-8\"?>"
      "<w:document xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\">"
      "<w:body xmlns:mm=\"http://schemas.openxmlformats.org/officeDocument/2006/math\">"
      "<w:p><w:r><w:t>a</w:t></w:r></w:p>"
      "<w:p><mm:oMath><mm:r><mm:t>x</mm:t></mm:r></mm:oMath></w:p>"
      "<w:p xmlns:q=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\"><q:r><q:t>q</q:t></q:r></w:p>"
      "<w:p><w:r><w:t>b</w:t></w:r></w:p></w:body></w:document>";
  parts.extra["word/document.xml"] = xml;
  docx = make_docx(parts);
  check_same_in_pieces(docx);
  auto doc = docxsift::open_buffer(docx, in_pieces());
  CHECK(docxsift::render::to_markdown(*doc).find("$x$") != std::string::npos);
}

TEST_CASE("pieces: markup that fools the cutter is read whole instead", "[wml][pieces]") {
  // '>' unescaped in text and attribute values, comments, a processing
  // instruction and CDATA: a cut may land inside an element, the piece does
  // not parse, and the whole parse decides.
  const std::string body = para("a/>b") + "<w:p w:rsidR=\"x/>\"><w:r><w:t>c</w:t></w:r></w:p><!-- <w:p> -->" +
                           para("d") + "<?pi </w:p> ?>" +
                           "<w:p><w:r><w:t><![CDATA[</w:t></w:r></w:p><w:p>]]></w:t></w:r></w:p>" + para("e");
  check_same_in_pieces(make_docx(body));
}

TEST_CASE("pieces: errors are the errors of a whole parse", "[wml][pieces]") {
  // Broken inside the body, broken after it, a DTD inside the body, a NUL.
  check_same_in_pieces(make_docx(para("a") + "<w:p><w:r><w:t>unclosed</w:r></w:p>" + para("b")));
  check_same_in_pieces(make_docx(para("a") + para("b") + "</w:p>"));
  check_same_in_pieces(make_docx(para("a") + "<!DOCTYPE x>" + para("b")));
  check_same_in_pieces(make_docx(para("a") + std::string("\0", 1) + para("b")));
  // Markup cut short at the end of a piece: pugixml forgives it at the end of
  // its buffer, a whole parse does not.
  check_same_in_pieces(make_docx(para("a") + para("b") + "x></"));
  check_same_in_pieces(make_docx(para("a") + "x></" + para("b")));
  // An error the walk meets first (a limit, a root in another namespace)
  // gives way to a broken piece after it, as in a whole parse.
  const std::string late_break = para("long enough text") + para("b") + "<w:p><w:r>";
  docxsift::Options short_text = in_pieces(), short_text_whole = whole();
  short_text.limits.max_text_size = short_text_whole.limits.max_text_size = 4;
  CHECK(reading(make_docx(late_break), short_text) == reading(make_docx(late_break), short_text_whole));
  docxsift::testing::DocxParts foreign;
  foreign.extra["word/document.xml"] =
      "<x:document xmlns:x=\"urn:not-word\"><x:body><x:p/><x:p/><x:p><x:r></x:p></x:body></x:document>";
  check_same_in_pieces(make_docx(foreign));
  // Every error must also be raised as the same type.
  const std::string broken = make_docx(para("a") + "<w:p><w:r>" + para("b"));
  CHECK_THROWS_AS(docxsift::open_buffer(broken, in_pieces()), docxsift::XmlError);
}

TEST_CASE("pieces: limits hold as for a whole parse", "[wml][pieces]") {
  std::string body;
  for (int i = 0; i < 50; ++i) body += para("p");
  const std::string docx = make_docx(body);
  docxsift::Options few_nodes = in_pieces();
  few_nodes.limits.max_xml_nodes = 40;
  docxsift::Options few_nodes_whole = whole();
  few_nodes_whole.limits.max_xml_nodes = 40;
  CHECK(reading(docx, few_nodes) == reading(docx, few_nodes_whole));
  CHECK_THROWS_AS(docxsift::open_buffer(docx, few_nodes), docxsift::LimitError);

  const std::string deep = make_docx(para("a") +
                                     "<w:p><w:hyperlink><w:hyperlink><w:r><w:t>deep</w:t></w:r>"
                                     "</w:hyperlink></w:hyperlink></w:p>");
  for (std::size_t depth = 2; depth <= 7; ++depth) {
    docxsift::Options pieces = in_pieces(), all = whole();
    pieces.limits.max_xml_depth = all.limits.max_xml_depth = depth;
    CHECK(reading(deep, pieces) == reading(deep, all));
  }
}

TEST_CASE("pieces: every corpus document reads as a whole", "[wml][pieces][corpus]") {
  const std::vector<std::string> paths = docxsift::testing::corpus_documents();
  if (paths.empty()) {
    WARN("real-document corpus not found (set DOCXSIFT_CORPUS): skipped");
    return;
  }
  for (const std::string& path : paths) {
    auto read = [&path](const docxsift::Options& options) {
      try {
        auto doc = docxsift::open_file(path, options);
        return docxsift::render::to_json(docxsift::render::to_tree(*doc)) + docxsift::render::to_markdown(*doc);
      } catch (const docxsift::Error& e) {
        return std::string("error: ") + e.what();
      }
    };
    INFO(path);
    CHECK(read(in_pieces(64)) == read(whole()));
  }
  CHECK(paths.size() > 1000);
}
