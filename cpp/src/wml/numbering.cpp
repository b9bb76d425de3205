// List labels: numbering.xml definitions, then one pass over each story in
// reading order with Word's counters. The definitions live only for the pass;
// the model keeps the labels.
#include <algorithm>
#include <array>
#include <charconv>
#include <map>
#include <memory>
#include <optional>
#include <unordered_map>
#include <unordered_set>

#include "docxsift/errors.hpp"
#include "docxsift/numbering.hpp"
#include "docxsift/queries.hpp"
#include "docxsift/utf8.hpp"
#include "opc/detail_xml.hpp"
#include "wml/detail_names.hpp"
#include "wml/detail_numbering.hpp"
#include "wml/detail_part_memo.hpp"
#include "wml/detail_properties.hpp"
#include "word/detail_symbol_fonts.hpp"

namespace docxsift::wml::detail {
namespace {

using model::Index;
using model::kNone;
using word::NumberFormat;

constexpr int kLevels = 9;
constexpr int kMaxHops = 16;  // style and numbering-style links: data-driven, so bounded
// Counters are data too: starts are clamped and increments saturate here, far
// beyond Word's own limit (32767), so arithmetic never overflows.
constexpr std::int64_t kMaxCounter = 1000000000;

std::int64_t clamp_counter(std::int64_t v) { return std::clamp(v, -kMaxCounter, kMaxCounter); }

struct LevelDef {
  bool defined = false;
  std::int64_t start = 0;  // ECMA-376 default; Word always writes it
  NumberFormat format = NumberFormat::Decimal;
  int zero_pad = 0;  // w:numFmt="custom" w:format="001, 002, 003, ..." -> 3
  std::optional<std::string> text;
  int restart = -1;  // w:lvlRestart: -1 after any higher level, 0 never, n after level n (1-based)
  bool is_legal = false;
  model::ListSuffix suffix = model::ListSuffix::Tab;
  std::string font;    // w:rPr/w:rFonts, for Symbol/Wingdings bullets
  std::string pstyle;  // w:pStyle: the paragraph style this level belongs to
};

struct AbstractNum {
  std::array<LevelDef, kLevels> levels;
  std::string num_style_link;  // w:numStyleLink: the levels are those of a numbering style
};

struct NumDef {
  std::string abstract_id;
  std::array<std::optional<std::int64_t>, kLevels> start_override;
  std::array<std::optional<LevelDef>, kLevels> level_override;
};

struct Definitions {
  std::map<std::string, AbstractNum, std::less<>> abstracts;  // by w:abstractNumId
  std::unordered_map<std::int64_t, NumDef> nums;              // by w:numId
};

std::optional<std::int64_t> to_int(std::string_view s) {
  std::int64_t v = 0;
  auto [end, ec] = std::from_chars(s.data(), s.data() + s.size(), v);
  if (ec != std::errc() || end != s.data() + s.size()) return std::nullopt;
  return v;
}

bool is_w(Names& names, const pugi::xml_node& node, std::string_view local) {
  return opc::detail::local_name(node.name()) == local && names.ns_of(node) == Ns::W;
}

std::string_view val(Names& names, const pugi::xml_node& node) { return names.wattr(node, "val").value(); }

// Calls f(child) for each element child, with the child's namespace
// declarations in scope.
template <typename F>
void each_child(Names& names, const pugi::xml_node& node, F&& f) {
  for (pugi::xml_node c = node.first_child(); c; c = c.next_sibling()) {
    if (c.type() != pugi::node_element) continue;
    names.enter(c);
    f(c);
    names.leave(c);
  }
}

// "001, 002, 003, ..." -> 3: Word 2010's zero-padded decimal formats.
int zero_pad_of(std::string_view format) {
  std::size_t n = 0;
  while (n < format.size() && format[n] == '0') ++n;
  return n < format.size() && format[n] == '1' ? static_cast<int>(n + 1) : 0;
}

void read_num_fmt(Names& names, const pugi::xml_node& node, LevelDef& level) {
  std::string_view name = val(names, node);
  if (name == "custom") {
    std::string_view format = names.wattr(node, "format").value();
    level.zero_pad = zero_pad_of(format);
    level.format = level.zero_pad > 0 ? NumberFormat::Decimal : word::parse_custom_number_format(format);
    if (level.format == NumberFormat::Other) level.format = NumberFormat::Decimal;
  } else {
    level.format = word::parse_number_format(name);
  }
}

void read_level_child(Names& names, const pugi::xml_node& c, LevelDef& level) {
  std::string_view local = opc::detail::local_name(c.name());
  Ns ns = names.ns_of(c);
  if (ns == Ns::MC && local == "AlternateContent") {
    // Word 2010 writes custom formats as a Choice with a plain Fallback: the
    // Choice when docxsift understands it (zero-padded decimals, Greek
    // letters), else the Fallback.
    pugi::xml_node chosen;
    each_child(names, c, [&](const pugi::xml_node& branch) {
      std::string_view branch_name = opc::detail::local_name(branch.name());
      if (chosen) return;
      if (branch_name == "Choice") {
        LevelDef probe;
        each_child(names, branch, [&](const pugi::xml_node& n) {
          if (is_w(names, n, "numFmt")) read_num_fmt(names, n, probe);
        });
        bool greek = probe.format == NumberFormat::LowerGreek || probe.format == NumberFormat::UpperGreek;
        if (probe.zero_pad > 0 || greek) {
          level.zero_pad = probe.zero_pad;
          level.format = probe.format;
          chosen = branch;
        }
      } else if (branch_name == "Fallback") {
        each_child(names, branch, [&](const pugi::xml_node& n) { read_level_child(names, n, level); });
        chosen = branch;
      }
    });
    return;
  }
  if (ns != Ns::W) return;
  if (local == "start") {
    if (auto v = to_int(val(names, c))) level.start = clamp_counter(*v);
  } else if (local == "numFmt") {
    read_num_fmt(names, c, level);
  } else if (local == "lvlText") {
    pugi::xml_attribute a = names.wattr(c, "val");
    if (a) level.text = a.value();
  } else if (local == "lvlRestart") {
    if (auto v = to_int(val(names, c))) {
      level.restart = static_cast<int>(std::clamp<std::int64_t>(*v, 0, kLevels));
    }
  } else if (local == "isLgl") {
    level.is_legal = on_off(names, c) == model::Tri::On;
  } else if (local == "suff") {
    std::string_view s = val(names, c);
    level.suffix = s == "space"     ? model::ListSuffix::Space
                   : s == "nothing" ? model::ListSuffix::Nothing
                                    : model::ListSuffix::Tab;
  } else if (local == "pStyle") {
    level.pstyle = val(names, c);
  } else if (local == "rPr") {
    // The bullet glyph is drawn in the ascii font, else hAnsi...; writers
    // (LibreOffice) may add a second w:rFonts with only w:cs: it never wins.
    std::array<std::string_view, 4> fonts{};
    static constexpr std::array<std::string_view, 4> kWhich{"ascii", "hAnsi", "eastAsia", "cs"};
    each_child(names, c, [&](const pugi::xml_node& r) {
      if (!is_w(names, r, "rFonts")) return;
      for (std::size_t i = 0; i < kWhich.size(); ++i) {
        if (fonts[i].empty()) fonts[i] = names.wattr(r, kWhich[i]).value();
      }
    });
    for (std::string_view font : fonts) {
      if (!font.empty()) {
        level.font = font;
        break;
      }
    }
  }
}

// Returns the level index (0-8) of a w:lvl, or -1.
int read_level(Names& names, const pugi::xml_node& node, LevelDef& level) {
  auto ilvl = to_int(names.wattr(node, "ilvl").value());
  if (!ilvl || *ilvl < 0 || *ilvl >= kLevels) return -1;
  level.defined = true;
  each_child(names, node, [&](const pugi::xml_node& c) { read_level_child(names, c, level); });
  return static_cast<int>(*ilvl);
}

Definitions read_definitions(Names& names, const pugi::xml_node& root) {
  Definitions defs;
  each_child(names, root, [&](const pugi::xml_node& node) {
    if (is_w(names, node, "abstractNum")) {
      AbstractNum abstract;
      each_child(names, node, [&](const pugi::xml_node& c) {
        if (is_w(names, c, "lvl")) {
          LevelDef level;
          int i = read_level(names, c, level);
          if (i >= 0) abstract.levels[static_cast<std::size_t>(i)] = std::move(level);
        } else if (is_w(names, c, "numStyleLink")) {
          abstract.num_style_link = val(names, c);
        }
      });
      defs.abstracts.insert_or_assign(std::string(names.wattr(node, "abstractNumId").value()), std::move(abstract));
    } else if (is_w(names, node, "num")) {
      auto id = to_int(names.wattr(node, "numId").value());
      if (!id) return;
      NumDef num;
      each_child(names, node, [&](const pugi::xml_node& c) {
        if (is_w(names, c, "abstractNumId")) {
          num.abstract_id = val(names, c);
        } else if (is_w(names, c, "lvlOverride")) {
          auto ilvl = to_int(names.wattr(c, "ilvl").value());
          if (!ilvl || *ilvl < 0 || *ilvl >= kLevels) return;
          auto i = static_cast<std::size_t>(*ilvl);
          each_child(names, c, [&](const pugi::xml_node& o) {
            if (is_w(names, o, "startOverride")) {
              if (auto v = to_int(val(names, o))) num.start_override[i] = clamp_counter(*v);
            } else if (is_w(names, o, "lvl")) {
              LevelDef level;
              if (read_level(names, o, level) >= 0) num.level_override[i] = std::move(level);
            }
          });
        }
      });
      defs.nums.insert_or_assign(*id, std::move(num));
    }
  });
  return defs;
}

// What a paragraph's numbering resolves to.
struct ListRef {
  const NumDef* num = nullptr;
  const AbstractNum* abstract = nullptr;  // after numStyleLink: the one whose counters count
  int level = 0;
};

class LabelPass {
 public:
  LabelPass(model::Builder& builder, const Definitions& defs) : builder_(builder), doc_(builder.doc()), defs_(defs) {
    for (Index i = 0; i < doc_.styles.size(); ++i) {
      style_index_.emplace(std::string(doc_.string(doc_.styles[i].style_id)), i);
    }
  }

