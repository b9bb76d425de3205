// Opening a document: archive -> opc -> wml -> model.
#pragma once

#include <memory>
#include <string>
#include <string_view>

#include "docxsift/limits.hpp"
#include "docxsift/model.hpp"

namespace docxsift {

enum class Revisions { Accept, Reject };

struct Options {
  Revisions revisions = Revisions::Accept;  // tracked changes shown accepted or rejected
  bool include_hidden = false;              // show w:vanish text
  Limits limits;
};

using DocumentPtr = std::shared_ptr<const model::Document>;

// Throws a docxsift::Error subclass for any problem with the input, and
// std::system_error when the file cannot be read at all.
DocumentPtr open_file(const std::string& path, const Options& options = {});
DocumentPtr open_buffer(std::string_view data, const Options& options = {});

}  // namespace docxsift
