// Counter formats value by value, and list labels end to end. Each row's
// comment says which Word behaviour it encodes (see docs/numbering.md).
#include <array>
#include <cstdint>
#include <string>
#include <vector>

#include "catch_compat.hpp"
#include "docx_builder.hpp"
#include "docxsift/numbering.hpp"
#include "docxsift/reader.hpp"
#include "docxsift/render.hpp"

using docxsift::word::format_number;

namespace {

constexpr std::array<int, 12> kValues{1, 2, 9, 10, 11, 19, 20, 21, 99, 100, 101, 1000};

struct FormatRow {
  const char* format;
  std::array<const char*, 12> expected;  // at kValues
  const char* why;
};

const std::vector<FormatRow> kRows{
    {"decimal", {"1", "2", "9", "10", "11", "19", "20", "21", "99", "100", "101", "1000"}, "plain"},
    {"decimalZero",
     {"01", "02", "09", "10", "11", "19", "20", "21", "99", "100", "101", "1000"},
     "Word pads to two digits only"},
    {"decimalHalfWidth",
     {"1", "2", "9", "10", "11", "19", "20", "21", "99", "100", "101", "1000"},
     "half-width is plain ASCII"},
    {"upperLetter",
     {"A", "B", "I", "J", "K", "S", "T", "U", "UUUU", "VVVV", "WWWW", "LLLLLLLLL"},
     "Word repeats the letter: Z, AA, BB ... (not spreadsheet AA, AB); wraps after 780"},
    {"lowerLetter", {"a", "b", "i", "j", "k", "s", "t", "u", "uuuu", "vvvv", "wwww", "lllllllll"}, "as upperLetter"},
    {"upperRoman", {"I", "II", "IX", "X", "XI", "XIX", "XX", "XXI", "XCIX", "C", "CI", "M"}, "roman"},
    {"lowerRoman", {"i", "ii", "ix", "x", "xi", "xix", "xx", "xxi", "xcix", "c", "ci", "m"}, "roman"},
    {"ordinal",
     {"1st", "2nd", "9th", "10th", "11th", "19th", "20th", "21st", "99th", "100th", "101st", "1000th"},
     "11th-13th are irregular"},
    {"cardinalText",
     {"One", "Two", "Nine", "Ten", "Eleven", "Nineteen", "Twenty", "Twenty-one", "Ninety-nine", "One hundred",
      "One hundred one", "One thousand"},
     "Word: capital first letter, hyphenated tens, no 'and'"},
    {"ordinalText",
     {"First", "Second", "Ninth", "Tenth", "Eleventh", "Nineteenth", "Twentieth", "Twenty-first", "Ninety-ninth",
      "One hundredth", "One hundred first", "One thousandth"},
     "as cardinalText, last word ordinal"},
    {"chineseCounting",
     {"一", "二", "九", "十", "十一", "十九", "二十", "二十一", "九十九", "一○○", "一○一", "一○○○"},
     "Word counts with 十 up to 99, then writes digits with ○ (U+25CB) as zero: Word's own sample for the "
     "format is '一, 十, 一○○(简)' ([MS-DOCX] 2.4), as PowerTools recorded; not 一百零一"},
    {"taiwaneseCounting",
     {"一", "二", "九", "十", "十一", "十九", "二十", "二十一", "九十九", "一〇〇", "一〇一", "一〇〇〇"},
     "as chineseCounting, zero kept as 〇 (U+3007): no Word sample says otherwise"},
    {"chineseCountingThousand",
     {"一", "二", "九", "十", "十一", "十九", "二十", "二十一", "九十九", "一百", "一百〇一", "一千"},
     "Word: full counting with 百/千, a gap written 〇"},
    {"taiwaneseCountingThousand",
     {"一", "二", "九", "十", "十一", "十九", "二十", "二十一", "九十九", "一百", "一百〇一", "一千"},
     "same characters as chineseCountingThousand"},
    {"chineseLegalSimplified",
     {"壹", "贰", "玖", "壹拾", "壹拾壹", "壹拾玖", "贰拾", "贰拾壹", "玖拾玖", "壹佰", "壹佰零壹", "壹仟"},
     "financial numerals keep 壹 before 拾, gap written 零"},
    {"japaneseCounting",
     {"一", "二", "九", "十", "十一", "十九", "二十", "二十一", "九十九", "百", "百一", "千"},
     "Japanese: no 一 before 十/百/千, no zero"},
    {"koreanCounting",
     {"일", "이", "구", "십", "십일", "십구", "이십", "이십일", "구십구", "백", "백일", "천"},
     "Sino-Korean in Hangul, no 일 before units"},
    {"ideographDigital",
     {"一", "二", "九", "一〇", "一一", "一九", "二〇", "二一", "九九", "一〇〇", "一〇一", "一〇〇〇"},
     "digit by digit with 〇"},
    {"ideographTraditional",
     {"甲", "乙", "壬", "癸", "11", "19", "20", "21", "99", "100", "101", "1000"},
     "ten heavenly stems, then decimal"},
    {"ideographZodiac",
     {"子", "丑", "申", "酉", "戌", "19", "20", "21", "99", "100", "101", "1000"},
     "twelve earthly branches, then decimal"},
    {"decimalEnclosedCircle",
     {"①", "②", "⑨", "⑩", "⑪", "⑲", "⑳", "21", "99", "100", "101", "1000"},
     "ECMA-376 17.18.59 and Word: circles 1-20, then decimals"},
    {"decimalEnclosedCircleChinese",
     {"①", "②", "⑨", "⑩", "⑪", "⑲", "⑳", "21", "99", "100", "101", "1000"},
     "as decimalEnclosedCircle"},
    {"decimalEnclosedParen",
     {"⑴", "⑵", "⑼", "⑽", "⑾", "⒆", "⒇", "21", "99", "100", "101", "1000"},
     "U+2474.. for 1-20, then decimal"},
    {"decimalEnclosedFullstop",
     {"⒈", "⒉", "⒐", "⒑", "⒒", "⒚", "⒛", "21", "99", "100", "101", "1000"},
     "U+2488.. for 1-20, then decimal"},
    {"decimalFullWidth",
     {"１", "２", "９", "１０", "１１", "１９", "２０", "２１", "９９", "１００", "１０１", "１０００"},
     "each digit full-width"},
    {"ideographLegalTraditional",
     {"壹", "貳", "玖", "壹拾", "壹拾壹", "壹拾玖", "貳拾", "貳拾壹", "玖拾玖", "壹佰", "壹佰零壹", "壹仟"},
     "traditional financial numerals, as chineseLegalSimplified"},
    {"ideographEnclosedCircle",
     {"㊀", "㊁", "㊈", "㊉", "11", "19", "20", "21", "99", "100", "101", "1000"},
     "U+3280.. for 1-10, then decimal"},
    {"ideographZodiacTraditional",
     {"甲子", "乙丑", "壬申", "癸酉", "甲戌", "壬午", "癸未", "甲申", "99", "100", "101", "1000"},
     "the sexagenary cycle 1-60, then decimal"},
    {"taiwaneseDigital",
     {"一", "二", "九", "一〇", "一一", "一九", "二〇", "二一", "九九", "一〇〇", "一〇一", "一〇〇〇"},
     "digit by digit"},
    {"koreanDigital",
     {"일", "이", "구", "일영", "일일", "일구", "이영", "이일", "구구", "일영영", "일영일", "일영영영"},
     "digit by digit in Hangul"},
    {"ganada",
     {"가", "나", "자", "차", "카", "19", "20", "21", "99", "100", "101", "1000"},
     "14 syllables, then decimal"},
    {"bullet", {"", "", "", "", "", "", "", "", "", "", "", ""}, "the glyph is the level text"},
    {"none", {"", "", "", "", "", "", "", "", "", "", "", ""}, "nothing drawn"},
    {"hebrew2",
     {"1", "2", "9", "10", "11", "19", "20", "21", "99", "100", "101", "1000"},
     "documented fallback: decimal"},
};

std::string numbering_docx(const std::string& body, const std::string& numbering) {
  docxsift::testing::DocxParts parts;
  parts.body = body;
  parts.document_rels =
      "<Relationship Id=\"rIdNum\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/"
      "relationships/numbering\" Target=\"numbering.xml\"/>";
  parts.extra["word/numbering.xml"] =
      "<?xml version=\"1.0\" encoding=\"UTF-8\"?><w:numbering xmlns:w=\"http://schemas.openxmlformats.org/"
      "wordprocessingml/2006/main\">" +
      numbering + "</w:numbering>";
  return docxsift::testing::make_docx(parts);
}

std::string numbered(const std::string& text, int num_id, int level) {
  return "<w:p><w:pPr><w:numPr><w:ilvl w:val=\"" + std::to_string(level) + "\"/><w:numId w:val=\"" +
         std::to_string(num_id) + "\"/></w:numPr></w:pPr><w:r><w:t>" + text + "</w:t></w:r></w:p>";
}

}  // namespace

