// [MS-CFB] reader. The header names the FAT sectors (first 109 in the header,
// the rest through the DIFAT chain); the FAT links sectors into chains; the
// directory is a chain of 128-byte entries forming a red-black tree per
// storage; streams under mini_cutoff bytes live in 64-byte mini sectors of the
// root entry's "mini stream", linked by the mini FAT.
#include "docxsift/cfb.hpp"

#include <algorithm>
#include <cstring>

#include "docxsift/errors.hpp"

namespace docxsift::cfb {
namespace {

constexpr std::string_view kMagic{"\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1", 8};
constexpr std::uint32_t kEndOfChain = 0xFFFFFFFEu;
constexpr std::uint32_t kFree = 0xFFFFFFFFu;
constexpr std::uint32_t kNoStream = 0xFFFFFFFFu;
constexpr std::uint8_t kStorage = 1, kStream = 2, kRoot = 5;

std::uint32_t u32(std::string_view s, std::size_t at) {
  if (at + 4 > s.size()) return 0;
  const auto* p = reinterpret_cast<const unsigned char*>(s.data() + at);
  return p[0] | (p[1] << 8) | (p[2] << 16) | (static_cast<std::uint32_t>(p[3]) << 24);
}
std::uint16_t u16(std::string_view s, std::size_t at) {
  if (at + 2 > s.size()) return 0;
  const auto* p = reinterpret_cast<const unsigned char*>(s.data() + at);
  return static_cast<std::uint16_t>(p[0] | (p[1] << 8));
}

[[noreturn]] void broken(const std::string& why) { throw PackageError("corrupt OLE compound file: " + why); }

void check_stream_size(std::uint64_t size, const Limits& limits, const char* what) {
  if (size > limits.max_part_uncompressed) {
    throw LimitError("max_part_uncompressed",
                     std::string("OLE stream ") + what + " declares " + std::to_string(size) +
                         " bytes, over max_part_uncompressed=" + std::to_string(limits.max_part_uncompressed) +
                         " (raise it with docxsift.Limits(max_part_uncompressed=...))");
  }
}

// Directory names are UTF-16LE; the ones looked up are ASCII (and "\x05...").
std::string ascii_name(std::string_view raw, std::uint16_t bytes) {
  std::string name;
  std::size_t chars = std::min<std::size_t>(bytes / 2, 32);
  for (std::size_t i = 0; i < chars; ++i) {
    std::uint16_t c = u16(raw, i * 2);
    if (c == 0) break;
    name.push_back(c < 0x80 ? static_cast<char>(c) : '?');
  }
  return name;
}

}  // namespace

bool is_compound_file(std::string_view data) { return data.starts_with(kMagic); }

CompoundFile::CompoundFile(std::string_view data, const Limits& limits) : data_(data), limits_(limits) {
  if (data.size() > limits.max_file_size) {
    throw LimitError("max_file_size", "file is " + std::to_string(data.size()) +
                                          " bytes, over max_file_size=" + std::to_string(limits.max_file_size) +
                                          " (raise it with docxsift.Limits(max_file_size=...))");
  }
  if (!is_compound_file(data)) broken("no compound file signature");
  if (data.size() < 512) broken("truncated header");
  std::uint16_t shift = u16(data, 30);
  if (shift != 9 && shift != 12) broken("sector shift " + std::to_string(shift) + " (expected 9 or 12)");
  sector_size_ = 1u << shift;
  std::uint16_t mini_shift = u16(data, 32);
  if (mini_shift != 6) broken("mini sector shift " + std::to_string(mini_shift) + " (expected 6)");
  mini_sector_size_ = 1u << mini_shift;
  mini_cutoff_ = u32(data, 56);
  if (mini_cutoff_ != 4096) broken("mini stream cutoff " + std::to_string(mini_cutoff_) + " (expected 4096)");
  // Sectors follow the header, which takes one sector's room; a last
  // sector cut short by the end of the file still counts (read as zeros).
  sector_count_ = static_cast<std::uint32_t>((data.size() - 1) / sector_size_);
  read_fat();
  read_directory();
  collect_root_children();
}

std::string_view CompoundFile::sector(std::uint32_t index) const {
  if (index >= sector_count_) broken("sector " + std::to_string(index) + " is past the end of the file");
  std::size_t at = (static_cast<std::size_t>(index) + 1) * sector_size_;
  return data_.substr(at, sector_size_);
}

std::vector<std::uint32_t> CompoundFile::chain(std::uint32_t start, const std::vector<std::uint32_t>& table,
                                               std::uint64_t limit, const char* what) const {
  std::vector<std::uint32_t> out;
  std::vector<bool> seen(table.size(), false);
  for (std::uint32_t at = start; at != kEndOfChain;) {
    if (at >= table.size()) broken(std::string(what) + " chain names sector " + std::to_string(at) + " out of range");
    if (seen[at]) broken(std::string(what) + " chain has a cycle at sector " + std::to_string(at));
    seen[at] = true;
    out.push_back(at);
    if (out.size() >= limit) break;  // long enough for the declared size: the rest is unused
    at = table[at];
    if (at == kFree) broken(std::string(what) + " chain runs into a free sector");
  }
  return out;
}

void CompoundFile::read_fat() {
  std::uint32_t fat_sectors = u32(data_, 44);
  if (fat_sectors > sector_count_) {
    broken("declares " + std::to_string(fat_sectors) + " FAT sectors in a file of " + std::to_string(sector_count_));
  }
  std::vector<std::uint32_t> locations;
  for (std::uint32_t i = 0; i < 109 && locations.size() < fat_sectors; ++i) locations.push_back(u32(data_, 76 + i * 4));
  // The DIFAT chain: each sector lists FAT sector numbers and ends with the next DIFAT sector.
  std::uint32_t next = u32(data_, 68);
  std::uint32_t difat_sectors = u32(data_, 72);
  std::vector<bool> seen(sector_count_, false);
  const std::uint32_t per_sector = sector_size_ / 4 - 1;
  for (std::uint32_t n = 0; locations.size() < fat_sectors; ++n) {
    if (next == kEndOfChain || next == kFree || n >= difat_sectors) {
      broken("DIFAT ends before every FAT sector is named");
    }
    if (next >= sector_count_ || seen[next]) broken("DIFAT chain is out of range or has a cycle");
    seen[next] = true;
    std::string_view s = sector(next);
    for (std::uint32_t i = 0; i < per_sector && locations.size() < fat_sectors; ++i) locations.push_back(u32(s, i * 4));
    next = u32(s, per_sector * 4);
  }
  fat_.reserve(static_cast<std::size_t>(fat_sectors) * (sector_size_ / 4));
  for (std::uint32_t location : locations) {
    std::string_view s = sector(location);
    for (std::uint32_t i = 0; i < sector_size_ / 4; ++i) fat_.push_back(u32(s, i * 4));
  }
  // Entries for sectors that are not in the file are unusable: cut them off
  // so that every chain check is against the file.
  if (fat_.size() > sector_count_) fat_.resize(sector_count_);
}

std::string CompoundFile::read_chain(std::uint32_t start, std::uint64_t size, const char* what) const {
  std::uint64_t sectors = (size + sector_size_ - 1) / sector_size_;
  if (sectors > sector_count_) broken(std::string(what) + " is larger than the file");
  std::string out;
  if (size == 0) return out;
  std::vector<std::uint32_t> links = chain(start, fat_, sectors, what);
  if (links.size() < sectors) broken(std::string(what) + " chain is shorter than its size");
  out.reserve(size);
  for (std::uint32_t link : links) {
    std::string_view s = sector(link);
    out.append(s);
    out.append(sector_size_ - s.size(), '\0');  // a last sector cut short
  }
  out.resize(size);
  return out;
}

void CompoundFile::read_directory() {
  std::uint32_t first = u32(data_, 48);
  std::vector<std::uint32_t> links = chain(first, fat_, sector_count_, "directory");
  std::uint64_t bytes = static_cast<std::uint64_t>(links.size()) * sector_size_;
  check_stream_size(bytes, limits_, "directory");
  std::string dir = read_chain(first, bytes, "directory");
  std::size_t count = dir.size() / 128;
  entries_.reserve(count);
  for (std::size_t i = 0; i < count; ++i) {
    std::string_view raw = std::string_view(dir).substr(i * 128, 128);
    Entry e;
    e.name = ascii_name(raw, u16(raw, 64));
    e.type = static_cast<std::uint8_t>(raw[66]);
    e.left = u32(raw, 68);
    e.right = u32(raw, 72);
    e.child = u32(raw, 76);
    e.start = u32(raw, 116);
    e.size = u32(raw, 120);
    if (sector_size_ == 4096) e.size |= static_cast<std::uint64_t>(u32(raw, 124)) << 32;
    entries_.push_back(std::move(e));
  }
  if (entries_.empty() || entries_[0].type != kRoot) broken("the first directory entry is not the root storage");

  // The mini stream (the root's chain) and the mini FAT.
  const Entry& root = entries_[0];
  check_stream_size(root.size, limits_, "mini stream");
  mini_stream_ = read_chain(root.start, root.size, "mini stream");
  std::uint32_t mini_fat_sectors = u32(data_, 64);
  if (mini_fat_sectors > sector_count_) broken("declares more mini FAT sectors than the file holds");
  if (mini_fat_sectors > 0) {
    std::uint64_t table_bytes = static_cast<std::uint64_t>(mini_fat_sectors) * sector_size_;
    std::string table = read_chain(u32(data_, 60), table_bytes, "mini FAT");
    mini_fat_.reserve(table.size() / 4);
    for (std::size_t i = 0; i + 4 <= table.size(); i += 4) mini_fat_.push_back(u32(table, i));
  }
  std::size_t mini_sectors = mini_stream_.size() / mini_sector_size_;
  if (mini_fat_.size() > mini_sectors) mini_fat_.resize(mini_sectors);
}

void CompoundFile::collect_root_children() {
  // An in-order walk of the root's tree, with an explicit stack and a visited
  // set so that a malformed tree (cycles, shared nodes) ends.
  std::vector<bool> seen(entries_.size(), false);
  std::vector<std::uint32_t> stack{entries_[0].child};
  while (!stack.empty()) {
    std::uint32_t at = stack.back();
    stack.pop_back();
    if (at == kNoStream || at >= entries_.size() || seen[at]) continue;
    seen[at] = true;
    const Entry& e = entries_[at];
    if (e.type == kStream || e.type == kStorage) {
      root_children_.push_back(at);
      root_names_.push_back(e.name);
    }
    stack.push_back(e.left);
    stack.push_back(e.right);
  }
}

const CompoundFile::Entry* CompoundFile::find(std::string_view name) const {
  for (std::uint32_t index : root_children_) {
    const Entry& e = entries_[index];
    // Names compare case-insensitively in [MS-CFB]; ours are ASCII.
    if (e.name.size() == name.size() && std::equal(name.begin(), name.end(), e.name.begin(), [](char a, char b) {
          auto lower = [](char c) { return (c >= 'A' && c <= 'Z') ? static_cast<char>(c + 32) : c; };
          return lower(a) == lower(b);
        })) {
      return &e;
    }
  }
  return nullptr;
}

bool CompoundFile::has(std::string_view name) const { return find(name) != nullptr; }

std::string CompoundFile::read_mini(std::uint32_t start, std::uint64_t size) const {
  std::string out;
  if (size == 0) return out;
  std::uint64_t sectors = (size + mini_sector_size_ - 1) / mini_sector_size_;
  std::vector<std::uint32_t> links = chain(start, mini_fat_, sectors, "mini stream");
  if (links.size() < sectors) broken("a mini stream chain is shorter than its size");
  out.reserve(size);
  for (std::uint32_t link : links) {
    out.append(mini_stream_, static_cast<std::size_t>(link) * mini_sector_size_, mini_sector_size_);
  }
  out.resize(size);
  return out;
}

std::optional<std::string> CompoundFile::read(std::string_view name) {
  const Entry* e = find(name);
  if (e == nullptr || e->type != kStream) return std::nullopt;
  std::string what(name);
  check_stream_size(e->size, limits_, what.c_str());
  if (total_read_ + e->size > limits_.max_total_uncompressed) {
    throw LimitError(
        "max_total_uncompressed",
        "OLE streams read exceed max_total_uncompressed=" + std::to_string(limits_.max_total_uncompressed) +
            " bytes (raise it with docxsift.Limits(max_total_uncompressed=...))");
  }
  total_read_ += e->size;
  if (e->size < mini_cutoff_) return read_mini(e->start, e->size);
  return read_chain(e->start, e->size, what.c_str());
}

}  // namespace docxsift::cfb
