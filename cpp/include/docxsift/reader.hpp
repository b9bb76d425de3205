// Opening a document of either format: the open stage looks at the bytes and
// hands a ZIP package to wml (.docx) and an OLE compound file to doc (.doc).
#pragma once

#include <string>
#include <string_view>

#include "docxsift/options.hpp"

namespace docxsift {

// Throws a docxsift::Error subclass for any problem with the input, and
// std::system_error when the file cannot be read at all.
DocumentPtr open_file(const std::string& path, const Options& options = {});
DocumentPtr open_buffer(std::string_view data, const Options& options = {});

// What a document reads from its styles, theme, settings and numbering parts
// is kept (a few MiB at most, shared by all threads) for the next document
// that stores the same part in the same bytes, as documents made from one
// template do: that document is read as if the part were read again. This
// empties the store (for tests, and benchmarks of first readings).
void forget_reused_parts();

}  // namespace docxsift
