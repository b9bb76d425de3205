// A document's package parts read after open, through the PartSource it
// keeps (archive/part_source.cpp): picture and embedded-object bytes.
#include <string>
#include <string_view>
#include <vector>

#include "docxsift/errors.hpp"
#include "docxsift/images.hpp"
#include "docxsift/parts.hpp"

namespace docxsift {

std::vector<std::string> read_parts(const model::Document& doc, const std::vector<std::string>& parts) {
  if (parts.empty()) return {};
  if (!doc.source) throw PackageError("this document keeps no package to read parts from");
  return doc.source->read(parts);
}

std::string read_part(const model::Document& doc, std::string_view part) {
  return std::move(read_parts(doc, {std::string(part)}).front());
}

}  // namespace docxsift