TEST_CASE("numbering: every format at the table values", "[numbering]") {
  for (const FormatRow& row : kRows) {
    for (std::size_t i = 0; i < kValues.size(); ++i) {
      INFO(row.format << " at " << kValues[i] << " (" << row.why << ")");
      CHECK(format_number(row.format, kValues[i]) == row.expected[i]);
    }
  }
}

TEST_CASE("numbering: larger values", "[numbering]") {
  CHECK(format_number("chineseCountingThousand", 110) == "一百一十");  // 一 kept inside a number
  CHECK(format_number("chineseCountingThousand", 1010) == "一千〇一十");
  CHECK(format_number("chineseCountingThousand", 12345) == "一万二千三百四十五");
  CHECK(format_number("japaneseCounting", 110) == "百十");
  CHECK(format_number("upperRoman", 3999) == "MMMCMXCIX");
  CHECK(format_number("ordinal", 112) == "112th");
  CHECK(format_number("upperLetter", 27) == "AA");
  CHECK(format_number("upperLetter", 781) == "A");  // Word's wrap after 780
  CHECK(format_number("decimal", 0) == "0");
  CHECK(format_number("upperRoman", 0) == "0");  // undefined for roman: decimal
  // Any int64 is safe in any format (the counters never get there, callers might).
  for (const FormatRow& row : kRows) {
    for (std::int64_t v : {INT64_MIN, std::int64_t{-1}, std::int64_t{0}, INT64_MAX}) {
      INFO(row.format << " at " << v);
      CHECK_NOTHROW(format_number(row.format, v));
    }
  }
}

