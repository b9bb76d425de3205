#include <string>
#include <vector>

#include "docxsift/opc.hpp"

namespace docxsift::opc {
namespace {

int hex_value(char c) {
  if (c >= '0' && c <= '9') return c - '0';
  if (c >= 'a' && c <= 'f') return c - 'a' + 10;
  if (c >= 'A' && c <= 'F') return c - 'A' + 10;
  return -1;
}

std::string percent_decode(std::string_view s) {
  std::string out;
  out.reserve(s.size());
  for (std::size_t i = 0; i < s.size(); ++i) {
    if (s[i] == '%' && i + 2 < s.size()) {
      int hi = hex_value(s[i + 1]);
      int lo = hex_value(s[i + 2]);
      if (hi >= 0 && lo >= 0) {
        out.push_back(static_cast<char>(hi * 16 + lo));
        i += 2;
        continue;
      }
    }
    out.push_back(s[i]);
  }
  return out;
}

}  // namespace

std::string_view relationship_kind(std::string_view type) {
  auto slash = type.rfind('/');
  return slash == std::string_view::npos ? type : type.substr(slash + 1);
}

std::string resolve_part_name(std::string_view source, std::string_view target) {
  std::string t(target);
  for (char& c : t) {
    if (c == '\\') c = '/';
  }
  if (auto hash = t.find('#'); hash != std::string::npos) t.resize(hash);
  t = percent_decode(t);
  if (t.empty()) return {};
  // A URI with a scheme ("http:", "file:") is never a part.
  if (auto colon = t.find(':'); colon != std::string::npos && t.find('/') > colon) return {};

  std::vector<std::string> segments;
  if (t.front() != '/') {
    // Relative to the directory of the source part.
    std::string_view base = source;
    auto slash = base.rfind('/');
    base = slash == std::string_view::npos ? std::string_view{} : base.substr(0, slash);
    std::size_t start = 0;
    while (start < base.size()) {
      auto end = base.find('/', start);
      if (end == std::string_view::npos) end = base.size();
      if (end > start) segments.emplace_back(base.substr(start, end - start));
      start = end + 1;
    }
  }
  std::size_t start = 0;
  while (start <= t.size()) {
    auto end = t.find('/', start);
    if (end == std::string::npos) end = t.size();
    std::string segment = t.substr(start, end - start);
    if (segment == "..") {
      if (!segments.empty()) segments.pop_back();
    } else if (!segment.empty() && segment != ".") {
      segments.push_back(std::move(segment));
    }
    start = end + 1;
  }
  std::string out;
  for (const auto& segment : segments) {
    if (!out.empty()) out.push_back('/');
    out += segment;
  }
  return out;
}

}  // namespace docxsift::opc
