// List numbering: how Word writes a list counter in each
// w:numFmt. Pure functions, so the formats are tested value by value and the
// numbering reader only has to choose which one applies.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>

namespace docxsift::word {

// The w:numFmt values docxsift renders. Anything else is Other, drawn as
// decimal (what Word does for formats it cannot draw, e.g. hebrew2 on a
// system without the font, and the least surprising text for a reader).
enum class NumberFormat : std::uint8_t {
  Decimal,
  DecimalZero,
  UpperLetter,
  LowerLetter,
  UpperRoman,
  LowerRoman,
  Ordinal,
  CardinalText,
  OrdinalText,
  Bullet,
  ChineseCounting,
  ChineseCountingThousand,
  ChineseLegalSimplified,
  IdeographTraditional,
  IdeographZodiac,
  IdeographDigital,
  DecimalEnclosedCircle,
  DecimalEnclosedCircleChinese,
  DecimalEnclosedParen,
  DecimalEnclosedFullstop,
  DecimalFullWidth,
  DecimalHalfWidth,
  TaiwaneseCounting,
  TaiwaneseCountingThousand,
  JapaneseCounting,
  KoreanCounting,
  // East Asian formats beyond the common ones.
  IdeographLegalTraditional,
  IdeographEnclosedCircle,
  IdeographZodiacTraditional,
  TaiwaneseDigital,
  JapaneseDigitalTenThousand,
  KoreanDigital,
  KoreanDigital2,
  Ganada,
  Chosung,
  // Word 2010's w:numFmt="custom" formats other than zero-padded decimals
  // (w:format="α, β, γ, ..." and "Α, Β, Γ, ..."): not ST_NumberFormat names,
  // so parse_number_format never returns them; see parse_custom_number_format.
  LowerGreek,
  UpperGreek,
  None,
  Other,
};

// "lowerLetter" -> NumberFormat::LowerLetter; unknown names -> Other.
NumberFormat parse_number_format(std::string_view name);

// The format of a Word 2010 w:numFmt="custom" by its w:format sample
// ("α, β, γ, ..." -> LowerGreek); Other when docxsift does not draw it.
// Zero-padded decimals ("001, 002, 003, ...") are read by the numbering reader.
NumberFormat parse_custom_number_format(std::string_view format);

// The counter `value` as Word draws it in `format` (UTF-8). Bullet and None
// draw nothing (a bullet's glyph is the level text itself). Values a format
// does not define (0, negatives, past a table's end) are drawn as decimal.
std::string format_number(NumberFormat format, std::int64_t value);

inline std::string format_number(std::string_view format, std::int64_t value) {
  return format_number(parse_number_format(format), value);
}

}  // namespace docxsift::word
