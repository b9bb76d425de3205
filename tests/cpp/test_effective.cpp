// model/effective.cpp on its own: the formatting Word renders for a run once
// docDefaults, table, paragraph and character styles and direct formatting
// are combined (ECMA-376 §17.7.2), toggle properties included (§17.7.3).
#include <string>

#include "catch_compat.hpp"
#include "docx_builder.hpp"
#include "docxsift/effective.hpp"
#include "docxsift/reader.hpp"

using docxsift::model::EffectiveRunFormat;
using docxsift::model::Index;
using docxsift::model::kNone;
using docxsift::model::StyleType;
using docxsift::model::VerticalAlign;
using docxsift::testing::DocxParts;
namespace model = docxsift::model;

namespace {

// A document and the effective formatting of its runs, in reading order.
struct Read {
  docxsift::DocumentPtr doc;
  EffectiveRunFormat run(Index i = 0) const { return model::effective_run_format(*doc, i); }
  std::string str(Index i) const { return std::string(doc->string(i)); }
};

Read read(const std::string& body, const std::string& styles, const std::string& theme = "",
          const std::string& settings = "") {
  DocxParts parts;
  parts.body = body;
  parts.styles = styles;
  parts.theme = theme;
  parts.settings = settings;
  return {docxsift::testing::open_all_runs(parts)};
}

// <w:style w:type=.. w:styleId=..>inner</w:style>; `attrs` e.g. w:default="1".
std::string style(const std::string& type, const std::string& id, const std::string& inner,
                  const std::string& attrs = "") {
  return "<w:style w:type=\"" + type + "\" w:styleId=\"" + id + "\"" + attrs + ">" + inner + "</w:style>";
}

std::string rpr(const std::string& props) { return "<w:rPr>" + props + "</w:rPr>"; }
std::string based_on(const std::string& id) { return "<w:basedOn w:val=\"" + id + "\"/>"; }
std::string rstyle(const std::string& id) { return "<w:rStyle w:val=\"" + id + "\"/>"; }
std::string sz(int half_points) { return "<w:sz w:val=\"" + std::to_string(half_points) + "\"/>"; }
std::string color(const std::string& value) { return "<w:color w:val=\"" + value + "\"/>"; }

std::string doc_defaults(const std::string& props) {
  return "<w:docDefaults><w:rPrDefault>" + rpr(props) + "</w:rPrDefault></w:docDefaults>";
}

// A paragraph of one run "x": its w:pStyle when given, the run's direct properties.
std::string p(const std::string& pstyle, const std::string& run_props = "") {
  std::string ppr = pstyle.empty() ? "" : "<w:pPr><w:pStyle w:val=\"" + pstyle + "\"/></w:pPr>";
  std::string props = run_props.empty() ? "" : rpr(run_props);
  return "<w:p>" + ppr + "<w:r>" + props + "<w:t>x</w:t></w:r></w:p>";
}

// A one-cell table holding `content`; its w:tblStyle when given.
std::string table(const std::string& tbl_style, const std::string& content) {
  std::string tblpr = tbl_style.empty() ? "" : "<w:tblPr><w:tblStyle w:val=\"" + tbl_style + "\"/></w:tblPr>";
  return "<w:tbl>" + tblpr + "<w:tblGrid><w:gridCol/></w:tblGrid><w:tr><w:tc>" + content + "</w:tc></w:tr></w:tbl>";
}

const std::string kDefault = " w:default=\"1\"";

}  // namespace