TEST_CASE("numbering: Word 2010 custom formats", "[numbering]") {
  using docxsift::word::NumberFormat;
  using docxsift::word::parse_custom_number_format;
  // Word's "Define New Number Format" samples: the first letter names the sequence.
  CHECK(parse_custom_number_format("α, β, γ, ...") == NumberFormat::LowerGreek);
  CHECK(parse_custom_number_format("Α, Β, Γ, ...") == NumberFormat::UpperGreek);
  CHECK(parse_custom_number_format("001, 002, 003, ...") == NumberFormat::Other);  // the reader pads decimals
  CHECK(parse_custom_number_format("") == NumberFormat::Other);
  // 24 letters, no final sigma (σ at 18); past ω the documented decimal fallback.
  CHECK(format_number(NumberFormat::LowerGreek, 1) == "α");
  CHECK(format_number(NumberFormat::LowerGreek, 18) == "σ");
  CHECK(format_number(NumberFormat::LowerGreek, 24) == "ω");
  CHECK(format_number(NumberFormat::LowerGreek, 25) == "25");
  CHECK(format_number(NumberFormat::UpperGreek, 3) == "Γ");
  CHECK(format_number(NumberFormat::UpperGreek, 0) == "0");
}

TEST_CASE("numbering: labels from numbering.xml", "[numbering]") {
  std::string numbering =
      "<w:abstractNum w:abstractNumId=\"0\">"
      "<w:lvl w:ilvl=\"0\"><w:start w:val=\"1\"/><w:numFmt w:val=\"chineseCounting\"/>"
      "<w:lvlText w:val=\"%1、\"/><w:suff w:val=\"nothing\"/></w:lvl>"
      "<w:lvl w:ilvl=\"1\"><w:start w:val=\"1\"/><w:numFmt w:val=\"decimal\"/><w:lvlText w:val=\"%1.%2.\"/>"
      "<w:isLgl/></w:lvl></w:abstractNum>"
      "<w:num w:numId=\"1\"><w:abstractNumId w:val=\"0\"/></w:num>";
  auto doc = docxsift::open_buffer(numbering_docx(
      numbered("a", 1, 0) + numbered("b", 1, 1) + numbered("c", 1, 1) + numbered("d", 1, 0) + numbered("e", 1, 1),
      numbering));
  CHECK(docxsift::render::body_text_with_labels(*doc) == "一、a\n1.1.\tb\n1.2.\tc\n二、d\n2.1.\te");
  REQUIRE(doc->list_label(1) != nullptr);
  CHECK(doc->list_label(1)->level == 1);
}

