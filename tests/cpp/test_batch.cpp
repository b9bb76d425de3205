#include <cerrno>
#include <filesystem>
#include <fstream>
#include <random>
#include <stdexcept>

#include "catch_compat.hpp"
#include "docx_builder.hpp"
#include "docxsift/batch.hpp"

namespace fs = std::filesystem;
using docxsift::batch::BatchExtractor;
using docxsift::batch::BatchOptions;
using docxsift::batch::Field;
using docxsift::batch::Record;
using docxsift::testing::make_docx;
using docxsift::testing::para;

namespace {

// A fresh directory under the temp dir, removed at scope exit.
struct TempDir {
  fs::path path;
  TempDir() {
    std::random_device random;
    path = fs::temp_directory_path() / ("docxsift-batch-" + std::to_string(random()));
    fs::create_directories(path);
  }
  ~TempDir() {
    std::error_code ignored;
    fs::remove_all(path, ignored);
  }
  std::string write(const std::string& name, const std::string& bytes) const {
    fs::path file = path / name;
    std::ofstream(file, std::ios::binary) << bytes;
    return file.string();
  }
};

// Files "doc i" for i in [0, n), returned in order.
std::vector<std::string> numbered_docs(const TempDir& dir, int n) {
  std::vector<std::string> paths;
  for (int i = 0; i < n; ++i) {
    paths.push_back(dir.write("d" + std::to_string(i) + ".docx", make_docx(para("doc " + std::to_string(i)))));
  }
  return paths;
}

std::vector<Record> run(const std::vector<std::string>& paths, BatchOptions options) {
  std::size_t next = 0;
  std::vector<Record> records;
  docxsift::batch::extract_all(
      [&]() -> std::optional<std::string> {
        if (next == paths.size()) return std::nullopt;
        return paths[next++];
      },
      [&](Record&& r) { records.push_back(std::move(r)); }, options);
  return records;
}

}  // namespace

TEST_CASE("batch: records come back in input order", "[batch]") {
  TempDir dir;
  auto paths = numbered_docs(dir, 60);
  BatchOptions options;
  options.workers = 4;
  options.window = 3;
  auto records = run(paths, options);
  REQUIRE(records.size() == paths.size());
  for (std::size_t i = 0; i < records.size(); ++i) {
    CHECK(records[i].path == paths[i]);
    CHECK(records[i].ok);
    CHECK(records[i].text.value() == "doc " + std::to_string(i));
    CHECK(records[i].seconds >= 0.0);
  }
}

TEST_CASE("batch: a bad file mid-run is one failed record", "[batch][errors]") {
  TempDir dir;
  auto paths = numbered_docs(dir, 8);
  paths[3] = dir.write("bad.docx", "this is not a zip");
  paths[5] = (dir.path / "missing.docx").string();
  BatchOptions options;
  options.workers = 2;
  auto records = run(paths, options);
  REQUIRE(records.size() == 8);
  CHECK_FALSE(records[3].ok);
  CHECK(records[3].error_type == "PackageError");
  CHECK_FALSE(records[3].error_message.empty());
  CHECK(records[3].error != nullptr);
  CHECK_FALSE(records[3].text.has_value());
  CHECK_FALSE(records[5].ok);
  CHECK(records[5].error_type == "FileNotFoundError");
  CHECK(records[5].error_code == ENOENT);
  CHECK(records[7].ok);
  CHECK(records[7].text.value() == "doc 7");
}

TEST_CASE("batch: paths are pulled no further ahead than the window", "[batch]") {
  TempDir dir;
  auto paths = numbered_docs(dir, 40);
  BatchOptions options;
  options.workers = 3;
  options.window = 5;
  std::size_t pulled = 0;
  std::size_t received = 0;
  std::size_t worst_lead = 0;
  docxsift::batch::extract_all(
      [&]() -> std::optional<std::string> {
        if (pulled == paths.size()) return std::nullopt;
        return paths[pulled++];
      },
      [&](Record&&) {
        ++received;
        worst_lead = std::max(worst_lead, pulled - received);
      },
      options);
  CHECK(received == paths.size());
  CHECK(worst_lead <= options.window);
  CHECK(worst_lead >= 1);  // the pool did work ahead
}

TEST_CASE("batch: the window bounds submissions", "[batch]") {
  BatchOptions options;
  options.workers = 1;
  options.window = 2;
  BatchExtractor extractor(options);
  CHECK(extractor.window() == 2);
  extractor.submit("/nonexistent/a.docx");
  extractor.submit("/nonexistent/b.docx");
  CHECK_FALSE(extractor.has_room());
  CHECK_THROWS_AS(extractor.submit("/nonexistent/c.docx"), std::logic_error);
  Record record;
  REQUIRE(extractor.wait_next(record, std::chrono::seconds(10)) == BatchExtractor::Wait::Ready);
  CHECK(record.path == "/nonexistent/a.docx");
  CHECK(extractor.has_room());
  extractor.close();
  REQUIRE(extractor.wait_next(record, std::chrono::seconds(10)) == BatchExtractor::Wait::Ready);
  CHECK(record.path == "/nonexistent/b.docx");
  CHECK(extractor.wait_next(record, std::chrono::seconds(10)) == BatchExtractor::Wait::Done);
}

TEST_CASE("batch: cancel drops queued files and ends", "[batch]") {
  TempDir dir;
  // Enough queued work that one worker cannot finish it all between the first
  // record and cancel() (tiny files take ~0.1 ms each; 400 take tens of ms).
  auto paths = numbered_docs(dir, 400);
  BatchOptions options;
  options.workers = 1;
  options.window = 400;
  BatchExtractor extractor(options);
  for (const auto& p : paths) extractor.submit(p);
  Record record;
  REQUIRE(extractor.wait_next(record, std::chrono::seconds(10)) == BatchExtractor::Wait::Ready);
  extractor.cancel();
  std::size_t more = 0;
  while (extractor.wait_next(record, std::chrono::seconds(10)) == BatchExtractor::Wait::Ready) ++more;
  CHECK(more < paths.size() - 1);
}

