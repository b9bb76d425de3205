// Little-endian reads from MS-DOC structures. Out of range reads give 0: the
// callers check sizes where a short structure means a broken file, and a
// zero elsewhere is harmless (the file is untrusted either way).
#pragma once

#include <cstdint>
#include <string_view>

namespace docxsift::doc::detail {

inline std::uint8_t u8(std::string_view s, std::size_t at) {
  return at < s.size() ? static_cast<std::uint8_t>(s[at]) : 0;
}
inline std::uint16_t u16(std::string_view s, std::size_t at) {
  if (at > s.size() || s.size() - at < 2) return 0;
  return static_cast<std::uint16_t>(u8(s, at) | (u8(s, at + 1) << 8));
}
inline std::uint32_t u32(std::string_view s, std::size_t at) {
  if (at > s.size() || s.size() - at < 4) return 0;
  return u16(s, at) | (static_cast<std::uint32_t>(u16(s, at + 2)) << 16);
}
inline std::int16_t i16(std::string_view s, std::size_t at) { return static_cast<std::int16_t>(u16(s, at)); }

// A slice [fc, fc + lcb) of a stream, empty when it does not fit.
inline std::string_view slice(std::string_view s, std::uint64_t fc, std::uint64_t lcb) {
  if (fc > s.size() || lcb > s.size() - fc) return {};
  return s.substr(static_cast<std::size_t>(fc), static_cast<std::size_t>(lcb));
}

// A PLC ([MS-DOC] 2.2.2): n + 1 CPs (or FCs) then n data elements of `data_size` bytes.
class Plc {
 public:
  Plc(std::string_view bytes, std::size_t data_size) : bytes_(bytes), data_size_(data_size) {
    if (bytes.size() >= 4) count_ = (bytes.size() - 4) / (4 + data_size);
  }
  std::size_t count() const { return count_; }
  std::uint32_t pos(std::size_t i) const { return u32(bytes_, i * 4); }  // i <= count()
  std::string_view data(std::size_t i) const { return slice(bytes_, (count_ + 1) * 4 + i * data_size_, data_size_); }

 private:
  std::string_view bytes_;
  std::size_t data_size_;
  std::size_t count_ = 0;
};

}  // namespace docxsift::doc::detail
