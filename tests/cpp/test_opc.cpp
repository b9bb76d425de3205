// opc on its own: relationship kinds, part-name resolution, content types and
// the main part, on packages built by docx_builder (no pip build needed).
#include <string>

#include "catch_compat.hpp"
#include "docx_builder.hpp"
#include "docxsift/archive.hpp"
#include "docxsift/opc.hpp"

using docxsift::opc::Package;
using docxsift::opc::relationship_kind;
using docxsift::opc::resolve_part_name;
using docxsift::testing::DocxParts;

namespace {

Package package_of(const std::string& bytes) {
  docxsift::Limits limits;
  return Package(docxsift::archive::Archive::open_buffer(bytes, limits), limits);
}

}  // namespace

TEST_CASE("opc: a relationship's kind is the last segment of its type", "[opc]") {
  CHECK(relationship_kind("http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles") == "styles");
  CHECK(relationship_kind("http://purl.oclc.org/ooxml/officeDocument/relationships/header") == "header");
  CHECK(relationship_kind("http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties") ==
        "core-properties");
}

TEST_CASE("opc: targets resolve against the source part", "[opc][part-names]") {
  CHECK(resolve_part_name("word/document.xml", "media/image1.png") == "word/media/image1.png");
  CHECK(resolve_part_name("word/document.xml", "./media/image1.png") == "word/media/image1.png");
  CHECK(resolve_part_name("word/document.xml", "../customXml/item1.xml") == "customXml/item1.xml");
  CHECK(resolve_part_name("word/document.xml", "/word/styles.xml") == "word/styles.xml");
  CHECK(resolve_part_name("", "word/document.xml") == "word/document.xml");
  CHECK(resolve_part_name("word/document.xml", "media\\image1.png") == "word/media/image1.png");
  CHECK(resolve_part_name("word/document.xml", "media/a%20b.png") == "word/media/a b.png");
  CHECK(resolve_part_name("word/document.xml", "media/a.png#frag") == "word/media/a.png");
}

TEST_CASE("opc: the main part, its relationships and content types", "[opc]") {
  DocxParts parts;
  parts.styles = "<w:style w:type=\"paragraph\" w:styleId=\"Normal\"><w:name w:val=\"Normal\"/></w:style>";
  parts.content_types["png"] = "image/png";
  Package package = package_of(docxsift::testing::make_docx(parts));
  CHECK(package.main_part() == "word/document.xml");
  CHECK_FALSE(package.strict());
  CHECK(package.content_type("word/document.xml").find("wordprocessingml.document.main+xml") != std::string::npos);
  CHECK(package.content_type("word/media/picture.png") == "image/png");
  CHECK(package.content_type("word/media/PICTURE.PNG") == "image/png");
  CHECK(package.related_part("word/document.xml", "styles") == "word/styles.xml");
  CHECK(package.related_part("word/document.xml", "numbering").empty());
  const auto* office = package.find_relationship("", "officeDocument");
  REQUIRE(office != nullptr);
  CHECK(office->part == "word/document.xml");
  CHECK_FALSE(office->external);
  CHECK(package.has_part("word/styles.xml"));
  CHECK_FALSE(package.has_part("word/numbering.xml"));
}

TEST_CASE("opc: a main part under another name, and strict packages", "[opc]") {
  DocxParts parts;
  parts.main = "word/main.xml";
  CHECK(package_of(docxsift::testing::make_docx(parts)).main_part() == "word/main.xml");
  DocxParts strict;
  strict.strict = true;
  CHECK(package_of(docxsift::testing::make_docx(strict)).strict());
}
