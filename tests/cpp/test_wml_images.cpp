// Pictures, embedded objects, charts and altChunks read into the model
// (wml/drawing.cpp), their lazy bytes (parts.hpp) and their Markdown.
#include <string>

#include "catch_compat.hpp"
#include "docx_builder.hpp"
#include "docxsift/errors.hpp"
#include "docxsift/images.hpp"
#include "docxsift/parts.hpp"
#include "docxsift/reader.hpp"
#include "docxsift/render.hpp"

using docxsift::testing::DocxParts;
using docxsift::testing::make_docx;
using docxsift::testing::para;
namespace model = docxsift::model;

namespace {

const std::string kImageRt = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/image";

std::string rel(const std::string& id, const std::string& type, const std::string& target, bool external = false) {
  return "<Relationship Id=\"" + id + "\" Type=\"" + type + "\" Target=\"" + target + "\"" +
         (external ? " TargetMode=\"External\"" : "") + "/>";
}

std::string inline_picture(const std::string& embed, const std::string& descr = "", const std::string& link = "") {
  std::string blip = "<a:blip" + (embed.empty() ? std::string() : " r:embed=\"" + embed + "\"") +
                     (link.empty() ? std::string() : " r:link=\"" + link + "\"") + "/>";
  return "<w:r><w:drawing><wp:inline><wp:extent cx=\"914400\" cy=\"457200\"/>"
         "<wp:docPr id=\"1\" name=\"Picture 1\" descr=\"" +
         descr +
         "\" title=\"T\"/>"
         "<a:graphic><a:graphicData uri=\"http://schemas.openxmlformats.org/drawingml/2006/picture\">"
         "<pic:pic><pic:blipFill>" +
         blip +
         "</pic:blipFill></pic:pic></a:graphicData></a:graphic>"
         "</wp:inline></w:drawing></w:r>";
}

DocxParts picture_parts(const std::string& body) {
  DocxParts parts;
  parts.body = body;
  parts.document_rels = rel("rId10", kImageRt, "media/image1.png");
  parts.content_types["png"] = "image/png";
  parts.extra["word/media/image1.png"] = "PNGDATA";
  return parts;
}

}  // namespace

TEST_CASE("images: inline DrawingML picture", "[wml][images]") {
  auto doc = docxsift::open_buffer(
      make_docx(picture_parts("<w:p><w:r><w:t xml:space=\"preserve\">ab </w:t></w:r>" + inline_picture("rId10", "alt") +
                              "<w:r><w:t>cd</w:t></w:r></w:p>")));
  REQUIRE(doc->images.size() == 1);
  const model::Image& image = doc->images[0];
  CHECK(doc->string(image.part) == "word/media/image1.png");
  CHECK(doc->string(image.content_type) == "image/png");
  CHECK(doc->string(image.alt_text) == "alt");
  CHECK(doc->string(image.title) == "T");
  CHECK(image.width == 914400);
  CHECK(image.height == 457200);
  CHECK(image.is_inline);
  CHECK(image.offset == 3);
  CHECK(image.paragraph == doc->block_refs[doc->stories[doc->body].blocks.first].index);
  CHECK(doc->text(doc->paragraphs[image.paragraph].text) == "ab cd");
  REQUIRE(doc->drawings.size() == 1);
  CHECK(doc->drawings[0].type == model::DrawingType::Picture);
  CHECK(docxsift::read_part(*doc, "word/media/image1.png") == "PNGDATA");
  CHECK_THROWS_AS(docxsift::read_part(*doc, "word/media/none.png"), docxsift::PackageError);
}

TEST_CASE("images: missing part and unknown relationship are rows, not errors", "[wml][images]") {
  DocxParts parts = picture_parts(para("x") + "<w:p>" + inline_picture("rId10") + inline_picture("rId77") + "</w:p>");
  parts.extra.erase("word/media/image1.png");
  auto doc = docxsift::open_buffer(make_docx(parts));
  REQUIRE(doc->images.size() == 2);
  CHECK(doc->images[0].missing);
  CHECK(doc->images[0].part == model::kNone);
  CHECK(doc->images[1].missing);
  CHECK(doc->source == nullptr);  // nothing to read later: the bytes are not kept
}

