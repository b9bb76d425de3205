#include <algorithm>
#include <array>
#include <cctype>
#include <cstdint>
#include <cstring>
#include <functional>
#include <vector>

#include "docxsift/errors.hpp"
#include "opc/detail_scan.hpp"
#include "opc/detail_xml.hpp"

namespace docxsift::opc::detail {
namespace {

std::uint64_t line_of(std::string_view bytes, std::ptrdiff_t offset) {
  auto end = static_cast<std::size_t>(std::clamp<std::ptrdiff_t>(offset, 0, static_cast<std::ptrdiff_t>(bytes.size())));
  return 1 +
         static_cast<std::uint64_t>(std::count(bytes.begin(), bytes.begin() + static_cast<std::ptrdiff_t>(end), '\n'));
}

// The one choke point for pugixml parse results.
void check_parse(const pugi::xml_parse_result& result, std::string_view bytes, std::string_view part) {
  if (result) return;
  throw XmlError(std::string(part), line_of(bytes, result.offset),
                 std::string("not well-formed XML: ") + result.description());
}

bool is_xml_char(unsigned long cp) {
  return cp == 0x9 || cp == 0xA || cp == 0xD || (cp >= 0x20 && cp <= 0xD7FF) || (cp >= 0xE000 && cp <= 0xFFFD) ||
         (cp >= 0x10000 && cp <= 0x10FFFF);
}

// One element whose content is cut out: [content, end_tag) of the original.
struct Cut {
  std::size_t name = 0;  // offset of the element's name
  std::size_t content = 0;
  std::size_t end_tag = 0;
};

// Contents that scan_content accepted lately, per thread: Word writes the same
// w:latentStyles and theme colours into document after document, and a
// content equal byte for byte to one accepted before needs no second scan.
class AcceptedContents {
 public:
  // The end of a known content starting at `content` of `s`, or kNpos.
  std::size_t match(std::string_view s, std::size_t content) const {
    for (const std::string& known : entries_) {
      if (s.size() - content >= known.size() && s.compare(content, known.size(), known) == 0) {
        return content + known.size();
      }
    }
    return kNpos;
  }
  void add(std::string_view content) {
    if (content.size() < kWorthKeeping) return;
    if (entries_.size() < kEntries) {
      entries_.emplace_back(content);
    } else {
      entries_[next_].assign(content);
      next_ = (next_ + 1) % kEntries;
    }
  }

