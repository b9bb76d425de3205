// Safety limits for untrusted input (DESIGN §2, docs/security.md).
// Every check fires before the work it protects.
#pragma once

#include <cstdint>

namespace docxsift {

struct Limits {
  // Size of the .docx file itself.
  std::uint64_t max_file_size = 2ull << 30;  // 2 GiB
  // Inflated bytes over all parts read, and for any one part.
  std::uint64_t max_total_uncompressed = 1ull << 30;  // 1 GiB
  std::uint64_t max_part_uncompressed = 256ull << 20;  // 256 MiB
  // Inflated : compressed, checked once a part has inflated ratio_check_after bytes.
  double max_compression_ratio = 100.0;
  std::uint64_t ratio_check_after = 100ull << 10;  // 100 KiB
  // Entries in the ZIP central directory.
  std::uint64_t max_entries = 10000;
  // XML element nesting depth and element count per part.
  std::uint64_t max_xml_depth = 256;
  std::uint64_t max_xml_nodes = 10'000'000;
  // UTF-8 bytes of text kept for one document.
  std::uint64_t max_text_size = 64ull << 20;  // 64 MiB
  // Wall-clock budget for one document, in seconds (0 = none).
  double max_seconds = 0.0;

  bool operator==(const Limits&) const = default;
};

}  // namespace docxsift