  void run() {
    doc_.list_labels.assign(doc_.paragraphs.size(), model::ListLabel{});
    for (const model::Story& story : doc_.stories) {
      // Word counts each story (body, each header, each note) on its own.
      counters_.clear();
      nums_seen_.clear();
      for (Index p : model::paragraphs_in_order(doc_, story.blocks)) label_paragraph(p);
    }
  }

 private:
  struct Counters {
    std::array<std::int64_t, kLevels> value{};
    std::array<bool, kLevels> set{};
  };

  Index style_of(std::string_view id) const {
    auto found = style_index_.find(std::string(id));
    return found == style_index_.end() ? kNone : found->second;
  }

  // The abstractNum of a num, following w:numStyleLink to the numbering
  // style's own list (Word shares the counters of that list).
  const AbstractNum* abstract_of(const NumDef& num) const {
    const NumDef* current = &num;
    for (int hop = 0; hop < kMaxHops; ++hop) {
      auto found = defs_.abstracts.find(current->abstract_id);
      if (found == defs_.abstracts.end()) return nullptr;
      const AbstractNum& abstract = found->second;
      if (abstract.num_style_link.empty()) return &abstract;
      Index style = style_of(abstract.num_style_link);
      std::int32_t linked = -1;
      for (int up = 0; style != kNone && up < kMaxHops && linked < 0; ++up) {
        linked = doc_.styles[style].numbering.num_id;
        style = style_of(doc_.string(doc_.styles[style].base));
      }
      auto next = defs_.nums.find(linked);
      if (linked <= 0 || next == defs_.nums.end()) return &abstract;  // the link is broken: use what is here
      current = &next->second;
    }
    return nullptr;  // a cycle of links
  }

