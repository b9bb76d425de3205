#include <algorithm>
#include <cstdint>
#include <vector>

#include "archive/detail_overlap.hpp"
#include "docxsift/errors.hpp"

namespace docxsift::archive::detail {
namespace {

std::uint32_t u32(std::string_view d, std::size_t at) {
  auto b = [&](std::size_t i) { return static_cast<std::uint32_t>(static_cast<unsigned char>(d[at + i])); };
  return b(0) | (b(1) << 8) | (b(2) << 16) | (b(3) << 24);
}

std::uint16_t u16(std::string_view d, std::size_t at) {
  auto b = [&](std::size_t i) { return static_cast<std::uint16_t>(static_cast<unsigned char>(d[at + i])); };
  return static_cast<std::uint16_t>(b(0) | (b(1) << 8));
}

struct Span {
  std::uint64_t begin;
  std::uint64_t end;
};

}  // namespace

std::vector<EntryLayout> check_entries_do_not_overlap(std::string_view zip) {
  constexpr std::size_t kEocdSize = 22;
  if (zip.size() < kEocdSize) return {};
  // The end-of-central-directory record: the last one, within the 64 KiB comment window.
  std::size_t lowest = zip.size() > kEocdSize + 65535 ? zip.size() - kEocdSize - 65535 : 0;
  std::size_t eocd = std::string_view::npos;
  for (std::size_t at = zip.size() - kEocdSize + 1; at-- > lowest;) {
    if (u32(zip, at) == 0x06054b50u) {
      eocd = at;
      break;
    }
  }
  if (eocd == std::string_view::npos) return {};
  std::uint64_t entries = u16(zip, eocd + 10);
  std::uint64_t cd_size = u32(zip, eocd + 12);
  std::uint64_t cd_offset = u32(zip, eocd + 16);
  if (entries == 0xFFFF || cd_offset == 0xFFFFFFFFu || cd_size == 0xFFFFFFFFu) return {};  // ZIP64
  if (cd_offset + cd_size > eocd) return {};  // prefixed or damaged: libzip decides

  std::vector<Span> spans;
  std::vector<EntryLayout> layout;
  bool layout_ok = true;
  // A header may claim more entries than its directory can hold: reserve what fits.
  const auto capacity = static_cast<std::size_t>(std::min<std::uint64_t>(entries, cd_size / 46 + 1));
  spans.reserve(capacity);
  layout.reserve(capacity);
  std::size_t at = static_cast<std::size_t>(cd_offset);
  for (std::uint64_t i = 0; i < entries; ++i) {
    if (at + 46 > eocd || u32(zip, at) != 0x02014b50u) return {};
    std::uint64_t compressed = u32(zip, at + 20);
    std::size_t name_len = u16(zip, at + 28), extra_len = u16(zip, at + 30), comment_len = u16(zip, at + 32);
    std::uint64_t local = u32(zip, at + 42);
    if (compressed == 0xFFFFFFFFu || local == 0xFFFFFFFFu) return {};  // ZIP64 entry
    if (local + 30 > zip.size() || u32(zip, static_cast<std::size_t>(local)) != 0x04034b50u) return {};
    std::uint64_t data =
        local + 30 + u16(zip, static_cast<std::size_t>(local) + 26) + u16(zip, static_cast<std::size_t>(local) + 28);
    spans.push_back({local, data + compressed});
    // A name running past the directory leaves no usable layout (libzip decides).
    layout_ok = layout_ok && at + 46 + name_len <= eocd;
    if (layout_ok) layout.push_back({zip.substr(at + 46, name_len), data, compressed});
    at += 46 + name_len + extra_len + comment_len;
  }
  std::sort(spans.begin(), spans.end(), [](const Span& a, const Span& b) { return a.begin < b.begin; });
  for (std::size_t i = 1; i < spans.size(); ++i) {
    if (spans[i].begin < spans[i - 1].end) {
      throw PackageError(
          "corrupt ZIP archive: entries overlap (a non-recursive zip bomb shares one compressed "
          "stream between many entries)");
    }
  }
  if (!layout_ok) layout.clear();
  return layout;
}

}  // namespace docxsift::archive::detail
