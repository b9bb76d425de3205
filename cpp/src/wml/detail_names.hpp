// Element names as tokens. Prefixes are whatever a document declares, so names
// are resolved through the namespace bindings in scope; transitional and
// strict WordprocessingML map to the same tokens.
#pragma once

#include <array>
#include <cstdint>
#include <memory>
#include <pugixml.hpp>
#include <string>
#include <string_view>
#include <vector>

#include "opc/detail_namespaces.hpp"

namespace docxsift::wml::detail {

// Namespaces, their URIs and the mc:Choice rule live in opc (one table for
// the story reader and the Office Math converter).
using opc::detail::choice_requirements_met;
using opc::detail::namespace_of_uri;
using opc::detail::Ns;
using opc::detail::understood;

// clang-format off: a table laid out by hand
enum class El : std::uint16_t {
  Other,
  // structure
  Document, Body, P, R, T, Tbl, Tr, Tc, PPr, RPr, SectPr, TblPr, TblGrid, GridCol, TrPr, TcPr,
  Hdr, Ftr, Footnotes, Endnotes, Footnote, Endnote, Comments, Comment,
  // run content
  Tab, PTab, Br, Cr, NoBreakHyphen, SoftHyphen, Sym, DelText, InstrText, DelInstrText, FldChar,
  FldSimple, FootnoteReference, EndnoteReference, CommentReference, CommentRangeStart,
  FootnoteRef, EndnoteRef, AnnotationRef, Separator, ContinuationSeparator, LastRenderedPageBreak,
  DayShort, MonthShort, YearShort, DayLong, MonthLong, YearLong, PgNum,
  // containers
  Hyperlink, Ins, Del, MoveFrom, MoveTo, Sdt, SdtPr, SdtEndPr, SdtContent, SmartTag, SmartTagPr,
  CustomXml, CustomXmlPr, Dir, Bdo, Ruby, Rt, RubyBase, RubyPr,
  // drawing / text boxes / alternate content
  Drawing, Pict, Object, TxbxContent, AlternateContent, Choice, Fallback,
  // properties
  PStyle, RStyle, TblStyle, NumPr, Ilvl, NumId, Jc, OutlineLvl, B, I, U, Strike, DStrike,
  Vanish, Caps, SmallCaps, RFonts, Sz, Color, Highlight, VertAlign, GridSpan, VMerge, HMerge,
  GridBefore, GridAfter, CellDel, CellIns, RPrChange, PPrChange, TblPrChange, TrPrChange, TcPrChange,
  SectPrChange, HeaderReference, FooterReference, PgSz, PgMar, TitlePg, Type,
  Ind, Spacing, KeepNext, KeepLines, PageBreakBefore, WidowControl, TrHeight, TcW, VAlign, TblHeader,
  // math
  OMath, OMathPara, MathT, MathR,
  // pictures and embedded objects (wml/drawing.cpp)
  WpInline, WpAnchor, WpExtent, WpDocPr, Blip, ChartRef, DiagramRelIds, ImageData, OleObject,
  ObjectEmbed, ObjectLink, AltChunk,
  Count
};
// clang-format on

// Resolves pugixml element names to (namespace, token), with a per-part cache.
class Names {
 public:
  Names();
  // Call on entering every element, and on leaving every element entered.
  void enter(const pugi::xml_node& node);
  void leave(const pugi::xml_node& node);

  El token(const pugi::xml_node& node);
  Ns ns_of(const pugi::xml_node& node);
  Ns ns_of_prefix(std::string_view prefix) const;

  // Attribute lookup by namespace and local name, honouring prefixes.
  pugi::xml_attribute attr(const pugi::xml_node& node, Ns ns, std::string_view local) const;
  // w:val etc.: attribute in the w namespace (or unprefixed, as some writers do).
  pugi::xml_attribute wattr(const pugi::xml_node& node, std::string_view local) const;
  // Changes whenever the namespace bindings in scope change.
  std::uint32_t generation() const { return generation_; }
  // The local name of an attribute in the w namespace (or unprefixed); empty otherwise.
  std::string_view w_local_name(const pugi::xml_attribute& attribute) const;

 private:
  struct Binding {
    std::string prefix;
    Ns ns;
    pugi::xml_node owner;
  };
  // A direct-mapped cache of element names to tokens, valid while the
  // bindings in scope do not change (generation_). Names repeat endlessly
  // (w:r, w:rPr, w:t), so almost every lookup is one hash and one compare;
  // a collision only costs a fresh lookup.
  // The name is stored inline: no allocation or destructor for the slots of
  // the several Names a document needs. Longer names are never cached.
  struct CacheSlot {
    static constexpr std::size_t kMaxName = 30;
    std::array<char, kMaxName> name;  // only the first `size` bytes are ever read
    std::uint8_t size = 0;
    El el = El::Other;
    std::uint32_t generation = 0;
  };
  static constexpr std::size_t kCacheSlots = 256;
  void invalidate() { ++generation_; }

  std::vector<Binding> bindings_;
  // Default-initialised, not zeroed: a slot counts only once its generation matches.
  std::unique_ptr<CacheSlot[]> cache_ = std::make_unique_for_overwrite<CacheSlot[]>(kCacheSlots);
  std::uint32_t generation_ = 1;
  // The last attribute prefix resolved, for the same generation: attributes
  // nearly all carry the one prefix bound to WordprocessingML.
  mutable std::string memo_prefix_;
  mutable Ns memo_ns_ = Ns::Unknown;
  mutable std::uint32_t memo_generation_ = 0;
};

}  // namespace docxsift::wml::detail