TEST_CASE("effective: with nothing set, Word's defaults (10 pt, baseline, no fonts)", "[effective]") {
  for (const std::string& styles : {std::string(), style("paragraph", "P", "")}) {
    EffectiveRunFormat f = read(p("P"), styles).run();
    CHECK_FALSE((f.bold || f.italic || f.strike || f.double_strike || f.caps || f.small_caps || f.hidden));
    CHECK_FALSE(f.underline);
    CHECK(f.underline_style == kNone);
    CHECK(f.font_ascii == kNone);
    CHECK(f.font_hansi == kNone);
    CHECK(f.font_east_asia == kNone);
    CHECK(f.font_theme == kNone);
    CHECK(f.font_east_asia_theme == kNone);
    CHECK(f.size_half_points == 20);
    CHECK(f.color == kNone);
    CHECK(f.highlight == kNone);
    CHECK(f.vertical_align == VerticalAlign::Baseline);
  }
}

TEST_CASE("effective: docDefaults reach every run, under every style", "[effective]") {
  std::string styles =
      doc_defaults("<w:rFonts w:ascii=\"Times\" w:eastAsia=\"宋体\"/><w:i/>" + sz(24) + color("333333")) +
      style("paragraph", "P", rpr(sz(28)));
  Read o = read(p("") + p("P") + p("", "<w:i w:val=\"0\"/>"), styles);
  EffectiveRunFormat plain = o.run(0);
  CHECK(plain.size_half_points == 24);
  CHECK(o.str(plain.font_ascii) == "Times");
  CHECK(o.str(plain.font_east_asia) == "宋体");
  CHECK(o.str(plain.color) == "333333");
  CHECK(plain.italic);  // a toggle starts from the document defaults
  EffectiveRunFormat styled = o.run(1);
  CHECK(styled.size_half_points == 28);        // the style overrides what it sets
  CHECK(o.str(styled.font_ascii) == "Times");  // and leaves the rest
  CHECK(styled.italic);
  CHECK_FALSE(o.run(2).italic);  // direct formatting is absolute
}

TEST_CASE("effective: a table style formats the runs of its cells only", "[effective][table]") {
  std::string styles = style("table", "T", rpr(color("FF0000") + sz(18)));
  Read o = read(table("T", p("")) + p(""), styles);
  CHECK(o.str(o.run(0).color) == "FF0000");
  CHECK(o.run(0).size_half_points == 18);
  CHECK(o.run(1).color == kNone);
  CHECK(o.run(1).size_half_points == 20);
}

TEST_CASE("effective: in a table the paragraph style overrides the table style, which fills in the rest",
          "[effective][table]") {
  std::string styles = style("paragraph", "Normal", rpr("<w:rFonts w:ascii=\"Times\"/>"), kDefault) +
                       style("paragraph", "H", rpr(sz(32))) + style("table", "T", rpr(sz(18) + color("FF0000")));
  Read o = read(table("T", p("") + p("H")), styles);
  CHECK(o.run(0).size_half_points == 18);
  CHECK(o.str(o.run(0).color) == "FF0000");
  CHECK(o.str(o.run(0).font_ascii) == "Times");
  CHECK(o.run(1).size_half_points == 32);
  CHECK(o.str(o.run(1).color) == "FF0000");
}

TEST_CASE("effective: a table without a table style of its own takes the default table style", "[effective][table]") {
  std::string styles = style("table", "TableNormal", rpr(sz(18)), kDefault) + style("table", "T", rpr(sz(30))) +
                       style("paragraph", "P", rpr(color("00FF00")));
  Read o = read(table("", p("")) + table("Missing", p("")) + table("P", p("")) + table("T", p("")) + p(""), styles);
  CHECK(o.run(0).size_half_points == 18);  // no w:tblStyle
  CHECK(o.run(1).size_half_points == 18);  // a dangling one
  CHECK(o.run(2).size_half_points == 18);  // one naming a paragraph style
  CHECK(o.run(2).color == kNone);
  CHECK(o.run(3).size_half_points == 30);
  CHECK(o.run(4).size_half_points == 20);  // outside any table
}

