// Reading package parts after open: picture and embedded-object bytes are
// not kept in the model; they are read when asked (Image.blob), from the
// file the document was opened from or from the bytes it was opened with.
// A document's parts are read through it by read_part (docxsift/images.hpp).
#pragma once

#include <cstdint>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "docxsift/limits.hpp"

namespace docxsift {

// Where a document's package can be re-read. Each read opens the package
// again under the same Limits (nothing is shared between reads, so any
// number of threads may read at once).
class PartSource {
 public:
  // The file at `path`; its size and modification time are remembered so
  // that a file replaced after open is refused, not misread.
  static std::shared_ptr<const PartSource> file(const std::string& path, const Limits& limits);
  // The package bytes themselves (shared, not copied).
  static std::shared_ptr<const PartSource> buffer(std::shared_ptr<const std::string> data, const Limits& limits);

  virtual ~PartSource() = default;

  // The inflated bytes of each part, in order; PackageError when one is
  // absent, LimitError when a limit is hit, std::system_error when the file
  // can no longer be read.
  virtual std::vector<std::string> read(const std::vector<std::string>& parts) const = 0;
};

}  // namespace docxsift
