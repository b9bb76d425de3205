// LSTF (28 bytes) per list, then the LVLs of all lists in the same order (9,
// or 1 for a simple list). An LVL is an LVLF (28 bytes), its paragraph and
// character sprms, and the number text: an Xst whose characters 0-8 stand for
// the counters of levels 0-8 (rgbxchNums gives where they are).
#include <algorithm>
#include <map>
#include <string>

#include "doc/detail_bytes.hpp"
#include "doc/detail_lists.hpp"
#include "doc/detail_text.hpp"
#include "docxsift/numbering.hpp"

namespace docxsift::doc::detail {
namespace {

struct Level {
  std::int32_t start = 1;
  word::NumberFormat format = word::NumberFormat::Decimal;
  bool legal = false;
  bool no_restart = false;
  std::uint8_t follow = 0;  // 0 tab, 1 space, 2 nothing
  std::u16string text;
};

struct List {
  std::vector<Level> levels;
};

// nfc values ([MS-DOC] 2.9.166, the order of ST_NumberFormat) as their names.
word::NumberFormat format_of(std::uint8_t nfc) {
  static const char* names[] = {"decimal",
                                "upperRoman",
                                "lowerRoman",
                                "upperLetter",
                                "lowerLetter",
                                "ordinal",
                                "cardinalText",
                                "ordinalText",
                                "hex",
                                "chicago",
                                "ideographDigital",
                                "japaneseCounting",
                                "aiueo",
                                "iroha",
                                "decimalFullWidth",
                                "decimalHalfWidth",
                                "japaneseLegal",
                                "japaneseDigitalTenThousand",
                                "decimalEnclosedCircle",
                                "decimalFullWidth2",
                                "aiueoFullWidth",
                                "irohaFullWidth",
                                "decimalZero",
                                "bullet",
                                "ganada",
                                "chosung",
                                "decimalEnclosedFullstop",
                                "decimalEnclosedParen",
                                "decimalEnclosedCircleChinese",
                                "ideographEnclosedCircle",
                                "ideographTraditional",
                                "ideographZodiac",
                                "ideographZodiacTraditional",
                                "taiwaneseCounting",
                                "ideographLegalTraditional",
                                "taiwaneseCountingThousand",
                                "taiwaneseDigital",
                                "chineseCounting",
                                "chineseLegalSimplified",
                                "chineseCountingThousand",
                                "koreanDigital",
                                "koreanCounting",
                                "koreanLegal",
                                "koreanDigital2"};
  if (nfc == 255) return word::NumberFormat::None;
  if (nfc == 19) return word::NumberFormat::DecimalFullWidth;  // decimalFullWidth2
  if (nfc < sizeof names / sizeof names[0]) return word::parse_number_format(names[nfc]);
  return word::NumberFormat::Decimal;
}

// Reads an LVL at `at`; returns the offset after it (s.size() when cut short).
std::size_t read_level(std::string_view s, std::size_t at, Level& level) {
  if (at + 28 > s.size()) return s.size();
  level.start = static_cast<std::int32_t>(u32(s, at));
  level.format = format_of(u8(s, at + 4));
  std::uint8_t flags = u8(s, at + 5);
  level.legal = (flags & 0x04) != 0;
  level.no_restart = (flags & 0x08) != 0;
  level.follow = u8(s, at + 15);
  std::size_t papx = u8(s, at + 25), chpx = u8(s, at + 24);
  at += 28 + papx + chpx;
  std::size_t chars = u16(s, at);
  if (at + 2 + chars * 2 > s.size()) return s.size();
  for (std::size_t i = 0; i < chars; ++i) level.text.push_back(u16(s, at + 2 + i * 2));
  return at + 2 + chars * 2;
}

}  // namespace

void compute_list_labels(model::Builder& builder, std::string_view lst, std::string_view lfo,
                         const std::vector<ListRef>& numbered) {
  if (numbered.empty() || lst.size() < 2) return;
  // Lists by lsid.
  std::size_t count = static_cast<std::size_t>(std::max<std::int16_t>(0, i16(lst, 0)));
  if (count > (lst.size() - 2) / 28) return;
  std::map<std::uint32_t, List> lists;
  std::vector<std::pair<std::uint32_t, std::size_t>> order;  // lsid, level count
  for (std::size_t i = 0; i < count; ++i) {
    std::size_t at = 2 + i * 28;
    bool simple = (u8(lst, at + 26) & 0x01) != 0;
    order.push_back({u32(lst, at), simple ? 1 : 9});
  }
  std::size_t at = 2 + count * 28;
  for (auto [lsid, levels] : order) {
    List list;
    for (std::size_t l = 0; l < levels && at < lst.size(); ++l) {
      Level level;
      at = read_level(lst, at, level);
      list.levels.push_back(std::move(level));
    }
    lists.emplace(lsid, std::move(list));
  }
  // LFOs: 1-based ilfo -> lsid.
  std::vector<std::uint32_t> lsid_of_lfo;
  std::uint32_t lfos = u32(lfo, 0);
  for (std::uint32_t i = 0; i < lfos && 4 + (i + 1) * 16 <= lfo.size(); ++i) {
    lsid_of_lfo.push_back(u32(lfo, 4 + i * 16));
  }

  model::Document& doc = builder.doc();
  std::map<std::uint32_t, std::vector<std::int64_t>> counters;  // by lsid, per level (0: not started)
  for (const ListRef& ref : numbered) {
    if (ref.ilfo <= 0 || static_cast<std::size_t>(ref.ilfo) > lsid_of_lfo.size()) continue;
    std::uint32_t lsid = lsid_of_lfo[static_cast<std::size_t>(ref.ilfo) - 1];
    auto found = lists.find(lsid);
    if (found == lists.end() || found->second.levels.empty()) continue;
    const List& list = found->second;
    std::size_t ilvl = static_cast<std::size_t>(std::clamp(ref.ilvl, 0, 8));
    if (ilvl >= list.levels.size()) ilvl = list.levels.size() - 1;
    std::vector<std::int64_t>& counts = counters[lsid];
    counts.resize(9, 0);
    const Level& level = list.levels[ilvl];
    counts[ilvl] = counts[ilvl] == 0 ? level.start : counts[ilvl] + 1;
    for (std::size_t deeper = ilvl + 1; deeper < 9; ++deeper) {
      if (deeper >= list.levels.size() || !list.levels[deeper].no_restart) counts[deeper] = 0;
    }
    std::string label;
    std::u16string literal;  // text between placeholders, converted whole (surrogate pairs)
    for (char16_t c : level.text) {
      if (c > 8) {
        literal.push_back(c);
        continue;
      }
      label += utf16_to_utf8(literal);
      literal.clear();
      std::size_t l = c;
      const Level& shown = l < list.levels.size() ? list.levels[l] : level;
      std::int64_t value = counts[l] == 0 ? shown.start : counts[l];
      bool legal = level.legal && shown.format != word::NumberFormat::Bullet;
      label += word::format_number(legal ? word::NumberFormat::Decimal : shown.format, value);
    }
    label += utf16_to_utf8(literal);
    if (doc.list_labels.size() < doc.paragraphs.size()) doc.list_labels.resize(doc.paragraphs.size());
    if (ref.paragraph >= doc.list_labels.size() || label.empty()) continue;
    model::ListLabel& out = doc.list_labels[ref.paragraph];
    out.label = builder.intern(label);
    out.level = static_cast<std::int8_t>(ilvl);
    out.suffix = level.follow == 1   ? model::ListSuffix::Space
                 : level.follow == 2 ? model::ListSuffix::Nothing
                                     : model::ListSuffix::Tab;
  }
}

}  // namespace docxsift::doc::detail
