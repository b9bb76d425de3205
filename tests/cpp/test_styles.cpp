#include <string>

#include "catch_compat.hpp"
#include "docx_builder.hpp"
#include "docxsift/datetime.hpp"
#include "docxsift/effective.hpp"
#include "docxsift/errors.hpp"
#include "docxsift/queries.hpp"
#include "docxsift/reader.hpp"

using docxsift::model::EffectiveRunFormat;
using docxsift::model::kNone;
using docxsift::testing::DocxParts;
using docxsift::testing::make_docx;

namespace {

struct Opened {
  docxsift::DocumentPtr doc;
  EffectiveRunFormat format;  // of the first run of the body
};

Opened first_run(const std::string& body, const std::string& styles) {
  DocxParts parts;
  parts.body = body;
  parts.styles = styles;
  Opened out{docxsift::testing::open_all_runs(parts), {}};
  out.format = docxsift::model::effective_run_format(*out.doc, 0);
  return out;
}

std::string str(const Opened& o, docxsift::model::Index i) { return std::string(o.doc->string(i)); }

const std::string kRun =
    "<w:p><w:pPr><w:pStyle w:val=\"H\"/></w:pPr><w:r>"
    "<w:rPr><w:rStyle w:val=\"C\"/></w:rPr><w:t>x</w:t></w:r></w:p>";

std::string para_style(const std::string& rpr, const std::string& extra = "") {
  return "<w:style w:type=\"paragraph\" w:styleId=\"H\"><w:name w:val=\"heading 1\"/>" + extra + "<w:rPr>" + rpr +
         "</w:rPr></w:style>";
}

std::string char_style(const std::string& rpr) {
  return "<w:style w:type=\"character\" w:styleId=\"C\"><w:name w:val=\"Strong\"/><w:rPr>" + rpr + "</w:rPr></w:style>";
}

}  // namespace

TEST_CASE("styles: docDefaults, then Word's 10 pt when nothing sets a size", "[styles]") {
  auto none = first_run("<w:p><w:r><w:t>x</w:t></w:r></w:p>", "");
  CHECK(none.format.size_half_points == 20);
  CHECK_FALSE(none.format.bold);
  CHECK(none.format.font_ascii == kNone);
  auto defaults = first_run("<w:p><w:r><w:t>x</w:t></w:r></w:p>",
                            "<w:docDefaults><w:rPrDefault><w:rPr><w:rFonts w:ascii=\"Times\" "
                            "w:eastAsia=\"宋体\"/><w:sz w:val=\"24\"/></w:rPr></w:rPrDefault></w:docDefaults>");
  CHECK(defaults.format.size_half_points == 24);
  CHECK(str(defaults, defaults.format.font_ascii) == "Times");
  CHECK(str(defaults, defaults.format.font_east_asia) == "宋体");
}

TEST_CASE("styles: 三号仿宋 through a paragraph style", "[styles]") {
  auto o = first_run(kRun, para_style("<w:rFonts w:eastAsia=\"仿宋_GB2312\"/><w:sz w:val=\"32\"/>"));
  CHECK(str(o, o.format.font_east_asia) == "仿宋_GB2312");
  CHECK(o.format.size_half_points == 32);
}

TEST_CASE("styles: toggles XOR across style levels, direct is absolute", "[styles][toggle]") {
  // paragraph style bold + character style bold: they cancel (ECMA-376 §17.7.3)
  CHECK_FALSE(first_run(kRun, para_style("<w:b/>") + char_style("<w:b/>")).format.bold);
  CHECK(first_run(kRun, para_style("<w:b/>") + char_style("<w:i/>")).format.bold);
  // an "off" in a style level leaves the state alone
  CHECK(first_run(kRun, para_style("<w:i/>") + char_style("<w:i w:val=\"0\"/>")).format.italic);
  // direct formatting sets the value whatever the styles say
  std::string direct_on =
      "<w:p><w:pPr><w:pStyle w:val=\"H\"/></w:pPr><w:r><w:rPr><w:rStyle w:val=\"C\"/>"
      "<w:b/></w:rPr><w:t>x</w:t></w:r></w:p>";
  CHECK(first_run(direct_on, para_style("<w:b/>") + char_style("<w:b/>")).format.bold);
  std::string direct_off =
      "<w:p><w:pPr><w:pStyle w:val=\"H\"/></w:pPr><w:r><w:rPr>"
      "<w:caps w:val=\"false\"/></w:rPr><w:t>x</w:t></w:r></w:p>";
  CHECK_FALSE(first_run(direct_off, para_style("<w:caps/>")).format.caps);
}