  // What a paragraph style's basedOn chain says about numbering: the first
  // numId and the first ilvl within kMaxHops, each on its own.
  struct ChainNumbering {
    std::int64_t num_id = -1;
    Index num_style = kNone;  // the style_id string of the style the numId came from
    int level = -1;
  };

  ChainNumbering chain_numbering(Index style_name) const {
    ChainNumbering out;
    Index style = style_of(doc_.string(style_name));
    for (int hop = 0; style != kNone && hop < kMaxHops && (out.num_id < 0 || out.level < 0); ++hop) {
      const model::Style& s = doc_.styles[style];
      if (out.num_id < 0 && s.numbering.num_id >= 0) {
        out.num_id = s.numbering.num_id;
        out.num_style = s.style_id;
      }
      if (out.level < 0 && s.numbering.level >= 0) out.level = s.numbering.level;
      style = style_of(doc_.string(s.base));
    }
    return out;
  }

  // chain_numbering by the w:pStyle string: a paragraph costs one lookup, not
  // a std::string and a hash per style of its chain.
  const ChainNumbering& chain_of(Index style_name) {
    // No w:pStyle looks up "" (a w:style may lack its styleId): memoised apart.
    if (style_name >= doc_.strings.size()) style_name = kNone;
    if (style_name != kNone && chains_.size() <= style_name) chains_.resize(doc_.strings.size());
    std::optional<ChainNumbering>& known = style_name == kNone ? no_style_chain_ : chains_[style_name];
    if (!known) known = chain_numbering(style_name);
    return *known;
  }

