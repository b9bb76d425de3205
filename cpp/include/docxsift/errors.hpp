// The error hierarchy. Every problem with an input document is
// one of these; programmer errors stay standard (std::out_of_range, ...).
#pragma once

#include <cstdint>
#include <stdexcept>
#include <string>

namespace docxsift {

class Error : public std::runtime_error {
 public:
  using std::runtime_error::runtime_error;
};

// Not a ZIP, corrupt or truncated ZIP, no main document part, not
// WordprocessingML, a legacy Word 97-2003 .doc.
class PackageError : public Error {
 public:
  using Error::Error;
};

// A password-protected document (an OLE/CFB container holding EncryptedPackage).
class EncryptedError : public Error {
 public:
  using Error::Error;
};

// A part that is not well-formed XML. Carries the part name and line.
class XmlError : public Error {
 public:
  XmlError(std::string part, std::uint64_t line, const std::string& reason);
  const std::string& part() const noexcept { return part_; }
  std::uint64_t line() const noexcept { return line_; }

 private:
  std::string part_;
  std::uint64_t line_;
};

// A configured safety limit was hit. Carries the limit's name (the Python
// keyword of docxsift.Limits) so the message can say how to raise it.
class LimitError : public Error {
 public:
  LimitError(std::string limit, const std::string& message);
  const std::string& limit() const noexcept { return limit_; }

 private:
  std::string limit_;
};

}  // namespace docxsift
