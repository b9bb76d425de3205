// Characters to blocks. Paragraph marks (0x0D) and cell marks (0x07) end
// paragraphs; the PAPX of the mark says whether the paragraph is in a table
// (sprmPFInTable, at depth sprmPItap) and whether it is a row's end (TTP:
// sprmPFTtp, or sprmPFInnerTtp when nested). Fields (0x13 code 0x14 result
// 0x15) show their result only; a field without 0x14 shows nothing.
#include <algorithm>
#include <string>

#include "doc/detail_sprm.hpp"
#include "doc/detail_text.hpp"
#include "doc/detail_walker.hpp"
#include "docxsift/errors.hpp"
#include "word/detail_fields.hpp"
#include "word/detail_symbol_fonts.hpp"

namespace docxsift::doc::detail {

void DocContext::check_time() const {
  if (has_deadline && std::chrono::steady_clock::now() > deadline) {
    throw LimitError("max_seconds",
                     "reading the document took longer than max_seconds=" + std::to_string(options.limits.max_seconds) +
                         " (raise it with docxsift.Limits(max_seconds=...))");
  }
}

namespace {

using model::BlockKind;
using model::BlockRef;
using model::Index;
using model::kNone;

constexpr std::size_t kMaxTableDepth = 64;  // deeper itap values are taken as this

struct PendingRun {
  std::uint32_t start = 0;
  Index props = 0;
  Index hyperlink = kNone;  // local index into Para::links
};

struct PendingLink {
  std::uint32_t start = 0, end = 0;
  bool open = true;
  Index url = kNone, anchor = kNone;
};

struct Para {
  std::string text;
  std::vector<PendingRun> runs;
  std::vector<PendingLink> links;
  std::vector<model::NoteRef> note_refs;
  std::vector<Index> comment_refs;
  std::uint32_t cp_begin = 0;
};

struct Field {
  bool result = false;
  std::string code;
  Index link = kNone;  // local index into Para::links of the hyperlink it opened
};

struct ParaProps {
  std::uint16_t istd = 0;
  bool in_table = false, ttp = false, inner_ttp = false, inner_cell = false;
  std::int32_t itap = 0;
  std::int8_t outline_level = -1;
  model::Alignment alignment = model::Alignment::Unset;
  model::NumberingRef numbering;
};

// The TAP of a row, from its TTP paragraph: cell edges (sprmTDefTable's
// rgdxaCenter, twips) and vertical merges (sprmTVertMerge).
struct RowLayout {
  std::vector<std::int16_t> edges;  // cells + 1 positions, when given
  std::vector<model::VMerge> vmerge;
};

struct TableFrame {
  Index index = kNone;
  std::vector<std::vector<model::Cell>> rows;
  std::vector<RowLayout> layouts;  // parallel to rows
  std::vector<model::Cell> row;
  std::vector<BlockRef> cell;
  bool cell_open = false;  // the cell has content (or a mark) not yet closed
};

class Walker {
 public:
  Walker(DocContext& c, Index story, bool main, bool in_text_box)
      : c_(c),
        b_(c.builder),
        doc_(c.builder.doc()),
        story_(story),
        main_(main),
        in_text_box_(in_text_box),
        accept_(c.options.revisions == Revisions::Accept),
        include_hidden_(c.options.include_hidden) {}

  std::vector<BlockRef> run(std::uint32_t begin, std::uint32_t end) {
    para_.cp_begin = begin;
    std::uint64_t n = 0;
    c_.pieces.walk(begin, end, c_.code_page, [&](std::uint32_t cp, char32_t ch, std::uint32_t fc, std::uint16_t prm) {
      if ((++n & 0xFFFF) == 0) c_.check_time();
      prm_ = prm;
      on_char(cp, ch, fc);
    });
    // Text after the last mark (a story cut short) is still a paragraph.
    prm_ = 0;
    if (!para_.text.empty() || !para_.note_refs.empty()) end_paragraph(0x0D, 0, end, 0);
    while (!tables_.empty()) close_table();
    return std::move(top_);
  }

