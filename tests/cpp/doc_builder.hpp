// Builds OLE compound files and small Word 97 .doc files in memory, for the
// C++ tests and the fuzzer's seeds (tests/python/doc_builder.py is the fuller
// Python twin used by the Python tests).
#pragma once

#include <cstdint>
#include <string>
#include <utility>
#include <vector>

namespace docxsift::testing {

// A compound file holding the streams under the root, each in regular
// sectors (pad streams to 4096 bytes or more: shorter ones belong in the mini
// stream, which this writer does not make). sector_shift 9 (version 3) or 12 (version 4).
std::string make_cfb(const std::vector<std::pair<std::string, std::string>>& streams, int sector_shift = 9);

struct DocSpec {
  std::u16string text;     // every CP: main text, then footnote text (ccp_footnote CPs)
  std::string compressed;  // when not empty: the whole text as 8-bit characters instead
  std::uint32_t ccp_footnote = 0;
  std::vector<std::uint32_t> footnote_refs;  // main-text CPs of footnote references
  // Paragraph marks with their own properties: (CP of the mark, grpprl).
  std::vector<std::pair<std::uint32_t, std::string>> papx;
  std::uint16_t prm = 0;  // the piece's Prm (a Prm0: isprm << 1 | operand << 8)
  std::uint16_t n_fib = 0x00C1;
  std::uint16_t lid = 0x0409;
  bool encrypted = false;
  int sector_shift = 9;
};

std::string make_doc(const DocSpec& spec);

// Sprm helpers: opcode then operand.
std::string sprm(std::uint16_t op, const std::string& operand);

}  // namespace docxsift::testing
