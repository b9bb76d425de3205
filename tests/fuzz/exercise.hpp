// Walks every view of a document the way the Python API and renderers do, so
// that fuzzing and sanitizer runs reach all of the model's accessors.
#pragma once

#include "docxsift/reader.hpp"

namespace docxsift::testing {

// Returns a checksum of what it read, so the work cannot be optimised away.
std::size_t exercise(const model::Document& doc);

}  // namespace docxsift::testing
