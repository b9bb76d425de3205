// libFuzzer: arbitrary bytes as a .docx package.
#include <cstddef>
#include <cstdint>
#include <string_view>

#include "docxsift/errors.hpp"
#include "exercise.hpp"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  docxsift::Options options;
  options.limits.max_total_uncompressed = 64u << 20;  // keep each run small and fast
  options.limits.max_part_uncompressed = 32u << 20;
  try {
    auto doc = docxsift::open_buffer(std::string_view(reinterpret_cast<const char*>(data), size), options);
    docxsift::testing::exercise(*doc);
  } catch (const docxsift::Error&) {
  }
  return 0;
}