 private:
  // ---------------------------------------------------------- characters
  void on_char(std::uint32_t cp, char32_t ch, std::uint32_t fc) {
    // A surrogate pair is two CPs; the pair is shown at the second.
    if (ch >= 0xD800 && ch <= 0xDBFF) {
      high_ = ch;
      return;
    }
    if (ch >= 0xDC00 && ch <= 0xDFFF && high_ != 0) {
      ch = 0x10000 + ((high_ - 0xD800) << 10) + (ch - 0xDC00);
    }
    high_ = 0;
    const Chp& chp = chp_at(fc);
    if (ch == 0x0D || ch == 0x07) {
      end_paragraph(ch, fc, cp + 1, chp.props);
      return;
    }
    if (ch == 0x0C && main_ && ends_section(cp)) {
      end_paragraph(0x0D, fc, cp + 1, chp.props);
      return;
    }
    switch (ch) {
      case 0x13: fields_.push_back({}); return;
      case 0x14:
        if (!fields_.empty() && !fields_.back().result) separate_field();
        return;
      case 0x15:
        if (!fields_.empty()) end_field();
        return;
      default: break;
    }
    if (!fields_shown()) {
      // Field code: kept (as text) for the innermost field's instruction.
      if (!fields_.empty() && !fields_.back().result && fields_.back().code.size() < 4096) {
        append_utf8(fields_.back().code, ch);
      }
      return;
    }
    if ((chp.deleted && accept_) || (chp.inserted && !accept_)) return;
    if (chp.hidden && !include_hidden_) return;
    if (main_) note_reference(cp);
    switch (ch) {
      case 0x01:
      case 0x08:  // picture, drawn object
      case 0x02:
      case 0x03:
      case 0x04:
      case 0x05:  // note marks, separators, annotation mark
      case 0x1F:  // optional hyphen
        return;
      case 0x09: emit("\t", chp.props); return;
      case 0x0B:
      case 0x0C: emit("\n", chp.props); return;  // line break; page break
      case 0x1E: emit("-", chp.props); return;   // non-breaking hyphen
      default: break;
    }
    if (ch < 0x20) return;
    // Symbol-font characters (sprmCSymbol, or private-use ones in a Symbol
    // or Wingdings run) as the Unicode characters Word draws, as for w:sym.
    if (chp.symbol_font != kNone) {
      ch = word::symbol_to_unicode(doc_.string(chp.symbol_font), chp.symbol_char);
    } else if (ch >= 0xF000 && ch <= 0xF0FF && chp.font != kNone) {
      ch = word::symbol_to_unicode(doc_.string(chp.font), ch);
    }
    open_run(chp.props);
    append_utf8(para_.text, ch);
  }

  // Records the note or comment reference at cp (its automatic mark, 0x02 or
  // 0x05, shows as nothing below; a custom mark is text).
  void note_reference(std::uint32_t cp) {
    auto& notes = c_.note_refs;
    while (note_cursor_ < notes.size() && notes[note_cursor_].first < cp) ++note_cursor_;
    if (note_cursor_ < notes.size() && notes[note_cursor_].first == cp) {
      para_.note_refs.push_back(notes[note_cursor_].second);
    }
    auto& comments = c_.comment_refs;
    while (comment_cursor_ < comments.size() && comments[comment_cursor_].first < cp) ++comment_cursor_;
    if (comment_cursor_ < comments.size() && comments[comment_cursor_].first == cp) {
      Index id = comments[comment_cursor_].second;
      if (std::find(para_.comment_refs.begin(), para_.comment_refs.end(), id) == para_.comment_refs.end()) {
        para_.comment_refs.push_back(id);
      }
    }
  }

  bool ends_section(std::uint32_t cp) const {
    return std::binary_search(c_.section_ends.begin(), c_.section_ends.end(), cp);
  }

  bool fields_shown() const {
    for (const Field& f : fields_) {
      if (!f.result) return false;
    }
    return true;
  }

  void separate_field() {
    Field& f = fields_.back();
    f.result = true;
    if (!fields_shown()) return;
    auto target = word::hyperlink_field(f.code);
    if (!target) return;
    PendingLink link;
    link.start = static_cast<std::uint32_t>(para_.text.size());
    if (!target->url.empty()) link.url = b_.intern(target->url);
    if (!target->anchor.empty()) link.anchor = b_.intern(target->anchor);
    f.link = static_cast<Index>(para_.links.size());
    para_.links.push_back(link);
    current_link_ = f.link;
  }

  void end_field() {
    Field f = std::move(fields_.back());
    fields_.pop_back();
    if (f.link != kNone && f.link < para_.links.size()) {
      para_.links[f.link].end = static_cast<std::uint32_t>(para_.text.size());
      para_.links[f.link].open = false;
      current_link_ = kNone;
      for (const Field& outer : fields_) {
        if (outer.link != kNone) current_link_ = outer.link;
      }
    }
  }