TEST_CASE("effective: runs of a nested table take the innermost table's style", "[effective][table]") {
  std::string styles = style("table", "Outer", rpr(color("111111"))) + style("table", "Inner", rpr(sz(30)));
  Read o = read(table("Outer", p("") + table("Inner", p("")) + p("")), styles);
  CHECK(o.str(o.run(0).color) == "111111");
  CHECK(o.run(1).size_half_points == 30);
  CHECK(o.run(1).color == kNone);  // table styles do not cascade into nested tables
  CHECK(o.str(o.run(2).color) == "111111");
}

TEST_CASE("effective: a paragraph style inherits its w:basedOn chain, the nearest setting winning", "[effective]") {
  std::string styles = style("paragraph", "Base",
                             rpr("<w:rFonts w:ascii=\"Arial\"/><w:u w:val=\"single\"/>" + color("0000FF") + sz(20))) +
                       style("paragraph", "Mid", based_on("Base") + rpr(color("00FF00") + sz(28))) +
                       style("paragraph", "Top", based_on("Mid") + rpr(sz(36)));
  Read o = read(p("Top") + p("Mid"), styles);
  EffectiveRunFormat top = o.run(0);
  CHECK(top.size_half_points == 36);
  CHECK(o.str(top.color) == "00FF00");
  CHECK(o.str(top.font_ascii) == "Arial");
  CHECK(o.str(top.underline_style) == "single");
  CHECK(o.run(1).size_half_points == 28);
}

TEST_CASE("effective: inside one style level a toggle is inherited, not flipped", "[effective][toggle]") {
  // §17.7.3: within a basedOn chain the first value found, nearest first, is the level's value.
  std::string styles = style("paragraph", "Base", rpr("<w:b/>")) +
                       style("paragraph", "Again", based_on("Base") + rpr("<w:b/>")) +
                       style("paragraph", "Top", based_on("Again")) +
                       style("paragraph", "Off", based_on("Base") + rpr("<w:b w:val=\"0\"/>"));
  Read o = read(p("Top") + p("Off"), styles);
  CHECK(o.run(0).bold);
  CHECK_FALSE(o.run(1).bold);
}

TEST_CASE("effective: a character style and its w:basedOn chain override the paragraph style", "[effective]") {
  std::string styles = style("paragraph", "P", rpr(sz(24) + color("0000FF") + "<w:rFonts w:ascii=\"Times\"/>")) +
                       style("character", "C0", rpr(color("FF0000") + "<w:i/>")) +
                       style("character", "C", based_on("C0") + rpr(sz(40)));
  Read o = read(p("P", rstyle("C")), styles);
  EffectiveRunFormat f = o.run();
  CHECK(f.size_half_points == 40);
  CHECK(o.str(f.color) == "FF0000");
  CHECK(f.italic);
  CHECK(o.str(f.font_ascii) == "Times");  // what neither character style sets
}

TEST_CASE("effective: a w:rStyle naming no character style contributes nothing", "[effective]") {
  std::string styles = style("paragraph", "P", rpr(sz(30)));
  Read o = read(p("", rstyle("P")) + p("", rstyle("Missing")), styles);
  CHECK(o.run(0).size_half_points == 20);
  CHECK(o.run(1).size_half_points == 20);
}

TEST_CASE("effective: toggles flip once per style level, direct formatting is absolute", "[effective][toggle]") {
  struct Toggle {
    const char* element;
    bool EffectiveRunFormat::* member;
  };
  // The toggle properties of §17.7.3 that the model reads (w:dstrike is not one).
  const Toggle toggles[] = {
      {"b", &EffectiveRunFormat::bold},
      {"i", &EffectiveRunFormat::italic},
      {"strike", &EffectiveRunFormat::strike},
      {"caps", &EffectiveRunFormat::caps},
      {"smallCaps", &EffectiveRunFormat::small_caps},
      {"vanish", &EffectiveRunFormat::hidden},
  };
  for (const Toggle& t : toggles) {
    INFO("w:" << t.element);
    const std::string on = std::string("<w:") + t.element + "/>";
    const std::string off = std::string("<w:") + t.element + " w:val=\"0\"/>";
    auto value = [&t](const std::string& body, const std::string& styles) {
      return read(body, styles).run().*t.member;
    };
    const std::string para = style("paragraph", "P", rpr(on));
    const std::string chr = style("character", "C", rpr(on));
    CHECK(value(p("P"), para));
    CHECK(value(p("", rstyle("C")), chr));
    CHECK_FALSE(value(p("P", rstyle("C")), para + chr));  // on at two levels: off again
    CHECK_FALSE(value(table("T", p("", rstyle("C"))), style("table", "T", rpr(on)) + chr));
    CHECK(value(p("P", rstyle("C")), para + style("character", "C", rpr(off))));  // "off" leaves it
    CHECK(value(p("P", rstyle("C") + on), para + chr));                           // direct on wins over the cancelling
    CHECK_FALSE(value(p("P", off), para));                                        // direct off wins over the style
  }
}

