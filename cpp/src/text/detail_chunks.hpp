// Splitting long text into pieces that can be processed one at a time.
#pragma once

#include <cstddef>
#include <string_view>

namespace docxsift::text::detail {

// Pieces of about 1 MiB keep ICU's UTF-16 copies small and cache-friendly.
inline constexpr std::size_t kChunkTarget = std::size_t{1} << 20;

// The end of the chunk of `text` that starts at `begin`. Chunks end after a
// '\n' where one exists within `hard_max` bytes, because every text tool here
// (normal forms, white space, punctuation context, sentence and word breaks)
// treats a newline as a hard boundary: processing chunk by chunk then equals
// processing the whole. A longer line is cut between two ASCII letters/digits
// or two Han characters, else at any code point: never mid-character, and
// never past `hard_max`, which keeps ICU's int32_t indices valid.
std::size_t chunk_end(std::string_view text, std::size_t begin, std::size_t target, std::size_t hard_max);

}  // namespace docxsift::text::detail
