// STSH, SttbfFfn and character sprms.
#include <string>

#include "doc/detail_bytes.hpp"
#include "doc/detail_sprm.hpp"
#include "doc/detail_styles.hpp"
#include "doc/detail_text.hpp"

namespace docxsift::doc::detail {
namespace {

using model::Index;
using model::kNone;
using model::Tri;

// The names Word gives the built-in styles whatever the file says (a
// localized Word stores "标题 1" for sti 1): heading_level reads these.
std::string builtin_name(std::uint16_t sti) {
  if (sti == 0) return "Normal";
  if (sti >= 1 && sti <= 9) return "heading " + std::to_string(sti);
  return {};
}

Tri toggle(std::string_view operand) {
  // 0 off, 1 on, 0x80 as the style, 0x81 the opposite of the style (taken as on).
  switch (u8(operand, 0)) {
    case 0: return Tri::Off;
    case 1:
    case 0x81: return Tri::On;
    default: return Tri::Unset;
  }
}

std::string hex_color(std::uint8_t r, std::uint8_t g, std::uint8_t b) {
  static const char* digits = "0123456789ABCDEF";
  std::string s;
  for (std::uint8_t v : {r, g, b}) {
    s.push_back(digits[v >> 4]);
    s.push_back(digits[v & 15]);
  }
  return s;
}

// Ico ([MS-DOC] 2.9.119): the 16 colors of Word 6.
const char* ico_color(std::uint8_t ico) {
  static const char* colors[] = {"auto",   "000000", "0000FF", "00FFFF", "00FF00", "FF00FF",
                                 "FF0000", "FFFF00", "FFFFFF", "000080", "008080", "008000",
                                 "800080", "800000", "808000", "808080", "C0C0C0"};
  return ico <= 16 ? colors[ico] : nullptr;
}

const char* underline_style(std::uint8_t kul) {
  switch (kul) {
    case 1: return "single";
    case 2: return "words";
    case 3: return "double";
    case 4: return "dotted";
    case 6: return "thick";
    case 7: return "dash";
    case 9: return "dotDash";
    case 10: return "dotDotDash";
    case 11: return "wave";
    default: return nullptr;
  }
}

}  // namespace

void apply_chpx(std::string_view grpprl, const std::vector<Index>& fonts, model::Builder& builder,
                model::RunProps& props, CharFlags& flags) {
  auto font = [&](std::string_view operand) {
    std::uint16_t ftc = u16(operand, 0);
    return ftc < fonts.size() ? fonts[ftc] : kNone;
  };
  each_sprm(grpprl, [&](std::uint16_t sprm, std::string_view op) {
    switch (sprm) {
      case kCFBold: props.bold = toggle(op); break;
      case kCFItalic: props.italic = toggle(op); break;
      case kCFStrike: props.strike = toggle(op); break;
      case kCFDStrike: props.double_strike = toggle(op); break;
      case kCFCaps: props.caps = toggle(op); break;
      case kCFSmallCaps: props.small_caps = toggle(op); break;
      case kCFVanish:
        props.hidden = toggle(op);
        flags.hidden = props.hidden == Tri::On;
        break;
      case kCKul: {
        std::uint8_t kul = u8(op, 0);
        props.underline = kul == 0 ? Tri::Off : Tri::On;
        const char* style = underline_style(kul);
        props.underline_style = kul == 0 ? builder.intern("none") : (style ? builder.intern(style) : kNone);
        break;
      }
      case kCHps: props.size_half_points = u16(op, 0); break;
      case kCIss: {
        std::uint8_t iss = u8(op, 0);
        props.vertical_align = iss == 1   ? model::VerticalAlign::Superscript
                               : iss == 2 ? model::VerticalAlign::Subscript
                                          : model::VerticalAlign::Baseline;
        break;
      }
      case kCRgFtc0: props.font_ascii = font(op); break;
      case kCRgFtc1: props.font_east_asia = font(op); break;
      case kCRgFtc2: props.font_hansi = font(op); break;
      case kCIco:
        if (const char* c = ico_color(u8(op, 0))) props.color = builder.intern(c);
        break;
      case kCCv:
        // COLORREF: red, green, blue, then fAuto (0xFF: automatic).
        props.color =
            u8(op, 3) == 0xFF ? builder.intern("auto") : builder.intern(hex_color(u8(op, 0), u8(op, 1), u8(op, 2)));
        break;
      case kCFRMarkDel: flags.deleted = u8(op, 0) != 0; break;
      case kCFRMarkIns: flags.inserted = u8(op, 0) != 0; break;
      case kCFSpec: flags.special = u8(op, 0) != 0; break;
      case kCIstd: flags.istd = u16(op, 0); break;
      case kCSymbol:
        flags.symbol_font = font(op);
        flags.symbol_char = u16(op, 2);
        break;
      default: break;
    }
  });
}

std::vector<Index> read_fonts(model::Builder& builder, std::string_view s) {
  std::vector<Index> fonts;
  std::uint16_t count = u16(s, 0);
  std::size_t at = 4;  // cData, cbExtra (0: an FFN carries its own size)
  for (std::uint16_t i = 0; i < count && at < s.size(); ++i) {
    std::size_t size = u8(s, at);
    std::string_view ffn = slice(s, at + 1, size);
    at += 1 + size;
    // FFN: flags, wWeight, chs, ixchSzAlt, panose[10], FONTSIGNATURE[24], then the name (UTF-16, NUL-ended).
    std::u16string name;
    for (std::size_t c = 39; c + 1 < ffn.size(); c += 2) {
      char16_t ch = u16(ffn, c);
      if (ch == 0) break;
      name.push_back(ch);
    }
    fonts.push_back(builder.intern(utf16_to_utf8(name)));
  }
  return fonts;
}

std::vector<StyleInfo> read_styles(model::Builder& builder, std::string_view s, const std::vector<Index>& fonts) {
  std::vector<StyleInfo> styles;
  model::Document& doc = builder.doc();
  std::size_t cb_stshi = u16(s, 0);
  std::string_view stshi = slice(s, 2, cb_stshi);
  if (stshi.size() < 4) return styles;
  std::uint16_t count = u16(stshi, 0);
  std::uint16_t cb_base = u16(stshi, 2);  // StdfBase (10) or StdfBase + StdfPost2000 (18)
  std::size_t at = 2 + cb_stshi;
  const std::size_t first_row = doc.styles.size();
  styles.resize(count);
  std::vector<std::uint16_t> bases(count, 0x0FFF);
  for (std::uint16_t istd = 0; istd < count && at + 2 <= s.size(); ++istd) {
    std::size_t cb = u16(s, at);
    std::string_view std_ = slice(s, at + 2, cb);
    at += 2 + cb;
    if (std_.size() < cb_base || cb_base < 10) continue;
    std::uint16_t sti = u16(std_, 0) & 0x0FFF;
    std::uint16_t stk = u16(std_, 2) & 0x000F;
    std::uint16_t base = u16(std_, 2) >> 4;
    std::uint16_t cupx = u16(std_, 4) & 0x000F;
    // The name: Xstz, a 16-bit count of UTF-16 units then the units and a NUL.
    std::size_t name_at = cb_base;
    std::size_t chars = u16(std_, name_at);
    std::u16string raw;
    for (std::size_t c = 0; c < chars && name_at + 2 + c * 2 + 1 < std_.size(); ++c) {
      raw.push_back(u16(std_, name_at + 2 + c * 2));
    }
    std::string name = builtin_name(sti);
    if (name.empty()) {
      name = utf16_to_utf8(raw);
      // Aliases follow the name after commas ("Heading 1,h1"): the name is the first.
      if (auto comma = name.find(','); comma != std::string::npos && comma > 0) name.resize(comma);
    }
    if (name.empty()) name = "Style" + std::to_string(istd);
    model::Style style;
    style.name = builder.intern(name);
    style.style_id = style.name;
    style.type = stk == 2   ? model::StyleType::Character
                 : stk == 3 ? model::StyleType::Table
                 : stk == 4 ? model::StyleType::Numbering
                            : model::StyleType::Paragraph;
    style.is_default = (stk == 1 && sti == 0) || (stk == 2 && sti == 65);
    bases[istd] = base;
    StyleInfo& info = styles[istd];
    info.id = style.style_id;
    info.base = base;
    // The UPXs after the name, each padded to an even length: for a
    // paragraph style the paragraph UPX (istd + sprms) then the character one.
    std::size_t upx_at = name_at + 2 + (chars + 1) * 2;
    for (std::uint16_t u = 0; u < cupx && upx_at + 2 <= std_.size(); ++u) {
      std::size_t size = u16(std_, upx_at);
      std::string_view upx = slice(std_, upx_at + 2, size);
      upx_at += 2 + size + (size & 1);
      bool paragraph_upx = stk == 1 && u == 0;
      bool character_upx = (stk == 1 && u == 1) || (stk == 2 && u == 0);
      if (paragraph_upx && upx.size() >= 2) {
        each_sprm(upx.substr(2), [&](std::uint16_t sprm, std::string_view op) {
          if (sprm == kPOutLvl) info.outline_level = static_cast<std::int8_t>(std::min<int>(u8(op, 0), 9));
          if (sprm == kPIlfo) info.ilfo = i16(op, 0);
          if (sprm == kPIlvl) info.ilvl = u8(op, 0);
        });
        style.outline_level = info.outline_level;
      } else if (character_upx) {
        info.chpx = upx;
        CharFlags flags;
        model::RunProps props;
        apply_chpx(upx, fonts, builder, props, flags);
        style.run_props = builder.intern_props(props);
      }
    }
    doc.styles.push_back(style);
  }
  // Base styles by id, once every style has its id.
  std::size_t row = first_row;
  for (std::uint16_t istd = 0; istd < count; ++istd) {
    if (styles[istd].id == kNone) continue;
    std::uint16_t base = bases[istd];
    if (base < count && base != istd) doc.styles[row].base = styles[base].id;
    ++row;
  }
  return styles;
}

}  // namespace docxsift::doc::detail
