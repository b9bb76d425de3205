// FIB: FibBase (32 bytes), then three variable-length arrays each preceded by
// its count (csw 16-bit words, cslw 32-bit words, cbRgFcLcb fc/lcb pairs), so
// Word 97, 2000, 2002, 2003 and 2007 files (which differ in those counts) are
// read by the same walk. Word 6/95 files have no such arrays (nFib < 0xC0).
#include "doc/detail_fib.hpp"

#include <algorithm>
#include <string>

#include "doc/detail_bytes.hpp"
#include "docxsift/errors.hpp"

namespace docxsift::doc::detail {

Fib read_fib(std::string_view s) {
  if (s.size() < 32) throw PackageError("corrupt Word .doc: the WordDocument stream is too short for a FIB");
  std::uint16_t ident = u16(s, 0);
  if (ident == 0xA59B || ident == 0xA59C) {
    throw PackageError("a Word for Windows 1.x/2.0 document: only Word 97 and later .doc files are read");
  }
  if (ident != 0xA5EC) throw PackageError("corrupt Word .doc: the FIB does not start with wIdent 0xA5EC");
  Fib fib;
  fib.n_fib = u16(s, 2);
  fib.lid = u16(s, 6);
  std::uint16_t flags = u16(s, 10);
  fib.complex = (flags & 0x0004) != 0;
  fib.encrypted = (flags & 0x0100) != 0;
  fib.which_table_1 = (flags & 0x0200) != 0;
  fib.far_east = (flags & 0x4000) != 0;
  fib.obfuscated = (flags & 0x8000) != 0;
  // Word 6 wrote nFib 101-105 (Word 95 104); Word 97 and later 0xC1 and up
  // (some early Word 97 betas 0xC0). Word 2 and older have other idents.
  if (fib.n_fib < 0xC0) {
    throw PackageError("a Word 6.0/95 (or older) document, nFib " + std::to_string(fib.n_fib) +
                       ": only Word 97 and later .doc files are read; save it as .docx or Word 97-2003 .doc");
  }
  if (fib.encrypted) {
    throw EncryptedError(std::string("password-protected Word .doc (") +
                         (fib.obfuscated ? "XOR obfuscation" : "RC4 encryption") +
                         "); remove the password in Word or decrypt it with msoffcrypto-tool first");
  }
  std::size_t at = 32;
  std::uint16_t csw = u16(s, at);
  at += 2;
  if (csw >= 14) fib.lid_fe = u16(s, at + 26);
  at += static_cast<std::size_t>(csw) * 2;
  std::uint16_t cslw = u16(s, at);
  at += 2;
  // FibRgLw97: cbMac, 2 reserved, then ccpText, ccpFtn, ccpHdd, (ccpMcr), ccpAtn, ccpEdn, ccpTxbx, ccpHdrTxbx.
  for (std::size_t i = 0; i < kSubCount && 3 + i < cslw; ++i) fib.ccp[i] = u32(s, at + (3 + i) * 4);
  at += static_cast<std::size_t>(cslw) * 4;
  std::uint16_t pairs = u16(s, at);
  at += 2;
  if (s.size() < at + static_cast<std::size_t>(pairs) * 8) {
    throw PackageError("corrupt Word .doc: the FIB is cut short (" + std::to_string(pairs) + " fc/lcb pairs declared)");
  }
  for (std::size_t i = 0; i < kFcLcbCount && i < pairs; ++i) {
    fib.fc[i] = u32(s, at + i * 8);
    fib.lcb[i] = u32(s, at + i * 8 + 4);
  }
  if (pairs <= static_cast<std::size_t>(FcLcb::Clx)) throw PackageError("corrupt Word .doc: the FIB has no piece table (fcClx)");
  return fib;
}

}  // namespace docxsift::doc::detail
