#include "docxsift/errors.hpp"

#include <utility>

namespace docxsift {

XmlError::XmlError(std::string part, std::uint64_t line, const std::string& reason)
    : Error(part + (line > 0 ? " line " + std::to_string(line) : std::string()) + ": " + reason),
      part_(std::move(part)),
      line_(line) {}

LimitError::LimitError(std::string limit, const std::string& message) : Error(message), limit_(std::move(limit)) {}

}  // namespace docxsift
