#include <algorithm>
#include <cstdint>
#include <cstring>
#include <string>

#include "opc/detail_body_split.hpp"
#include "opc/detail_scan.hpp"
#include "opc/detail_xml.hpp"

namespace docxsift::opc::detail {
namespace {

// The body's end tag must be near the end: what follows it is copied.
constexpr std::size_t kMaxTail = 64 * 1024;

// The change of element depth at s[i], read from s[i] and s[i + 1]: "<x" opens,
// "</" and "/>" close, "<?" and "<!" neither. Exact for the markup XML writers
// produce, where '>' in text and attribute values is escaped; where it is not,
// a cut can land inside an element, and that piece then fails to parse.
int depth_change(unsigned char c, unsigned char next) {
  if (c == '<') return next == '/' ? -1 : (next == '?' || next == '!') ? 0 : 1;
  return c == '/' && next == '>' ? -1 : 0;
}

// Blocks of this many bytes are counted with one byte counter per lane of 16:
// 255 x 16, so that no counter can overflow.
constexpr std::size_t kBlock = 4080;

struct BlockCount {
  std::int64_t depth_change = 0;
  std::uint64_t tags = 0;  // '<'
  bool nul = false;
};

// The depth change over p[0, size), its '<' count and whether it holds a NUL.
// Written as lanes of byte counters so that the compiler vectorises it: this
// pass reads every byte of a large body.
BlockCount count_block(const unsigned char* p, std::size_t size) {
  std::uint8_t lts[16] = {}, end_tags[16] = {}, empty_ends[16] = {}, others[16] = {}, nuls[16] = {};
  std::size_t i = 0;
  for (; i + 16 <= size; i += 16) {
    for (std::size_t k = 0; k < 16; ++k) {
      const unsigned char c = p[i + k], next = p[i + k + 1];
      const bool lt = c == '<';
      lts[k] = static_cast<std::uint8_t>(lts[k] + lt);
      end_tags[k] = static_cast<std::uint8_t>(end_tags[k] + (lt & (next == '/')));
      empty_ends[k] = static_cast<std::uint8_t>(empty_ends[k] + ((c == '/') & (next == '>')));
      others[k] = static_cast<std::uint8_t>(others[k] + (lt & ((next == '?') | (next == '!'))));
      nuls[k] = static_cast<std::uint8_t>(nuls[k] | (c == 0));
    }
  }
  BlockCount out;
  for (std::size_t k = 0; k < 16; ++k) {
    // Every '<' counted as an opening: an end tag takes back its own and one more.
    out.depth_change +=
        std::int64_t{lts[k]} - 2 * std::int64_t{end_tags[k]} - std::int64_t{empty_ends[k]} - std::int64_t{others[k]};
    out.tags += lts[k];
    out.nul = out.nul || nuls[k] != 0;
  }
  for (; i < size; ++i) {
    out.depth_change += depth_change(p[i], p[i + 1]);
    out.tags += p[i] == '<';
    out.nul = out.nul || p[i] == 0;
  }
  return out;
}

bool equals_nocase(std::string_view a, std::string_view lower) {
  return a.size() == lower.size() && std::equal(a.begin(), a.end(), lower.begin(), [](char x, char y) {
           return (x >= 'A' && x <= 'Z' ? static_cast<char>(x - 'A' + 'a') : x) == y;
         });
}

// Past the XML declaration, comments and processing instructions before the
// root element; kNpos when the declaration names an encoding other than UTF-8.
std::size_t skip_prolog(std::string_view s, std::size_t i) {
  for (;;) {
    while (i < s.size() && has(s[i], kSpace)) ++i;
    if (s.compare(i, 2, "<?") == 0) {
      const std::size_t end = s.find("?>", i);
      if (end == kNpos) return kNpos;
      const std::string_view pi = s.substr(i, end - i);
      if (pi.starts_with("<?xml") && pi.size() > 5 && has(pi[5], kSpace)) {
        const std::size_t at = pi.find("encoding");
        if (at != kNpos) {
          const std::size_t quote = pi.find_first_of("\"'", at);
          if (quote == kNpos) return kNpos;
          const std::size_t close = pi.find(pi[quote], quote + 1);
          if (close == kNpos) return kNpos;
          const std::string_view encoding = pi.substr(quote + 1, close - quote - 1);
          if (!equals_nocase(encoding, "utf-8") && !equals_nocase(encoding, "utf8")) return kNpos;
        }
      }
      i = end + 2;
    } else if (s.compare(i, 4, "<!--") == 0) {
      const std::size_t end = s.find("-->", i + 4);
      if (end == kNpos) return kNpos;
      i = end + 3;
    } else {
      return i;
    }
  }
}

// The body's start tag among the root's first children: sets the offsets of
// its name and of its content. Only plain elements may come before it.
bool find_body(std::string_view s, std::size_t i, std::string_view body_name, BodySplit& split) {
  for (int children = 0; children < 64; ++children) {
    while (i < s.size() && has(s[i], kSpace)) ++i;
    if (i + 1 >= s.size() || s[i] != '<' || !has(s[i + 1], kNameStart)) return false;
    std::string_view name;
    bool empty = false;
    const std::size_t after = scan_start_tag(s, i + 1, name, empty);
    if (after == kNpos) return false;
    if (name == body_name) {
      if (empty) return false;
      split.body_name = i + 1;
      split.content_begin = after;
      return true;
    }
    if (empty) {
      i = after;
      continue;
    }
    const std::size_t end_tag = scan_content(s, after, name);
    if (end_tag == kNpos) return false;
    i = s.find('>', end_tag);
    if (i == kNpos) return false;
    ++i;
  }
  return false;
}

}  // namespace

std::optional<BodySplit> split_body(std::string_view s, std::size_t piece_bytes) {
  if (s.starts_with("\xFF\xFE") || s.starts_with("\xFE\xFF")) return std::nullopt;  // UTF-16
  std::size_t i = skip_prolog(s, s.starts_with("\xEF\xBB\xBF") ? 3 : 0);
  if (i == kNpos || i + 1 >= s.size() || s[i] != '<') return std::nullopt;
  std::string_view root;
  bool empty = false;
  const std::size_t after_root = scan_start_tag(s, i + 1, root, empty);
  if (after_root == kNpos || empty) return std::nullopt;
  const std::size_t colon = root.find(':');
  std::string body_name(colon == kNpos ? std::string_view{} : root.substr(0, colon + 1));
  body_name += "body";

  BodySplit split;
  if (!find_body(s, after_root, body_name, split)) return std::nullopt;
  // The last end tag of that name closes the body; whatever it really is, a
  // mistake here leaves a piece or the head unparsable.
  const std::string end_tag = "</" + body_name;
  split.content_end = s.rfind(end_tag);
  if (split.content_end == kNpos || split.content_end < split.content_begin ||
      s.size() - split.content_end > kMaxTail || !end_tag_at(s, split.content_end, body_name)) {
    return std::nullopt;
  }
  // A NUL ends pugixml's reading of a whole part but not of a piece.
  if (std::memchr(s.data(), '\0', split.content_begin) != nullptr ||
      std::memchr(s.data() + split.content_end, '\0', s.size() - split.content_end) != nullptr) {
    return std::nullopt;
  }

  // Depth at the start of every block of the content, relative to the body.
  const auto* p = reinterpret_cast<const unsigned char*>(s.data());
  const std::size_t begin = split.content_begin, end = split.content_end;
  std::vector<std::int64_t> depth_at;  // depth_at[b]: before block b
  depth_at.reserve((end - begin) / kBlock + 2);
  std::int64_t depth = 0;
  for (std::size_t at = begin; at < end; at += kBlock) {
    depth_at.push_back(depth);
    const BlockCount count = count_block(p + at, std::min(kBlock, end - at));
    if (count.nul) return std::nullopt;
    depth += count.depth_change;
    split.tags += count.tags;
  }
  split.tags += count_lt(s.substr(0, begin)) + count_lt(s.substr(end));

  // Each cut: the first start tag at body depth from the target on.
  std::size_t target = begin + std::max<std::size_t>(piece_bytes, 1);
  while (target < end) {
    const std::size_t block = (target - begin) / kBlock;
    std::size_t at = begin + block * kBlock;
    std::int64_t d = depth_at[block];
    for (; at < end; ++at) {
      if (d == 0 && at >= target && p[at] == '<' && has(static_cast<char>(p[at + 1]), kNameStart)) break;
      d += depth_change(p[at], p[at + 1]);
    }
    if (at >= end) break;
    split.cuts.push_back(at);
    target = at + std::max<std::size_t>(piece_bytes, 1);
  }
  if (split.cuts.empty()) return std::nullopt;
  return split;
}

}  // namespace docxsift::opc::detail
