#include <algorithm>
#include <cctype>
#include <cstdint>
#include <cstring>

#include "docxsift/errors.hpp"
#include "opc/detail_xml.hpp"

namespace docxsift::opc::detail {
namespace {

std::uint64_t line_of(std::string_view bytes, std::ptrdiff_t offset) {
  auto end = static_cast<std::size_t>(std::clamp<std::ptrdiff_t>(offset, 0, static_cast<std::ptrdiff_t>(bytes.size())));
  return 1 + static_cast<std::uint64_t>(std::count(bytes.begin(), bytes.begin() + static_cast<std::ptrdiff_t>(end), '\n'));
}

// The one choke point for pugixml parse results.
void check_parse(const pugi::xml_parse_result& result, std::string_view bytes, std::string_view part) {
  if (result) return;
  throw XmlError(std::string(part), line_of(bytes, result.offset),
                 std::string("not well-formed XML: ") + result.description());
}

bool is_xml_char(unsigned long cp) {
  return cp == 0x9 || cp == 0xA || cp == 0xD || (cp >= 0x20 && cp <= 0xD7FF) ||
         (cp >= 0xE000 && cp <= 0xFFFD) || (cp >= 0x10000 && cp <= 0x10FFFF);
}

// pugixml decodes character references without checking them, and a "&#0;"
// would cut a C string short. References to characters XML forbids become
// U+FFFD before parsing; the buffer is only rebuilt when one is present.
void replace_invalid_char_refs(std::string& bytes) {
  std::size_t at = bytes.find("&#");
  if (at == std::string::npos) return;
  std::string out;
  std::size_t copied = 0;
  for (; at != std::string::npos; at = bytes.find("&#", at + 2)) {
    std::size_t i = at + 2;
    bool hex = i < bytes.size() && (bytes[i] == 'x' || bytes[i] == 'X');
    if (hex) ++i;
    std::size_t digits_start = i;
    unsigned long cp = 0;
    bool overflow = false;
    while (i < bytes.size() && (hex ? std::isxdigit(static_cast<unsigned char>(bytes[i]))
                                    : std::isdigit(static_cast<unsigned char>(bytes[i])))) {
      char c = bytes[i];
      unsigned long digit = std::isdigit(static_cast<unsigned char>(c)) ? static_cast<unsigned long>(c - '0')
                            : static_cast<unsigned long>((c | 0x20) - 'a' + 10);
      cp = cp * (hex ? 16 : 10) + digit;
      if (cp > 0x10FFFF) overflow = true;
      if (overflow) cp = 0x110000;
      ++i;
    }
    if (i == digits_start || i >= bytes.size() || bytes[i] != ';') continue;
    if (!overflow && is_xml_char(cp)) continue;
    out.append(bytes, copied, at - copied);
    out += "&#xFFFD;";
    copied = i + 1;
  }
  if (copied == 0) return;
  out.append(bytes, copied, std::string::npos);
  bytes.swap(out);
}

// The number of '<' in bytes. std::count compiles to a byte-at-a-time loop
// (3 instructions a byte, 5% of opening a large document); counting into a
// 32-bit accumulator over fixed-size blocks lets the compiler vectorise it.
std::uint64_t count_tags(std::string_view bytes) {
  std::uint64_t total = 0;
  const auto* p = reinterpret_cast<const unsigned char*>(bytes.data());
  std::size_t n = bytes.size();
  while (n > 0) {
    std::size_t block = std::min<std::size_t>(n, 1 << 16);
    std::uint32_t count = 0;
    for (std::size_t i = 0; i < block; ++i) count += p[i] == '<' ? 1u : 0u;
    total += count;
    p += block;
    n -= block;
  }
  return total;
}

}  // namespace

void parse_part(pugi::xml_document& doc, std::string& bytes, std::string_view part,
                const Limits& limits) {
  // Every element starts with '<': counting them bounds the tree pugixml would
  // build, so a part with a billion tiny elements is refused before it is built.
  std::uint64_t tags = count_tags(bytes);
  if (tags > limits.max_xml_nodes * 2 + 16) {
    throw LimitError("max_xml_nodes",
                     std::string(part) + " has more than max_xml_nodes=" +
                         std::to_string(limits.max_xml_nodes) +
                         " elements (raise it with docxsift.Limits(max_xml_nodes=...))");
  }
  // parse_ws_pcdata keeps whitespace-only w:t; parse_doctype only so that a DTD
  // can be seen and refused (OPC forbids them; nothing is ever expanded).
  constexpr unsigned kFlags = (pugi::parse_default | pugi::parse_ws_pcdata | pugi::parse_doctype);
  replace_invalid_char_refs(bytes);
  std::string_view original(bytes);
  pugi::xml_parse_result result =
      doc.load_buffer_inplace(bytes.data(), bytes.size(), kFlags, pugi::encoding_auto);
  check_parse(result, original, part);
  for (pugi::xml_node child = doc.first_child(); child; child = child.next_sibling()) {
    if (child.type() == pugi::node_doctype) {
      throw XmlError(std::string(part), 0, "DTD (<!DOCTYPE>) not allowed in an OPC part");
    }
  }
  if (!doc.document_element()) throw XmlError(std::string(part), 0, "no root element");
}

}  // namespace docxsift::opc::detail
