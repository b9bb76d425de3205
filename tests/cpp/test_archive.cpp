#include "catch_compat.hpp"
#include "docx_builder.hpp"
#include "docxsift/archive.hpp"
#include "docxsift/errors.hpp"
#include "docxsift/opc.hpp"

using docxsift::Limits;
using docxsift::archive::Archive;

TEST_CASE("archive: reads entries of a buffer", "[archive]") {
  std::string zip = docxsift::testing::make_zip({{"a.txt", "alpha"}, {"dir/B.xml", "<b/>"}});
  auto archive = Archive::open_buffer(zip, Limits{});
  REQUIRE(archive->names().size() == 2);
  CHECK(archive->read("a.txt").value() == "alpha");
  // OPC part names compare case-insensitively.
  CHECK(archive->read("DIR/b.xml").value() == "<b/>");
  CHECK_FALSE(archive->read("missing").has_value());
}

TEST_CASE("archive: not a zip is a PackageError", "[archive][errors]") {
  CHECK_THROWS_AS(Archive::open_buffer("plain text", Limits{}), docxsift::PackageError);
  CHECK_THROWS_AS(Archive::open_buffer("", Limits{}), docxsift::PackageError);
}

TEST_CASE("archive: truncated zip is a PackageError", "[archive][errors]") {
  std::string zip = docxsift::testing::make_zip({{"a.txt", std::string(5000, 'a')}});
  CHECK_THROWS_AS(Archive::open_buffer(zip.substr(0, zip.size() / 2), Limits{}), docxsift::PackageError);
}

TEST_CASE("archive: entry limit fires before anything is read", "[archive][limits]") {
  std::vector<std::pair<std::string, std::string>> entries;
  for (int i = 0; i < 20; ++i) entries.emplace_back("f" + std::to_string(i), "x");
  std::string zip = docxsift::testing::make_zip(entries);
  Limits limits;
  limits.max_entries = 10;
  CHECK_THROWS_AS(Archive::open_buffer(zip, limits), docxsift::LimitError);
}

TEST_CASE("archive: compression ratio limit stops a bomb early", "[archive][limits]") {
  std::string zip = docxsift::testing::make_zip({{"bomb", std::string(5u << 20, '0')}});
  auto archive = Archive::open_buffer(zip, Limits{});
  try {
    archive->read("bomb");
    FAIL("no LimitError");
  } catch (const docxsift::LimitError& e) {
    CHECK(e.limit() == "max_compression_ratio");
  }
}

TEST_CASE("archive: duplicate names differing in case are refused", "[archive][limits]") {
  std::string zip = docxsift::testing::make_zip({{"word/a.xml", "1"}, {"word/A.xml", "2"}});
  CHECK_THROWS_AS(Archive::open_buffer(zip, Limits{}), docxsift::LimitError);
}

TEST_CASE("archive: OLE files are recognised", "[archive][errors]") {
  std::string ole("\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1", 8);
  ole += std::string(504, '\0');
  std::string encrypted = ole, legacy = ole;
  for (char c : std::string("EncryptedPackage")) encrypted += std::string{c, '\0'};
  for (char c : std::string("WordDocument")) legacy += std::string{c, '\0'};
  CHECK_THROWS_AS(Archive::open_buffer(encrypted, Limits{}), docxsift::EncryptedError);
  CHECK_THROWS_AS(Archive::open_buffer(legacy, Limits{}), docxsift::PackageError);
}

TEST_CASE("opc: part names resolve relative to the source part", "[opc]") {
  using docxsift::opc::resolve_part_name;
  CHECK(resolve_part_name("word/document.xml", "styles.xml") == "word/styles.xml");
  CHECK(resolve_part_name("word/document.xml", "../customXml/item1.xml") == "customXml/item1.xml");
  CHECK(resolve_part_name("word/document.xml", "/word/media/image1.png") == "word/media/image1.png");
  CHECK(resolve_part_name("word/document.xml", "media\\image%201.png") == "word/media/image 1.png");
  CHECK(resolve_part_name("", "word/document.xml") == "word/document.xml");
  CHECK(resolve_part_name("word/document.xml", "http://example.com/").empty());
  CHECK(resolve_part_name("word/document.xml", "#_top").empty());
}

TEST_CASE("opc: relationship kinds match transitional and strict", "[opc]") {
  using docxsift::opc::relationship_kind;
  CHECK(relationship_kind("http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles") == "styles");
  CHECK(relationship_kind("http://purl.oclc.org/ooxml/officeDocument/relationships/officeDocument") ==
        "officeDocument");
}
