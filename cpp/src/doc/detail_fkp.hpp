// Formatted disk pages ([MS-DOC] 2.9.73, 2.9.75): 512-byte pages of the
// WordDocument stream, found through PlcBteChpx / PlcBtePapx, that give the
// direct character (CHPX) and paragraph (PAPX) properties of FC ranges.
#pragma once

#include <cstdint>
#include <string_view>
#include <vector>

namespace docxsift::doc::detail {

struct FkpRun {
  std::uint32_t fc_begin = 0, fc_end = 0;
  std::uint16_t istd = 0;   // PAPX only: the paragraph style
  std::string_view grpprl;  // into the WordDocument stream
};

// Every run of every page, sorted by fc_begin. Throws PackageError for a page
// outside the stream.
std::vector<FkpRun> read_chpx_runs(std::string_view word_document, std::string_view plc_bte);
std::vector<FkpRun> read_papx_runs(std::string_view word_document, std::string_view plc_bte);

// The run holding fc, or nullptr.
const FkpRun* find_run(const std::vector<FkpRun>& runs, std::uint32_t fc);

}  // namespace docxsift::doc::detail
