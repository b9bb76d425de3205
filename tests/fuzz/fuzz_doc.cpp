// libFuzzer: arbitrary bytes as a Word 97-2003 .doc (an OLE compound file):
// exercises the CFB, FIB, piece table, FKP, style sheet, PLC and property
// set readers. Inputs that do not start with the OLE signature get it, so
// that the fuzzer spends its time past the first check.
#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>

#include "docxsift/errors.hpp"
#include "docxsift/reader.hpp"
#include "docxsift/render.hpp"
#include "docxsift/tree.hpp"
#include "exercise.hpp"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  static const std::string_view kMagic{"\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1", 8};
  std::string bytes(reinterpret_cast<const char*>(data), size);
  if (!std::string_view(bytes).starts_with(kMagic)) bytes.insert(0, kMagic);
  docxsift::Options options;
  options.limits.max_total_uncompressed = 64u << 20;  // keep each run small and fast
  options.limits.max_part_uncompressed = 32u << 20;
  options.limits.max_text_size = 8u << 20;
  try {
    auto doc = docxsift::open_buffer(bytes, options);
    docxsift::testing::exercise(*doc);
    (void)docxsift::render::to_json(docxsift::render::to_tree(*doc));
  } catch (const docxsift::Error&) {
  }
  return 0;
}