TEST_CASE("effective: w:dstrike comes through styles and direct formatting", "[effective]") {
  std::string styles = style("paragraph", "P", rpr("<w:dstrike/>"));
  Read o = read(p("P") + p("P", "<w:dstrike w:val=\"0\"/>") + p("", "<w:dstrike/>"), styles);
  CHECK(o.run(0).double_strike);
  CHECK_FALSE(o.run(1).double_strike);
  CHECK(o.run(2).double_strike);
  CHECK_FALSE(o.run(2).strike);
}

TEST_CASE("effective: w:vanish in a style hides the run's text", "[effective][toggle]") {
  std::string styles =
      style("paragraph", "Hidden", rpr("<w:vanish/>")) + style("character", "HiddenChar", rpr("<w:vanish/>"));
  std::string body = p("Hidden") + p("", rstyle("HiddenChar")) + p("Hidden", "<w:vanish w:val=\"0\"/>") + p("");
  Read o = read(body, styles);
  CHECK(o.run(0).hidden);
  CHECK(o.run(1).hidden);
  CHECK_FALSE(o.run(2).hidden);
  CHECK_FALSE(o.run(3).hidden);
  // Read without Options::include_hidden, the text hidden through a style is dropped.
  DocxParts parts;
  parts.body = body;
  parts.styles = styles;
  auto doc = docxsift::open_buffer(docxsift::testing::make_docx(parts));
  REQUIRE(doc->paragraphs.size() == 4);
  CHECK(doc->text(doc->paragraphs[0].text).empty());
  CHECK(doc->text(doc->paragraphs[1].text).empty());
  CHECK(doc->text(doc->paragraphs[2].text) == "x");
  CHECK(doc->text(doc->paragraphs[3].text) == "x");
}

TEST_CASE("effective: underline is the nearest w:u, \"none\" included, and no toggle", "[effective]") {
  std::string styles = style("paragraph", "P", rpr("<w:u w:val=\"single\"/>")) +
                       style("character", "Double", rpr("<w:u w:val=\"double\"/>")) +
                       style("character", "Single", rpr("<w:u w:val=\"single\"/>"));
  Read o = read(p("P") + p("P", rstyle("Double")) + p("P", rstyle("Single")) + p("P", "<w:u w:val=\"none\"/>"), styles);
  CHECK(o.run(0).underline);
  CHECK(o.str(o.run(0).underline_style) == "single");
  CHECK(o.run(1).underline);
  CHECK(o.str(o.run(1).underline_style) == "double");
  CHECK(o.run(2).underline);  // set at two levels it stays: w:u is not a toggle property
  CHECK_FALSE(o.run(3).underline);
  CHECK(o.str(o.run(3).underline_style) == "none");
}