TEST_CASE("styles: inside a basedOn chain the nearest style wins", "[styles][toggle]") {
  std::string styles =
      "<w:style w:type=\"paragraph\" w:styleId=\"Base\"><w:rPr><w:b/><w:color w:val=\"FF0000\"/>"
      "</w:rPr></w:style>" +
      para_style("<w:b w:val=\"0\"/>", "<w:basedOn w:val=\"Base\"/>");
  auto o = first_run(kRun, styles);
  CHECK_FALSE(o.format.bold);
  CHECK(str(o, o.format.color) == "FF0000");
}

TEST_CASE("styles: cycles and dangling basedOn are harmless", "[styles]") {
  std::string cycle =
      "<w:style w:type=\"paragraph\" w:styleId=\"H\"><w:basedOn w:val=\"A\"/><w:rPr><w:i/></w:rPr></w:style>"
      "<w:style w:type=\"paragraph\" w:styleId=\"A\"><w:basedOn w:val=\"H\"/><w:rPr><w:sz w:val=\"30\"/>"
      "</w:rPr></w:style>"
      "<w:style w:type=\"character\" w:styleId=\"C\"><w:basedOn w:val=\"C\"/></w:style>";
  auto o = first_run(kRun, cycle);
  CHECK(o.format.italic);
  CHECK(o.format.size_half_points == 30);
  auto dangling = first_run(kRun, para_style("<w:i/>", "<w:basedOn w:val=\"Missing\"/>"));
  CHECK(dangling.format.italic);
  int level = docxsift::model::heading_level(*o.doc, 0);  // the chain walk there is bounded too
  CHECK(level == 0);
}

TEST_CASE("styles: no pStyle means the default paragraph style", "[styles]") {
  std::string styles =
      "<w:style w:type=\"paragraph\" w:default=\"1\" w:styleId=\"Normal\"><w:name w:val=\"Normal\"/>"
      "<w:rPr><w:sz w:val=\"28\"/></w:rPr></w:style>";
  auto o = first_run("<w:p><w:r><w:t>x</w:t></w:r></w:p>", styles);
  CHECK(o.format.size_half_points == 28);
  CHECK(docxsift::model::paragraph_style(*o.doc, 0) == 0);
}

TEST_CASE("styles: table style applies to runs in its cells", "[styles][table]") {
  std::string styles =
      "<w:style w:type=\"paragraph\" w:default=\"1\" w:styleId=\"Normal\"><w:rPr><w:sz w:val=\"21\"/>"
      "</w:rPr></w:style>"
      "<w:style w:type=\"table\" w:styleId=\"T\"><w:rPr><w:sz w:val=\"18\"/><w:b/></w:rPr></w:style>";
  std::string body =
      "<w:tbl><w:tblPr><w:tblStyle w:val=\"T\"/></w:tblPr><w:tblGrid><w:gridCol/></w:tblGrid>"
      "<w:tr><w:tc><w:p><w:r><w:t>in</w:t></w:r></w:p></w:tc></w:tr></w:tbl>"
      "<w:p><w:r><w:t>out</w:t></w:r></w:p>";
  auto o = first_run(body, styles);
  // The table style overrides Normal (Word's rule for the default paragraph style).
  CHECK(o.format.size_half_points == 18);
  CHECK(o.format.bold);
  auto out = docxsift::model::effective_run_format(*o.doc, 1);
  CHECK(out.size_half_points == 21);
  CHECK_FALSE(out.bold);
}

