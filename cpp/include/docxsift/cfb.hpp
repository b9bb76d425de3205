// The OLE Compound File Binary format ([MS-CFB]): the container of legacy
// Word .doc files (and of encrypted OOXML). Read-only, for untrusted input:
// every sector chain is bounded and cycle-checked, and every stream size is
// checked against Limits before anything is allocated for it.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "docxsift/limits.hpp"

namespace docxsift::cfb {

// True when the bytes start with the compound file signature.
bool is_compound_file(std::string_view data);

class CompoundFile {
 public:
  // Parses the header, FAT, mini FAT and directory of `data`, which must
  // outlive this object. Throws PackageError for a broken container and
  // LimitError when a limit is exceeded.
  CompoundFile(std::string_view data, const Limits& limits);

  // Names of the streams and storages directly under the root storage.
  const std::vector<std::string>& root_names() const { return root_names_; }
  bool has(std::string_view name) const;
  // The bytes of a stream directly under the root, nullopt when there is none.
  // Each read counts towards max_total_uncompressed.
  std::optional<std::string> read(std::string_view name);

 private:
  struct Entry {
    std::string name;  // UTF-8 (ASCII in every name we look up)
    std::uint8_t type = 0;
    std::uint32_t left = 0, right = 0, child = 0;
    std::uint32_t start = 0;
    std::uint64_t size = 0;
  };

  std::vector<std::uint32_t> chain(std::uint32_t start, const std::vector<std::uint32_t>& table, std::uint64_t limit,
                                   const char* what) const;
  std::string read_chain(std::uint32_t start, std::uint64_t size, const char* what) const;
  std::string read_mini(std::uint32_t start, std::uint64_t size) const;
  void read_fat();
  void read_directory();
  void collect_root_children();
  const Entry* find(std::string_view name) const;
  std::string_view sector(std::uint32_t index) const;

  std::string_view data_;
  Limits limits_;
  std::uint32_t sector_size_ = 512;
  std::uint32_t mini_sector_size_ = 64;
  std::uint32_t mini_cutoff_ = 4096;
  std::uint32_t sector_count_ = 0;  // sectors present in the file
  std::vector<std::uint32_t> fat_;
  std::vector<std::uint32_t> mini_fat_;
  std::string mini_stream_;
  std::vector<Entry> entries_;
  std::vector<std::uint32_t> root_children_;  // indexes into entries_
  std::vector<std::string> root_names_;
  std::uint64_t total_read_ = 0;
};

}  // namespace docxsift::cfb