TEST_CASE("batch: fields", "[batch]") {
  TempDir dir;
  std::string table =
      "<w:tbl><w:tblGrid><w:gridCol/><w:gridCol/></w:tblGrid><w:tr>"
      "<w:tc><w:p><w:r><w:t>a</w:t></w:r></w:p></w:tc>"
      "<w:tc><w:p><w:r><w:t>b</w:t></w:r></w:p></w:tc></w:tr></w:tbl>";
  auto path = dir.write("f.docx", make_docx(para("一、总则 x") + table + para("end")));
  std::vector<Field> fields;
  for (auto name : docxsift::batch::field_names()) fields.push_back(docxsift::batch::parse_field(name));
  Record r = docxsift::batch::extract_file(path, fields, {});
  REQUIRE(r.ok);
  CHECK(r.paragraphs.value() == std::vector<std::string>{"一、总则 x", "a", "b", "end"});
  REQUIRE(r.tables.value().size() == 1);
  CHECK(r.tables.value()[0] == std::vector<std::vector<std::string>>{{"a", "b"}});
  CHECK(r.headers.value().empty());
  CHECK(r.footnotes.value().empty());
  CHECK(r.comments.value().empty());
  CHECK(r.properties.value().size() == 15);
  const auto& stats = r.stats.value();
  CHECK(stats.paragraphs == 4);
  CHECK(stats.tables == 1);
  CHECK(stats.han_characters == 3);
  CHECK(r.text.value() == "一、总则 x\na\tb\nend");
  CHECK(r.text_with_labels.value() == r.text.value());  // typed markers, no numbering
  CHECK(stats.characters == 14);
  CHECK(stats.characters_no_spaces == 10);
}

TEST_CASE("batch: an unknown field names the valid ones", "[batch]") {
  try {
    docxsift::batch::parse_field("bogus");
    FAIL("no exception");
  } catch (const std::invalid_argument& e) {
    CHECK(std::string(e.what()).find("valid fields: text, text_with_labels, paragraphs") != std::string::npos);
  }
}

TEST_CASE("batch: markdown and outline fields", "[batch]") {
  using docxsift::batch::Field;
  CHECK(docxsift::batch::parse_field("markdown") == Field::Markdown);
  CHECK(docxsift::batch::parse_field("outline") == Field::Outline);
}

TEST_CASE("batch: sha256 matches the FIPS 180-4 examples", "[batch][dedup]") {
  using docxsift::batch::sha256_hex;
  CHECK(sha256_hex("") == "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855");
  CHECK(sha256_hex("abc") == "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
  CHECK(sha256_hex("abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq") ==
        "248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1");
  CHECK(sha256_hex(std::string(1000000, 'a')) == "cdc76e5c9914fb9281a1c7e284d73e67f1809a48a497200e046d39ccc7112cd0");
}

TEST_CASE("batch: the hash field", "[batch][dedup]") {
  TempDir dir;
  std::string bytes = make_docx(para("same  text") + para("here"));
  auto path = dir.write("h.docx", bytes);
  Record r = docxsift::batch::extract_file(path, {Field::Hash}, {});
  REQUIRE(r.ok);
  CHECK(r.sha256.value() == docxsift::batch::sha256_hex(bytes));
  CHECK(r.text_hash.value() == docxsift::batch::text_hash("same text here"));
  CHECK_FALSE(r.text.has_value());
}

TEST_CASE("batch: find_duplicates groups exact and near copies", "[batch][dedup]") {
  std::string base;
  for (int i = 0; i < 60; ++i) base += "第" + std::to_string(i) + "条 关于加强管理工作的通知内容。 ";
  std::string edited = base + "附件：无";
  std::string other;
  for (int i = 0; i < 60; ++i) other += "Section " + std::to_string(i * 7) + " talks about trees. ";
  std::vector<std::string> texts{base, other, edited, base, ""};
  std::vector<std::string> keys;
  for (const auto& t : texts) keys.push_back(docxsift::batch::text_hash(t));
  std::vector<std::string_view> views(texts.begin(), texts.end());
  auto groups = docxsift::batch::find_duplicates(keys, views);
  REQUIRE(groups.size() == 2);
  CHECK(groups[0].exact);
  CHECK(groups[0].members == std::vector<std::size_t>{0, 3});
  CHECK_FALSE(groups[1].exact);
  CHECK(groups[1].members == std::vector<std::size_t>{0, 2, 3});
  CHECK(groups[1].similarity >= 0.8);
  auto a = docxsift::batch::minhash(base);
  CHECK(docxsift::batch::minhash_similarity(a, docxsift::batch::minhash(other)) < 0.2);
  CHECK(docxsift::batch::minhash_similarity(a, a) == 1.0);
}

TEST_CASE("batch: find_duplicates never groups blank texts", "[batch][dedup]") {
  // Empty scans and failed conversions: empty, ASCII white space, U+3000, NBSP.
  std::vector<std::string> texts{"", " \n\t", "\u3000\u3000", "", "\u00a0", "正文", "正文"};
  std::vector<std::string> keys;
  for (const auto& t : texts) keys.push_back(docxsift::batch::text_hash(t));
  std::vector<std::string_view> views(texts.begin(), texts.end());
  auto groups = docxsift::batch::find_duplicates(keys, views);
  REQUIRE(groups.size() == 1);
  CHECK(groups[0].exact);
  CHECK(groups[0].members == std::vector<std::size_t>{5, 6});
}
