// libFuzzer: arbitrary bytes as a .docx package, read twice: the second
// reading reuses what the first read from the styles, theme and settings, and
// must give the same document or the same error.
#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>

#include "docxsift/errors.hpp"
#include "docxsift/render.hpp"
#include "docxsift/tree.hpp"
#include "exercise.hpp"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  docxsift::Options options;
  options.limits.max_total_uncompressed = 64u << 20;  // keep each run small and fast
  options.limits.max_part_uncompressed = 32u << 20;
  docxsift::forget_reused_parts();  // nothing from an earlier input: every input replays alone
  std::string readings[2];
  for (std::string& reading : readings) {
    try {
      auto doc = docxsift::open_buffer(std::string_view(reinterpret_cast<const char*>(data), size), options);
      docxsift::testing::exercise(*doc);
      reading = docxsift::render::to_json(docxsift::render::to_tree(*doc));
    } catch (const docxsift::Error& e) {
      reading = std::string("error: ") + e.what();
    }
  }
  if (readings[0] != readings[1]) __builtin_trap();
  return 0;
}
