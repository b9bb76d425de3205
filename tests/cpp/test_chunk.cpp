// The chunker core (docs/chunks.md): token counting, splitting over-budget
// text, packing, heading boundaries, table headers and page numbers.
#include <string>
#include <vector>

#include "catch_compat.hpp"
#include "docx_builder.hpp"
#include "docxsift/chunks.hpp"
#include "docxsift/reader.hpp"

using docxsift::chunk::Chunk;
using docxsift::chunk::ChunkOptions;
using docxsift::chunk::count_tokens;
using docxsift::testing::make_docx;
using docxsift::testing::para;

namespace {

std::vector<Chunk> chunks_of(const std::string& body, ChunkOptions options) {
  return docxsift::chunk::chunks(*docxsift::open_buffer(make_docx(body)), options);
}

ChunkOptions budget(std::size_t max_tokens, std::size_t overlap = 0) {
  ChunkOptions o;
  o.max_tokens = max_tokens;
  o.overlap = overlap;
  return o;
}

std::string own(const std::vector<Chunk>& chunks) {
  std::string out;
  for (const Chunk& c : chunks) out += c.text.substr(c.repeated_bytes);
  return out;
}

std::string without_space(std::string s) {
  std::string out;
  for (char c : s) {
    if (c != ' ' && c != '\n' && c != '\t') out.push_back(c);
  }
  return out;
}

}  // namespace

TEST_CASE("chunk: the built-in token count", "[chunk]") {
  CHECK(count_tokens("") == 0);
  CHECK(count_tokens("安全生产") == 4);
  CHECK(count_tokens("「安全」。") == 5);
  CHECK(count_tokens("international") == 4);
  CHECK(count_tokens("a b") == 2);
  CHECK(count_tokens("第2026号") == 3);
  CHECK(count_tokens(" \t\n\u3000") == 0);
  // Additive over any cut at least as large as the whole.
  CHECK(count_tokens("abcdefgh") <= count_tokens("abcde") + count_tokens("fgh"));
}

TEST_CASE("chunk: options are checked", "[chunk]") {
  CHECK_THROWS_AS(budget(0).validate(), std::invalid_argument);
  CHECK_THROWS_AS(budget(10, 10).validate(), std::invalid_argument);
  CHECK_NOTHROW(budget(10, 9).validate());
  CHECK_THROWS_AS(docxsift::chunk::parse_by("page"), std::invalid_argument);
}

TEST_CASE("chunk: a new chunk at each heading, packed up to the budget", "[chunk]") {
  auto chunks = chunks_of(
      para("一、总体要求") + para("甲乙。") + para("丙丁。") + para("二、重点任务") + para("戊己。"), budget(100));
  REQUIRE(chunks.size() == 2);
  CHECK(chunks[0].text == "一、总体要求\n甲乙。\n丙丁。");
  CHECK(chunks[0].heading_path == std::vector<std::string>{"一、总体要求"});
  CHECK(chunks[0].block_start == 0);
  CHECK(chunks[0].block_end == 3);
  CHECK(chunks[1].heading_path == std::vector<std::string>{"二、重点任务"});
  CHECK(chunks[1].contextualized() == "二、重点任务\n二、重点任务\n戊己。");
  CHECK(chunks[1].index == 1);
  CHECK(chunks[1].id.size() == 16);
}

TEST_CASE("chunk: long text is cut at sentence ends, then words, never past the budget", "[chunk]") {
  std::string text = "第一句。第二句话！第三句？" + std::string("无标点的长文字") + "无标点的长文字";
  auto chunks = chunks_of(para(text), budget(7));
  for (const Chunk& c : chunks) CHECK(c.tokens <= 7);
  CHECK(chunks[0].text == "第一句。");
  CHECK(own(chunks) == text);
}

TEST_CASE("chunk: overlap repeats whole units and is marked as repeated", "[chunk]") {
  auto chunks = chunks_of(para("甲甲。乙乙。丙丙。丁丁。"), budget(9, 3));
  REQUIRE(chunks.size() == 2);
  CHECK(chunks[0].text == "甲甲。乙乙。丙丙。");
  CHECK(chunks[1].text == "丙丙。丁丁。");
  CHECK(chunks[1].repeated_bytes == std::string("丙丙。").size());
  CHECK(own(chunks) == "甲甲。乙乙。丙丙。丁丁。");
}

TEST_CASE("chunk: a custom counter is asked about every chunk it keeps", "[chunk]") {
  ChunkOptions o = budget(3);
  std::size_t calls = 0;
  o.counter = [&calls](std::string_view text) {
    ++calls;
    std::size_t words = 0;
    bool in_word = false;
    for (char c : text) {
      bool space = c == ' ' || c == '\n';
      if (!space && !in_word) ++words;
      in_word = !space;
    }
    return words;
  };
  auto chunks = chunks_of(para("a b") + para("c d") + para("e"), o);
  CHECK(calls > 0);
  REQUIRE(chunks.size() == 2);
  CHECK(chunks[0].text == "a b");
  CHECK(chunks[1].text == "c d\ne");
}

TEST_CASE("chunk: split tables repeat their header rows", "[chunk]") {
  auto row = [](const std::string& a, const std::string& b, bool header = false) {
    return std::string("<w:tr>") + (header ? "<w:trPr><w:tblHeader/></w:trPr>" : "") + "<w:tc>" + para(a) +
           "</w:tc><w:tc>" + para(b) + "</w:tc></w:tr>";
  };
  std::string body = "<w:tbl><w:tblGrid><w:gridCol/><w:gridCol/></w:tblGrid>" + row("H1", "H2", true) +
                     row("甲甲甲", "乙乙乙") + row("丙丙丙", "丁丁丁") + row("戊戊戊", "己己己") + "</w:tbl>";
  auto chunks = chunks_of(body, budget(10));
  REQUIRE(chunks.size() == 3);
  for (const Chunk& c : chunks) {
    CHECK(c.table == 0);
    CHECK(c.text.rfind("H1\tH2\n", 0) == 0);
    CHECK(c.tokens <= 10);
  }
  CHECK(chunks[0].repeated_bytes == 0);
  CHECK(chunks[1].repeated_bytes == std::string("H1\tH2").size());
  CHECK(chunks[0].row_start == 0);
  CHECK(chunks[2].row_end == 4);
  CHECK(without_space(own(chunks)) == "H1H2甲甲甲乙乙乙丙丙丙丁丁丁戊戊戊己己己");
}

TEST_CASE("chunk: pages come from rendered page breaks", "[chunk][pages]") {
  std::string lrpb = "<w:r><w:lastRenderedPageBreak/></w:r>";
  auto doc = docxsift::open_buffer(make_docx(para("甲。") + "<w:p>" + lrpb + "<w:r><w:t>乙。</w:t></w:r></w:p>"));
  REQUIRE(doc->pages(0) != nullptr);
  CHECK(doc->pages(0)->first == 1);
  CHECK(doc->pages(1)->first == 2);
  CHECK(doc->pages(1)->rendered_breaks == 1);
  auto chunks = docxsift::chunk::chunks(*doc, budget(100));
  REQUIRE(chunks.size() == 1);
  CHECK(chunks[0].page_start == 1);
  CHECK(chunks[0].page_end == 2);
  auto plain = docxsift::open_buffer(make_docx(para("甲。")));
  CHECK(plain->paragraph_pages.empty());
  CHECK(plain->pages(0) == nullptr);
}
