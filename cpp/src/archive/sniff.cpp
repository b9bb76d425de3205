// Recognises what a file is from its bytes, so that a password-protected
// document or a legacy .doc gets an error that says so instead of "not a ZIP".
#include <string_view>

#include "docxsift/archive.hpp"

namespace docxsift::archive {
namespace {

constexpr std::string_view kOleMagic{"\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1", 8};

// A CFB directory entry stores its name as UTF-16LE.
bool has_utf16_name(std::string_view data, std::string_view ascii) {
  std::string pattern;
  pattern.reserve(ascii.size() * 2);
  for (char c : ascii) {
    pattern.push_back(c);
    pattern.push_back('\0');
  }
  return data.find(pattern) != std::string_view::npos;
}

}  // namespace

Sniffed sniff(std::string_view data) {
  if (data.starts_with("PK")) return Sniffed::Zip;
  if (data.starts_with(kOleMagic)) {
    if (has_utf16_name(data, "EncryptedPackage")) return Sniffed::OleEncrypted;
    if (has_utf16_name(data, "WordDocument")) return Sniffed::OleWord97;
    return Sniffed::OleOther;
  }
  return Sniffed::Unknown;
}

}  // namespace docxsift::archive
