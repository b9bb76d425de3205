// libFuzzer: arbitrary bytes as word/document.xml (plus styles.xml and
// footnotes.xml when the input holds NUL separators) inside a valid package,
// so mutations reach the XML and WordprocessingML readers instead of
// breaking the ZIP checksum.
#include <cstddef>
#include <cstdint>
#include <string>

#include "docx_builder.hpp"
#include "docxsift/errors.hpp"
#include "exercise.hpp"

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
  try {
    auto doc = docxsift::open_buffer(package);
    docxsift::testing::exercise(*doc);
  } catch (const docxsift::Error&) {
  }
  return 0;
}
