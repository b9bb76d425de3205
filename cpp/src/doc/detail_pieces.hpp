// The piece table ([MS-DOC] 2.9.38 Clx, 2.9.177 PlcPcd): where each character
// position (CP) of the text lies in the WordDocument stream, as 8-bit
// ("compressed") or UTF-16 characters. Fast-saved files list pieces out of
// file order; CP order is what the reader walks.
#pragma once

#include <algorithm>
#include <cstdint>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "docxsift/limits.hpp"

namespace docxsift::doc::detail {

struct Piece {
  std::uint32_t cp_begin = 0, cp_end = 0;
  std::uint32_t fc = 0;  // byte offset of cp_begin's character in WordDocument
  bool compressed = false;
  std::uint16_t prm = 0;  // Prm: sprms a fast save applied to the whole piece
};

// Decodes 8-bit text in the code page of a Windows language id, through ICU.
class CodePage {
 public:
  explicit CodePage(std::uint16_t lid);
  ~CodePage();
  CodePage(const CodePage&) = delete;
  CodePage& operator=(const CodePage&) = delete;
  // Calls emit(i, code_point) for each character decoded from bytes, i being
  // the index of its first byte; a double-byte character takes two CPs in the
  // piece, so the second byte's CP emits nothing.
  template <typename F>
  void decode(std::string_view bytes, F&& emit) const {
    if (single_byte_) {
      for (std::size_t i = 0; i < bytes.size(); ++i) emit(i, table_[static_cast<unsigned char>(bytes[i])]);
      return;
    }
    decode_multibyte(bytes, [&](std::size_t i, char32_t c) { emit(i, c); });
  }
  const char* name() const { return name_; }

 private:
  struct Emitter {
    virtual void operator()(std::size_t i, char32_t c) = 0;
  };
  template <typename F>
  void decode_multibyte(std::string_view bytes, F&& f) const {
    struct Impl final : Emitter {
      F& f;
      explicit Impl(F& fn) : f(fn) {}
      void operator()(std::size_t i, char32_t c) override { f(i, c); }
    } impl(f);
    decode_multibyte_impl(bytes, impl);
  }
  void decode_multibyte_impl(std::string_view bytes, Emitter& emit) const;

  const char* name_ = "windows-1252";
  bool single_byte_ = true;
  char32_t table_[256]{};
  struct Converter;
  std::unique_ptr<Converter> converter_;
};

class PieceTable {
 public:
  // Reads the Clx at clx in the Table stream. Throws PackageError when it is
  // missing or broken, LimitError when it lists more characters than
  // max_text_size could ever hold.
  PieceTable(std::string_view clx, std::string_view word_document, const Limits& limits);

  const std::vector<Piece>& pieces() const { return pieces_; }
  // The sprms of a piece's Prm (a Prc's grpprl, or the one sprm of a Prm0),
  // applied after the FKPs' for the piece's characters; empty for none.
  std::string_view prm_sprms(std::uint16_t prm, std::string& scratch) const;
  std::uint32_t cp_end() const { return pieces_.empty() ? 0 : pieces_.back().cp_end; }

  // Calls f(cp, code_point, fc, prm) for each character of [begin, end), fc
  // being the byte offset of its first byte (what FKPs are indexed by) and
  // prm its piece's Prm.
  template <typename F>
  void walk(std::uint32_t begin, std::uint32_t end, const CodePage& code_page, F&& f) const {
    // The first piece ending after begin: pieces ascend and do not overlap.
    auto first = std::upper_bound(pieces_.begin(), pieces_.end(), begin,
                                  [](std::uint32_t cp, const Piece& p) { return cp < p.cp_end; });
    for (auto it = first; it != pieces_.end() && it->cp_begin < end; ++it) {
      const Piece& p = *it;
      std::uint32_t from = std::max(begin, p.cp_begin), to = std::min(end, p.cp_end);
      if (p.compressed) {
        std::uint32_t fc = p.fc + (from - p.cp_begin);
        code_page.decode(word_document_.substr(fc, to - from), [&](std::size_t i, char32_t c) {
          f(from + static_cast<std::uint32_t>(i), c, fc + static_cast<std::uint32_t>(i), p.prm);
        });
      } else {
        for (std::uint32_t cp = from; cp < to; ++cp) {
          std::uint32_t fc = p.fc + 2 * (cp - p.cp_begin);
          char32_t c = static_cast<unsigned char>(word_document_[fc]) |
                       (static_cast<char32_t>(static_cast<unsigned char>(word_document_[fc + 1])) << 8);
          f(cp, c, fc, p.prm);
        }
      }
    }
  }

 private:
  std::string_view word_document_;
  std::vector<Piece> pieces_;
  std::vector<std::string_view> prcs_;  // the Clx's Prc grpprls, by index
};

}  // namespace docxsift::doc::detail
