// The File Information Block ([MS-DOC] 2.5.1) at the start of the WordDocument
// stream: version, flags, the character counts of each sub-document and the
// (fc, lcb) pairs locating every table in the Table stream.
#pragma once

#include <array>
#include <cstdint>
#include <string_view>

namespace docxsift::doc::detail {

// Indexes into FibRgFcLcb97 (and later versions, which extend it).
enum class FcLcb : std::size_t {
  StshfOrig = 0,
  Stshf = 1,
  PlcffndRef = 2,
  PlcffndTxt = 3,
  PlcfandRef = 4,
  PlcfandTxt = 5,
  PlcfSed = 6,
  PlcfHdd = 11,
  PlcfBteChpx = 12,
  PlcfBtePapx = 13,
  SttbfFfn = 15,
  Clx = 33,
  GrpXstAtnOwners = 36,
  PlcSpaMom = 40,
  PlcfendRef = 46,
  PlcfendTxt = 47,
  PlcftxbxTxt = 56,
  PlcfHdrtxbxTxt = 58,
  PlfLst = 73,
  PlfLfo = 74,
};
inline constexpr std::size_t kFcLcbCount = 75;

// Character counts of the sub-documents, in the order they follow each other in CP space.
enum class Sub : std::size_t { Main, Footnote, Header, Macro, Annotation, Endnote, TextBox, HeaderTextBox };
inline constexpr std::size_t kSubCount = 8;

struct Fib {
  std::uint16_t n_fib = 0;
  std::uint16_t lid = 0;
  std::uint16_t lid_fe = 0;
  bool complex = false;
  bool encrypted = false;
  bool obfuscated = false;
  bool which_table_1 = false;
  bool far_east = false;
  std::array<std::uint32_t, kSubCount> ccp{};
  std::array<std::uint32_t, kFcLcbCount> fc{};
  std::array<std::uint32_t, kFcLcbCount> lcb{};

  std::uint32_t count(Sub s) const { return ccp[static_cast<std::size_t>(s)]; }
  // The first CP of a sub-document: the counts of those before it, summed.
  std::uint64_t start(Sub s) const {
    std::uint64_t cp = 0;
    for (std::size_t i = 0; i < static_cast<std::size_t>(s); ++i) cp += ccp[i];
    return cp;
  }
};

// Parses the FIB; throws EncryptedError for an encrypted or obfuscated file,
// PackageError for Word 6/95 and older and for a FIB too short to read.
Fib read_fib(std::string_view word_document);

}  // namespace docxsift::doc::detail