  void emit(std::string_view text, Index props) {
    open_run(props);
    para_.text.append(text);
  }

  // Text appended next belongs to a run with these properties (and the
  // current hyperlink): the last run, or a new one.
  void open_run(Index props) {
    if (para_.runs.empty() || para_.runs.back().props != props || para_.runs.back().hyperlink != current_link_) {
      para_.runs.push_back({static_cast<std::uint32_t>(para_.text.size()), props, current_link_});
    }
  }

  // ------------------------------------------------------ character props
  struct Chp {
    Index props = 0;
    Index font = kNone;         // the run's ASCII font (strings)
    Index symbol_font = kNone;  // sprmCSymbol
    char32_t symbol_char = 0;
    bool deleted = false, inserted = false, hidden = false;
  };

  const Chp& chp_at(std::uint32_t fc) {
    // Characters come in file order within a piece, so most fall in the run of
    // the character before: no search for those.
    const bool same_run = last_run_ != nullptr && fc >= last_run_->fc_begin && fc < last_run_->fc_end;
    const FkpRun* run = same_run ? last_run_ : find_run(c_.chpx, fc);
    if (run == last_run_ && prm_ == last_prm_ && chp_valid_) return chp_;
    last_run_ = run;
    last_prm_ = prm_;
    chp_valid_ = true;
    model::RunProps props;
    CharFlags flags;
    if (run != nullptr) {
      // The character style's own sprms come first; the run's direct ones win.
      CharFlags probe;
      model::RunProps ignored;
      apply_chpx(run->grpprl, c_.fonts, b_, ignored, probe);
      if (probe.istd < c_.styles.size() && c_.styles[probe.istd].id != kNone && probe.istd != 10) {
        props.style = c_.styles[probe.istd].id;
        CharFlags style_flags;
        model::RunProps style_props;
        apply_chpx(c_.styles[probe.istd].chpx, c_.fonts, b_, style_props, style_flags);
        flags.hidden = style_flags.hidden;
      }
      apply_chpx(run->grpprl, c_.fonts, b_, props, flags);
    }
    std::string scratch;
    if (std::string_view piece = c_.pieces.prm_sprms(prm_, scratch); !piece.empty()) {
      apply_chpx(piece, c_.fonts, b_, props, flags);
    }
    chp_.props = b_.intern_props(props);
    chp_.font = props.font_ascii;
    chp_.symbol_font = flags.symbol_font;
    chp_.symbol_char = flags.symbol_char;
    chp_.deleted = flags.deleted;
    chp_.inserted = flags.inserted;
    chp_.hidden = flags.hidden;
    return chp_;
  }

  // ------------------------------------------------------ paragraph props
  ParaProps para_props(std::uint32_t fc) const {
    ParaProps p;
    const FkpRun* run = find_run(c_.papx, fc);
    if (run != nullptr) {
      p.istd = run->istd;
      apply_papx(run->grpprl, p);
    }
    std::string scratch;
    apply_papx(c_.pieces.prm_sprms(prm_, scratch), p);  // the mark's piece, after the FKP
    return p;
  }

  static void apply_papx(std::string_view grpprl, ParaProps& p) {
    each_sprm(grpprl, [&](std::uint16_t sprm, std::string_view op) {
      switch (sprm) {
        case kPFInTable: p.in_table = u8(op, 0) != 0; break;
        case kPFTtp: p.ttp = u8(op, 0) != 0; break;
        case kPFInnerTtp: p.inner_ttp = u8(op, 0) != 0; break;
        case kPFInnerTableCell: p.inner_cell = u8(op, 0) != 0; break;
        case kPItap: p.itap = static_cast<std::int32_t>(u32(op, 0)); break;
        case kPOutLvl: p.outline_level = static_cast<std::int8_t>(std::min<int>(u8(op, 0), 9)); break;
        case kPIlvl: p.numbering.level = u8(op, 0); break;
        case kPIlfo: p.numbering.num_id = i16(op, 0); break;
        case kPJc:
        case kPJc80:
          switch (u8(op, 0)) {
            case 0: p.alignment = model::Alignment::Left; break;
            case 1: p.alignment = model::Alignment::Center; break;
            case 2: p.alignment = model::Alignment::Right; break;
            case 3: p.alignment = model::Alignment::Both; break;
            case 4: p.alignment = model::Alignment::Distribute; break;
            default: break;
          }
          break;
        default: break;
      }
    });
  }

