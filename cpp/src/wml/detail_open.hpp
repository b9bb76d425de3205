// Opening a .docx (a ZIP package) once the caller knows it is not an OLE
// file: docxsift::open_file/open_buffer (cpp/src/open) decide by content.
#pragma once

#include <string>
#include <string_view>

#include "docxsift/options.hpp"

namespace docxsift::wml {

DocumentPtr open_docx_file(const std::string& path, const Options& options);
DocumentPtr open_docx_buffer(std::string_view data, const Options& options);

// Empties the stores of styles and numbering kept for documents that repeat
// the same parts (docxsift::forget_reused_parts).
void forget_reused_parts();

}  // namespace docxsift::wml
