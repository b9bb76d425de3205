// Clx parsing and 8-bit code pages.
#include <unicode/ucnv.h>

#include <algorithm>
#include <string>

#include "doc/detail_bytes.hpp"
#include "doc/detail_pieces.hpp"
#include "docxsift/errors.hpp"

namespace docxsift::doc::detail {
namespace {

// The ANSI code page Word uses for a language id (the primary language's
// Windows code page), as an ICU converter name.
const char* code_page_of(std::uint16_t lid) {
  switch (lid) {
    case 0x0804:
    case 0x1004: return "windows-936-2000";  // zh-CN, zh-SG: GBK
    case 0x0404:
    case 0x0C04:
    case 0x1404: return "windows-950-2000";  // zh-TW, zh-HK, zh-MO: Big5
    case 0x0411: return "windows-932-2000";  // ja: Shift-JIS
    case 0x0412: return "windows-949-2000";  // ko
    case 0x041E: return "windows-874-2000";  // th
    case 0x042A: return "windows-1258";      // vi
    default: break;
  }
  switch (lid & 0x3FF) {  // the primary language
    case 0x05:
    case 0x0E:
    case 0x15:
    case 0x18:
    case 0x1A:
    case 0x1B:
    case 0x1C:
    case 0x24: return "windows-1250";  // cs, hu, pl, ro, hr/sr-Latn, sk, sq, sl
    case 0x02:
    case 0x19:
    case 0x22:
    case 0x23:
    case 0x2F:
    case 0x3F:
    case 0x40:
    case 0x44:
    case 0x50: return "windows-1251";  // bg, ru, uk, be, mk, kk, ky, tt, mn
    case 0x08: return "windows-1253";
    case 0x1F:
    case 0x2C:
    case 0x43: return "windows-1254";  // tr, az, uz
    case 0x0D: return "windows-1255";
    case 0x01:
    case 0x20:
    case 0x29: return "windows-1256";  // ar, ur, fa
    case 0x25:
    case 0x26:
    case 0x27: return "windows-1257";  // et, lv, lt
    default: return "windows-1252";
  }
}

}  // namespace

struct CodePage::Converter {
  UConverter* cnv = nullptr;
  ~Converter() {
    if (cnv != nullptr) ucnv_close(cnv);
  }
};

CodePage::CodePage(std::uint16_t lid) : name_(code_page_of(lid)), converter_(std::make_unique<Converter>()) {
  UErrorCode status = U_ZERO_ERROR;
  converter_->cnv = ucnv_open(name_, &status);
  if (U_FAILURE(status) || converter_->cnv == nullptr) {
    status = U_ZERO_ERROR;
    name_ = "windows-1252";
    converter_->cnv = ucnv_open(name_, &status);
    if (U_FAILURE(status)) throw std::runtime_error("ICU has no windows-1252 converter");
  }
  single_byte_ = ucnv_getMaxCharSize(converter_->cnv) == 1;
  if (single_byte_) {
    for (int b = 0; b < 256; ++b) {
      char in = static_cast<char>(b);
      UChar out[4];
      UErrorCode st = U_ZERO_ERROR;
      ucnv_reset(converter_->cnv);
      int32_t n = ucnv_toUChars(converter_->cnv, out, 4, &in, 1, &st);
      table_[b] = (U_SUCCESS(st) && n >= 1) ? out[0] : 0xFFFD;
    }
  }
}

CodePage::~CodePage() = default;

void CodePage::decode_multibyte_impl(std::string_view bytes, Emitter& emit) const {
  UConverter* cnv = converter_->cnv;
  ucnv_reset(cnv);
  const char* begin = bytes.data();
  const char* source = begin;
  const char* limit = begin + bytes.size();
  while (source < limit) {
    const char* at = source;
    UErrorCode status = U_ZERO_ERROR;
    UChar32 c = ucnv_getNextUChar(cnv, &source, limit, &status);
    if (U_FAILURE(status) || source == at) {
      if (source == at) ++source;  // never stall on a byte ICU will not take
      ucnv_reset(cnv);
      c = 0xFFFD;
    }
    emit(static_cast<std::size_t>(at - begin), static_cast<char32_t>(c));
  }
}

std::string_view PieceTable::prm_sprms(std::uint16_t prm, std::string& scratch) const {
  if (prm == 0) return {};
  if ((prm & 1) != 0) {  // Prm1: a Prc by index
    std::size_t index = prm >> 1;
    return index < prcs_.size() ? prcs_[index] : std::string_view{};
  }
  // Prm0: isprm picks one of the sprms with a one-byte operand ([MS-DOC] 2.9.215).
  std::uint16_t sprm = 0;
  switch ((prm >> 1) & 0x7F) {
    case 0x05: sprm = 0x2403; break;  // sprmPJc80
    case 0x0C: sprm = 0x260A; break;  // sprmPIlvl
    case 0x18: sprm = 0x2416; break;  // sprmPFInTable
    case 0x19: sprm = 0x2417; break;  // sprmPFTtp
    case 0x41: sprm = 0x0800; break;  // sprmCFRMarkDel
    case 0x42: sprm = 0x0801; break;  // sprmCFRMarkIns
    case 0x55: sprm = 0x0835; break;  // sprmCFBold
    case 0x56: sprm = 0x0836; break;  // sprmCFItalic
    case 0x57: sprm = 0x0837; break;  // sprmCFStrike
    case 0x5A: sprm = 0x083A; break;  // sprmCFSmallCaps
    case 0x5B: sprm = 0x083B; break;  // sprmCFCaps
    case 0x5C: sprm = 0x083C; break;  // sprmCFVanish
    case 0x5E: sprm = 0x2A3E; break;  // sprmCKul
    default: return {};
  }
  scratch.assign({static_cast<char>(sprm & 0xFF), static_cast<char>(sprm >> 8), static_cast<char>(prm >> 8)});
  return scratch;
}

PieceTable::PieceTable(std::string_view clx, std::string_view word_document, const Limits& limits)
    : word_document_(word_document) {
  // Prc entries (clxt 1: a 16-bit size and a grpprl) come first, then one Pcdt (clxt 2).
  std::size_t at = 0;
  while (at < clx.size() && u8(clx, at) == 0x01) {
    std::size_t size = static_cast<std::size_t>(std::max<std::int16_t>(0, i16(clx, at + 1)));
    prcs_.push_back(slice(clx, at + 3, size));
    at += 3 + size;
  }
  if (at >= clx.size() || u8(clx, at) != 0x02) {
    throw PackageError("corrupt Word .doc: no piece table (Pcdt) in the Clx");
  }
  std::uint32_t lcb = u32(clx, at + 1);
  std::string_view plc = slice(clx, at + 5, lcb);
  if (plc.size() != lcb || lcb < 4) throw PackageError("corrupt Word .doc: the piece table is cut short");
  Plc pcd(plc, 8);
  if (pcd.count() > limits.max_text_size) {
    throw LimitError("max_text_size", "the piece table lists " + std::to_string(pcd.count()) +
                                          " pieces, over max_text_size=" + std::to_string(limits.max_text_size) +
                                          " (raise it with docxsift.Limits(max_text_size=...))");
  }
  pieces_.reserve(pcd.count());
  for (std::size_t i = 0; i < pcd.count(); ++i) {
    Piece p;
    p.cp_begin = pcd.pos(i);
    p.cp_end = pcd.pos(i + 1);
    if (p.cp_end < p.cp_begin || (!pieces_.empty() && p.cp_begin < pieces_.back().cp_end)) {
      throw PackageError("corrupt Word .doc: piece table CPs are not ascending");
    }
    if (p.cp_end == p.cp_begin) continue;
    std::uint32_t fc = u32(pcd.data(i), 2);
    p.compressed = (fc & 0x40000000u) != 0;
    p.fc = p.compressed ? (fc & 0x3FFFFFFFu) / 2 : (fc & 0x3FFFFFFFu);
    p.prm = u16(pcd.data(i), 6);
    std::uint64_t bytes = static_cast<std::uint64_t>(p.cp_end - p.cp_begin) * (p.compressed ? 1 : 2);
    if (p.fc + bytes > word_document.size()) {
      throw PackageError("corrupt Word .doc: a text piece lies outside the WordDocument stream");
    }
    pieces_.push_back(p);
  }
  if (cp_end() > limits.max_text_size) {
    throw LimitError("max_text_size", "the document has " + std::to_string(cp_end()) +
                                          " characters, over max_text_size=" + std::to_string(limits.max_text_size) +
                                          " bytes (raise it with docxsift.Limits(max_text_size=...))");
  }
}

}  // namespace docxsift::doc::detail
