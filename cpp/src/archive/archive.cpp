// libzip behind the Archive interface. All libzip status codes go through
// check_zip(); all limits on inflated bytes are enforced in read().
#include "docxsift/archive.hpp"

#include <fcntl.h>
#include <libdeflate.h>
#include <sys/mman.h>
#include <sys/stat.h>
#include <unistd.h>
#include <zip.h>

#include <algorithm>
#include <cerrno>
#include <cstring>
#include <stdexcept>
#include <string>
#include <system_error>
#include <unordered_map>

#include "archive/detail_overlap.hpp"
#include "docxsift/errors.hpp"

namespace docxsift::archive {
namespace {

std::string zip_message(int code) {
  zip_error_t error;
  zip_error_init_with_code(&error, code);
  std::string message = zip_error_strerror(&error);
  zip_error_fini(&error);
  return message;
}

[[noreturn]] void throw_zip(int code, const std::string& what) {
  switch (code) {
    case ZIP_ER_NOZIP: throw PackageError("not a ZIP archive (a .docx file is a ZIP package)");
    case ZIP_ER_INCONS: throw PackageError("corrupt ZIP archive: " + zip_message(code));
    case ZIP_ER_CRC: throw PackageError("corrupt ZIP archive: CRC error in " + what);
    case ZIP_ER_MEMORY: throw std::bad_alloc();
    default: throw PackageError("cannot read ZIP archive (" + what + "): " + zip_message(code));
  }
}

// The one choke point for libzip errors.
void check_zip(zip_error_t* error, const std::string& what) {
  int code = zip_error_code_zip(error);
  if (code != ZIP_ER_OK) throw_zip(code, what);
}

char ascii_lower(char c) { return (c >= 'A' && c <= 'Z') ? static_cast<char>(c - 'A' + 'a') : c; }

std::string lowercase(std::string_view s) {
  std::string out(s);
  std::transform(out.begin(), out.end(), out.begin(), ascii_lower);
  return out;
}

[[noreturn]] void throw_not_zip(std::string_view data) {
  switch (sniff(data)) {
    case Sniffed::OleEncrypted:
      throw EncryptedError(
          "password-protected document: the file is an encrypted OLE container "
          "(EncryptedPackage); decrypt it in Word or with msoffcrypto-tool first");
    case Sniffed::OleWord97:
      // docxsift::open_file/open_buffer read these with the .doc reader.
      throw PackageError(
          "a Word 97-2003 .doc file (OLE compound file), not a ZIP package: "
          "open it with docxsift.open(), which reads .doc files");
    case Sniffed::OleOther: throw PackageError("an OLE compound file, not a .docx (ZIP) package");
    default: break;
  }
  if (data.starts_with("{\\rtf")) throw PackageError("an RTF file, not a .docx (ZIP) package");
  // Web pages and MIME HTML saved with a .doc name are common in scraped corpora.
  std::string head = lowercase(data.substr(0, 1024));
  if (head.find("mime-version:") != std::string::npos) {
    throw PackageError("a MIME HTML (.mht) file, not a Word document");
  }
  if (head.find("<html") != std::string::npos || head.find("<!doctype html") != std::string::npos) {
    throw PackageError("an HTML file, not a Word document");
  }
  if (data.starts_with("%PDF")) throw PackageError("a PDF file, not a .docx (ZIP) package");
  if (data.empty()) throw PackageError("empty file, not a .docx (ZIP) package");
  throw PackageError("not a ZIP archive (a .docx file is a ZIP package)");
}

// Owns a zip_t: a member, so that it is discarded even when the constructor
// that opened it throws afterwards (a destructor would not run then).
struct ZipDiscard {
  void operator()(zip_t* z) const noexcept { zip_discard(z); }
};
using ZipHandle = std::unique_ptr<zip_t, ZipDiscard>;

// Read-only view of the input bytes: a private mapping of a file, or an owned copy.
class Bytes {
 public:
  explicit Bytes(std::string copy) : owned_(std::move(copy)), view_(owned_) {}
  explicit Bytes(std::shared_ptr<const std::string> shared) : shared_(std::move(shared)), view_(*shared_) {}
  Bytes(void* mapping, std::size_t size) : mapping_(mapping), view_(static_cast<const char*>(mapping), size) {}
  Bytes(const Bytes&) = delete;
  Bytes& operator=(const Bytes&) = delete;
  ~Bytes() {
    if (mapping_ != nullptr) munmap(mapping_, view_.size());
  }
  std::string_view view() const { return view_; }

