#include "doc_builder.hpp"

#include <algorithm>
#include <cstring>

namespace docxsift::testing {
namespace {

constexpr std::uint32_t kEnd = 0xFFFFFFFEu, kFree = 0xFFFFFFFFu, kFat = 0xFFFFFFFDu;

void put16(std::string& s, std::size_t at, std::uint16_t v) {
  if (s.size() < at + 2) s.resize(at + 2, '\0');
  s[at] = static_cast<char>(v & 0xFF);
  s[at + 1] = static_cast<char>(v >> 8);
}
void put32(std::string& s, std::size_t at, std::uint32_t v) {
  put16(s, at, static_cast<std::uint16_t>(v & 0xFFFF));
  put16(s, at + 2, static_cast<std::uint16_t>(v >> 16));
}
void add16(std::string& s, std::uint16_t v) { put16(s, s.size(), v); }
void add32(std::string& s, std::uint32_t v) { put32(s, s.size(), v); }

}  // namespace

std::string sprm(std::uint16_t op, const std::string& operand) {
  std::string s;
  add16(s, op);
  return s + operand;
}

std::string make_cfb(const std::vector<std::pair<std::string, std::string>>& streams, int sector_shift) {
  const std::size_t ss = std::size_t{1} << sector_shift;
  const std::size_t per_fat = ss / 4;
  std::size_t content = 1;  // the directory (up to ss / 128 entries)
  for (const auto& [name, data] : streams) content += (data.size() + ss - 1) / ss;
  std::size_t fat_sectors = 1;
  while (fat_sectors * per_fat < content + fat_sectors) ++fat_sectors;
  std::vector<std::uint32_t> fat(fat_sectors, kFat);
  std::string body;
  auto chain = [&](const std::string& data) {
    std::size_t count = (data.size() + ss - 1) / ss;
    if (count == 0) return kEnd;
    auto first = static_cast<std::uint32_t>(fat.size());
    for (std::size_t i = 0; i < count; ++i) {
      fat.push_back(i + 1 < count ? static_cast<std::uint32_t>(fat.size() + 1) : kEnd);
      std::string sector = data.substr(i * ss, ss);
      sector.resize(ss, '\0');
      body += sector;
    }
    return first;
  };
  std::string directory(ss, '\0');
  std::uint32_t dir_start = chain(directory);
  std::vector<std::uint32_t> starts;
  for (const auto& [name, data] : streams) starts.push_back(chain(data));
  auto entry = [&](std::size_t index, const std::string& name, std::uint8_t type, std::uint32_t right,
                   std::uint32_t child, std::uint32_t start, std::uint64_t size) {
    std::size_t at = index * 128;
    for (std::size_t i = 0; i < name.size(); ++i) put16(directory, at + i * 2, static_cast<unsigned char>(name[i]));
    put16(directory, at + 64, static_cast<std::uint16_t>((name.size() + 1) * 2));
    directory[at + 66] = static_cast<char>(type);
    directory[at + 67] = 1;
    put32(directory, at + 68, kFree);
    put32(directory, at + 72, right);
    put32(directory, at + 76, child);
    put32(directory, at + 116, start);
    put32(directory, at + 120, static_cast<std::uint32_t>(size));
    put32(directory, at + 124, static_cast<std::uint32_t>(size >> 32));
  };
  entry(0, "Root Entry", 5, kFree, streams.empty() ? kFree : 1, kEnd, 0);
  for (std::size_t i = 0; i < streams.size(); ++i) {
    std::uint32_t right = i + 1 < streams.size() ? static_cast<std::uint32_t>(i + 2) : kFree;
    entry(i + 1, streams[i].first, 2, right, kFree, starts[i], streams[i].second.size());
  }
  std::memcpy(body.data() + (dir_start - fat_sectors) * ss, directory.data(), ss);
  fat.resize(fat_sectors * per_fat, kFree);
  std::string fat_bytes;
  for (std::uint32_t v : fat) add32(fat_bytes, v);

  std::string header(512, '\0');
  std::memcpy(header.data(), "\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1", 8);
  put16(header, 24, 0x3E);
  put16(header, 26, sector_shift == 12 ? 4 : 3);
  put16(header, 28, 0xFFFE);
  put16(header, 30, static_cast<std::uint16_t>(sector_shift));
  put16(header, 32, 6);
  put32(header, 44, static_cast<std::uint32_t>(fat_sectors));
  put32(header, 48, dir_start);
  put32(header, 56, 4096);
  put32(header, 60, kEnd);
  put32(header, 68, kEnd);
  for (std::size_t i = 0; i < 109; ++i) put32(header, 76 + i * 4, i < fat_sectors ? static_cast<std::uint32_t>(i) : kFree);
  header.resize(ss, '\0');
  return header + fat_bytes + body;
}

std::string make_doc(const DocSpec& spec) {
  // WordDocument: FIB (Word 97 layout), the text at 0x400, then a PAPX page.
  const std::size_t pairs = 0x5D;
  std::string wd(0x400, '\0');
  const std::uint32_t text_at = 0x400;
  bool compressed = !spec.compressed.empty();
  std::string text_bytes;
  if (compressed) {
    text_bytes = spec.compressed;
  } else {
    for (char16_t c : spec.text) add16(text_bytes, c);
  }
  wd += text_bytes;
  auto cp_count = static_cast<std::uint32_t>(compressed ? spec.compressed.size() : spec.text.size());
  const std::uint32_t unit = compressed ? 1 : 2;
  wd.resize((wd.size() + 511) / 512 * 512, '\0');
  std::string table;
  auto place = [&](const std::string& data) {
    auto at = static_cast<std::uint32_t>(table.size());
    table += data;
    return std::pair<std::uint32_t, std::uint32_t>{at, static_cast<std::uint32_t>(data.size())};
  };
  std::vector<std::pair<std::uint32_t, std::uint32_t>> fclcb(pairs, {0, 0});
  // PAPX FKP: one run per listed mark.
  if (!spec.papx.empty()) {
    std::string page(512, '\0');
    std::size_t n = std::min<std::size_t>(spec.papx.size(), 20);
    std::size_t data_at = 511;
    for (std::size_t i = 0; i < n; ++i) {
      std::uint32_t fc = text_at + spec.papx[i].first * unit;
      put32(page, i * 4, fc);
      std::string body(2, '\0');  // istd 0
      body += spec.papx[i].second;
      if (body.size() % 2 == 0) body.push_back('\0');
      data_at -= body.size() + 1;
      data_at -= data_at % 2;
      page[data_at] = static_cast<char>((body.size() + 1) / 2);
      std::memcpy(page.data() + data_at + 1, body.data(), body.size());
      page[(n + 1) * 4 + i * 13] = static_cast<char>(data_at / 2);
    }
    put32(page, n * 4, text_at + (spec.papx[n - 1].first + 1) * unit);
    page[511] = static_cast<char>(n);
    // Run i spans mark i up to mark i + 1: looked up by the mark's FC, it is mark i's.
    std::string plc;
    add32(plc, text_at + spec.papx[0].first * unit);
    add32(plc, text_at + (spec.papx[n - 1].first + 1) * unit);
    add32(plc, static_cast<std::uint32_t>(wd.size() / 512));
    wd += page;
    fclcb[13] = place(plc);
  }
  // Sections: one, ending at the end of the main text.
  std::uint32_t ccp_text = cp_count - spec.ccp_footnote - (spec.ccp_footnote ? 1 : 0);
  {
    std::string plc;
    add32(plc, 0);
    add32(plc, ccp_text);
    plc += std::string(12, '\0');
    fclcb[6] = place(plc);
  }
  if (spec.ccp_footnote > 0) {
    std::string ref, txt;
    for (std::uint32_t cp : spec.footnote_refs) add32(ref, cp);
    add32(ref, ccp_text);
    for (std::size_t i = 0; i < spec.footnote_refs.size(); ++i) add16(ref, static_cast<std::uint16_t>(i + 1));
    add32(txt, 0);
    add32(txt, spec.ccp_footnote);
    add32(txt, spec.ccp_footnote + 1);
    fclcb[2] = place(ref);
    fclcb[3] = place(txt);
  }
  {
    std::string clx = "\x02";
    std::string plc;
    add32(plc, 0);
    add32(plc, cp_count);
    add16(plc, 0);
    add32(plc, compressed ? (text_at * 2) | 0x40000000u : text_at);
    add16(plc, spec.prm);
    add32(clx, static_cast<std::uint32_t>(plc.size()));
    clx += plc;
    fclcb[33] = place(clx);
  }
  std::string fib;
  add16(fib, 0xA5EC);
  add16(fib, spec.n_fib);
  add16(fib, 0);
  add16(fib, spec.lid);
  add16(fib, 0);
  add16(fib, static_cast<std::uint16_t>(0x0200 | (spec.encrypted ? 0x0100 : 0)));
  fib.resize(32, '\0');
  add16(fib, 14);
  fib += std::string(28, '\0');
  add16(fib, 22);
  std::uint32_t lw[22] = {};
  lw[0] = static_cast<std::uint32_t>(wd.size());
  lw[3] = ccp_text;
  lw[4] = spec.ccp_footnote;
  for (std::uint32_t v : lw) add32(fib, v);
  add16(fib, static_cast<std::uint16_t>(pairs));
  for (const auto& [fc, lcb] : fclcb) {
    add32(fib, fc);
    add32(fib, lcb);
  }
  add16(fib, 0);
  std::memcpy(wd.data(), fib.data(), fib.size());
  if (wd.size() < 4096) wd.resize(4096, '\0');
  if (table.size() < 4096) table.resize(4096, '\0');
  return make_cfb({{"WordDocument", wd}, {"1Table", table}}, spec.sector_shift);
}

}  // namespace docxsift::testing
