// Builds .docx packages in memory from XML snippets (libzip write), so that
// the C++ tests need no binary fixtures.
#pragma once

#include <map>
#include <string>
#include <utility>
#include <vector>

#include "docxsift/reader.hpp"

namespace docxsift::testing {

// A ZIP archive from (name, content) pairs, in order.
std::string make_zip(const std::vector<std::pair<std::string, std::string>>& entries);

struct DocxParts {
  std::string body = "<w:p><w:r><w:t>Hello</w:t></w:r></w:p>";
  std::string main = "word/document.xml";
  bool strict = false;
  std::string styles;                        // inner XML of w:styles, empty = no part
  std::string footnotes;                     // inner XML of w:footnotes
  std::string theme;                         // inner XML of a:themeElements in theme/theme1.xml
  std::string settings;                      // inner XML of w:settings
  std::string document_rels;                 // extra <Relationship .../> elements of the main part
  std::map<std::string, std::string> extra;  // raw parts added or replaced
  // Extra [Content_Types].xml Default entries: extension -> content type.
  std::map<std::string, std::string> content_types;
};

std::string make_docx(const DocxParts& parts);
std::string make_docx(const std::string& body);

// make_docx(parts) opened with every run kept, w:vanish ones too
// (Options::include_hidden), for tests that read run formatting.
DocumentPtr open_all_runs(const DocxParts& parts);

// "<w:p><w:r><w:t>text</w:t></w:r></w:p>"
std::string para(const std::string& text);

}  // namespace docxsift::testing