 private:
  std::string owned_;
  std::shared_ptr<const std::string> shared_;
  void* mapping_ = nullptr;
  std::string_view view_;
};

class ZipArchive final : public Archive {
 public:
  ZipArchive(std::unique_ptr<Bytes> bytes, const Limits& limits) : bytes_(std::move(bytes)), limits_(limits) {
    std::string_view data = bytes_->view();
    if (data.size() > limits_.max_file_size) {
      throw LimitError("max_file_size", "file is " + std::to_string(data.size()) +
                                            " bytes, over max_file_size=" + std::to_string(limits_.max_file_size) +
                                            " (raise it with docxsift.Limits(max_file_size=...))");
    }
    if (sniff(data) != Sniffed::Zip) throw_not_zip(data);
    layout_ = detail::check_entries_do_not_overlap(data);

    zip_error_t error;
    zip_error_init(&error);
    zip_source_t* source = zip_source_buffer_create(data.data(), data.size(), 0, &error);
    if (source == nullptr) {
      int code = zip_error_code_zip(&error);
      zip_error_fini(&error);
      throw_zip(code, "open");
    }
    zip_.reset(zip_open_from_source(source, ZIP_RDONLY, &error));
    if (zip_ == nullptr) {
      zip_source_free(source);
      int code = zip_error_code_zip(&error);
      zip_error_fini(&error);
      throw_zip(code, "open");
    }
    zip_error_fini(&error);
    index_entries();
  }

  ZipArchive(const ZipArchive&) = delete;
  ZipArchive& operator=(const ZipArchive&) = delete;
  ~ZipArchive() override = default;

  const std::vector<std::string>& names() const override { return names_; }

  std::optional<std::size_t> find(std::string_view name) const override {
    auto exact = std::find(names_.begin(), names_.end(), name);
    if (exact != names_.end()) return static_cast<std::size_t>(exact - names_.begin());
    // Lowercased names are unique (index_entries refuses two that are not).
    auto folded = by_lowercase_.find(lowercase(name));
    if (folded != by_lowercase_.end()) return folded->second;
    return std::nullopt;
  }

  std::string read(std::size_t index) override {
    const std::string& name = names_.at(index);
    const zip_stat_t st = checked_stat(index);
    std::uint64_t claimed = (st.valid & ZIP_STAT_SIZE) ? st.size : 0;
    std::uint64_t compressed = (st.valid & ZIP_STAT_COMP_SIZE) ? st.comp_size : 0;

    if (auto fast = inflate_whole(index, st, name, claimed, compressed)) {
      total_inflated_ += fast->size();
      return std::move(*fast);
    }
    zip_file_t* file = zip_fopen_index(zip_.get(), index, 0);
    if (file == nullptr) {
      check_zip(zip_get_error(zip_.get()), name);
      throw PackageError("cannot open ZIP entry " + name);
    }
    std::string out;
    // Never trust a header for an allocation: reserve at most a few MiB up front.
    out.reserve(static_cast<std::size_t>(std::min<std::uint64_t>(claimed, 8u << 20)));
    constexpr std::size_t kChunk = 64 * 1024;
    try {
      for (;;) {
        std::size_t old_size = out.size();
        out.resize(old_size + kChunk);
        zip_int64_t n = zip_fread(file, out.data() + old_size, kChunk);
        if (n < 0) {
          out.resize(old_size);
          check_zip(zip_file_get_error(file), name);
          throw PackageError("cannot inflate ZIP entry " + name);
        }
        out.resize(old_size + static_cast<std::size_t>(n));
        if (n == 0) break;
        check_inflated(name, out.size(), compressed);
      }
    } catch (...) {
      zip_fclose(file);
      throw;
    }
    zip_fclose(file);
    total_inflated_ += out.size();
    return out;
  }

