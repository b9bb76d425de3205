#include <array>
#include <cstring>
#include <utility>

#include "opc/detail_xml.hpp"
#include "wml/detail_names.hpp"

namespace docxsift::wml::detail {
namespace {

struct LocalEl {
  std::string_view local;
  El el;
};

// Elements of the w namespace that the readers act on.
// clang-format off: a table laid out by hand
constexpr std::array kWordElements{
    LocalEl{"document", El::Document}, LocalEl{"body", El::Body}, LocalEl{"p", El::P},
    LocalEl{"r", El::R}, LocalEl{"t", El::T}, LocalEl{"tbl", El::Tbl}, LocalEl{"tr", El::Tr},
    LocalEl{"tc", El::Tc}, LocalEl{"pPr", El::PPr}, LocalEl{"rPr", El::RPr},
    LocalEl{"sectPr", El::SectPr}, LocalEl{"tblPr", El::TblPr}, LocalEl{"tblGrid", El::TblGrid},
    LocalEl{"gridCol", El::GridCol}, LocalEl{"trPr", El::TrPr}, LocalEl{"tcPr", El::TcPr},
    LocalEl{"hdr", El::Hdr}, LocalEl{"ftr", El::Ftr}, LocalEl{"footnotes", El::Footnotes},
    LocalEl{"endnotes", El::Endnotes}, LocalEl{"footnote", El::Footnote},
    LocalEl{"endnote", El::Endnote}, LocalEl{"comments", El::Comments},
    LocalEl{"comment", El::Comment}, LocalEl{"tab", El::Tab}, LocalEl{"ptab", El::PTab},
    LocalEl{"br", El::Br}, LocalEl{"cr", El::Cr}, LocalEl{"noBreakHyphen", El::NoBreakHyphen},
    LocalEl{"softHyphen", El::SoftHyphen}, LocalEl{"sym", El::Sym},
    LocalEl{"delText", El::DelText}, LocalEl{"instrText", El::InstrText},
    LocalEl{"delInstrText", El::DelInstrText}, LocalEl{"fldChar", El::FldChar},
    LocalEl{"fldSimple", El::FldSimple}, LocalEl{"footnoteReference", El::FootnoteReference},
    LocalEl{"endnoteReference", El::EndnoteReference},
    LocalEl{"commentReference", El::CommentReference},
    LocalEl{"commentRangeStart", El::CommentRangeStart}, LocalEl{"footnoteRef", El::FootnoteRef},
    LocalEl{"endnoteRef", El::EndnoteRef}, LocalEl{"annotationRef", El::AnnotationRef},
    LocalEl{"separator", El::Separator},
    LocalEl{"continuationSeparator", El::ContinuationSeparator},
    LocalEl{"lastRenderedPageBreak", El::LastRenderedPageBreak},
    LocalEl{"dayShort", El::DayShort}, LocalEl{"monthShort", El::MonthShort},
    LocalEl{"yearShort", El::YearShort}, LocalEl{"dayLong", El::DayLong},
    LocalEl{"monthLong", El::MonthLong}, LocalEl{"yearLong", El::YearLong},
    LocalEl{"pgNum", El::PgNum}, LocalEl{"hyperlink", El::Hyperlink}, LocalEl{"ins", El::Ins},
    LocalEl{"del", El::Del}, LocalEl{"moveFrom", El::MoveFrom}, LocalEl{"moveTo", El::MoveTo},
    LocalEl{"sdt", El::Sdt}, LocalEl{"sdtPr", El::SdtPr}, LocalEl{"sdtEndPr", El::SdtEndPr},
    LocalEl{"sdtContent", El::SdtContent}, LocalEl{"smartTag", El::SmartTag},
    LocalEl{"smartTagPr", El::SmartTagPr}, LocalEl{"customXml", El::CustomXml},
    LocalEl{"customXmlPr", El::CustomXmlPr}, LocalEl{"dir", El::Dir}, LocalEl{"bdo", El::Bdo},
    LocalEl{"ruby", El::Ruby}, LocalEl{"rt", El::Rt}, LocalEl{"rubyBase", El::RubyBase},
    LocalEl{"rubyPr", El::RubyPr}, LocalEl{"drawing", El::Drawing}, LocalEl{"pict", El::Pict},
    LocalEl{"object", El::Object}, LocalEl{"txbxContent", El::TxbxContent},
    LocalEl{"pStyle", El::PStyle}, LocalEl{"rStyle", El::RStyle},
    LocalEl{"tblStyle", El::TblStyle}, LocalEl{"numPr", El::NumPr}, LocalEl{"ilvl", El::Ilvl},
    LocalEl{"numId", El::NumId}, LocalEl{"jc", El::Jc}, LocalEl{"outlineLvl", El::OutlineLvl},
    LocalEl{"b", El::B}, LocalEl{"i", El::I}, LocalEl{"u", El::U}, LocalEl{"strike", El::Strike},
    LocalEl{"dstrike", El::DStrike}, LocalEl{"vanish", El::Vanish}, LocalEl{"caps", El::Caps},
    LocalEl{"smallCaps", El::SmallCaps}, LocalEl{"rFonts", El::RFonts}, LocalEl{"sz", El::Sz},
    LocalEl{"color", El::Color}, LocalEl{"highlight", El::Highlight},
    LocalEl{"vertAlign", El::VertAlign}, LocalEl{"gridSpan", El::GridSpan},
    LocalEl{"vMerge", El::VMerge}, LocalEl{"hMerge", El::HMerge},
    LocalEl{"cellDel", El::CellDel}, LocalEl{"cellIns", El::CellIns},
    LocalEl{"gridBefore", El::GridBefore}, LocalEl{"gridAfter", El::GridAfter},
    LocalEl{"rPrChange", El::RPrChange}, LocalEl{"pPrChange", El::PPrChange},
    LocalEl{"tblPrChange", El::TblPrChange}, LocalEl{"trPrChange", El::TrPrChange},
    LocalEl{"tcPrChange", El::TcPrChange}, LocalEl{"sectPrChange", El::SectPrChange},
    LocalEl{"headerReference", El::HeaderReference},
    LocalEl{"footerReference", El::FooterReference}, LocalEl{"pgSz", El::PgSz},
    LocalEl{"pgMar", El::PgMar}, LocalEl{"titlePg", El::TitlePg}, LocalEl{"type", El::Type},
    LocalEl{"altChunk", El::AltChunk}, LocalEl{"objectEmbed", El::ObjectEmbed},
    LocalEl{"objectLink", El::ObjectLink}, LocalEl{"ind", El::Ind},
    LocalEl{"spacing", El::Spacing}, LocalEl{"keepNext", El::KeepNext},
    LocalEl{"keepLines", El::KeepLines}, LocalEl{"pageBreakBefore", El::PageBreakBefore},
    LocalEl{"widowControl", El::WidowControl}, LocalEl{"trHeight", El::TrHeight},
    LocalEl{"tcW", El::TcW}, LocalEl{"vAlign", El::VAlign}, LocalEl{"tblHeader", El::TblHeader},
};
// clang-format on

El lookup(Ns ns, std::string_view local) {
  switch (ns) {
    case Ns::W:
      for (const auto& e : kWordElements) {
        if (e.local == local) return e.el;
      }
      return El::Other;
    case Ns::MC:
      if (local == "AlternateContent") return El::AlternateContent;
      if (local == "Choice") return El::Choice;
      if (local == "Fallback") return El::Fallback;
      return El::Other;
    case Ns::M:
      if (local == "oMath") return El::OMath;
      if (local == "oMathPara") return El::OMathPara;
      if (local == "t") return El::MathT;
      if (local == "r") return El::MathR;
      return El::Other;
    // Pictures, charts and embedded objects (wml/drawing.cpp).
    case Ns::WP:
      if (local == "inline") return El::WpInline;
      if (local == "anchor") return El::WpAnchor;
      if (local == "extent") return El::WpExtent;
      if (local == "docPr") return El::WpDocPr;
      return El::Other;
    case Ns::A: return local == "blip" ? El::Blip : El::Other;
    case Ns::C: return local == "chart" ? El::ChartRef : El::Other;
    case Ns::DGM: return local == "relIds" ? El::DiagramRelIds : El::Other;
    case Ns::V: return local == "imagedata" ? El::ImageData : El::Other;
    case Ns::O: return local == "OLEObject" ? El::OleObject : El::Other;
    default: return El::Other;
  }
}

// Hot helpers for attribute names. pugixml hands out NUL-terminated names;
// scanning them once by hand avoids a strlen and a memchr call for each of
// the many attributes Word writes (rsids, fonts, sizes): the attribute loops
// below were 25% of the instructions of opening a document.

// The position of the first ':' in name, or of its terminating NUL.
const char* colon_or_end(const char* name) {
  while (*name != '\0' && *name != ':') ++name;
  return name;
}

// Whether the NUL-terminated s equals text.
bool equals(const char* s, std::string_view text) {
  for (char c : text) {
    if (*s != c) return false;
    ++s;
  }
  return *s == '\0';
}

}  // namespace

Names::Names() { bindings_.push_back({"xml", Ns::Xml, pugi::xml_node()}); }

void Names::enter(const pugi::xml_node& node) {
  for (pugi::xml_attribute a = node.first_attribute(); a; a = a.next_attribute()) {
    const char* raw = a.name();
    // Nearly every attribute is rejected by its first character, without a strlen.
    if (raw[0] != 'x' || std::strncmp(raw, "xmlns", 5) != 0) continue;
    std::string_view name = raw;
    std::string_view prefix;
    if (name.size() > 5) {
      if (name[5] != ':') continue;
      prefix = name.substr(6);
    }
    bindings_.push_back({std::string(prefix), namespace_of_uri(a.value()), node});
    invalidate();
  }
}

void Names::leave(const pugi::xml_node& node) {
  bool popped = false;
  while (bindings_.size() > 1 && bindings_.back().owner == node) {
    bindings_.pop_back();
    popped = true;
  }
  if (popped) invalidate();
}

Ns Names::ns_of_prefix(std::string_view prefix) const {
  if (memo_generation_ == generation_ && memo_prefix_ == prefix) return memo_ns_;
  Ns ns = Ns::Unknown;
  for (auto it = bindings_.rbegin(); it != bindings_.rend(); ++it) {
    if (it->prefix == prefix) {
      ns = it->ns;
      break;
    }
  }
  memo_prefix_.assign(prefix);
  memo_ns_ = ns;
  memo_generation_ = generation_;
  return ns;
}

Ns Names::ns_of(const pugi::xml_node& node) {
  std::string_view name = node.name();
  auto colon = name.find(':');
  return ns_of_prefix(colon == std::string_view::npos ? std::string_view{} : name.substr(0, colon));
}

El Names::token(const pugi::xml_node& node) {
  // FNV-1a over the name, which also measures it: one pass, no strlen.
  const char* raw = node.name();
  std::uint32_t hash = 2166136261u;
  std::size_t size = 0;
  for (; raw[size] != '\0'; ++size) hash = (hash ^ static_cast<unsigned char>(raw[size])) * 16777619u;
  std::string_view name(raw, size);
  CacheSlot& slot = cache_[hash % kCacheSlots];
  if (slot.generation == generation_ && std::string_view(slot.name.data(), slot.size) == name) {
    return slot.el;
  }
  auto colon = name.find(':');
  Ns ns = ns_of_prefix(colon == std::string_view::npos ? std::string_view{} : name.substr(0, colon));
  El el = lookup(ns, colon == std::string_view::npos ? name : name.substr(colon + 1));
  if (size <= CacheSlot::kMaxName) {
    std::memcpy(slot.name.data(), raw, size);
    slot.size = static_cast<std::uint8_t>(size);
    slot.el = el;
    slot.generation = generation_;
  }
  return el;
}

pugi::xml_attribute Names::attr(const pugi::xml_node& node, Ns ns, std::string_view local) const {
  for (pugi::xml_attribute a = node.first_attribute(); a; a = a.next_attribute()) {
    const char* name = a.name();
    const char* colon = colon_or_end(name);
    if (*colon != ':' || !equals(colon + 1, local)) continue;
    if (ns_of_prefix(std::string_view(name, static_cast<std::size_t>(colon - name))) == ns) return a;
  }
  return {};
}

pugi::xml_attribute Names::wattr(const pugi::xml_node& node, std::string_view local) const {
  for (pugi::xml_attribute a = node.first_attribute(); a; a = a.next_attribute()) {
    const char* name = a.name();
    const char* colon = colon_or_end(name);
    if (*colon != ':') {
      if (equals(name, local)) return a;
      continue;
    }
    if (equals(colon + 1, local) &&
        ns_of_prefix(std::string_view(name, static_cast<std::size_t>(colon - name))) == Ns::W) {
      return a;
    }
  }
  return {};
}

std::string_view Names::w_local_name(const pugi::xml_attribute& attribute) const {
  const char* name = attribute.name();
  const char* colon = colon_or_end(name);
  if (*colon != ':') return name;
  if (ns_of_prefix(std::string_view(name, static_cast<std::size_t>(colon - name))) != Ns::W) return {};
  return colon + 1;
}

}  // namespace docxsift::wml::detail