TEST_CASE("numbering: style chain, numId 0, startOverride and bullets", "[numbering]") {
  std::string numbering =
      "<w:abstractNum w:abstractNumId=\"0\"><w:lvl w:ilvl=\"0\"><w:start w:val=\"1\"/>"
      "<w:numFmt w:val=\"decimalEnclosedCircle\"/><w:lvlText w:val=\"%1\"/></w:lvl></w:abstractNum>"
      "<w:abstractNum w:abstractNumId=\"1\"><w:lvl w:ilvl=\"0\"><w:numFmt w:val=\"bullet\"/>"
      "<w:lvlText w:val=\"\xEF\x82\xB7\"/><w:rPr><w:rFonts w:ascii=\"Symbol\" w:hAnsi=\"Symbol\"/>"
      "<w:rFonts w:cs=\"OpenSymbol\"/></w:rPr></w:lvl></w:abstractNum>"
      "<w:num w:numId=\"1\"><w:abstractNumId w:val=\"0\"/></w:num>"
      "<w:num w:numId=\"2\"><w:abstractNumId w:val=\"0\"/><w:lvlOverride w:ilvl=\"0\">"
      "<w:startOverride w:val=\"1\"/></w:lvlOverride></w:num>"
      "<w:num w:numId=\"3\"><w:abstractNumId w:val=\"1\"/></w:num>";
  docxsift::testing::DocxParts parts;
  parts.styles =
      "<w:style w:type=\"paragraph\" w:styleId=\"Base\"><w:name w:val=\"Base\"/><w:pPr><w:numPr>"
      "<w:numId w:val=\"1\"/></w:numPr></w:pPr></w:style>"
      "<w:style w:type=\"paragraph\" w:styleId=\"Child\"><w:name w:val=\"Child\"/>"
      "<w:basedOn w:val=\"Base\"/></w:style>";
  auto styled = [](const std::string& text, const std::string& style, const std::string& numpr = "") {
    return "<w:p><w:pPr><w:pStyle w:val=\"" + style + "\"/>" + numpr + "</w:pPr><w:r><w:t>" + text +
           "</w:t></w:r></w:p>";
  };
  parts.body = styled("a", "Child") + styled("b", "Child", "<w:numPr><w:numId w:val=\"0\"/></w:numPr>") +
               styled("c", "Base") + numbered("d", 2, 0) + numbered("e", 1, 0) + numbered("f", 3, 0);
  parts.document_rels =
      "<Relationship Id=\"rIdNum\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/"
      "relationships/numbering\" Target=\"numbering.xml\"/>";
  parts.extra["word/numbering.xml"] =
      "<?xml version=\"1.0\" encoding=\"UTF-8\"?><w:numbering xmlns:w=\"http://schemas.openxmlformats.org/"
      "wordprocessingml/2006/main\">" +
      numbering + "</w:numbering>";
  auto doc = docxsift::open_buffer(docxsift::testing::make_docx(parts));
  // numId 0 switches the style's list off; num 2 restarts (startOverride) and
  // num 1 then continues the shared counter; U+F0B7 in Symbol is a bullet.
  CHECK(docxsift::render::body_text_with_labels(*doc) == "①\ta\nb\n②\tc\n①\td\n②\te\n•\tf");
  CHECK(doc->list_label(1) == nullptr);
}