  std::optional<StoredEntry> stored(std::size_t index) const override {
    zip_stat_t st;
    zip_stat_init(&st);
    if (index >= names_.size() || zip_stat_index(zip_.get(), index, 0, &st) != 0) return std::nullopt;
    if (!inflates_whole(st) || encrypted(st)) return std::nullopt;
    std::string_view deflated = stream_in_place(index, st.comp_size);
    if (deflated.empty()) return std::nullopt;
    return StoredEntry{deflated, st.size, st.crc};
  }

  void count_as_read(std::size_t index) override {
    const zip_stat_t st = checked_stat(index);
    if (!inflates_whole(st)) throw std::logic_error("count_as_read: not a stored entry");
    // What read() checks before inflating on its fast path, then counts after it.
    check_inflated(names_[index], st.size, st.comp_size);
    total_inflated_ += st.size;
  }

 private:
  // The entry's directory record, with the checks read() makes before
  // inflating anything: not encrypted, declared size within the limits.
  zip_stat_t checked_stat(std::size_t index) const {
    const std::string& name = names_.at(index);
    zip_stat_t st;
    zip_stat_init(&st);
    if (zip_stat_index(zip_.get(), index, 0, &st) != 0) {
      check_zip(zip_get_error(zip_.get()), name);
      throw PackageError("cannot read ZIP entry " + name);
    }
    if (encrypted(st)) throw EncryptedError("ZIP entry " + name + " is encrypted");
    std::uint64_t claimed = (st.valid & ZIP_STAT_SIZE) ? st.size : 0;
    if (claimed > limits_.max_part_uncompressed) throw_part_limit(name, claimed);
    if (total_inflated_ + claimed > limits_.max_total_uncompressed) throw_total_limit(name);
    return st;
  }

  static bool encrypted(const zip_stat_t& st) {
    return (st.valid & ZIP_STAT_ENCRYPTION_METHOD) && st.encryption_method != ZIP_EM_NONE;
  }

  // Whether the directory record allows the fast path: deflated, with both
  // sizes and the CRC-32 declared, and a stream no longer than the input.
  bool inflates_whole(const zip_stat_t& st) const {
    constexpr zip_uint64_t kNeeded = ZIP_STAT_SIZE | ZIP_STAT_COMP_SIZE | ZIP_STAT_COMP_METHOD | ZIP_STAT_CRC;
    return (st.valid & kNeeded) == kNeeded && st.comp_method == ZIP_CM_DEFLATE && st.size != 0 && st.comp_size != 0 &&
           st.comp_size <= bytes_->view().size();
  }

  // The fast path for the common entry: deflated, with sizes and CRC in the
  // central directory. libdeflate inflates the whole raw stream into a buffer
  // of the declared size and checks the CRC-32. Anything unusual (a size
  // header that lies, a bad CRC, a corrupt stream, another method) returns
  // nullopt and the entry is read again by libzip's streaming inflate, which
  // counts the bytes it produces against the limits and reports the error.
  std::optional<std::string> inflate_whole(std::size_t index, const zip_stat_t& st, const std::string& name,
                                           std::uint64_t claimed, std::uint64_t compressed) {
    if (!inflates_whole(st)) return std::nullopt;
    // The ratio is known before inflating: refuse a bomb without producing it.
    check_inflated(name, claimed, compressed);
    std::string copied;
    std::string_view deflated = stream_in_place(index, compressed);
    if (deflated.empty()) {
      zip_file_t* raw = zip_fopen_index(zip_.get(), index, ZIP_FL_COMPRESSED);
      if (raw == nullptr) return std::nullopt;
      copied.resize(static_cast<std::size_t>(compressed));
      zip_int64_t got = zip_fread(raw, copied.data(), compressed);
      zip_fclose(raw);
      if (got != static_cast<zip_int64_t>(compressed)) return std::nullopt;
      deflated = copied;
    }

    thread_local std::unique_ptr<libdeflate_decompressor, void (*)(libdeflate_decompressor*)> decompressor(
        libdeflate_alloc_decompressor(), &libdeflate_free_decompressor);
    if (!decompressor) return std::nullopt;
    std::string out(static_cast<std::size_t>(claimed), '\0');
    std::size_t produced = 0;
    libdeflate_result result = libdeflate_deflate_decompress(decompressor.get(), deflated.data(), deflated.size(),
                                                             out.data(), out.size(), &produced);
    if (result != LIBDEFLATE_SUCCESS || produced != out.size()) return std::nullopt;
    if (libdeflate_crc32(0, out.data(), out.size()) != st.crc) return std::nullopt;
    return out;
  }