namespace {

// A font scheme with East Asian typefaces only per script, as CJK templates
// write it; w:themeFontLang picks the script.
const std::string kTheme =
    "<a:fontScheme name=\"Office\"><a:majorFont><a:latin typeface=\"Cambria\"/><a:ea typeface=\"\"/>"
    "<a:font script=\"Hans\" typeface=\"黑体\"/></a:majorFont><a:minorFont><a:latin typeface=\"Calibri\"/>"
    "<a:ea typeface=\"\"/><a:font script=\"Hans\" typeface=\"宋体\"/></a:minorFont></a:fontScheme>";
const std::string kChinese = "<w:themeFontLang w:val=\"en-US\" w:eastAsia=\"zh-CN\"/>";

}  // namespace

TEST_CASE("effective: theme fonts resolve through the document's theme", "[effective][theme]") {
  std::string fonts =
      "<w:rFonts w:asciiTheme=\"minorHAnsi\" w:ascii=\"Arial\" w:hAnsiTheme=\"majorHAnsi\" "
      "w:eastAsiaTheme=\"majorEastAsia\"/>";
  Read o = read(p("", fonts) + p("", "<w:rFonts w:asciiTheme=\"majorAscii\" w:eastAsiaTheme=\"minorEastAsia\"/>"), "",
                kTheme, kChinese);
  EffectiveRunFormat f = o.run(0);
  CHECK(o.str(f.font_ascii) == "Calibri");  // the theme beats the typeface written beside it
  CHECK(o.str(f.font_hansi) == "Cambria");
  CHECK(o.str(f.font_east_asia) == "黑体");
  CHECK(f.font_theme == kNone);
  CHECK(f.font_east_asia_theme == kNone);
  CHECK(o.str(o.run(1).font_ascii) == "Cambria");
  CHECK(o.str(o.run(1).font_east_asia) == "宋体");
}

TEST_CASE("effective: an unresolved theme font keeps the typeface beside it and is reported", "[effective][theme]") {
  std::string fonts =
      "<w:rFonts w:asciiTheme=\"minorHAnsi\" w:ascii=\"Arial\" w:eastAsiaTheme=\"minorEastAsia\" "
      "w:eastAsia=\"宋体\"/>";
  Read none = read(p("", fonts), "");  // no theme part
  EffectiveRunFormat f = none.run();
  CHECK(none.str(f.font_ascii) == "Arial");
  CHECK(none.str(f.font_theme) == "minorHAnsi");
  CHECK(none.str(f.font_east_asia) == "宋体");
  CHECK(none.str(f.font_east_asia_theme) == "minorEastAsia");
  // A theme that has no East Asian typeface for the language, and a complex-script theme font.
  Read partial = read(p("", "<w:rFonts w:asciiTheme=\"majorBidi\" w:eastAsiaTheme=\"minorEastAsia\"/>"), "", kTheme);
  EffectiveRunFormat g = partial.run();
  CHECK(g.font_ascii == kNone);
  CHECK(partial.str(g.font_theme) == "majorBidi");
  CHECK(g.font_east_asia == kNone);
  CHECK(partial.str(g.font_east_asia_theme) == "minorEastAsia");
}

TEST_CASE("effective: a nearer w:rFonts replaces an inherited theme font in its slot", "[effective][theme]") {
  std::string styles = doc_defaults("<w:rFonts w:asciiTheme=\"minorHAnsi\" w:hAnsiTheme=\"minorHAnsi\"/>");
  Read o = read(p("", "<w:rFonts w:ascii=\"Arial\"/>"), styles, kTheme);
  CHECK(o.str(o.run().font_ascii) == "Arial");    // a typeface picked for the run is what Word shows
  CHECK(o.str(o.run().font_hansi) == "Calibri");  // the slot it did not set keeps the theme
  CHECK(o.run().font_theme == kNone);
}