TEST_CASE("images: linked picture keeps its URL", "[wml][images]") {
  DocxParts parts = picture_parts("<w:p>" + inline_picture("", "", "rId12") + "</w:p>");
  parts.document_rels += rel("rId12", kImageRt, "http://example.com/x.png", true);
  auto doc = docxsift::open_buffer(make_docx(parts));
  REQUIRE(doc->images.size() == 1);
  CHECK(doc->string(doc->images[0].url) == "http://example.com/x.png");
  CHECK(doc->images[0].part == model::kNone);
  CHECK_FALSE(doc->images[0].missing);
  CHECK(doc->drawings[0].type == model::DrawingType::LinkedPicture);
}

TEST_CASE("images: VML imagedata with CSS size", "[wml][images]") {
  auto doc = docxsift::open_buffer(
      make_docx(picture_parts("<w:p><w:r><w:pict><v:shape style=\"width:72pt;height:0.5in\" alt=\"v\">"
                              "<v:imagedata r:id=\"rId10\" o:title=\"vt\"/></v:shape></w:pict></w:r></w:p>")));
  REQUIRE(doc->images.size() == 1);
  CHECK(doc->images[0].markup == model::ImageMarkup::Vml);
  CHECK(doc->images[0].width == 914400);
  CHECK(doc->images[0].height == 457200);
  CHECK(doc->string(doc->images[0].alt_text) == "v");
  CHECK(doc->string(doc->images[0].title) == "vt");
}

TEST_CASE("images: VML CSS lengths", "[wml][images]") {
  auto width_of = [](const std::string& width) {
    auto doc = docxsift::open_buffer(
        make_docx(picture_parts("<w:p><w:r><w:pict><v:shape style=\"height:1pt;width:" + width +
                                "\"><v:imagedata r:id=\"rId10\"/></v:shape></w:pict></w:r></w:p>")));
    return doc->images.at(0).width;
  };
  CHECK(width_of("1in") == 914400);
  CHECK(width_of(" 2.54cm ") == 914400);
  CHECK(width_of("96px") == 914400);
  CHECK(width_of("96") == 914400);
  CHECK(width_of("") == -1);
  CHECK(width_of("12furlongs") == -1);
  CHECK(width_of("-3pt") == -1);
  CHECK(width_of("1e300pt") == -1);
}

TEST_CASE("images: unique export names per part", "[model][images]") {
  DocxParts parts = picture_parts("<w:p>" + inline_picture("rId10") + inline_picture("rId11") +
                                  inline_picture("rId10") + inline_picture("rId12") + "</w:p>");
  parts.document_rels += rel("rId11", kImageRt, "media/sub/IMAGE1.png") + rel("rId12", kImageRt, "media/a:b.png");
  parts.extra["word/media/sub/IMAGE1.png"] = "2";
  parts.extra["word/media/a:b.png"] = "3";
  auto doc = docxsift::open_buffer(make_docx(parts));
  auto names = model::image_file_names(*doc);
  REQUIRE(names.size() == 4);
  CHECK(names[0] == "image1.png");
  CHECK(names[1] == "IMAGE1-2.png");
  CHECK(names[2] == "image1.png");
  CHECK(names[3] == "a_b.png");
}

TEST_CASE("images: markdown places pictures where they stand", "[render][markdown][images]") {
  auto doc = docxsift::open_buffer(make_docx(picture_parts("<w:p><w:r><w:t xml:space=\"preserve\">see </w:t></w:r>" +
                                                           inline_picture("rId10", "a*b") +
                                                           "<w:r><w:rPr><w:b/></w:rPr><w:t>bold</w:t></w:r></w:p>")));
  docxsift::render::MarkdownOptions options;
  options.image_prefix = "img/";
  CHECK(docxsift::render::to_markdown(*doc, options) == "see ![a\\*b](img/image1.png)**bold**\n");
  options.images = false;
  CHECK(docxsift::render::to_markdown(*doc, options) == "see **bold**\n");
}