TEST_CASE("styles: theme fonts resolve through theme1.xml and themeFontLang", "[styles][theme]") {
  DocxParts parts;
  parts.body = "<w:p><w:r><w:t>x</w:t></w:r></w:p>";
  parts.styles =
      "<w:docDefaults><w:rPrDefault><w:rPr><w:rFonts w:asciiTheme=\"minorHAnsi\" w:ascii=\"Arial\" "
      "w:eastAsiaTheme=\"minorEastAsia\"/></w:rPr></w:rPrDefault></w:docDefaults>";
  parts.theme =
      "<a:fontScheme name=\"Office\"><a:majorFont><a:latin typeface=\"Calibri Light\"/>"
      "<a:ea typeface=\"\"/></a:majorFont><a:minorFont><a:latin typeface=\"Calibri\"/><a:ea typeface=\"\"/>"
      "<a:font script=\"Jpan\" typeface=\"游明朝\"/><a:font script=\"Hans\" typeface=\"等线\"/>"
      "</a:minorFont></a:fontScheme>";
  parts.settings = "<w:themeFontLang w:val=\"en-US\" w:eastAsia=\"zh-CN\"/>";
  auto doc = docxsift::open_buffer(make_docx(parts));
  auto f = docxsift::model::effective_run_format(*doc, 0);
  CHECK(doc->string(f.font_ascii) == "Calibri");
  CHECK(doc->string(f.font_east_asia) == "等线");
  CHECK(f.font_theme == kNone);
}

TEST_CASE("styles: unknown theme falls back to the typeface written beside it", "[styles][theme]") {
  auto o = first_run(
      "<w:p><w:r><w:rPr><w:rFonts w:asciiTheme=\"minorHAnsi\" w:ascii=\"Arial\"/></w:rPr>"
      "<w:t>x</w:t></w:r></w:p>",
      "");
  CHECK(str(o, o.format.font_ascii) == "Arial");
  CHECK(str(o, o.format.font_theme) == "minorHAnsi");
}

TEST_CASE("styles: UI names as python-docx shows them", "[styles]") {
  using docxsift::model::ui_style_name;
  CHECK(ui_style_name("heading 1") == "Heading 1");
  CHECK(ui_style_name("caption") == "Caption");
  CHECK(ui_style_name("Normal") == "Normal");
  CHECK(ui_style_name("toc 1") == "toc 1");
  CHECK(docxsift::model::internal_style_name("Heading 9") == "heading 9");
}

TEST_CASE("datetime: W3CDTF forms", "[core]") {
  using docxsift::model::parse_w3cdtf;
  auto full = parse_w3cdtf("2023-05-06T07:08:09Z");
  REQUIRE(full);
  CHECK(full->year == 2023);
  CHECK(full->second == 9);
  CHECK(full->offset_minutes == 0);
  auto zoned = parse_w3cdtf(" 2003-12-31T10:14:55.25-08:00 ");
  REQUIRE(zoned);
  CHECK(zoned->microsecond == 250000);
  CHECK(zoned->offset_minutes == -480);
  auto year = parse_w3cdtf("2003");
  REQUIRE(year);
  CHECK((year->month == 1 && year->day == 1));
  CHECK_FALSE(parse_w3cdtf("2003-02-29T00:00:00Z").has_value());
  CHECK_FALSE(parse_w3cdtf("yesterday").has_value());
  CHECK_FALSE(parse_w3cdtf("").has_value());
  CHECK_FALSE(parse_w3cdtf("2003-12-31T10:14:55+25:00").has_value());
}

TEST_CASE("styles: resolve_run_format works from ids, for readers", "[styles]") {
  auto o = first_run(kRun, para_style("<w:vanish/>") + char_style("<w:sz w:val=\"40\"/>"));
  const auto& doc = *o.doc;
  auto from_ids = docxsift::model::resolve_run_format(doc, doc.paragraphs[0].style, false, kNone, doc.runs[0].props);
  CHECK(from_ids.hidden);
  CHECK(from_ids.size_half_points == 40);
  // No paragraph style id: the default paragraph style (none here) and nothing else.
  auto bare = docxsift::model::resolve_run_format(doc, kNone, false, kNone, 0);
  CHECK_FALSE(bare.hidden);
  CHECK(bare.size_half_points == 20);
}

// styles.xml's w:latentStyles, theme colours and settings' w:rsids are cut out
// before parsing (opc/xml.cpp parse_part_unread): the document and every error
// must be what parsing all of it gives.
namespace {

const std::string kLatent =
    "<w:latentStyles w:defLockedState=\"0\" w:count=\"2\">\n"
    "<w:lsdException w:name=\"Normal\" w:uiPriority=\"0\" w:qFormat=\"1\"/>\n"
    "<w:lsdException w:name=\"heading 1\" w:uiPriority=\"9\"/>\n</w:latentStyles>\n";

std::string heading_style() {
  return "<w:style w:type=\"paragraph\" w:styleId=\"H\"><w:name w:val=\"heading 1\"/>"
         "<w:rPr><w:b/><w:sz w:val=\"32\"/></w:rPr></w:style>";
}

}  // namespace