  std::optional<ListRef> resolve(const model::Paragraph& p) {
    std::int64_t num_id = p.numbering.num_id;
    int level = p.numbering.level;
    std::string_view num_style;  // the style the numId came from
    if (num_id < 0 || level < 0) {
      const ChainNumbering& chain = chain_of(p.style);
      if (num_id < 0 && chain.num_id >= 0) {
        num_id = chain.num_id;
        num_style = doc_.string(chain.num_style);  // strings may grow: no view is memoised
      }
      if (level < 0) level = chain.level;
    }
    if (num_id <= 0) return std::nullopt;  // numId 0: "not a list"
    auto num = defs_.nums.find(num_id);
    if (num == defs_.nums.end()) return std::nullopt;
    ListRef ref{&num->second, abstract_of(num->second), 0};
    if (ref.abstract == nullptr) return std::nullopt;
    if (level < 0 && !num_style.empty()) {
      // A style-numbered paragraph without ilvl takes the level linked to its style.
      for (int i = 0; i < kLevels && level < 0; ++i) {
        if (ref.abstract->levels[static_cast<std::size_t>(i)].pstyle == num_style) level = i;
      }
    }
    ref.level = std::clamp(level, 0, kLevels - 1);
    return ref;
  }

  static const LevelDef& level_def(const ListRef& ref, int i) {
    const auto& overridden = ref.num->level_override[static_cast<std::size_t>(i)];
    return overridden ? *overridden : ref.abstract->levels[static_cast<std::size_t>(i)];
  }

  static std::int64_t start_of(const ListRef& ref, int i) {
    const auto& override_start = ref.num->start_override[static_cast<std::size_t>(i)];
    return override_start ? *override_start : level_def(ref, i).start;
  }

  void label_paragraph(Index p) {
    auto ref = resolve(doc_.paragraphs[p]);
    if (!ref) return;
    const LevelDef& def = level_def(*ref, ref->level);
    if (!def.defined) return;
    Counters& counters = counters_[ref->abstract];
    if (nums_seen_.insert(ref->num).second) {
      // A num with w:startOverride starts that level again where it is first
      // used; an overriding w:lvl alone only changes how the level is drawn
      // (Word keeps counting: seen in thesis templates' chapter headings).
      for (int i = 0; i < kLevels; ++i) {
        auto k = static_cast<std::size_t>(i);
        if (ref->num->start_override[k]) counters.set[k] = false;
      }
    }
    // Word: an item fixes at their start the unused higher levels that its
    // label shows or that its restart depends on: after 2, 2.a.I the next
    // level-2 item is 2.b, after A., a. (level 5) the next level-4 item is 2.
    // (Tika's test documents, whose texts are Word's labels). Other levels stay
    // unused: with lvlRestart 1, 表%1-%5 leaves 图%1-%4 at 1 (Word's cached
    // table of figures in SEUThesis-Word's template).
    for (int i = 0; i < ref->level; ++i) {
      auto k = static_cast<std::size_t>(i);
      bool in_chain = def.restart < 0 || i < def.restart;
      if (!counters.set[k] && (in_chain || shows_level(def, i))) {
        counters.value[k] = start_of(*ref, i);
        counters.set[k] = true;
      }
    }
    auto lvl = static_cast<std::size_t>(ref->level);
    counters.value[lvl] =
        counters.set[lvl] ? std::min(counters.value[lvl] + 1, kMaxCounter) : start_of(*ref, ref->level);
    counters.set[lvl] = true;
    for (int i = ref->level + 1; i < kLevels; ++i) {
      int restart = level_def(*ref, i).restart;
      if (restart < 0 || ref->level < restart) counters.set[static_cast<std::size_t>(i)] = false;
    }
    model::ListLabel& out = doc_.list_labels[p];
    std::string label;
    model::append_valid_utf8(label, label_text(*ref, def, counters));
    out.label = builder_.intern(label);
    out.level = static_cast<std::int8_t>(ref->level);
    out.suffix = def.suffix;
  }

  static bool shows_level(const LevelDef& def, int level) {
    if (!def.text || def.format == NumberFormat::Bullet) return false;
    const char placeholder[] = {'%', static_cast<char>('1' + level), '\0'};
    return def.text->find(placeholder) != std::string::npos;
  }