  // The entry's compressed stream inside the input bytes, when the central
  // directory was mapped and agrees with libzip on the entry; empty otherwise
  // (then libzip copies it out). Saves a copy of every part read.
  std::string_view stream_in_place(std::size_t index, std::uint64_t compressed) const {
    if (layout_.size() != names_.size() || index >= layout_.size()) return {};
    const detail::EntryLayout& entry = layout_[index];
    std::string_view data = bytes_->view();
    if (entry.name != names_[index] || entry.compressed != compressed || entry.data > data.size() ||
        compressed > data.size() - entry.data) {
      return {};
    }
    return data.substr(static_cast<std::size_t>(entry.data), static_cast<std::size_t>(compressed));
  }

  void index_entries() {
    zip_int64_t count = zip_get_num_entries(zip_.get(), 0);
    if (count < 0) throw PackageError("corrupt ZIP archive: no central directory");
    if (static_cast<std::uint64_t>(count) > limits_.max_entries) {
      throw LimitError("max_entries", "ZIP archive has " + std::to_string(count) +
                                          " entries, over max_entries=" + std::to_string(limits_.max_entries) +
                                          " (raise it with docxsift.Limits(max_entries=...))");
    }
    names_.reserve(static_cast<std::size_t>(count));
    by_lowercase_.reserve(static_cast<std::size_t>(count));
    for (zip_int64_t i = 0; i < count; ++i) {
      const char* name = zip_get_name(zip_.get(), static_cast<zip_uint64_t>(i), ZIP_FL_ENC_RAW);
      if (name == nullptr) check_zip(zip_get_error(zip_.get()), "central directory");
      names_.emplace_back(name == nullptr ? "" : name);
      // Two entries whose names differ only in case are one OPC part: which one a
      // reader picks is ambiguous, a known way to show different readers
      // different content. Refuse it, as Apache POI does.
      if (!by_lowercase_.emplace(lowercase(names_.back()), names_.size() - 1).second) {
        throw LimitError("duplicate_entry_names",
                         "ZIP archive has two entries named " + names_.back() +
                             " (names compare case-insensitively); refusing an ambiguous package");
      }
    }
  }

  void check_inflated(const std::string& name, std::uint64_t inflated, std::uint64_t compressed) {
    if (inflated > limits_.max_part_uncompressed) throw_part_limit(name, inflated);
    if (total_inflated_ + inflated > limits_.max_total_uncompressed) throw_total_limit(name);
    if (inflated > limits_.ratio_check_after &&
        static_cast<double>(inflated) >
            limits_.max_compression_ratio * static_cast<double>(std::max<std::uint64_t>(compressed, 1))) {
      throw LimitError("max_compression_ratio",
                       "ZIP entry " + name + " inflates more than " +
                           std::to_string(static_cast<long long>(limits_.max_compression_ratio)) +
                           " times its compressed size (a zip bomb?); raise it with "
                           "docxsift.Limits(max_compression_ratio=...)");
    }
  }

  [[noreturn]] void throw_part_limit(const std::string& name, std::uint64_t size) const {
    throw LimitError("max_part_uncompressed",
                     "ZIP entry " + name + " inflates to at least " + std::to_string(size) +
                         " bytes, over max_part_uncompressed=" + std::to_string(limits_.max_part_uncompressed) +
                         " (raise it with docxsift.Limits(max_part_uncompressed=...))");
  }