  // ------------------------------------------------------------ paragraphs
  void end_paragraph(char32_t mark, std::uint32_t fc, std::uint32_t cp_next, Index mark_props) {
    // A hyperlink field's result ends with its paragraph.
    for (Field& f : fields_) f.link = kNone;
    current_link_ = kNone;
    ParaProps props = para_props(fc);
    std::size_t depth = props.in_table ? static_cast<std::size_t>(std::max(1, props.itap)) : 0;
    depth = std::min(depth, kMaxTableDepth);
    while (tables_.size() > depth) close_table();
    while (tables_.size() < depth) open_table();
    bool row_end = depth > 0 && (depth == 1 ? props.ttp : props.inner_ttp);
    if (row_end) {
      end_row(row_layout(fc));
      para_ = Para{};
      para_.cp_begin = cp_next;
      return;
    }
    commit_paragraph(props, mark_props, cp_next);
    bool cell_end = depth > 0 && (depth == 1 ? mark == 0x07 : props.inner_cell);
    if (cell_end) end_cell();
    para_ = Para{};
    para_.cp_begin = cp_next;
  }

  void commit_paragraph(const ParaProps& props, Index mark_props, std::uint32_t cp_next) {
    model::Paragraph row;
    Index index = static_cast<Index>(doc_.paragraphs.size());
    doc_.paragraphs.emplace_back();
    row.story = story_;
    row.in_text_box = in_text_box_;
    row.mark_props = mark_props;
    if (props.istd < c_.styles.size()) row.style = c_.styles[props.istd].id;
    row.outline_level = props.outline_level;
    row.alignment = props.alignment;
    if (props.numbering.num_id >= 0 || props.numbering.level >= 0) row.numbering = props.numbering;
    note_list(index, props);
    row.text = b_.append_text(para_.text);
    const std::uint32_t base = row.text.offset;
    auto clamp = [&](std::uint32_t local) { return std::min(local, row.text.size); };
    row.hyperlinks = {static_cast<Index>(doc_.hyperlinks.size()), static_cast<Index>(para_.links.size())};
    for (PendingLink& l : para_.links) {
      std::uint32_t end = l.open ? static_cast<std::uint32_t>(para_.text.size()) : l.end;
      model::Hyperlink link;
      link.text = {base + clamp(l.start), clamp(end) - clamp(l.start)};
      link.url = l.url;
      link.anchor = l.anchor;
      link.paragraph = index;
      doc_.hyperlinks.push_back(link);
    }
    row.runs = {static_cast<Index>(doc_.runs.size()), 0};
    for (std::size_t i = 0; i < para_.runs.size(); ++i) {
      const PendingRun& r = para_.runs[i];
      std::uint32_t end =
          i + 1 < para_.runs.size() ? para_.runs[i + 1].start : static_cast<std::uint32_t>(para_.text.size());
      std::uint32_t size = clamp(end) - clamp(r.start);
      if (size == 0) continue;
      model::Run run;
      run.text = {base + clamp(r.start), size};
      run.props = r.props;
      run.paragraph = index;
      if (r.hyperlink != kNone) run.hyperlink = row.hyperlinks.first + r.hyperlink;
      doc_.runs.push_back(run);
      ++row.runs.count;
    }
    row.note_refs = {static_cast<Index>(doc_.note_refs.size()), static_cast<Index>(para_.note_refs.size())};
    doc_.note_refs.insert(doc_.note_refs.end(), para_.note_refs.begin(), para_.note_refs.end());
    row.comment_refs = {static_cast<Index>(doc_.comment_refs.size()), static_cast<Index>(para_.comment_refs.size())};
    doc_.comment_refs.insert(doc_.comment_refs.end(), para_.comment_refs.begin(), para_.comment_refs.end());
    if (main_) {
      // The section whose last character this paragraph holds.
      auto& ends = c_.section_ends;
      auto it = std::lower_bound(ends.begin(), ends.end(), para_.cp_begin);
      while (it != ends.end() && *it < cp_next) {
        row.section = static_cast<Index>(it - ends.begin());
        ++it;
      }
    }
    std::vector<BlockRef> anchored = main_ ? text_boxes_in(para_.cp_begin, cp_next) : std::vector<BlockRef>{};
    row.anchored = {static_cast<Index>(doc_.block_refs.size()), static_cast<Index>(anchored.size())};
    doc_.block_refs.insert(doc_.block_refs.end(), anchored.begin(), anchored.end());
    doc_.paragraphs[index] = row;
    add_block({BlockKind::Paragraph, index});
  }

