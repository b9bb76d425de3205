#include "catch_compat.hpp"
#include "doc_builder.hpp"
#include "docxsift/errors.hpp"
#include "docxsift/queries.hpp"
#include "docxsift/reader.hpp"
#include "docxsift/render.hpp"

using docxsift::testing::DocSpec;
using docxsift::testing::make_doc;
using docxsift::testing::sprm;

namespace {

std::string body_text(const DocSpec& spec, docxsift::Options options = {}) {
  auto doc = docxsift::open_buffer(make_doc(spec), options);
  return docxsift::render::body_text(*doc);
}

const std::string kInTable = sprm(0x2416, std::string(1, '\x01'));
const std::string kTtp = sprm(0x2417, std::string(1, '\x01'));

}  // namespace

TEST_CASE("doc: UTF-16 text, paragraph marks and special characters", "[doc]") {
  DocSpec spec;
  spec.text =
      u"Hello\tworld\rline\x0b"
      u"break\x1e"
      u"x\x1f"
      u"y\x01\x08\r";
  CHECK(body_text(spec) == "Hello\tworld\nline\nbreak-xy");
}

TEST_CASE("doc: compressed text in the code page of the language", "[doc]") {
  DocSpec western;
  western.compressed = "caf\xE9 \x80\r";
  CHECK(body_text(western) == "caf\xC3\xA9 \xE2\x82\xAC");
  DocSpec gbk;
  gbk.compressed = "\xB9\xD8\xD3\xDA\r";  // 关于
  gbk.lid = 0x0804;
  CHECK(body_text(gbk) == "\xE5\x85\xB3\xE4\xBA\x8E");
  DocSpec big5;
  big5.compressed = "\xA4\xA4\xA4\xE5\r";  // 中文
  big5.lid = 0x0404;
  CHECK(body_text(big5) == "\xE4\xB8\xAD\xE6\x96\x87");
}

TEST_CASE("doc: fields show their result, never their code", "[doc][fields]") {
  DocSpec spec;
  spec.text =
      u"a\x13 PAGE \x14"
      u"7\x15"
      u"b\x13 IF \x13 PAGE \x14"
      u"1\x15 \x14yes\x15"
      u"c\x13 TC x \x15"
      u"d\r";
  CHECK(body_text(spec) == "a7byescd");
}

TEST_CASE("doc: cell and row marks become a table", "[doc][tables]") {
  DocSpec spec;
  spec.text =
      u"a\x07"
      u"b\x07\x07"
      u"c\x07"
      u"d\x07\x07"
      u"after\r";
  spec.papx = {{1, kInTable}, {3, kInTable}, {4, kInTable + kTtp}, {6, kInTable}, {8, kInTable}, {9, kInTable + kTtp}};
  auto doc = docxsift::open_buffer(make_doc(spec));
  REQUIRE(doc->tables.size() == 1);
  CHECK(doc->tables[0].rows.count == 2);
  CHECK(doc->cells.size() == 4);
  CHECK(docxsift::render::body_text(*doc) == "a\tb\nc\td\nafter");
}

TEST_CASE("doc: footnote text is its own story", "[doc][notes]") {
  DocSpec spec;
  spec.text = u"claim\x02\rsource\r\r";
  spec.ccp_footnote = 7;  // "source\r"
  spec.footnote_refs = {5};
  auto doc = docxsift::open_buffer(make_doc(spec));
  CHECK(docxsift::render::body_text(*doc) == "claim");
  REQUIRE(doc->notes.size() == 1);
  REQUIRE(doc->note_refs.size() == 1);
  CHECK(doc->string(doc->note_refs[0].id) == doc->string(doc->notes[0].id));
}

TEST_CASE("doc: a Prm0 on the piece applies its one sprm", "[doc]") {
  DocSpec bold;
  bold.text = u"strong\r";
  bold.prm = (0x55 << 1) | (1 << 8);  // isprm 0x55: sprmCFBold, on
  auto doc = docxsift::open_buffer(make_doc(bold));
  REQUIRE(doc->runs.size() == 1);
  CHECK(doc->run_props[doc->runs[0].props].bold == docxsift::model::Tri::On);
  DocSpec hidden;
  hidden.text = u"secret\r";
  hidden.prm = (0x5C << 1) | (1 << 8);  // isprm 0x5C: sprmCFVanish, on
  CHECK(body_text(hidden).empty());
  docxsift::Options shown;
  shown.include_hidden = true;
  CHECK(body_text(hidden, shown) == "secret");
}

TEST_CASE("doc: version 4 compound files (4096-byte sectors)", "[doc][cfb]") {
  DocSpec spec;
  spec.text = u"big sectors\r";
  spec.sector_shift = 12;
  CHECK(body_text(spec) == "big sectors");
}

TEST_CASE("doc: encrypted, Word 6 and other OLE files are refused", "[doc][errors]") {
  DocSpec encrypted;
  encrypted.text = u"x\r";
  encrypted.encrypted = true;
  CHECK_THROWS_AS(docxsift::open_buffer(make_doc(encrypted)), docxsift::EncryptedError);
  DocSpec word6;
  word6.text = u"x\r";
  word6.n_fib = 101;
  CHECK_THROWS_AS(docxsift::open_buffer(make_doc(word6)), docxsift::PackageError);
  std::string works = docxsift::testing::make_cfb({{"CONTENTS", std::string(5000, '\0')}});
  CHECK_THROWS_AS(docxsift::open_buffer(works), docxsift::PackageError);
}

TEST_CASE("doc: text limits apply", "[doc][limits]") {
  DocSpec spec;
  spec.text = std::u16string(3000, u'x') + u"\r";
  docxsift::Options options;
  options.limits.max_text_size = 100;
  CHECK_THROWS_AS(docxsift::open_buffer(make_doc(spec), options), docxsift::LimitError);
}

TEST_CASE("doc: corrupted bytes give a docxsift error or a document, never a crash", "[doc][errors]") {
  DocSpec spec;
  spec.text = u"x\r";
  std::string file = make_doc(spec);
  // Bytes flipped across the header, FAT, directory, FIB and text: any other
  // exception (or a crash under the sanitizers) fails the test.
  for (std::size_t at = 0; at < 4096 * 3 && at < file.size(); at += 7) {
    std::string broken = file;
    broken[at] = static_cast<char>(broken[at] ^ 0x5A);
    try {
      docxsift::open_buffer(broken);
    } catch (const docxsift::Error&) {
    }
  }
  SUCCEED();
}