TEST_CASE("numbering: hostile definitions are safe", "[numbering]") {
  // Out-of-range levels and ids, a trailing '%', cyclic style links and a
  // broken UTF-8 bullet in a symbol font: labels degrade, nothing crashes.
  std::string numbering =
      "<w:abstractNum w:abstractNumId=\"0\"><w:numStyleLink w:val=\"L\"/>"
      "<w:lvl w:ilvl=\"99\"><w:numFmt w:val=\"decimal\"/></w:lvl>"
      "<w:lvl w:ilvl=\"-1\"/><w:lvl w:ilvl=\"0\"><w:start w:val=\"-5\"/><w:numFmt w:val=\"upperRoman\"/>"
      "<w:lvlText w:val=\"%1%9%\"/><w:lvlRestart w:val=\"400\"/></w:lvl></w:abstractNum>"
      "<w:abstractNum w:abstractNumId=\"1\"><w:lvl w:ilvl=\"0\"><w:numFmt w:val=\"bullet\"/>"
      "<w:lvlText w:val=\"\xEF\x82\"/><w:rPr><w:rFonts w:ascii=\"Wingdings\"/></w:rPr></w:lvl>"
      "<w:lvl w:ilvl=\"1\"><w:start w:val=\"9223372036854775807\"/><w:lvlText w:val=\"%1.%2\"/></w:lvl>"
      "</w:abstractNum>"
      "<w:num w:numId=\"1\"><w:abstractNumId w:val=\"0\"/></w:num>"
      "<w:num w:numId=\"2\"><w:abstractNumId w:val=\"1\"/><w:lvlOverride w:ilvl=\"12\">"
      "<w:startOverride w:val=\"x\"/></w:lvlOverride></w:num>"
      "<w:num w:numId=\"99999999999999999999\"><w:abstractNumId w:val=\"1\"/></w:num>";
  docxsift::testing::DocxParts parts;
  parts.styles =
      "<w:style w:type=\"numbering\" w:styleId=\"L\"><w:name w:val=\"L\"/><w:basedOn w:val=\"L\"/>"
      "<w:pPr><w:numPr><w:numId w:val=\"1\"/></w:numPr></w:pPr></w:style>";
  parts.body =
      numbered("a", 1, 0) + numbered("b", 2, 0) + numbered("c", 2, 1) + numbered("d", 2, 1) + numbered("e", 7, 8);
  parts.document_rels =
      "<Relationship Id=\"rIdNum\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/"
      "relationships/numbering\" Target=\"numbering.xml\"/>";
  parts.extra["word/numbering.xml"] =
      "<?xml version=\"1.0\" encoding=\"UTF-8\"?><w:numbering xmlns:w=\"http://schemas.openxmlformats.org/"
      "wordprocessingml/2006/main\">" +
      numbering + "</w:numbering>";
  auto doc = docxsift::open_buffer(docxsift::testing::make_docx(parts));
  CHECK(doc->list_label(0) == nullptr);  // numStyleLink cycle
  REQUIRE(doc->list_label(1) != nullptr);
  REQUIRE(doc->list_label(3) != nullptr);
  CHECK(doc->list_label(4) == nullptr);
  (void)docxsift::render::body_text_with_labels(*doc);
}
