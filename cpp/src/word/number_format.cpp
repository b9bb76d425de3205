// Counter formats. The expected forms follow Word, as observed by projects
// that compared their output with Word (Open-XML-PowerTools' list item text
// getters) and as documented in docs/numbering.md; where Word's behaviour is
// not known for a range, the format falls back to decimal, never to nothing.
#include <array>
#include <string>

#include "docxsift/numbering.hpp"
#include "docxsift/utf8.hpp"

namespace docxsift::word {
namespace {

struct NamedFormat {
  std::string_view name;
  NumberFormat format;
};

constexpr std::array kFormats{
    NamedFormat{"decimal", NumberFormat::Decimal},
    NamedFormat{"decimalZero", NumberFormat::DecimalZero},
    NamedFormat{"upperLetter", NumberFormat::UpperLetter},
    NamedFormat{"lowerLetter", NumberFormat::LowerLetter},
    NamedFormat{"upperRoman", NumberFormat::UpperRoman},
    NamedFormat{"lowerRoman", NumberFormat::LowerRoman},
    NamedFormat{"ordinal", NumberFormat::Ordinal},
    NamedFormat{"cardinalText", NumberFormat::CardinalText},
    NamedFormat{"ordinalText", NumberFormat::OrdinalText},
    NamedFormat{"bullet", NumberFormat::Bullet},
    NamedFormat{"chineseCounting", NumberFormat::ChineseCounting},
    NamedFormat{"chineseCountingThousand", NumberFormat::ChineseCountingThousand},
    NamedFormat{"chineseLegalSimplified", NumberFormat::ChineseLegalSimplified},
    NamedFormat{"ideographTraditional", NumberFormat::IdeographTraditional},
    NamedFormat{"ideographZodiac", NumberFormat::IdeographZodiac},
    NamedFormat{"ideographDigital", NumberFormat::IdeographDigital},
    NamedFormat{"decimalEnclosedCircle", NumberFormat::DecimalEnclosedCircle},
    NamedFormat{"decimalEnclosedCircleChinese", NumberFormat::DecimalEnclosedCircleChinese},
    NamedFormat{"decimalEnclosedParen", NumberFormat::DecimalEnclosedParen},
    NamedFormat{"decimalEnclosedFullstop", NumberFormat::DecimalEnclosedFullstop},
    NamedFormat{"decimalFullWidth", NumberFormat::DecimalFullWidth},
    NamedFormat{"decimalFullWidth2", NumberFormat::DecimalFullWidth},
    NamedFormat{"decimalHalfWidth", NumberFormat::DecimalHalfWidth},
    NamedFormat{"taiwaneseCounting", NumberFormat::TaiwaneseCounting},
    NamedFormat{"taiwaneseCountingThousand", NumberFormat::TaiwaneseCountingThousand},
    NamedFormat{"japaneseCounting", NumberFormat::JapaneseCounting},
    NamedFormat{"koreanCounting", NumberFormat::KoreanCounting},
    NamedFormat{"ideographLegalTraditional", NumberFormat::IdeographLegalTraditional},
    NamedFormat{"ideographEnclosedCircle", NumberFormat::IdeographEnclosedCircle},
    NamedFormat{"ideographZodiacTraditional", NumberFormat::IdeographZodiacTraditional},
    NamedFormat{"taiwaneseDigital", NumberFormat::TaiwaneseDigital},
    NamedFormat{"japaneseDigitalTenThousand", NumberFormat::JapaneseDigitalTenThousand},
    NamedFormat{"koreanDigital", NumberFormat::KoreanDigital},
    NamedFormat{"koreanDigital2", NumberFormat::KoreanDigital2},
    NamedFormat{"ganada", NumberFormat::Ganada},
    NamedFormat{"chosung", NumberFormat::Chosung},
    NamedFormat{"none", NumberFormat::None},
};

std::string decimal(std::int64_t v) { return std::to_string(v); }

std::string letters(std::int64_t v, char first) {
  if (v < 1) return decimal(v);
  // Word: a..z, aa..zz, aaa..zzz, ... and wraps after 780 (30 letters long).
  std::int64_t n = (v - 1) % 780;
  return std::string(static_cast<std::size_t>(n / 26 + 1), static_cast<char>(first + n % 26));
}

std::string roman(std::int64_t v, bool upper) {
  // Word writes thousands as repeated M; bound the repetition.
  if (v < 1 || v > 32767) return decimal(v);
  using Digits = std::array<std::string_view, 10>;
  static constexpr Digits kOnes{"", "i", "ii", "iii", "iv", "v", "vi", "vii", "viii", "ix"};
  static constexpr Digits kTens{"", "x", "xx", "xxx", "xl", "l", "lx", "lxx", "lxxx", "xc"};
  static constexpr Digits kHundreds{"", "c", "cc", "ccc", "cd", "d", "dc", "dcc", "dccc", "cm"};
  std::string out(static_cast<std::size_t>(v / 1000), 'm');
  out += kHundreds[static_cast<std::size_t>(v / 100 % 10)];
  out += kTens[static_cast<std::size_t>(v / 10 % 10)];
  out += kOnes[static_cast<std::size_t>(v % 10)];
  if (upper) {
    for (char& c : out) c = static_cast<char>(c - 'a' + 'A');
  }
  return out;
}

std::string ordinal(std::int64_t v) {
  if (v < 0) return decimal(v);
  std::int64_t last2 = v % 100;
  const char* suffix = "th";
  if (last2 < 11 || last2 > 13) {
    switch (v % 10) {
      case 1: suffix = "st"; break;
      case 2: suffix = "nd"; break;
      case 3: suffix = "rd"; break;
      default: break;
    }
  }
  return decimal(v) + suffix;
}

constexpr std::array<std::string_view, 20> kSmall{
    "zero", "one",    "two",    "three",    "four",     "five",    "six",     "seven",     "eight",    "nine",
    "ten",  "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen"};
constexpr std::array<std::string_view, 10> kTensWords{"",      "",      "twenty",  "thirty", "forty",
                                                      "fifty", "sixty", "seventy", "eighty", "ninety"};

// English words as Word spells them: "one hundred one", "twenty-one" (no "and").
std::string words(std::int64_t v) {
  std::string out;
  auto part = [&out](std::string_view s) {
    if (!out.empty()) out.push_back(' ');
    out += s;
  };
  if (v >= 1000) {
    part(words(v / 1000));
    part("thousand");
    v %= 1000;
  }
  if (v >= 100) {
    part(kSmall[static_cast<std::size_t>(v / 100)]);
    part("hundred");
    v %= 100;
  }
  if (v >= 20) {
    std::string tens(kTensWords[static_cast<std::size_t>(v / 10)]);
    if (v % 10 != 0) {
      tens.push_back('-');
      tens.append(kSmall[static_cast<std::size_t>(v % 10)]);
    }
    part(tens);
  } else if (v > 0 || out.empty()) {
    part(kSmall[static_cast<std::size_t>(v)]);
  }
  return out;
}

// "twenty-one" -> "twenty-first", "one hundred" -> "one hundredth".
std::string ordinal_words(std::int64_t v) {
  std::string out = words(v);
  std::size_t start = out.find_last_of(" -") + 1;  // npos + 1 == 0
  std::string_view last = std::string_view(out).substr(start);
  struct Irregular {
    std::string_view cardinal, ordinal;
  };
  static constexpr std::array kIrregular{Irregular{"one", "first"},     Irregular{"two", "second"},
                                         Irregular{"three", "third"},   Irregular{"five", "fifth"},
                                         Irregular{"eight", "eighth"},  Irregular{"nine", "ninth"},
                                         Irregular{"twelve", "twelfth"}};
  for (const auto& irregular : kIrregular) {
    if (last == irregular.cardinal) return out.substr(0, start) + std::string(irregular.ordinal);
  }
  if (out.back() == 'y') return out.substr(0, out.size() - 1) + "ieth";
  return out + "th";
}

std::string capitalized(std::string s) {
  if (!s.empty()) s[0] = static_cast<char>(s[0] - 'a' + 'A');
  return s;
}

// One character per value, 1..table.size(); decimal outside.
std::string from_table(std::int64_t v, std::u32string_view table) {
  if (v < 1 || v > static_cast<std::int64_t>(table.size())) return decimal(v);
  std::string out;
  append_utf8(out, table[static_cast<std::size_t>(v - 1)]);
  return out;
}

// A run of consecutive code points (①..⑳ etc.) for 1..count.
std::string enclosed(std::int64_t v, char32_t first, std::int64_t count) {
  if (v < 1 || v > count) return decimal(v);
  std::string out;
  append_utf8(out, static_cast<std::uint32_t>(first + static_cast<char32_t>(v - 1)));
  return out;
}

std::string per_digit(std::int64_t v, std::u32string_view digits) {
  if (v < 0) return decimal(v);
  std::string out;
  for (char c : decimal(v)) append_utf8(out, digits[static_cast<std::size_t>(c - '0')]);
  return out;
}

constexpr std::u32string_view kHanDigits = U"〇一二三四五六七八九";

// Counting systems with positional units (十百千, 万 above).
struct Counting {
  std::u32string_view digits;  // 0-9
  std::u32string_view units;   // ten, hundred, thousand, ten thousand
  bool one_before_ten;         // 10-19 as 一十 (legal forms) rather than 十
  bool one_before_units;       // 100 as 一百 rather than 百 (Japanese, Korean omit it)
  bool zero_fill;              // 101 as 一百〇一: a zero between non-zero digits is written
};

// 1..9999 in one counting system. `leading` is false inside a larger number,
// where 10-19 keep their 一 (一千〇一十).
std::string counting_section(std::int64_t v, const Counting& c, bool leading) {
  std::string out;
  static constexpr std::array<std::int64_t, 4> kPowers{1000, 100, 10, 1};
  bool pending_zero = false;
  for (std::size_t i = 0; i < kPowers.size(); ++i) {
    std::int64_t d = v / kPowers[i] % 10;
    if (d == 0) {
      if (!out.empty()) pending_zero = true;
      continue;
    }
    if (pending_zero && c.zero_fill) append_utf8(out, c.digits[0]);
    pending_zero = false;
    bool is_unit = i < 3;
    bool omit_one = false;
    if (d == 1 && is_unit) {
      if (!c.one_before_units) omit_one = true;                                 // Japanese and Korean: 十, 百, 千 alone
      else if (i == 2) omit_one = !c.one_before_ten && leading && out.empty();  // 十一, not 一十一
    }
    if (!omit_one) append_utf8(out, c.digits[static_cast<std::size_t>(d)]);
    if (is_unit) append_utf8(out, c.units[2 - i]);
  }
  return out;
}

std::string counting(std::int64_t v, const Counting& c) {
  if (v < 1 || v > 99999999) return decimal(v);
  if (v < 10000) return counting_section(v, c, true);
  std::string out = counting_section(v / 10000, c, true);
  append_utf8(out, c.units[3]);
  std::int64_t low = v % 10000;
  if (low == 0) return out;
  if (low < 1000 && c.zero_fill) append_utf8(out, c.digits[0]);
  return out + counting_section(low, c, false);
}

constexpr Counting kChineseThousand{kHanDigits, U"十百千万", false, true, true};
constexpr Counting kChineseLegal{U"零壹贰叁肆伍陆柒捌玖", U"拾佰仟万", true, true, true};
constexpr Counting kTraditionalLegal{U"零壹貳參肆伍陸柒捌玖", U"拾佰仟萬", true, true, true};
constexpr Counting kJapanese{kHanDigits, U"十百千万", false, false, false};
constexpr Counting kKorean{U"영일이삼사오육칠팔구", U"십백천만", false, false, false};

// The sexagenary cycle: 甲子, 乙丑, ... 癸亥 (1-60).
std::string sexagenary(std::int64_t v) {
  if (v < 1 || v > 60) return decimal(v);
  std::string out;
  append_utf8(out, U"甲乙丙丁戊己庚辛壬癸"[static_cast<std::size_t>((v - 1) % 10)]);
  append_utf8(out, U"子丑寅卯辰巳午未申酉戌亥"[static_cast<std::size_t>((v - 1) % 12)]);
  return out;
}

// Word's chineseCounting counts with 十 up to 99 and writes larger values
// digit by digit with ○ (U+25CB) as zero: 100 -> 一○○, 101 -> 一○一. Word's
// own sample for the format is "一, 十, 一○○(简), ..." ([MS-DOCX] 2.4, numFmt
// Extensions), against "一, 十, 一百(简), ..." for chineseCountingThousand;
// Open-XML-PowerTools' zh-CN getter (compared with Word) writes the same.
// taiwaneseCounting keeps 〇 (U+3007): no Word sample says otherwise.
std::string chinese_counting(std::int64_t v, std::u32string_view digits) {
  if (v >= 1 && v <= 99) return counting_section(v, kChineseThousand, true);
  return per_digit(v, digits);
}

}  // namespace

NumberFormat parse_number_format(std::string_view name) {
  for (const auto& f : kFormats) {
    if (f.name == name) return f.format;
  }
  return NumberFormat::Other;
}

NumberFormat parse_custom_number_format(std::string_view format) {
  // Word writes the first three values and an ellipsis; the first letter says which.
  if (format.starts_with("α")) return NumberFormat::LowerGreek;
  if (format.starts_with("Α")) return NumberFormat::UpperGreek;
  return NumberFormat::Other;
}

std::string format_number(NumberFormat format, std::int64_t v) {
  switch (format) {
    case NumberFormat::Decimal:
    case NumberFormat::DecimalHalfWidth:
    case NumberFormat::Other: return decimal(v);
    case NumberFormat::DecimalZero: return v >= 0 && v <= 9 ? std::string(1, '0').append(decimal(v)) : decimal(v);
    case NumberFormat::UpperLetter: return letters(v, 'A');
    case NumberFormat::LowerLetter: return letters(v, 'a');
    case NumberFormat::UpperRoman: return roman(v, true);
    case NumberFormat::LowerRoman: return roman(v, false);
    case NumberFormat::Ordinal: return ordinal(v);
    case NumberFormat::CardinalText: return v >= 0 && v < 1000000 ? capitalized(words(v)) : decimal(v);
    case NumberFormat::OrdinalText: return v >= 1 && v < 1000000 ? capitalized(ordinal_words(v)) : decimal(v);
    case NumberFormat::Bullet:
    case NumberFormat::None: return {};
    case NumberFormat::ChineseCounting: return chinese_counting(v, U"○一二三四五六七八九");
    case NumberFormat::TaiwaneseCounting: return chinese_counting(v, kHanDigits);
    case NumberFormat::ChineseCountingThousand:
    case NumberFormat::TaiwaneseCountingThousand: return counting(v, kChineseThousand);
    case NumberFormat::ChineseLegalSimplified: return counting(v, kChineseLegal);
    case NumberFormat::JapaneseCounting: return counting(v, kJapanese);
    case NumberFormat::KoreanCounting: return counting(v, kKorean);
    case NumberFormat::IdeographTraditional: return from_table(v, U"甲乙丙丁戊己庚辛壬癸");
    case NumberFormat::IdeographZodiac: return from_table(v, U"子丑寅卯辰巳午未申酉戌亥");
    case NumberFormat::IdeographDigital: return per_digit(v, kHanDigits);
    case NumberFormat::DecimalEnclosedCircle:
    case NumberFormat::DecimalEnclosedCircleChinese: return enclosed(v, U'\u2460', 20);
    case NumberFormat::DecimalEnclosedParen: return enclosed(v, U'\u2474', 20);
    case NumberFormat::DecimalEnclosedFullstop: return enclosed(v, U'\u2488', 20);
    case NumberFormat::DecimalFullWidth: return per_digit(v, U"０１２３４５６７８９");
    case NumberFormat::IdeographLegalTraditional: return counting(v, kTraditionalLegal);
    case NumberFormat::IdeographEnclosedCircle: return enclosed(v, U'\u3280', 10);
    case NumberFormat::IdeographZodiacTraditional: return sexagenary(v);
    case NumberFormat::TaiwaneseDigital:
    case NumberFormat::JapaneseDigitalTenThousand:
    case NumberFormat::KoreanDigital2: return per_digit(v, kHanDigits);
    case NumberFormat::KoreanDigital: return per_digit(v, U"영일이삼사오육칠팔구");
    case NumberFormat::Ganada: return from_table(v, U"가나다라마바사아자차카타파하");
    case NumberFormat::Chosung: return from_table(v, U"ㄱㄴㄷㄹㅁㅂㅅㅇㅈㅊㅋㅌㅍㅎ");
    // The 24 letters without final sigma; past ω Word's sequence is not
    // known, so decimal (the rule for ranges a format does not define).
    case NumberFormat::LowerGreek: return from_table(v, U"αβγδεζηθικλμνξοπρστυφχψω");
    case NumberFormat::UpperGreek: return from_table(v, U"ΑΒΓΔΕΖΗΘΙΚΛΜΝΞΟΠΡΣΤΥΦΧΨΩ");
  }
  return decimal(v);
}

}  // namespace docxsift::word
