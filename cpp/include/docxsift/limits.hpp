// Safety limits for untrusted input (docs/security.md).
// Every check fires before the work it protects.
#pragma once

#include <cstdint>
#include <string_view>
#include <tuple>

namespace docxsift {

struct Limits {
  // Size of the .docx file itself.
  std::uint64_t max_file_size = 2ull << 30;  // 2 GiB
  // Inflated bytes over all parts read, and for any one part.
  std::uint64_t max_total_uncompressed = 1ull << 30;   // 1 GiB
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

// One field of Limits: its Python-facing name, where it lives and what it bounds.
template <typename T>
struct LimitField {
  std::string_view name;
  T Limits::* member;
  std::string_view doc;
};

// Every field of Limits, in declaration order: the one list the bindings
// build docxsift.Limits from (attributes, repr, _core._LIMIT_FIELDS) and that
// the batch forwards to its worker processes. A field missing here is
// missing from Python, so tests/python/test_limits_names.py sees it.
inline constexpr auto kLimitFields = std::tuple{
    LimitField<std::uint64_t>{"max_file_size", &Limits::max_file_size, "Largest .docx file accepted, in bytes."},
    LimitField<std::uint64_t>{"max_total_uncompressed", &Limits::max_total_uncompressed,
                              "Bytes inflated over all parts of one document."},
    LimitField<std::uint64_t>{"max_part_uncompressed", &Limits::max_part_uncompressed,
                              "Bytes inflated for any one part."},
    LimitField<double>{"max_compression_ratio", &Limits::max_compression_ratio,
                       "Largest inflated:compressed ratio of a part (zip bombs)."},
    LimitField<std::uint64_t>{"ratio_check_after", &Limits::ratio_check_after,
                              "Inflated bytes after which the ratio is checked."},
    LimitField<std::uint64_t>{"max_entries", &Limits::max_entries, "Entries in the ZIP directory."},
    LimitField<std::uint64_t>{"max_xml_depth", &Limits::max_xml_depth, "Element nesting depth of a part."},
    LimitField<std::uint64_t>{"max_xml_nodes", &Limits::max_xml_nodes, "Elements in one part."},
    LimitField<std::uint64_t>{"max_text_size", &Limits::max_text_size, "UTF-8 bytes of text in one document."},
    LimitField<double>{"max_seconds", &Limits::max_seconds, "Wall-clock budget for reading one document (0 = none)."},
};

}  // namespace docxsift
