// Property sets: a header, then the first property set's offset; the set is a
// size, a count and (id, offset) pairs; each property a VT type and a value.
// 8-bit strings are in the code page the set names (property 1).
#include <unicode/ucnv.h>

#include <cstdio>
#include <string>

#include "doc/detail_bytes.hpp"
#include "doc/detail_summary.hpp"
#include "doc/detail_text.hpp"

namespace docxsift::doc::detail {
namespace {

constexpr std::uint16_t kVtI2 = 2, kVtLpstr = 0x1E, kVtLpwstr = 0x1F, kVtFiletime = 0x40, kVtI4 = 3;

std::string decode_8bit(std::string_view bytes, std::uint16_t code_page) {
  if (code_page == 65001 || code_page == 0) return std::string(bytes);
  std::string name = "windows-" + std::to_string(code_page);
  if (code_page == 936 || code_page == 950 || code_page == 932 || code_page == 949) name += "-2000";
  UErrorCode status = U_ZERO_ERROR;
  UConverter* cnv = ucnv_open(name.c_str(), &status);
  if (U_FAILURE(status) || cnv == nullptr) return std::string(bytes);
  std::u16string out(bytes.size() * 2 + 2, u'\0');
  int32_t n = ucnv_toUChars(cnv, reinterpret_cast<UChar*>(out.data()), static_cast<int32_t>(out.size()), bytes.data(),
                            static_cast<int32_t>(bytes.size()), &status);
  ucnv_close(cnv);
  if (U_FAILURE(status)) return std::string(bytes);
  out.resize(static_cast<std::size_t>(n));
  return utf16_to_utf8(out);
}

// FILETIME (100 ns since 1601) as ISO 8601 UTC; empty for 0.
std::string filetime(std::uint64_t ticks) {
  if (ticks == 0) return {};
  std::int64_t seconds = static_cast<std::int64_t>(ticks / 10000000ull) - 11644473600ll;
  std::int64_t days = seconds >= 0 ? seconds / 86400 : (seconds - 86399) / 86400;
  std::int64_t rest = seconds - days * 86400;
  // Civil date from days since 1970-01-01 (Howard Hinnant's algorithm).
  std::int64_t z = days + 719468;
  std::int64_t era = (z >= 0 ? z : z - 146096) / 146097;
  std::int64_t doe = z - era * 146097;
  std::int64_t yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
  std::int64_t y = yoe + era * 400;
  std::int64_t doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
  std::int64_t mp = (5 * doy + 2) / 153;
  std::int64_t d = doy - (153 * mp + 2) / 5 + 1;
  std::int64_t m = mp < 10 ? mp + 3 : mp - 9;
  if (m <= 2) ++y;
  if (y < 1601 || y > 9999) return {};
  char buf[96];
  std::snprintf(buf, sizeof buf, "%04lld-%02lld-%02lldT%02lld:%02lld:%02lldZ", static_cast<long long>(y),
                static_cast<long long>(m), static_cast<long long>(d), static_cast<long long>(rest / 3600),
                static_cast<long long>(rest / 60 % 60), static_cast<long long>(rest % 60));
  return buf;
}

// Calls f(id, value) for the first property set's properties, strings decoded.
template <typename F>
void each_property(std::string_view stream, F&& f) {
  if (stream.size() < 48 || u16(stream, 0) != 0xFFFE) return;
  std::uint32_t set_at = u32(stream, 44);
  std::string_view set = slice(stream, set_at, u32(stream, set_at));
  std::uint32_t count = u32(set, 4);
  if (set.size() < 8 || count > (set.size() - 8) / 8) return;
  std::uint16_t code_page = 1252;
  for (std::uint32_t i = 0; i < count; ++i) {
    std::uint32_t at = u32(set, 12 + i * 8);
    if (u32(set, 8 + i * 8) == 1 && u16(set, at) == kVtI2) code_page = u16(set, at + 4);
  }
  for (std::uint32_t i = 0; i < count; ++i) {
    std::uint32_t id = u32(set, 8 + i * 8);
    std::uint32_t at = u32(set, 12 + i * 8);
    std::uint16_t type = u16(set, at);
    std::string value;
    if (type == kVtLpstr) {
      std::string_view bytes = slice(set, at + 8, u32(set, at + 4));
      if (auto nul = bytes.find('\0'); nul != std::string_view::npos) bytes = bytes.substr(0, nul);
      value = decode_8bit(bytes, code_page);
    } else if (type == kVtLpwstr) {
      std::u16string units;
      std::uint32_t chars = u32(set, at + 4);
      for (std::uint32_t c = 0; c < chars && at + 8 + c * 2 + 1 < set.size(); ++c) {
        char16_t ch = u16(set, at + 8 + c * 2);
        if (ch == 0) break;
        units.push_back(ch);
      }
      value = utf16_to_utf8(units);
    } else if (type == kVtFiletime) {
      value = filetime(u32(set, at + 4) | (static_cast<std::uint64_t>(u32(set, at + 8)) << 32));
    } else if (type == kVtI4 || type == kVtI2) {
      continue;
    } else {
      continue;
    }
    if (!value.empty()) f(id, value);
  }
}

}  // namespace

void read_summary(model::Builder& builder, std::string_view summary, std::string_view document_summary) {
  model::CoreProperties& core = builder.doc().core;
  each_property(summary, [&](std::uint32_t id, const std::string& value) {
    model::Index v = builder.intern(value);
    switch (id) {
      case 2: core.title = v; break;
      case 3: core.subject = v; break;
      case 4: core.author = v; break;
      case 5: core.keywords = v; break;
      case 6: core.comments = v; break;
      case 8: core.last_modified_by = v; break;
      case 9: core.revision = v; break;
      case 11: core.last_printed = v; break;
      case 12: core.created = v; break;
      case 13: core.modified = v; break;
      default: break;
    }
  });
  each_property(document_summary, [&](std::uint32_t id, const std::string& value) {
    if (id == 2) core.category = builder.intern(value);
  });
}

}  // namespace docxsift::doc::detail