TEST_CASE("effective: the East Asian typeface is a slot of its own", "[effective]") {
  std::string styles =
      style("paragraph", "P", rpr("<w:rFonts w:ascii=\"Times New Roman\" w:eastAsia=\"仿宋_GB2312\"/>" + sz(32)));
  Read o = read(p("P", "<w:rFonts w:ascii=\"Arial\"/>") + p("P", "<w:rFonts w:eastAsia=\"黑体\"/>"), styles);
  CHECK(o.str(o.run(0).font_ascii) == "Arial");
  CHECK(o.str(o.run(0).font_east_asia) == "仿宋_GB2312");
  CHECK(o.str(o.run(1).font_ascii) == "Times New Roman");
  CHECK(o.str(o.run(1).font_east_asia) == "黑体");
}

TEST_CASE("effective: size is the nearest w:sz: defaults, paragraph, character, direct", "[effective]") {
  std::string styles =
      doc_defaults(sz(22)) + style("paragraph", "P", rpr(sz(24))) + style("character", "C", rpr(sz(28)));
  Read o = read(p("") + p("P") + p("P", rstyle("C")) + p("P", rstyle("C") + sz(32)), styles);
  CHECK(o.run(0).size_half_points == 22);
  CHECK(o.run(1).size_half_points == 24);
  CHECK(o.run(2).size_half_points == 28);
  CHECK(o.run(3).size_half_points == 32);
}

TEST_CASE("effective: color is the nearest w:color, as written", "[effective]") {
  std::string styles = style("paragraph", "P", rpr(color("0000FF"))) + style("character", "C", rpr(color("auto")));
  Read o = read(p("P") + p("P", rstyle("C")) + p("P", rstyle("C") + color("FF0000")), styles);
  CHECK(o.str(o.run(0).color) == "0000FF");
  CHECK(o.str(o.run(1).color) == "auto");
  CHECK(o.str(o.run(2).color) == "FF0000");
}

TEST_CASE("effective: highlight is the nearest w:highlight, \"none\" meaning no highlight", "[effective]") {
  std::string styles = style("paragraph", "P", rpr("<w:highlight w:val=\"yellow\"/>"));
  Read o = read(p("P") + p("P", "<w:highlight w:val=\"none\"/>") + p("", "<w:highlight w:val=\"none\"/>"), styles);
  CHECK(o.str(o.run(0).highlight) == "yellow");
  CHECK(o.run(1).highlight == kNone);
  CHECK(o.run(2).highlight == kNone);
}

TEST_CASE("effective: vertical alignment is the nearest w:vertAlign", "[effective]") {
  std::string styles = style("character", "Sup", rpr("<w:vertAlign w:val=\"superscript\"/>"));
  Read o = read(p("", rstyle("Sup")) + p("", rstyle("Sup") + "<w:vertAlign w:val=\"subscript\"/>") +
                    p("", rstyle("Sup") + "<w:vertAlign w:val=\"baseline\"/>"),
                styles);
  CHECK(o.run(0).vertical_align == VerticalAlign::Superscript);
  CHECK(o.run(1).vertical_align == VerticalAlign::Subscript);
  CHECK(o.run(2).vertical_align == VerticalAlign::Baseline);
}

TEST_CASE("effective: no w:pStyle, or one naming no paragraph style, means the default paragraph style",
          "[effective]") {
  std::string styles = style("paragraph", "Normal", rpr(sz(28)), kDefault) + style("paragraph", "H", rpr(sz(32))) +
                       style("character", "C", rpr(sz(40)));
  Read o = read(p("") + p("Missing") + p("C") + p("H"), styles);
  const Index normal = 0, heading = 1;
  for (Index i = 0; i < 3; ++i) {
    CHECK(model::paragraph_style(*o.doc, i) == normal);
    CHECK(o.run(i).size_half_points == 28);
  }
  CHECK(model::paragraph_style(*o.doc, 3) == heading);
  CHECK(o.run(3).size_half_points == 32);
  CHECK(model::paragraph_style_with_id(*o.doc, kNone) == normal);
  // Without a default paragraph style there is none to fall back on.
  Read bare = read(p("Missing"), style("paragraph", "H", rpr(sz(32))));
  CHECK(model::paragraph_style(*bare.doc, 0) == kNone);
  CHECK(bare.run().size_half_points == 20);
}