TEST_CASE("styles: w:latentStyles is skipped, styles around it are read", "[styles][unread]") {
  // Twice the same content: the second document takes the remembered one.
  for (int round = 0; round < 2; ++round) {
    auto o = first_run(kRun, kLatent + heading_style() + kLatent);
    CHECK(o.format.bold);
    CHECK(o.format.size_half_points == 32);
    REQUIRE(o.doc->styles.size() == 1);
    CHECK(str(o, o.doc->styles[0].name) == "heading 1");
  }
}

TEST_CASE("styles: a name that only looks like w:latentStyles is not cut", "[styles][unread]") {
  // In a comment, and in an attribute value (pugixml takes '<' there).
  auto o = first_run(kRun, "<!--" + kLatent + "-->" + "<w:style w:type=\"paragraph\" w:styleId=\"H\"><w:name w:val='" +
                               kLatent + "'/><w:rPr><w:i/></w:rPr></w:style>");
  CHECK(o.format.italic);
  REQUIRE(o.doc->styles.size() == 1);
  std::string value = kLatent;  // as XML reads an attribute value: newlines become spaces
  for (char& c : value) c = c == '\n' ? ' ' : c;
  CHECK(str(o, o.doc->styles[0].name) == value);
}

TEST_CASE("styles: broken XML inside w:latentStyles is still an XmlError", "[styles][unread]") {
  const std::string broken[] = {
      "<w:latentStyles>\n\n<w:lsdException w:name=\"a\"></w:latentStyles>",          // unclosed child
      "<w:latentStyles>\n<w:lsdException w:name=\"a\"w:x=\"1\"/></w:latentStyles>",  // no space
      "<w:latentStyles>\n<w:lsdException w:name=\"a/></w:latentStyles>",             // unclosed value
      "<w:latentStyles><w:lsdException/></w:latentStyle>",                           // end tag mismatch
  };
  for (const std::string& latent : broken) {
    DocxParts parts;
    parts.styles = latent + heading_style();
    try {
      docxsift::open_buffer(make_docx(parts));
      FAIL("no XmlError for " + latent);
    } catch (const docxsift::XmlError& e) {
      CHECK(e.part() == "word/styles.xml");
    }
  }
}

TEST_CASE("styles: an error after w:latentStyles keeps its line", "[styles][unread]") {
  DocxParts parts;
  parts.styles = kLatent + "\n<w:style w:styleId=\"H\"><w:name w:val=\"x\"/>";  // unclosed w:style
  try {
    docxsift::open_buffer(make_docx(parts));
    FAIL("no XmlError");
  } catch (const docxsift::XmlError& e) {
    CHECK(e.part() == "word/styles.xml");
    CHECK(e.line() == 6);  // the last line: the parse ran into the end there
  }
}

TEST_CASE("styles: theme fonts are read with the colours and formats cut out", "[styles][theme][unread]") {
  DocxParts parts;
  parts.styles =
      "<w:docDefaults><w:rPrDefault><w:rPr><w:rFonts w:asciiTheme=\"majorHAnsi\"/></w:rPr>"
      "</w:rPrDefault></w:docDefaults>";
  parts.theme =
      "<a:clrScheme name=\"Office\"><a:dk1><a:sysClr val=\"windowText\" "
      "lastClr=\"000000\"/></a:dk1></a:clrScheme><a:fontScheme name=\"Office\"><a:majorFont>"
      "<a:latin typeface=\"Cambria\"/></a:majorFont></a:fontScheme><a:fmtScheme name=\"Office\">"
      "<a:fillStyleLst><a:solidFill><a:schemeClr val=\"phClr\"/></a:solidFill></a:fillStyleLst>"
      "</a:fmtScheme>";
  auto doc = docxsift::open_buffer(make_docx(parts));
  auto f = docxsift::model::effective_run_format(*doc, 0);
  CHECK(doc->string(f.font_ascii) == "Cambria");
}
