// Detects ZIP entries whose data overlap: the "non-recursive zip bomb"
// (Fifield 2019) makes thousands of entries share one compressed kernel, so
// that a small file inflates to gigabytes. libzip does not check this.
#pragma once

#include <cstdint>
#include <string_view>
#include <vector>

namespace docxsift::archive::detail {

// Where one entry's compressed bytes are, from the central directory and its
// local header (the same arithmetic libzip does to find them).
struct EntryLayout {
  std::string_view name;   // as stored in the central directory
  std::uint64_t data = 0;  // offset of the compressed stream
  std::uint64_t compressed = 0;
};

// Throws PackageError when two entries' local headers and data overlap.
// Archives it cannot map confidently (ZIP64, prefixed data) are left to libzip:
// then the layout returned is empty; otherwise it has one row per entry, in
// central-directory order, so that entries can be inflated straight from `zip`.
std::vector<EntryLayout> check_entries_do_not_overlap(std::string_view zip);

}  // namespace docxsift::archive::detail