 private:
  static constexpr std::size_t kEntries = 16;         // at most ~16 x 30 KB a thread
  static constexpr std::size_t kWorthKeeping = 1024;  // a short content is scanned quickly
  std::vector<std::string> entries_;
  std::size_t next_ = 0;
};

// Every element named `local` (any prefix) whose content scan_content accepts.
void find_cuts(std::string_view s, std::string_view local, std::vector<Cut>& cuts) {
  thread_local AcceptedContents accepted;
  const std::boyer_moore_horspool_searcher searcher(local.begin(), local.end());
  for (std::size_t at = 0;;) {
    auto hit = std::search(s.begin() + static_cast<std::ptrdiff_t>(at), s.end(), searcher);
    if (hit == s.end()) break;
    at = static_cast<std::size_t>(hit - s.begin());
    const std::size_t after = at + local.size();
    ++at;
    if (after >= s.size()) break;
    if (at == 1 || (!has(s[after], kSpace) && s[after] != '>' && s[after] != '/')) continue;
    std::size_t lt = at - 2;
    if (s[lt] == ':') {
      while (lt > 0 && has(s[lt - 1], kNameChar)) --lt;
      if (lt == 0 || lt == at - 2) continue;
      --lt;
    }
    if (s[lt] != '<') continue;
    std::string_view name;
    bool empty = false;
    const std::size_t content = scan_start_tag(s, lt + 1, name, empty);
    if (content == kNpos || empty || lt + 1 + name.size() != after) continue;
    std::size_t end_tag = accepted.match(s, content);
    if (end_tag == kNpos || !end_tag_at(s, end_tag, name)) {
      end_tag = scan_content(s, content, name);
      if (end_tag == kNpos) continue;
      accepted.add(s.substr(content, end_tag - content));
    }
    cuts.push_back({lt + 1, content, end_tag});
    at = end_tag;
  }
}

// `bytes` without the content of the cut elements; `names` gets the offsets
// of their names in the result. Nested cuts are covered by the outer one.
std::string cut_out(std::string_view bytes, std::vector<Cut>& cuts, std::vector<std::size_t>& names) {
  std::sort(cuts.begin(), cuts.end(), [](const Cut& a, const Cut& b) { return a.content < b.content; });
  std::string out;
  out.reserve(bytes.size());
  std::size_t copied = 0;
  for (const Cut& cut : cuts) {
    if (cut.name < copied) continue;  // inside a cut already made
    names.push_back(out.size() + (cut.name - copied));
    out.append(bytes, copied, cut.content - copied);
    copied = cut.end_tag;
  }
  out.append(bytes, copied, kNpos);
  return out;
}

// Whether every offset in `names` is the name of an element of the tree
// parsed in place from `base` (element names point into the buffer then).
bool all_are_elements(const pugi::xml_document& doc, const char* base, std::vector<std::size_t> names) {
  std::sort(names.begin(), names.end());
  std::size_t found = 0;
  pugi::xml_node node = doc.first_child();
  while (node && found < names.size()) {
    if (node.type() == pugi::node_element) {
      const char* name = node.name();
      if (name >= base && std::binary_search(names.begin(), names.end(), static_cast<std::size_t>(name - base))) {
        ++found;
      }
    }
    if (node.first_child()) {
      node = node.first_child();
      continue;
    }
    while (node && !node.next_sibling()) node = node.parent();
    if (node) node = node.next_sibling();
  }
  return found == names.size();
}

// Every element starts with '<': counting them bounds the tree pugixml would
// build, so a part with a billion tiny elements is refused before it is built.
std::uint64_t most_tags(const Limits& limits) { return limits.max_xml_nodes * 2 + 16; }

// parse_ws_pcdata keeps whitespace-only w:t; parse_doctype only so that a DTD
// can be seen and refused (OPC forbids them; nothing is ever expanded).
constexpr unsigned kFlags = (pugi::parse_default | pugi::parse_ws_pcdata | pugi::parse_doctype);

pugi::xml_parse_result load(pugi::xml_document& doc, std::string& bytes) {
  return doc.load_buffer_inplace(bytes.data(), bytes.size(), kFlags, pugi::encoding_auto);
}

// The checks after a parse of the buffer `bytes` (replaced references done).
void check_loaded(const pugi::xml_document& doc, const pugi::xml_parse_result& result, std::string_view bytes,
                  std::string_view part) {
  check_parse(result, bytes, part);
  for (pugi::xml_node child = doc.first_child(); child; child = child.next_sibling()) {
    if (child.type() == pugi::node_doctype) {
      throw XmlError(std::string(part), 0, "DTD (<!DOCTYPE>) not allowed in an OPC part");
    }
  }
  if (!doc.document_element()) throw XmlError(std::string(part), 0, "no root element");
}

}  // namespace

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
      unsigned long digit = std::isdigit(static_cast<unsigned char>(c))
                                ? static_cast<unsigned long>(c - '0')
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

// In blocks of byte counters, one a lane of 16: the compiler vectorises
// this; std::count widened every byte to 64 bits.
std::uint64_t count_lt(std::string_view bytes) {
  const auto* p = reinterpret_cast<const unsigned char*>(bytes.data());
  std::size_t n = bytes.size();
  std::uint64_t total = 0;
  while (n > 0) {
    const std::size_t block = std::min<std::size_t>(n, 255 * 16);  // no lane can overflow
    std::uint8_t lanes[16] = {};
    std::size_t i = 0;
    for (; i + 16 <= block; i += 16) {
      for (std::size_t k = 0; k < 16; ++k) lanes[k] = static_cast<std::uint8_t>(lanes[k] + (p[i + k] == '<'));
    }
    for (std::size_t k = 0; k < 16; ++k) total += lanes[k];
    for (; i < block; ++i) total += p[i] == '<';
    p += block;
    n -= block;
  }
  return total;
}

void check_tag_total(std::uint64_t tags, std::string_view part, const Limits& limits) {
  if (tags > most_tags(limits)) {
    throw LimitError("max_xml_nodes", std::string(part) +
                                          " has more than max_xml_nodes=" + std::to_string(limits.max_xml_nodes) +
                                          " elements (raise it with docxsift.Limits(max_xml_nodes=...))");
  }
}

void check_tag_count(std::string_view bytes, std::string_view part, const Limits& limits) {
  // A tag takes at least its '<': a part no longer than the bound needs no count.
  if (bytes.size() <= most_tags(limits)) return;
  check_tag_total(count_lt(bytes), part, limits);
}

void parse_prepared(pugi::xml_document& doc, std::string& bytes, std::string_view part) {
  check_loaded(doc, load(doc, bytes), bytes, part);
}

void parse_part(pugi::xml_document& doc, std::string& bytes, std::string_view part, const Limits& limits) {
  check_tag_count(bytes, part, limits);
  replace_invalid_char_refs(bytes);
  parse_prepared(doc, bytes, part);
}

bool parse_piece(pugi::xml_document& doc, char* data, std::size_t size) {
  // pugixml forgives markup cut short by the end of its buffer ("x</" parses),
  // which in the part is followed by the next piece and is an error there: a
  // piece must end after its last tag is closed.
  const std::string_view bytes(data, size);
  const std::size_t last_lt = bytes.rfind('<');
  if (last_lt != std::string_view::npos && bytes.find('>', last_lt) == std::string_view::npos) return false;
  if (!doc.load_buffer_inplace(data, size, kFlags | pugi::parse_fragment, pugi::encoding_utf8)) return false;
  // A whole part refuses a DTD anywhere, and pugixml takes one only at the top
  // level, which a piece's top level is not in the part.
  for (pugi::xml_node child = doc.first_child(); child; child = child.next_sibling()) {
    if (child.type() == pugi::node_doctype) return false;
  }
  return true;
}

void parse_part_unread(pugi::xml_document& doc, std::string& bytes, std::string_view part, const Limits& limits,
                       std::initializer_list<std::string_view> unread) {
  check_tag_count(bytes, part, limits);
  replace_invalid_char_refs(bytes);
  std::vector<Cut> cuts;
  // A NUL would end pugixml's reading where the scanner goes on: none, or no cut.
  if (std::memchr(bytes.data(), '\0', bytes.size()) == nullptr) {
    for (std::string_view local : unread) find_cuts(bytes, local, cuts);
  }
  if (!cuts.empty()) {
    std::vector<std::size_t> names;
    std::string original = cut_out(bytes, cuts, names);
    bytes.swap(original);
    pugi::xml_parse_result result = load(doc, bytes);
    if (result && all_are_elements(doc, bytes.data(), std::move(names))) {
      check_loaded(doc, result, bytes, part);
      return;
    }
    // Not what it seemed (a name inside a comment or an attribute value, an
    // error elsewhere): the original decides, errors and lines included.
    doc.reset();
    bytes.swap(original);
  }
  check_loaded(doc, load(doc, bytes), bytes, part);
}

}  // namespace docxsift::opc::detail