  static std::string label_text(const ListRef& ref, const LevelDef& def, const Counters& counters) {
    if (!def.text) return {};
    std::string_view text = *def.text;
    if (def.format == NumberFormat::Bullet) return bullet_text(def.font, text);
    std::string out;
    for (std::size_t i = 0; i < text.size(); ++i) {
      if (text[i] == '%' && i + 1 < text.size() && text[i + 1] >= '1' && text[i + 1] <= '9') {
        int level = text[i + 1] - '1';
        ++i;
        if (level > ref.level) continue;  // a deeper level has no value yet
        const LevelDef& shown = level_def(ref, level);
        auto k = static_cast<std::size_t>(level);
        std::int64_t value = counters.set[k] ? counters.value[k] : start_of(ref, level);
        // isLgl: the higher levels in a legal-style label are drawn as decimals.
        NumberFormat format = def.is_legal && level < ref.level && shown.format != NumberFormat::None
                                  ? NumberFormat::Decimal
                                  : shown.format;
        std::string number = word::format_number(format, value);
        if (format == NumberFormat::Decimal && shown.zero_pad > 0 && value >= 0 &&
            number.size() < static_cast<std::size_t>(shown.zero_pad)) {
          number.insert(0, static_cast<std::size_t>(shown.zero_pad) - number.size(), '0');
        }
        out += number;
      } else {
        out.push_back(text[i]);
      }
    }
    return out;
  }

  // A bullet's text in a symbol font (Symbol, Wingdings) as the Unicode
  // character drawn: private-use U+F0xx or the bare byte.
  static std::string bullet_text(std::string_view font, std::string_view text) {
    if (font.empty()) return std::string(text);
    std::string out;
    for (std::size_t i = 0; i < text.size();) {
      std::uint32_t cp = next_code_point(text, i);
      std::uint32_t mapped = word::symbol_to_unicode(font, cp);
      // Unmapped bare bytes stay as written rather than becoming private use.
      if (cp < 0x100 && mapped >= 0xF000 && mapped <= 0xF0FF) mapped = cp;
      append_utf8(out, mapped);
    }
    return out;
  }

  model::Builder& builder_;
  model::Document& doc_;
  const Definitions& defs_;
  std::unordered_map<std::string, Index> style_index_;
  std::vector<std::optional<ChainNumbering>> chains_;  // by string index of a w:pStyle
  std::optional<ChainNumbering> no_style_chain_;
  std::unordered_map<const AbstractNum*, Counters> counters_;
  std::unordered_set<const NumDef*> nums_seen_;
};

// Whether any paragraph or style names a list (numId > 0): without one no
// paragraph can be numbered, and numbering.xml need not be read at all.
bool names_a_list(const model::Document& doc) {
  for (const model::Paragraph& p : doc.paragraphs) {
    if (p.numbering.num_id > 0) return true;
  }
  for (const model::Style& s : doc.styles) {
    if (s.numbering.num_id > 0) return true;
  }
  return false;
}

// About the bytes a Definitions holds (what a PartMemo budgets).
std::size_t bytes_of(const Definitions& defs) {
  constexpr std::size_t kNode = 64;  // a map or hash node's own overhead
  std::size_t total = sizeof defs;
  auto level_bytes = [](const LevelDef& level) {
    return sizeof level + (level.text ? level.text->size() : 0) + level.font.size() + level.pstyle.size();
  };
  for (const auto& [id, abstract] : defs.abstracts) {
    total += kNode + id.size() + sizeof abstract + abstract.num_style_link.size();
    for (const LevelDef& level : abstract.levels) total += level_bytes(level);
  }
  for (const auto& [id, num] : defs.nums) {
    total += kNode + sizeof num + num.abstract_id.size();
    for (const auto& level : num.level_override) total += level ? level_bytes(*level) : 0;
  }
  return total;
}

// The definitions of recent numbering parts (detail_part_memo.hpp).
PartMemo<Definitions>& definitions_memo() {
  // Never destroyed: threads may still be reading at exit.
  static PartMemo<Definitions>& memo = *new PartMemo<Definitions>;
  return memo;
}

}  // namespace

void forget_reused_numbering() { definitions_memo().clear(); }

void compute_list_labels(model::Builder& builder, opc::Package& package, const std::string& main_part) {
  if (!names_a_list(builder.doc())) return;
  const std::string& part = package.related_part(main_part, "numbering");
  if (part.empty()) return;
  std::shared_ptr<const Definitions> defs;
  try {
    defs = read_through(definitions_memo(), package, part, [&](std::string& bytes) {
      pugi::xml_document xml;
      opc::detail::parse_part(xml, bytes, part, package.limits());
      Names names;
      pugi::xml_node root = xml.document_element();
      names.enter(root);
      auto read = std::make_shared<const Definitions>(read_definitions(names, root));
      return std::pair{read, bytes_of(*read)};
    });
  } catch (const XmlError&) {
    return;  // broken numbering loses the labels, never the document
  }
  if (defs) LabelPass(builder, *defs).run();
}

}  // namespace docxsift::wml::detail
