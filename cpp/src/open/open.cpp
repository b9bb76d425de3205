// docxsift::open_file / open_buffer: what a file is decides its reader, never
// its name. An OLE compound file goes to the .doc reader (which refuses,
// saying what it is, anything that is no Word 97+ document); everything else
// to the .docx reader (which names RTF, HTML, PDF and the like when it is no
// ZIP package).
#include <cstdint>
#include <fstream>
#include <optional>
#include <string>

#include "doc/detail_reader.hpp"
#include "docxsift/cfb.hpp"
#include "docxsift/errors.hpp"
#include "docxsift/reader.hpp"
#include "wml/detail_open.hpp"

namespace docxsift {
namespace {

// The bytes of the file when it is an OLE compound file (a .doc), read
// whole: the .doc reader needs every stream. nullopt for any other file, and
// when the file cannot be read (the archive then reports why).
std::optional<std::string> read_if_compound_file(const std::string& path, const Limits& limits) {
  std::ifstream in(path, std::ios::binary);
  char head[8];
  if (!in || !in.read(head, sizeof head) || !cfb::is_compound_file(std::string_view(head, sizeof head))) {
    return std::nullopt;
  }
  in.seekg(0, std::ios::end);
  auto size = static_cast<std::uint64_t>(in.tellg());
  if (size > limits.max_file_size) {
    throw LimitError("max_file_size", "file is " + std::to_string(size) +
                                          " bytes, over max_file_size=" + std::to_string(limits.max_file_size) +
                                          " (raise it with docxsift.Limits(max_file_size=...))");
  }
  std::string bytes(static_cast<std::size_t>(size), '\0');
  in.seekg(0);
  if (!in.read(bytes.data(), static_cast<std::streamsize>(size))) return std::nullopt;
  return bytes;
}

}  // namespace

DocumentPtr open_file(const std::string& path, const Options& options) {
  if (auto ole = read_if_compound_file(path, options.limits)) return doc::read_doc(*ole, options);
  return wml::open_docx_file(path, options);
}

DocumentPtr open_buffer(std::string_view data, const Options& options) {
  if (cfb::is_compound_file(data)) return doc::read_doc(data, options);
  return wml::open_docx_buffer(data, options);
}

// Only the .docx reader keeps parts for the next document.
void forget_reused_parts() { wml::forget_reused_parts(); }

}  // namespace docxsift
