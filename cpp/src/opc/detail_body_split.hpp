// Where the w:body of a main part can be cut into pieces of whole children, so
// that the pieces can be parsed on several threads. The cuts are found without
// parsing; each piece must still parse on its own for the split to be used, so
// a wrong cut costs a second, whole parse, never a different tree.
#pragma once

#include <cstddef>
#include <cstdint>
#include <optional>
#include <string_view>
#include <vector>

namespace docxsift::opc::detail {

struct BodySplit {
  std::size_t body_name = 0;      // offset of the body element's name
  std::size_t content_begin = 0;  // just after the body's start tag
  std::size_t content_end = 0;    // the '<' of the body's end tag
  // Where each piece after the first begins: ascending, inside (content_begin,
  // content_end), each at the '<' of a start tag between children of the body.
  std::vector<std::size_t> cuts;
  // The number of '<' in the whole part, for max_xml_nodes: counted in the
  // same pass, which is the only pass over a large body before it is parsed.
  std::uint64_t tags = 0;
};

// A split of `bytes` (a whole main part, UTF-8, references already repaired)
// into pieces of about `piece_bytes`; nullopt when the part does not look plain
// enough to be cut (another encoding, a NUL byte, unusual markup before the
// body, a long tail after it) or would make a single piece.
std::optional<BodySplit> split_body(std::string_view bytes, std::size_t piece_bytes);

}  // namespace docxsift::opc::detail
