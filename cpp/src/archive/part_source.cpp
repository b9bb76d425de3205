// PartSource: re-opening the package to read a part after open. Opening again
// costs one central-directory parse; it keeps no file descriptor or mapping
// alive for the Document's lifetime and needs no lock.
#include <sys/stat.h>

#include <cerrno>
#include <system_error>

#include "docxsift/archive.hpp"
#include "docxsift/errors.hpp"
#include "docxsift/parts.hpp"

namespace docxsift {
namespace {

std::vector<std::string> read_all(archive::Archive& archive, const std::vector<std::string>& parts) {
  std::vector<std::string> out;
  out.reserve(parts.size());
  for (const std::string& part : parts) {
    auto bytes = archive.read(part);
    if (!bytes) throw PackageError("part " + part + " is not in the package");
    out.push_back(std::move(*bytes));
  }
  return out;
}

struct Identity {
  std::int64_t size = -1;
  std::int64_t mtime_ns = -1;
  bool operator==(const Identity&) const = default;
};

Identity identity_of(const std::string& path) {
  struct stat st{};
  if (::stat(path.c_str(), &st) != 0) throw std::system_error(errno, std::generic_category(), path);
  return {static_cast<std::int64_t>(st.st_size),
          static_cast<std::int64_t>(st.st_mtim.tv_sec) * 1'000'000'000 + st.st_mtim.tv_nsec};
}

class FileSource final : public PartSource {
 public:
  FileSource(std::string path, const Limits& limits)
      : path_(std::move(path)), limits_(limits), identity_(identity_of(path_)) {}

  std::vector<std::string> read(const std::vector<std::string>& parts) const override {
    if (!(identity_of(path_) == identity_)) {
      throw PackageError(path_ +
                         " changed since it was opened: pictures and embedded objects are read "
                         "from the file when asked; open it again");
    }
    auto archive = archive::Archive::open_file(path_, limits_);
    return read_all(*archive, parts);
  }

 private:
  std::string path_;
  Limits limits_;
  Identity identity_;
};

class BufferSource final : public PartSource {
 public:
  BufferSource(std::shared_ptr<const std::string> data, const Limits& limits)
      : data_(std::move(data)), limits_(limits) {}

  std::vector<std::string> read(const std::vector<std::string>& parts) const override {
    auto archive = archive::Archive::open_shared(data_, limits_);
    return read_all(*archive, parts);
  }

 private:
  std::shared_ptr<const std::string> data_;
  Limits limits_;
};

}  // namespace

std::shared_ptr<const PartSource> PartSource::file(const std::string& path, const Limits& limits) {
  return std::make_shared<FileSource>(path, limits);
}

std::shared_ptr<const PartSource> PartSource::buffer(std::shared_ptr<const std::string> data, const Limits& limits) {
  return std::make_shared<BufferSource>(std::move(data), limits);
}

}  // namespace docxsift