TEST_CASE("effective: style cycles and dangling references end, giving what they hold", "[effective]") {
  std::string styles = style("paragraph", "A", based_on("B") + rpr(sz(30))) +
                       style("paragraph", "B", based_on("A") + rpr(sz(40) + color("00FF00") + "<w:i/>")) +
                       style("paragraph", "Self", based_on("Self") + rpr(sz(26))) +
                       style("paragraph", "Orphan", based_on("Missing") + rpr(sz(34))) +
                       style("character", "C", based_on("D") + rpr(color("FF0000"))) +
                       style("character", "D", based_on("C") + rpr("<w:b/>")) +
                       style("table", "T", based_on("T") + rpr(sz(18)));
  Read o = read(p("A") + p("B") + p("Self") + p("Orphan") + p("", rstyle("C")) + table("T", p("")), styles);
  CHECK(o.run(0).size_half_points == 30);
  CHECK(o.str(o.run(0).color) == "00FF00");
  CHECK(o.run(0).italic);  // met once in the cycle: inherited, not flipped
  CHECK(o.run(1).size_half_points == 40);
  CHECK(o.run(2).size_half_points == 26);
  CHECK(o.run(3).size_half_points == 34);
  CHECK(o.str(o.run(4).color) == "FF0000");
  CHECK(o.run(4).bold);
  CHECK(o.run(5).size_half_points == 18);
}

TEST_CASE("effective: default_style is the last w:default=\"1\" style of a type", "[effective]") {
  std::string styles = style("paragraph", "P1", rpr(sz(22)), kDefault) + style("character", "C1", "", kDefault) +
                       style("paragraph", "P2", rpr(sz(24)), kDefault) +
                       style("paragraph", "P3", rpr(sz(26)), " w:default=\"0\"") + style("table", "T", "", kDefault);
  Read o = read(p(""), styles);
  CHECK(model::default_style(*o.doc, StyleType::Paragraph) == 2);
  CHECK(model::default_style(*o.doc, StyleType::Character) == 1);
  CHECK(model::default_style(*o.doc, StyleType::Table) == 4);
  CHECK(model::default_style(*o.doc, StyleType::Numbering) == kNone);
  CHECK(o.run().size_half_points == 24);
}

TEST_CASE("effective: resolve_run_format resolves from ids as effective_run_format does", "[effective][table]") {
  std::string styles = style("paragraph", "H", rpr(sz(32))) +
                       style("table", "TableNormal", rpr(color("FF0000")), kDefault) +
                       style("character", "C", rpr("<w:i/>"));
  Read o = read(table("", p("H", rstyle("C"))), styles);
  const model::Document& doc = *o.doc;
  const Index pstyle = doc.paragraphs[0].style, props = doc.runs[0].props;
  EffectiveRunFormat in_table = model::resolve_run_format(doc, pstyle, true, kNone, props);
  CHECK(in_table.size_half_points == 32);
  CHECK(in_table.italic);
  CHECK(o.str(in_table.color) == "FF0000");  // in a table without w:tblStyle: the default table style
  CHECK(o.run().color == in_table.color);
  CHECK(model::resolve_run_format(doc, pstyle, false, kNone, props).color == kNone);
}

TEST_CASE("effective: find_style_by_name looks styles up by the names users see", "[effective]") {
  std::string styles = style("paragraph", "Heading1", "<w:name w:val=\"heading 1\"/>") +
                       style("paragraph", "Custom", "<w:name w:val=\"My Style\"/>") +
                       style("character", "Custom2", "<w:name w:val=\"My Style\"/>");
  Read o = read(p(""), styles);
  CHECK(model::find_style_by_name(*o.doc, "Heading 1") == 0);
  CHECK(model::find_style_by_name(*o.doc, "My Style") == 1);  // the first of equal names
  CHECK(model::find_style_by_name(*o.doc, "Heading 2") == kNone);
}
