// Sprms ([MS-DOC] 2.2.5.1): a 16-bit opcode whose spra bits give the operand's
// size, and the grpprls (lists of sprms) that FKPs, styles and pieces carry.
#pragma once

#include <cstdint>
#include <string_view>

#include "doc/detail_bytes.hpp"

namespace docxsift::doc::detail {

// The sprms this reader acts on.
enum Sprm : std::uint16_t {
  kPIstd = 0x4600,
  kPJc80 = 0x2403,
  kPJc = 0x2461,
  kPIlvl = 0x260A,
  kPIlfo = 0x460B,
  kPFInTable = 0x2416,
  kPFTtp = 0x2417,
  kPOutLvl = 0x2640,
  kPItap = 0x6649,
  kPFInnerTableCell = 0x244B,
  kPFInnerTtp = 0x244C,
  kCFRMarkDel = 0x0800,
  kCFRMarkIns = 0x0801,
  kCFFldVanish = 0x0802,
  kCFSpec = 0x0855,
  kCFBold = 0x0835,
  kCFItalic = 0x0836,
  kCFStrike = 0x0837,
  kCFSmallCaps = 0x083A,
  kCFCaps = 0x083B,
  kCFVanish = 0x083C,
  kCKul = 0x2A3E,
  kCIco = 0x2A42,
  kCHps = 0x4A43,
  kCIss = 0x2A48,
  kCFDStrike = 0x2A53,
  kCRgFtc0 = 0x4A4F,
  kCRgFtc1 = 0x4A50,
  kCRgFtc2 = 0x4A51,
  kCCv = 0x6870,
  kCIstd = 0x4A30,
  kCSymbol = 0x6A09,
  kTDefTable = 0xD608,
  kTDefTable10 = 0xD606,
  kTVertMerge = 0xD62B,
};

// Calls f(sprm, operand) for each sprm of grpprl; stops at a truncated one.
template <typename F>
void each_sprm(std::string_view grpprl, F&& f) {
  std::size_t at = 0;
  while (at + 2 <= grpprl.size()) {
    std::uint16_t sprm = u16(grpprl, at);
    at += 2;
    std::size_t size = 0;
    switch (sprm >> 13) {
      case 0:
      case 1: size = 1; break;
      case 2:
      case 4:
      case 5: size = 2; break;
      case 3: size = 4; break;
      case 7: size = 3; break;
      default:  // 6: variable; the table definitions count in 16 bits
        if (sprm == kTDefTable || sprm == kTDefTable10) {
          size = static_cast<std::size_t>(u16(grpprl, at)) + 1;
        } else {
          size = static_cast<std::size_t>(u8(grpprl, at)) + 1;
        }
    }
    if (at > grpprl.size() || size > grpprl.size() - at) return;
    f(sprm, grpprl.substr(at, size));
    at += size;
  }
}

}  // namespace docxsift::doc::detail
