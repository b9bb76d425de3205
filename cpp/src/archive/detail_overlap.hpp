// Detects ZIP entries whose data overlap: the "non-recursive zip bomb"
// (Fifield 2019) makes thousands of entries share one compressed kernel, so
// that a small file inflates to gigabytes. libzip does not check this.
#pragma once

#include <string_view>

namespace docxsift::archive::detail {

// Throws PackageError when two entries' local headers and data overlap.
// Archives it cannot map confidently (ZIP64, prefixed data) are left to libzip.
void check_entries_do_not_overlap(std::string_view zip);

}  // namespace docxsift::archive::detail
