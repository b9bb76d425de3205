// The MS-DOC reader: a Word 97-2003 .doc (an OLE compound file holding a
// WordDocument stream) into the same model::Document the .docx reader makes.
#pragma once

#include <string_view>

#include "docxsift/options.hpp"

namespace docxsift::doc {

// Reads `data`, the bytes of an OLE compound file. Throws EncryptedError for
// an encrypted document, PackageError for Word 6/95 files and OLE files that
// are no Word document (naming what they are), LimitError past a limit.
DocumentPtr read_doc(std::string_view data, const Options& options);

}  // namespace docxsift::doc