  // Records the paragraph's list, direct or from its style (or a base style).
  void note_list(Index paragraph, const ParaProps& props) {
    std::int32_t ilfo = props.numbering.num_id, ilvl = props.numbering.level;
    std::uint16_t istd = props.istd;
    for (int hops = 0; (ilfo < 0 || ilvl < 0) && istd < c_.styles.size() && hops < 16; ++hops) {
      const StyleInfo& style = c_.styles[istd];
      if (ilfo < 0 && style.ilfo != 0) ilfo = style.ilfo;
      if (ilvl < 0 && style.ilvl >= 0) ilvl = style.ilvl;
      istd = style.base;
    }
    if (ilfo > 0) c_.numbered.push_back({paragraph, ilfo, std::max(ilvl, 0)});
  }

  // The blocks of the text boxes anchored in [begin, end), read now.
  std::vector<BlockRef> text_boxes_in(std::uint32_t begin, std::uint32_t end) {
    std::vector<BlockRef> blocks;
    auto& boxes = c_.text_boxes;
    while (box_cursor_ < boxes.size() && boxes[box_cursor_].anchor < begin) ++box_cursor_;
    while (box_cursor_ < boxes.size() && boxes[box_cursor_].anchor < end) {
      const DocContext::TextBox& box = boxes[box_cursor_++];
      Walker inner(c_, story_, false, true);
      std::vector<BlockRef> got = inner.run(box.begin, box.end);
      blocks.insert(blocks.end(), got.begin(), got.end());
    }
    return blocks;
  }

  // ---------------------------------------------------------------- tables
  void add_block(BlockRef block) {
    if (tables_.empty()) {
      top_.push_back(block);
    } else {
      tables_.back().cell.push_back(block);
      tables_.back().cell_open = true;
    }
  }

  void open_table() {
    TableFrame frame;
    frame.index = static_cast<Index>(doc_.tables.size());
    doc_.tables.emplace_back();
    tables_.push_back(std::move(frame));
  }

  void end_cell() {
    TableFrame& t = tables_.back();
    model::Cell cell;
    cell.blocks = {static_cast<Index>(doc_.block_refs.size()), static_cast<Index>(t.cell.size())};
    doc_.block_refs.insert(doc_.block_refs.end(), t.cell.begin(), t.cell.end());
    t.row.push_back(cell);
    t.cell.clear();
    t.cell_open = false;
  }

  RowLayout row_layout(std::uint32_t fc) const {
    RowLayout layout;
    const FkpRun* run = find_run(c_.papx, fc);
    if (run == nullptr) return layout;
    each_sprm(run->grpprl, [&](std::uint16_t sprm, std::string_view op) {
      if (sprm == kTDefTable) {
        // cb (16 bits), itcMac, then itcMac + 1 cell edges.
        std::size_t cells = u8(op, 2);
        if (op.size() < 3 + (cells + 1) * 2) return;
        layout.edges.clear();
        for (std::size_t i = 0; i <= cells; ++i) layout.edges.push_back(i16(op, 3 + i * 2));
        // Then a TC80 (20 bytes) per cell, when written: its tcgrf's fVertMerge
        // (0x20) and fVertRestart (0x40) give vertical merges that no
        // sprmTVertMerge overrides.
        std::size_t tc_at = 3 + (cells + 1) * 2;
        if (layout.vmerge.empty() && op.size() >= tc_at + cells * 20) {
          for (std::size_t i = 0; i < cells; ++i) {
            std::uint16_t tcgrf = u16(op, tc_at + i * 20);
            layout.vmerge.push_back((tcgrf & 0x20) == 0   ? model::VMerge::None
                                    : (tcgrf & 0x40) != 0 ? model::VMerge::Restart
                                                          : model::VMerge::Continue);
          }
        }
      } else if (sprm == kTVertMerge) {
        // cb, itc, vertMerge: 1 starts a merged group, 3 continues it.
        std::size_t itc = u8(op, 1);
        std::uint8_t merge = u8(op, 2);
        if (itc >= 64) return;
        if (layout.vmerge.size() <= itc) layout.vmerge.resize(itc + 1, model::VMerge::None);
        layout.vmerge[itc] = merge == 1   ? model::VMerge::Restart
                             : merge == 3 ? model::VMerge::Continue
                                          : model::VMerge::None;
      }
    });
    return layout;
  }