TEST_CASE("images: OLE object, chart and altChunk are embedded objects", "[wml][images]") {
  DocxParts parts;
  parts.body =
      "<w:p><w:r><w:object><o:OLEObject Type=\"Embed\" ProgID=\"Word.Document.12\" r:id=\"rId5\"/></w:object></w:r>"
      "<w:r><w:drawing><wp:inline><wp:extent cx=\"1\" cy=\"2\"/><wp:docPr id=\"2\" name=\"Chart\"/>"
      "<a:graphic><a:graphicData uri=\"http://schemas.openxmlformats.org/drawingml/2006/chart\">"
      "<c:chart r:id=\"rId6\"/></a:graphicData></a:graphic></wp:inline></w:drawing></w:r></w:p>"
      "<w:altChunk r:id=\"rId7\"/>";
  const std::string rt = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/";
  parts.document_rels = rel("rId5", rt + "package", "embeddings/doc.docx") +
                        rel("rId6", rt + "chart", "charts/chart1.xml") + rel("rId7", rt + "aFChunk", "chunk.html");
  parts.content_types["html"] = "text/html";
  parts.extra["word/embeddings/doc.docx"] = "PK";
  parts.extra["word/charts/chart1.xml"] =
      "<c:chartSpace xmlns:c=\"http://schemas.openxmlformats.org/drawingml/2006/chart\" "
      "xmlns:a=\"http://schemas.openxmlformats.org/drawingml/2006/main\"><c:chart><c:title><c:tx><c:rich>"
      "<a:p><a:r><a:t>Line 1</a:t></a:r></a:p><a:p><a:r><a:t>Line 2</a:t></a:r></a:p></c:rich></c:tx></c:title>"
      "<c:plotArea><c:lineChart><c:ser><c:tx><c:v>S1</c:v></c:tx></c:ser><c:ser/></c:lineChart></c:plotArea>"
      "</c:chart></c:chartSpace>";
  parts.extra["word/chunk.html"] = "<html/>";
  auto doc = docxsift::open_buffer(make_docx(parts));
  REQUIRE(doc->embedded.size() == 3);
  CHECK(doc->embedded[0].kind == model::EmbeddedKind::Package);
  CHECK(doc->string(doc->embedded[0].prog_id) == "Word.Document.12");
  CHECK(doc->embedded[1].kind == model::EmbeddedKind::Chart);
  CHECK(doc->string(doc->embedded[1].title) == "Line 1\nLine 2");
  REQUIRE(doc->embedded[1].series.count == 2);
  CHECK(doc->string(doc->chart_series[doc->embedded[1].series.first]) == "S1");
  CHECK(doc->string(doc->chart_series[doc->embedded[1].series.first + 1]).empty());
  CHECK(doc->drawings[0].type == model::DrawingType::Chart);
  CHECK(doc->embedded[2].kind == model::EmbeddedKind::AltChunk);
  CHECK(doc->embedded[2].paragraph == model::kNone);
  CHECK(doc->string(doc->embedded[2].content_type) == "text/html");
  CHECK(docxsift::read_part(*doc, "word/chunk.html") == "<html/>");
}

TEST_CASE("images: blobs are read under the limits", "[wml][images][limits]") {
  DocxParts parts = picture_parts("<w:p>" + inline_picture("rId10") + "</w:p>");
  parts.extra["word/media/image1.png"] = std::string(200000, 'x');
  docxsift::Options options;
  options.limits.max_part_uncompressed = 50000;
  auto doc = docxsift::open_buffer(make_docx(parts), options);
  CHECK_THROWS_AS(docxsift::read_part(*doc, "word/media/image1.png"), docxsift::LimitError);
}

TEST_CASE("images: w:objectEmbed and w:objectLink are embedded objects", "[wml][images]") {
  DocxParts parts;
  const std::string rt = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/";
  parts.body =
      "<w:p><w:r><w:object><w:objectEmbed w:drawAspect=\"content\" r:id=\"rId5\" w:progId=\"Excel.Sheet.12\"/>"
      "</w:object></w:r><w:r><w:object><w:objectLink r:id=\"rId6\" w:progId=\"Word.Document.12\" "
      "w:updateMode=\"always\"/></w:object></w:r></w:p>"
      "<w:p><w:r><w:rPr><w:vanish/></w:rPr><w:object><w:objectEmbed r:id=\"rId5\"/></w:object></w:r></w:p>";
  parts.document_rels =
      rel("rId5", rt + "package", "embeddings/book.xlsx") + rel("rId6", rt + "oleObject", "file:///C:/x.docx", true);
  parts.extra["word/embeddings/book.xlsx"] = "PK";
  auto doc = docxsift::open_buffer(make_docx(parts));
  REQUIRE(doc->embedded.size() == 2);  // none from the hidden run
  CHECK(doc->embedded[0].kind == model::EmbeddedKind::Package);
  CHECK(doc->string(doc->embedded[0].prog_id) == "Excel.Sheet.12");
  CHECK(doc->string(doc->embedded[0].part) == "word/embeddings/book.xlsx");
  CHECK(doc->embedded[1].kind == model::EmbeddedKind::OleObject);
  CHECK(doc->string(doc->embedded[1].prog_id) == "Word.Document.12");
  CHECK(doc->embedded[1].part == model::kNone);
  CHECK(doc->string(doc->embedded[1].url) == "file:///C:/x.docx");
  CHECK_FALSE(doc->embedded[1].missing);
}
