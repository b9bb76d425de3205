// What a document reads from its styles, theme, settings and numbering is kept
// and reused for the next document storing the part in the same bytes
// (wml/detail_part_memo.hpp). A document read so must be the very document
// read alone: the same tables, row for row, and the same reading.
#include <string>
#include <thread>
#include <vector>

#include "catch_compat.hpp"
#include "corpus.hpp"
#include "docx_builder.hpp"
#include "docxsift/errors.hpp"
#include "docxsift/reader.hpp"
#include "docxsift/render.hpp"
#include "docxsift/tree.hpp"

namespace {

// The tables read from styles and theme, and everything a reader shows, or the error.
std::string reading(const std::string& path, bool in_memory = false) {
  try {
    auto doc = in_memory ? docxsift::open_buffer(path) : docxsift::open_file(path);
    std::string out =
        docxsift::render::to_json(docxsift::render::to_tree(*doc)) + "\n" + docxsift::render::to_markdown(*doc) + "\n";
    for (const std::string& s : doc->strings) out += s + "\x1f";
    out += "\n";
    for (const docxsift::model::RunProps& p : doc->run_props) {
      out += std::to_string(p.style) + "," + std::to_string(p.font_ascii) + "," + std::to_string(p.font_east_asia) +
             "," + std::to_string(p.font_east_asia_theme) + "," + std::to_string(p.color) + "," +
             std::to_string(p.size_half_points) + "," + std::to_string(static_cast<int>(p.bold)) + "," +
             std::to_string(static_cast<int>(p.hidden)) + ";";
    }
    out += "\n";
    for (const docxsift::model::Style& s : doc->styles) {
      out += std::to_string(s.style_id) + "," + std::to_string(s.name) + "," + std::to_string(s.base) + "," +
             std::to_string(s.run_props) + "," + std::to_string(s.numbering.num_id) + "," +
             std::to_string(s.paragraph_format) + "," + std::to_string(s.priority) + "," + std::to_string(s.hidden) +
             std::to_string(s.custom) + std::to_string(s.quick_style) + ";";
    }
    out += "\n";
    for (const docxsift::model::ParagraphFormat& f : doc->paragraph_formats) {
      out += std::to_string(f.left_indent) + "," + std::to_string(f.first_line_indent) + "," +
             std::to_string(f.space_after) + "," + std::to_string(f.line) + "," +
             std::to_string(static_cast<int>(f.keep_with_next)) + ";";
    }
    for (const docxsift::model::Paragraph& p : doc->paragraphs) out += std::to_string(p.format) + ",";
    out += "\n" + std::to_string(doc->default_run_props) + "," + std::to_string(doc->theme_major_latin) + "," +
           std::to_string(doc->theme_minor_latin) + "," + std::to_string(doc->theme_major_east_asia) + "," +
           std::to_string(doc->theme_minor_east_asia);
    return out;
  } catch (const docxsift::Error& e) {
    return std::string("error: ") + e.what();
  }
}

}  // namespace

TEST_CASE("reused parts: every corpus document reads as if alone", "[wml][reuse][corpus]") {
  const std::vector<std::string> paths = docxsift::testing::corpus_documents();
  if (paths.empty()) {
    WARN("real-document corpus not found (set DOCXSIFT_CORPUS): skipped");
    return;
  }
  // In path order (documents of one template follow each other), each
  // reusing what the ones before it read.
  docxsift::forget_reused_parts();
  std::vector<std::string> in_order;
  for (const std::string& path : paths) in_order.push_back(reading(path));
  std::size_t reused = 0;
  for (std::size_t i = 0; i < paths.size(); ++i) {
    INFO(paths[i]);
    docxsift::forget_reused_parts();
    const std::string alone = reading(paths[i]);
    CHECK(in_order[i] == alone);
    CHECK(reading(paths[i]) == alone);  // every part of its own reused
    reused += in_order[i].rfind("error: ", 0) != 0;
  }
  CHECK(reused > 1000);
}

TEST_CASE("reused parts: threads reading one template's documents share what they reuse", "[wml][reuse]") {
  std::vector<std::string> docs;
  for (int i = 0; i < 6; ++i) {
    docxsift::testing::DocxParts parts;
    parts.body = docxsift::testing::para("paragraph " + std::to_string(i));
    parts.styles = i % 2 == 0 ? R"(<w:style w:type="paragraph" w:styleId="A"><w:rPr><w:b/></w:rPr></w:style>)"
                              : R"(<w:style w:type="paragraph" w:styleId="B"><w:rPr><w:i/></w:rPr></w:style>)";
    docs.push_back(docxsift::testing::make_docx(parts));
  }
  std::vector<std::string> alone;
  for (const std::string& docx : docs) {
    docxsift::forget_reused_parts();
    alone.push_back(reading(docx, true));
  }
  docxsift::forget_reused_parts();
  std::vector<std::string> failures(4);
  std::vector<std::thread> threads;
  for (std::size_t t = 0; t < failures.size(); ++t) {
    threads.emplace_back([&, t] {
      for (int round = 0; round < 50; ++round) {
        const std::size_t i = (t + static_cast<std::size_t>(round)) % docs.size();
        if (reading(docs[i], true) != alone[i]) failures[t] = "document " + std::to_string(i);
      }
    });
  }
  for (std::thread& thread : threads) thread.join();
  for (const std::string& failure : failures) CHECK(failure.empty());
}