  void end_row(RowLayout layout = {}) {
    TableFrame& t = tables_.back();
    if (t.cell_open) end_cell();
    if (!t.row.empty()) {
      t.rows.push_back(std::move(t.row));
      t.layouts.push_back(std::move(layout));
    }
    t.row.clear();
  }

  // The table grid: every cell edge of every row, so that a cell as wide as
  // two cells of another row spans two grid columns (as w:gridSpan does).
  static std::vector<std::int16_t> grid_of(const TableFrame& t) {
    std::vector<std::int16_t> grid;
    for (std::size_t r = 0; r < t.rows.size(); ++r) {
      const RowLayout& l = t.layouts[r];
      if (l.edges.size() != t.rows[r].size() + 1) continue;
      grid.insert(grid.end(), l.edges.begin(), l.edges.end());
    }
    std::sort(grid.begin(), grid.end());
    grid.erase(std::unique(grid.begin(), grid.end()), grid.end());
    return grid;
  }

  void close_table() {
    end_row();
    TableFrame t = std::move(tables_.back());
    tables_.pop_back();
    model::Table table;
    table.story = story_;
    table.rows = {static_cast<Index>(doc_.rows.size()), static_cast<Index>(t.rows.size())};
    const std::vector<std::int16_t> grid = grid_of(t);
    auto grid_index = [&](std::int16_t x) {
      return static_cast<std::uint32_t>(std::lower_bound(grid.begin(), grid.end(), x) - grid.begin());
    };
    for (std::size_t r = 0; r < t.rows.size(); ++r) {
      std::vector<model::Cell>& cells = t.rows[r];
      const RowLayout& layout = t.layouts[r];
      bool measured = layout.edges.size() == cells.size() + 1;
      Index row_index = static_cast<Index>(doc_.rows.size());
      model::Row row;
      row.table = t.index;
      row.cells = {static_cast<Index>(doc_.cells.size()), static_cast<Index>(cells.size())};
      std::uint32_t column = 0;
      for (std::size_t i = 0; i < cells.size(); ++i) {
        model::Cell& cell = cells[i];
        cell.row = row_index;
        if (measured) {
          std::uint32_t first = grid_index(layout.edges[i]), last = grid_index(layout.edges[i + 1]);
          if (i == 0) row.grid_before = static_cast<std::uint16_t>(std::min<std::uint32_t>(first, 0xFFFF));
          cell.grid_column = first;
          std::uint32_t span = last > first ? last - first : 1;
          cell.grid_span = static_cast<std::uint16_t>(std::clamp<std::uint32_t>(span, 1, 0xFFFF));
          column = first + cell.grid_span;
        } else {
          cell.grid_column = column;
          column += 1;
        }
        if (i < layout.vmerge.size()) cell.vmerge = layout.vmerge[i];
        doc_.cells.push_back(cell);
      }
      table.grid_columns = std::max<std::uint32_t>(table.grid_columns, column);
      doc_.rows.push_back(row);
    }
    doc_.tables[t.index] = table;
    add_block({BlockKind::Table, t.index});
  }

  DocContext& c_;
  model::Builder& b_;
  model::Document& doc_;
  Index story_;
  bool main_;
  bool in_text_box_;
  bool accept_;
  bool include_hidden_;
  Para para_;
  std::vector<Field> fields_;
  std::vector<TableFrame> tables_;
  std::vector<BlockRef> top_;
  Index current_link_ = kNone;
  char32_t high_ = 0;
  const FkpRun* last_run_ = nullptr;
  std::uint16_t prm_ = 0;  // the Prm of the piece of the character being read
  std::uint16_t last_prm_ = 0;
  bool chp_valid_ = false;
  Chp chp_;
  std::size_t note_cursor_ = 0, comment_cursor_ = 0, box_cursor_ = 0;
};

}  // namespace

std::vector<BlockRef> read_blocks(DocContext& context, std::uint32_t begin, std::uint32_t end, Index story, bool main,
                                  bool in_text_box) {
  context.walked += end > begin ? end - begin : 0;
  if (context.walked > 2 * static_cast<std::uint64_t>(context.pieces.cp_end()) + 4096) {
    throw PackageError("corrupt Word .doc: sub-document ranges overlap (the text would be read more than twice)");
  }
  Walker walker(context, story, main, in_text_box);
  return walker.run(begin, end);
}

}  // namespace docxsift::doc::detail