  [[noreturn]] void throw_total_limit(const std::string& name) const {
    throw LimitError("max_total_uncompressed",
                     "inflating " + name + " takes the document over max_total_uncompressed=" +
                         std::to_string(limits_.max_total_uncompressed) +
                         " bytes (raise it with docxsift.Limits(max_total_uncompressed=...))");
  }

  std::unique_ptr<Bytes> bytes_;
  Limits limits_;
  ZipHandle zip_;
  std::vector<std::string> names_;
  std::unordered_map<std::string, std::size_t> by_lowercase_;  // lowercased name -> index
  std::vector<detail::EntryLayout> layout_;                    // views into bytes_
  std::uint64_t total_inflated_ = 0;
};

}  // namespace

std::optional<std::string> Archive::read(std::string_view name) {
  auto index = find(name);
  if (!index) return std::nullopt;
  return read(*index);
}

std::unique_ptr<Archive> Archive::open_buffer(std::string_view data, const Limits& limits) {
  return std::make_unique<ZipArchive>(std::make_unique<Bytes>(std::string(data)), limits);
}

std::unique_ptr<Archive> Archive::open_shared(std::shared_ptr<const std::string> data, const Limits& limits) {
  return std::make_unique<ZipArchive>(std::make_unique<Bytes>(std::move(data)), limits);
}

// Files up to this size are read into memory rather than mapped.
constexpr std::size_t kReadInsteadOfMap = std::size_t{1} << 20;

std::unique_ptr<Archive> Archive::open_file(const std::string& path, const Limits& limits) {
  int fd = ::open(path.c_str(), O_RDONLY | O_CLOEXEC);
  if (fd < 0) throw std::system_error(errno, std::generic_category(), path);
  struct stat st{};
  if (fstat(fd, &st) != 0) {
    int err = errno;
    ::close(fd);
    throw std::system_error(err, std::generic_category(), path);
  }
  if (S_ISDIR(st.st_mode)) {
    ::close(fd);
    throw std::system_error(EISDIR, std::generic_category(), path);
  }
  auto size = static_cast<std::size_t>(st.st_size);
  if (size == 0 || !S_ISREG(st.st_mode)) {
    // Empty files cannot be mapped; pipes and devices are read instead.
    std::string content;
    char buffer[65536];
    for (;;) {
      ssize_t n = ::read(fd, buffer, sizeof buffer);
      if (n < 0) {
        int err = errno;
        ::close(fd);
        throw std::system_error(err, std::generic_category(), path);
      }
      if (n == 0) break;
      content.append(buffer, static_cast<std::size_t>(n));
      if (content.size() > limits.max_file_size) break;
    }
    ::close(fd);
    return std::make_unique<ZipArchive>(std::make_unique<Bytes>(std::move(content)), limits);
  }
  if (size <= kReadInsteadOfMap) {
    // A small file is read: mapping it costs page faults, and unmapping it a
    // TLB flush on every core running another worker of this process.
    std::string content(size, '\0');
    std::size_t got = 0;
    while (got < size) {
      ssize_t n = ::read(fd, content.data() + got, size - got);
      if (n < 0 && errno == EINTR) continue;
      if (n < 0) {
        int err = errno;
        ::close(fd);
        throw std::system_error(err, std::generic_category(), path);
      }
      if (n == 0) break;  // shrunk since fstat: the ZIP checks see what is there
      got += static_cast<std::size_t>(n);
    }
    ::close(fd);
    content.resize(got);
    return std::make_unique<ZipArchive>(std::make_unique<Bytes>(std::move(content)), limits);
  }
  void* mapping = mmap(nullptr, size, PROT_READ, MAP_PRIVATE, fd, 0);
  ::close(fd);
  if (mapping == MAP_FAILED) throw std::system_error(errno, std::generic_category(), path);
  return std::make_unique<ZipArchive>(std::make_unique<Bytes>(mapping, size), limits);
}

}  // namespace docxsift::archive
