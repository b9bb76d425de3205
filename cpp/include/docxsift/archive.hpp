// The ZIP container: open from a path or a buffer, list entries, inflate
// parts under the safety limits. No OPC or WordprocessingML knowledge.
#pragma once

#include <cstdint>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "docxsift/limits.hpp"

namespace docxsift::archive {

// An entry as stored: its deflated stream and the inflated size and CRC-32
// its central-directory record declares. Entries stored alike inflate alike
// under the same limits, so a reader may keep what it made of one and use it
// for the next (wml's PartMemo). `deflated` views the archive's bytes.
struct StoredEntry {
  std::string_view deflated;
  std::uint64_t size = 0;
  std::uint32_t crc = 0;
};

class Archive {
 public:
  // Opens the file at `path` (read whole, or memory-mapped above 1 MiB). Throws PackageError,
  // EncryptedError or LimitError; std::system_error when it cannot be read.
  static std::unique_ptr<Archive> open_file(const std::string& path, const Limits& limits);
  // Opens a copy of `data`.
  static std::unique_ptr<Archive> open_buffer(std::string_view data, const Limits& limits);
  // Opens shared bytes without copying them (they stay alive with the archive).
  static std::unique_ptr<Archive> open_shared(std::shared_ptr<const std::string> data, const Limits& limits);

  virtual ~Archive() = default;

  // Entry names as stored, in central-directory order.
  virtual const std::vector<std::string>& names() const = 0;
  // Finds an entry by part name: exact match first, then ASCII
  // case-insensitive (OPC part names compare case-insensitively).
  virtual std::optional<std::size_t> find(std::string_view name) const = 0;
  // Inflates one entry, counting what is actually inflated against the limits.
  virtual std::string read(std::size_t index) = 0;
  // Convenience: read(find(name)) or nullopt when absent.
  std::optional<std::string> read(std::string_view name);
  // The entry as stored, when it is deflated, unencrypted, with its sizes and
  // CRC declared and its stream inside the input bytes; nullopt otherwise.
  // Nothing is inflated or counted.
  virtual std::optional<StoredEntry> stored(std::size_t index) const = 0;
  // For a caller that holds what it made of an entry stored alike, read
  // before to exactly its declared size: the checks and the counting of
  // read(), without inflating. Throws as read() would.
  virtual void count_as_read(std::size_t index) = 0;
};

// What the first bytes of a file say it is, before any ZIP parsing.
enum class Sniffed { Zip, OleEncrypted, OleWord97, OleOther, Unknown };
Sniffed sniff(std::string_view head_and_body);

}  // namespace docxsift::archive
