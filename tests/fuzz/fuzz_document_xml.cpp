// libFuzzer: arbitrary bytes as word/document.xml (plus styles.xml and
// footnotes.xml when the input holds NUL separators) inside a valid package,
// so mutations reach the XML and WordprocessingML readers instead of
// breaking the ZIP checksum.
#include <cstddef>
#include <cstdint>
#include <string>

#include "docx_builder.hpp"
#include "docxsift/errors.hpp"
#include "docxsift/render.hpp"
#include "docxsift/tree.hpp"
#include "exercise.hpp"

namespace {

constexpr const char* kRt = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/";
const std::string kObjectRels =
    std::string("<Relationship Id=\"rId10\" Type=\"") + kRt + "image\" Target=\"media/image1.png\"/>" +
    "<Relationship Id=\"rId11\" Type=\"" + kRt + "image\" Target=\"http://example.invalid/a.png\" " +
    "TargetMode=\"External\"/>" + "<Relationship Id=\"rId12\" Type=\"" + kRt +
    "oleObject\" Target=\"embeddings/oleObject1.bin\"/>" + "<Relationship Id=\"rId13\" Type=\"" + kRt +
    "oleObject\" Target=\"file:///C:/x.docx\" TargetMode=\"External\"/>" + "<Relationship Id=\"rId14\" Type=\"" + kRt +
    "aFChunk\" Target=\"afchunk.html\"/>" + "<Relationship Id=\"rId20\" Type=\"" + kRt +
    "chart\" Target=\"charts/chart1.xml\"/>";
const std::string kChart =
    "<c:chartSpace xmlns:c=\"http://schemas.openxmlformats.org/drawingml/2006/chart\" "
    "xmlns:a=\"http://schemas.openxmlformats.org/drawingml/2006/main\"><c:chart><c:title><c:tx><c:rich>"
    "<a:p><a:r><a:t>T</a:t></a:r></a:p></c:rich></c:tx></c:title><c:plotArea><c:barChart><c:ser><c:tx>"
    "<c:v>S</c:v></c:tx></c:ser></c:barChart></c:plotArea></c:chart></c:chartSpace>";

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  std::string input(reinterpret_cast<const char*>(data), size);
  std::string parts[3];
  std::size_t which = 0, start = 0;
  for (std::size_t i = 0; i <= input.size() && which < 3; ++i) {
    if (i == input.size() || input[i] == '\0') {
      parts[which++] = input.substr(start, i - start);
      start = i + 1;
    }
  }
  docxsift::testing::DocxParts docx;
  docx.extra["word/document.xml"] = parts[0];
  // Targets for the relationship ids of the dictionary's pictures and
  // objects, so that fuzzed references resolve and their bytes are read.
  docx.document_rels = kObjectRels;
  docx.content_types = {
      {"png", "image/png"}, {"bin", "application/vnd.openxmlformats-officedocument.oleObject"}, {"html", "text/html"}};
  docx.extra["word/media/image1.png"] = "\x89PNG\r\n\x1a\n";
  docx.extra["word/embeddings/oleObject1.bin"] = "\xd0\xcf\x11\xe0";
  docx.extra["word/afchunk.html"] = "<html><body>chunk</body></html>";
  docx.extra["word/charts/chart1.xml"] = kChart;
  // The builder adds the relationship for a styles or notes part when it has
  // content; the fuzzed bytes then replace that content.
  if (!parts[1].empty()) {
    docx.styles = "<w:style/>";
    docx.extra["word/styles.xml"] = parts[1];
  }
  if (!parts[2].empty()) {
    docx.footnotes = "<w:footnote/>";
    docx.extra["word/footnotes.xml"] = parts[2];
  }
  std::string package = docxsift::testing::make_docx(docx);
  // Read whole, then with the body cut into pieces at every child (parsed on
  // two threads) and the styles reused from the first reading: the two
  // readings must be the same document, or fail alike. Nothing is reused from
  // an earlier input, so every input replays alone.
  docxsift::forget_reused_parts();
  std::string readings[2];
  for (int pieces = 0; pieces < 2; ++pieces) {
    docxsift::Options options;
    options.parallel_parse_min_bytes = pieces;
    options.parallel_parse_piece_bytes = 1;
    try {
      auto doc = docxsift::open_buffer(package, options);
      docxsift::testing::exercise(*doc);
      readings[pieces] = docxsift::render::to_json(docxsift::render::to_tree(*doc));
    } catch (const docxsift::Error& e) {
      readings[pieces] = std::string("error: ") + e.what();
    }
  }
  if (readings[0] != readings[1]) __builtin_trap();
  return 0;
}
