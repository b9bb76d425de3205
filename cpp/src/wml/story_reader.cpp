// The single forward pass that turns a story's XML into model rows. The walk is
// iterative (an explicit stack), so document depth cannot overflow the C++
// stack; every faithfulness rule is applied here, once.
#include <algorithm>
#include <chrono>
#include <cstdlib>
#include <map>
#include <tuple>
#include <utility>

#include "docxsift/effective.hpp"
#include "docxsift/errors.hpp"
#include "docxsift/utf8.hpp"
#include "math/detail_omml.hpp"
#include "opc/detail_xml.hpp"
#include "wml/detail_drawing.hpp"
#include "wml/detail_markup_memo.hpp"
#include "wml/detail_properties.hpp"
#include "wml/detail_story_reader.hpp"
#include "word/detail_fields.hpp"
#include "word/detail_symbol_fonts.hpp"

namespace docxsift::wml::detail {

using model::BlockKind;
using model::BlockRef;
using model::Index;
using model::kNone;
using model::Range;

namespace {

// What an element pushed on entry, undone when the walk leaves it.
enum class Tag : std::uint8_t {
  None, Paragraph, Run, Hyperlink, FieldSimple, Table, Row, Cell, TextBox, AlternateContent,
  Note, Comment, Story, Math, Drawing
};

struct PendingRun {
  model::Run run;
  std::uint32_t start = 0;  // offset in the paragraph buffer
  bool hidden = false;
  bool field_markup = false;
  bool suppressed = false;
  Index symbol_font = kNone;  // Symbol/Wingdings font of the run, for PUA text
};

struct PendingHyperlink {
  model::Hyperlink link;
  std::uint32_t start = 0;
  std::uint32_t end = 0;
  bool open = true;
};

// An equation met in the paragraph: its m:oMath, where its linear text lies
// in the paragraph buffer, and its LaTeX, converted on leaving the m:oMath
// (once the walk has judged which of its runs are hidden).
struct PendingEquation {
  pugi::xml_node node;
  std::string latex;
  std::vector<pugi::xml_node> hidden_runs;  // the runs inside that the walk found hidden
  std::uint32_t start = 0;
  std::uint32_t end = 0;
  bool open = true;
  bool math_para = false;
  bool converted = false;
  bool shown = true;  // false: every run with text is hidden, so Word shows nothing
};

struct ParagraphFrame {
  Index index = kNone;
  model::Paragraph row;
  std::string text;
  std::vector<PendingRun> runs;
  bool run_open = false;
  std::vector<PendingHyperlink> hyperlinks;
  std::vector<std::size_t> open_hyperlinks;  // local indexes into hyperlinks
  std::vector<BlockRef> anchored;
  std::vector<model::NoteRef> note_refs;
  std::vector<Index> comment_refs;
  bool mark_removed = false;  // deleted paragraph mark: merges with the next paragraph
  std::vector<PendingEquation> equations;
  bool objects = false;       // anchors a picture or embedded object (docs/images.md)
};

enum class ContainerKind : std::uint8_t { Story, Cell, TextBox };

struct ContainerFrame {
  ContainerKind kind;
  std::vector<BlockRef> blocks;
};

struct CellFrame {
  model::Cell cell;
};

struct RowFrame {
  model::Row row;
  std::vector<model::Cell> cells;
};

struct TableFrame {
  Index index = kNone;
  model::Table table;
  std::vector<RowFrame> rows;
};

struct FieldFrame {
  bool result = false;  // past w:fldChar separate (or a w:fldSimple)
  std::string instruction;
  Index hyperlink_paragraph = kNone;  // paragraph row holding the field's hyperlink
  std::size_t hyperlink_local = 0;
};

}  // namespace

struct StoryReader::Impl {
  Impl(StoryReader& reader, model::StoryKind story_kind)
      : owner(reader), b(reader.builder_), doc(reader.builder_.doc()), kind(story_kind),
        accept(reader.options_.revisions == Revisions::Accept),
        include_hidden(reader.options_.include_hidden), limits(reader.builder_.limits()),
        drawing(reader.builder_, reader.package_, reader.part_) {
    if (limits.max_seconds > 0) {
      deadline = std::chrono::steady_clock::now() +
                 std::chrono::duration_cast<std::chrono::steady_clock::duration>(
                     std::chrono::duration<double>(limits.max_seconds));
    }
  }

  StoryReader& owner;
  model::Builder& b;
  model::Document& doc;
  model::StoryKind kind;
  bool accept;
  bool include_hidden;
  const Limits& limits;
  std::chrono::steady_clock::time_point deadline{};
  Names names;
  MarkupMemo<MemoizedRunProps> run_props_memo;
  MarkupMemo<ParagraphProps> paragraph_props_memo;
  DrawingReader drawing;

  std::vector<ContainerFrame> containers;
  std::vector<ParagraphFrame> paragraphs;
  std::optional<ParagraphFrame> merge_pending;  // a paragraph whose mark was removed
  std::vector<TableFrame> tables;
  std::vector<RowFrame> rows;
  std::vector<CellFrame> cells;
  std::vector<FieldFrame> fields;
  std::size_t fields_in_instruction = 0;
  std::vector<pugi::xml_node> chosen;  // mc:AlternateContent branch being read
  Index current_story = kNone;
  Index last_story = kNone;
  std::uint64_t nodes = 0;
  BodyPieces* pieces = nullptr;  // the body's content, parsed apart (large main parts)
  PageLog* pages = nullptr;      // the body's page log (wml/pages.cpp); null in other stories

  // ---------------------------------------------------------------- stories
  void begin_story(model::StoryKind story_kind) {
    current_story = static_cast<Index>(doc.stories.size());
    model::Story story;
    story.kind = story_kind;
    story.part = b.intern(owner.part_);
    doc.stories.push_back(story);
    containers.push_back({ContainerKind::Story, {}});
  }

  Index end_story() {
    flush_merge_pending();
    Range blocks = flush_blocks(containers.back().blocks);
    containers.pop_back();
    doc.stories[current_story].blocks = blocks;
    last_story = current_story;
    // An unclosed field must not hide the next story.
    fields.clear();
    fields_in_instruction = 0;
    return current_story;
  }

  Range flush_blocks(const std::vector<BlockRef>& blocks) {
    Range range{static_cast<Index>(doc.block_refs.size()), static_cast<Index>(blocks.size())};
    doc.block_refs.insert(doc.block_refs.end(), blocks.begin(), blocks.end());
    return range;
  }

  void add_block(BlockRef block) {
    if (!containers.empty()) containers.back().blocks.push_back(block);
  }

  // ------------------------------------------------------------- paragraphs
  ParagraphFrame* paragraph() { return paragraphs.empty() ? nullptr : &paragraphs.back(); }

  void begin_paragraph(const pugi::xml_node& p) {
    ParagraphFrame frame;
    if (merge_pending && merge_container_depth == containers.size()) {
      // The previous paragraph's mark was removed: its content starts this one,
      // which keeps its own properties (the surviving mark is this one's).
      frame = std::move(*merge_pending);
      merge_pending.reset();
      frame.row = model::Paragraph{};
      frame.mark_removed = false;
    } else {
      flush_merge_pending();
      frame.index = static_cast<Index>(doc.paragraphs.size());
      doc.paragraphs.emplace_back();
    }
    frame.row.story = current_story;
    frame.row.in_text_box = in_text_box();
    model::Tri page_break_before = model::Tri::Unset;
    if (pugi::xml_node ppr = first_child_el(p, El::PPr)) page_break_before = read_paragraph_properties(ppr, frame);
    if (pages != nullptr) pages->add(PageEventKind::ParagraphStart, frame.index, page_break_before);
    paragraphs.push_back(std::move(frame));
  }

  std::size_t merge_container_depth = 0;

  bool in_text_box() const {
    return std::any_of(containers.begin(), containers.end(),
                       [](const ContainerFrame& c) { return c.kind == ContainerKind::TextBox; });
  }

  void end_paragraph() {
    if (math_paragraph_depth == paragraphs.size()) math_paragraph_depth = 0;  // malformed: math left open
    ParagraphFrame frame = std::move(paragraphs.back());
    paragraphs.pop_back();
    if (pages != nullptr) pages->add(PageEventKind::ParagraphEnd, frame.index);
    if (frame.run_open) end_run_in(frame);
    if (frame.mark_removed) {
      flush_merge_pending();
      merge_pending = std::move(frame);
      merge_container_depth = containers.size();
      return;
    }
    commit_paragraph(frame);
  }

  // The paragraph whose mark was removed has no following paragraph to join
  // (a table or the end of its container comes next): Word keeps it if it has
  // content and drops it if nothing of it is left.
  void flush_merge_pending() {
    if (!merge_pending) return;
    ParagraphFrame frame = std::move(*merge_pending);
    merge_pending.reset();
    bool empty = frame.text.empty() && frame.anchored.empty() && frame.note_refs.empty() &&
                 frame.equations.empty() && frame.row.section == kNone && !frame.objects;
    if (!empty) commit_paragraph(frame);
  }

  void commit_paragraph(ParagraphFrame& frame) {
    model::Paragraph& row = frame.row;
    row.text = b.append_text(frame.text);
    std::uint32_t base = row.text.offset;
    // Offsets inside the buffer shift when invalid UTF-8 is repaired; clamp.
    auto clamp = [&](std::uint32_t local) { return std::min(local, row.text.size); };

    row.hyperlinks = {static_cast<Index>(doc.hyperlinks.size()),
                      static_cast<Index>(frame.hyperlinks.size())};
    for (PendingHyperlink& h : frame.hyperlinks) {
      std::uint32_t end = h.open ? static_cast<std::uint32_t>(frame.text.size()) : h.end;
      h.link.text = {base + clamp(h.start), clamp(end) - clamp(h.start)};
      h.link.paragraph = frame.index;
      doc.hyperlinks.push_back(h.link);
    }
    row.runs = {static_cast<Index>(doc.runs.size()), 0};
    for (std::size_t i = 0; i < frame.runs.size(); ++i) {
      PendingRun& r = frame.runs[i];
      std::uint32_t end = i + 1 < frame.runs.size() ? frame.runs[i + 1].start
                                                    : static_cast<std::uint32_t>(frame.text.size());
      std::uint32_t size = clamp(end) - clamp(r.start);
      if (size == 0 && (r.field_markup || r.suppressed || r.hidden)) continue;
      r.run.text = {base + clamp(r.start), size};
      r.run.paragraph = frame.index;
      if (r.run.hyperlink != kNone) r.run.hyperlink += row.hyperlinks.first;
      doc.runs.push_back(r.run);
      ++row.runs.count;
    }
    row.anchored = flush_blocks(frame.anchored);
    row.note_refs = {static_cast<Index>(doc.note_refs.size()), static_cast<Index>(frame.note_refs.size())};
    doc.note_refs.insert(doc.note_refs.end(), frame.note_refs.begin(), frame.note_refs.end());
    row.comment_refs = {static_cast<Index>(doc.comment_refs.size()),
                        static_cast<Index>(frame.comment_refs.size())};
    doc.comment_refs.insert(doc.comment_refs.end(), frame.comment_refs.begin(), frame.comment_refs.end());
    commit_equations(frame, clamp);
    doc.paragraphs[frame.index] = row;
    add_block({BlockKind::Paragraph, frame.index});
  }

  template <typename Clamp>
  void commit_equations(ParagraphFrame& frame, Clamp clamp) {
    model::Paragraph& row = frame.row;
    for (PendingEquation& e : frame.equations) convert_equation(e);  // one left open by malformed markup
    frame.equations.erase(std::remove_if(frame.equations.begin(), frame.equations.end(),
                                         [](const PendingEquation& e) { return !e.shown; }),
                          frame.equations.end());
    row.equations = {static_cast<Index>(doc.equations.size()), static_cast<Index>(frame.equations.size())};
    if (frame.equations.empty()) return;
    // Math that is all the paragraph holds is drawn on its own line by Word,
    // inside an m:oMathPara or not.
    auto blank = [&](std::size_t from, std::size_t to) {
      for (std::size_t i = from; i < to && i < frame.text.size(); ++i) {
        char c = frame.text[i];
        if (c != ' ' && c != '\t' && c != '\n' && c != '\r') return false;
      }
      return true;
    };
    bool only_math = true;
    std::size_t pos = 0;
    for (const PendingEquation& e : frame.equations) {  // in order, never overlapping
      only_math = only_math && blank(pos, e.start);
      pos = std::max<std::size_t>(pos, e.open ? frame.text.size() : e.end);
    }
    only_math = only_math && blank(pos, frame.text.size());
    for (PendingEquation& e : frame.equations) {
      model::Equation eq;
      eq.latex = b.intern(e.latex);
      eq.start = clamp(e.start);
      eq.end = std::max(eq.start, clamp(e.open ? static_cast<std::uint32_t>(frame.text.size()) : e.end));
      eq.paragraph = frame.index;
      eq.display = e.math_para || only_math;
      doc.equations.push_back(eq);
    }
  }

  // ---------------------------------------------------------------- math
  // The outermost m:oMathPara or m:oMath is converted whole; the walk still
  // descends into it so that the paragraph keeps the equation's linear text.
  std::size_t math_paragraph_depth = 0;  // paragraphs.size() when the open equation began; 0 = none

  bool begin_equation(const pugi::xml_node& node, bool math_para) {
    ParagraphFrame* p = paragraph();
    if (p == nullptr || math_paragraph_depth != 0 || fields_in_instruction > 0) return false;
    PendingEquation e;
    e.node = node;
    e.start = static_cast<std::uint32_t>(p->text.size());
    e.math_para = math_para;
    p->equations.push_back(std::move(e));
    math_paragraph_depth = paragraphs.size();
    return true;
  }

  // The open equation, if the walk is inside one.
  PendingEquation* open_equation() {
    if (math_paragraph_depth == 0 || paragraphs.size() < math_paragraph_depth) return nullptr;
    ParagraphFrame& p = paragraphs[math_paragraph_depth - 1];
    if (p.equations.empty() || !p.equations.back().open) return nullptr;
    return &p.equations.back();
  }

  void end_equation() {
    if (PendingEquation* e = open_equation()) {
      e->end = static_cast<std::uint32_t>(paragraphs[math_paragraph_depth - 1].text.size());
      e->open = false;
      convert_equation(*e);
    }
    math_paragraph_depth = 0;
  }

  // The LaTeX of the equation, its hidden runs left out as in the linear
  // text. Math whose every run with text is hidden is not shown by Word, so
  // it is no equation (unless include_hidden, when no run is hidden).
  void convert_equation(PendingEquation& e) {
    if (e.converted) return;
    e.converted = true;
    std::sort(e.hidden_runs.begin(), e.hidden_runs.end());
    math::detail::OmmlOptions options;
    options.accept_revisions = accept;
    if (pieces != nullptr) options.outer_scope = pieces->body();  // the equation is in a piece
    if (!e.hidden_runs.empty()) {
      options.hidden_run = [&e](const pugi::xml_node& run) {
        return std::binary_search(e.hidden_runs.begin(), e.hidden_runs.end(), run);
      };
    }
    math::detail::OmmlStats stats;
    e.latex = math::detail::omml_to_latex(e.node, options, &stats);
    if (e.latex.size() > limits.max_text_size) {
      throw LimitError("max_text_size", "an equation exceeds max_text_size=" +
                                            std::to_string(limits.max_text_size) +
                                            " bytes (raise it with docxsift.Limits(max_text_size=...))");
    }
    e.shown = !(stats.hidden_runs > 0 && stats.visible_runs == 0);
    e.hidden_runs = {};
  }

  // Returns the direct w:pageBreakBefore, which only the page log needs.
  model::Tri read_paragraph_properties(const pugi::xml_node& ppr, ParagraphFrame& frame) {
    std::string_view source = markup_of(ppr);
    std::optional<ParagraphProps> known = paragraph_props_memo.find(source, names.generation());
    if (!known) {
      known = read_ppr(names, b, ppr);
      // A w:sectPr is read where it stands, into its own section: never reused.
      if (!known->section) paragraph_props_memo.remember(source, names.generation(), *known);
    }
    const ParagraphProps& props = *known;
    model::Paragraph& row = frame.row;
    row.style = props.style;
    row.numbering = props.numbering;
    row.alignment = props.alignment;
    row.outline_level = props.outline_level;
    row.mark_props = props.mark_props;
    row.format = props.format;
    frame.mark_removed = accept ? props.mark_deleted : props.mark_inserted;
    if (props.section) {
      row.section = read_section(props.section);
    }
    return doc.paragraph_formats[props.format].page_break_before;
  }

  Index read_section(const pugi::xml_node& sect) {
    Index index = static_cast<Index>(doc.sections.size());
    SectionProps props = read_sectpr(names, b, sect);
    doc.sections.push_back(props.section);
    for (auto& ref : props.references) {
      const opc::Relationship* rel = owner.package_.relationship_by_id(owner.part_, ref.relationship_id);
      if (rel == nullptr || rel->external || rel->part.empty()) continue;
      owner.pending_.push_back({index, ref.footer, ref.kind, rel->part});
    }
    return index;
  }

  // ------------------------------------------------------------------- runs
  void begin_run(const pugi::xml_node& r) {
    ParagraphFrame* p = paragraph();
    if (p == nullptr) return;
    if (p->run_open) end_run_in(*p);
    PendingRun run;
    run.start = static_cast<std::uint32_t>(p->text.size());
    run.run.hyperlink = p->open_hyperlinks.empty() ? kNone : static_cast<Index>(p->open_hyperlinks.back());
    if (pugi::xml_node rpr = first_child_el(r, El::RPr)) {
      std::string_view source = markup_of(rpr);
      std::optional<MemoizedRunProps> known = run_props_memo.find(source, names.generation());
      if (!known) {
        RunPropsRead props = read_rpr(names, b, rpr);
        known = MemoizedRunProps{b.intern_props(props.props), props.symbol_font};
        run_props_memo.remember(source, names.generation(), *known);
      }
      run.run.props = known->props;
      run.symbol_font = known->symbol_font;
    }
    run.hidden = !include_hidden && hidden_by_formatting(p->row.style, run.run.props);
    if (run.hidden) {
      if (PendingEquation* e = open_equation()) e->hidden_runs.push_back(r);
    }
    p->runs.push_back(run);
    p->run_open = true;
  }

  void end_run_in(ParagraphFrame& p) { p.run_open = false; }

  // w:vanish resolved the way Word renders it: direct formatting, character
  // and paragraph style chains, table style and document defaults. Cached per
  // (paragraph style, table style, run properties): documents reuse few.
  bool hidden_by_formatting(Index paragraph_style, Index props) {
    const model::RunProps& direct = doc.run_props[props];
    if (direct.hidden != model::Tri::Unset) return direct.hidden == model::Tri::On;
    Index table_style = tables.empty() ? kNone : tables.back().table.style;
    auto key = std::make_tuple(paragraph_style, table_style, props, !tables.empty());
    auto found = hidden_cache.find(key);
    if (found != hidden_cache.end()) return found->second;
    bool hidden = model::resolve_run_format(doc, paragraph_style, !tables.empty(), table_style, props).hidden;
    hidden_cache.emplace(key, hidden);
    return hidden;
  }
  std::map<std::tuple<Index, Index, Index, bool>, bool> hidden_cache;

  PendingRun* run() {
    ParagraphFrame* p = paragraph();
    if (p == nullptr) return nullptr;
    if (!p->run_open) {
      // Text outside a w:r (m:r, or malformed markup) gets a run of its own.
      PendingRun implicit;
      implicit.start = static_cast<std::uint32_t>(p->text.size());
      implicit.run.hyperlink =
          p->open_hyperlinks.empty() ? kNone : static_cast<Index>(p->open_hyperlinks.back());
      p->runs.push_back(implicit);
      p->run_open = true;
    }
    return &p->runs.back();
  }

  bool visible(const PendingRun& r) const { return !r.hidden && fields_in_instruction == 0; }

  void emit(std::string_view text) {
    PendingRun* r = run();
    if (r == nullptr) return;
    if (!visible(*r)) {
      r->suppressed = true;
      return;
    }
    if (r->symbol_font != kNone) {
      paragraph()->text += word::map_symbol_text(doc.string(r->symbol_font), text);
    } else {
      paragraph()->text.append(text);
    }
    if (pages != nullptr && pages->text_pending && !text.empty()) pages->add(PageEventKind::Text);
    if (paragraph()->text.size() > limits.max_text_size) {
      throw LimitError("max_text_size", "a paragraph exceeds max_text_size=" +
                                            std::to_string(limits.max_text_size) +
                                            " bytes (raise it with docxsift.Limits(max_text_size=...))");
    }
  }

  void emit_text_of(const pugi::xml_node& t) {
    for (pugi::xml_node c = t.first_child(); c; c = c.next_sibling()) {
      if (c.type() == pugi::node_pcdata || c.type() == pugi::node_cdata) emit(c.value());
    }
  }

  void emit_symbol(const pugi::xml_node& sym) {
    std::string_view font = names.wattr(sym, "font").value();
    std::string_view hex = names.wattr(sym, "char").value();
    char* end = nullptr;
    std::string hex_copy(hex);
    unsigned long code = std::strtoul(hex_copy.c_str(), &end, 16);
    if (hex_copy.empty() || code == 0 || code > 0x10FFFF) return;
    std::string out;
    append_utf8(out, word::symbol_to_unicode(font, static_cast<std::uint32_t>(code)));
    PendingRun* r = run();
    if (r == nullptr) return;
    Index saved = r->symbol_font;
    r->symbol_font = kNone;  // already mapped
    emit(out);
    r->symbol_font = saved;
  }

  // ------------------------------------------------------------ hyperlinks
  void begin_hyperlink(std::string url, std::string anchor) {
    ParagraphFrame* p = paragraph();
    if (p == nullptr) return;
    if (p->run_open) end_run_in(*p);
    PendingHyperlink h;
    if (!url.empty()) h.link.url = b.intern(url);
    if (!anchor.empty()) h.link.anchor = b.intern(anchor);
    h.start = static_cast<std::uint32_t>(p->text.size());
    p->open_hyperlinks.push_back(p->hyperlinks.size());
    p->hyperlinks.push_back(h);
  }

  void end_hyperlink(std::size_t local) {
    ParagraphFrame* p = paragraph();
    if (p == nullptr || local >= p->hyperlinks.size()) return;
    if (p->run_open) end_run_in(*p);
    PendingHyperlink& h = p->hyperlinks[local];
    h.end = static_cast<std::uint32_t>(p->text.size());
    h.open = false;
    auto& open = p->open_hyperlinks;
    open.erase(std::remove(open.begin(), open.end(), local), open.end());
  }

  void begin_hyperlink_element(const pugi::xml_node& node) {
    std::string url;
    if (pugi::xml_attribute id = names.attr(node, Ns::R, "id")) {
      const opc::Relationship* rel = owner.package_.relationship_by_id(owner.part_, id.value());
      if (rel != nullptr) url = rel->target;
    }
    begin_hyperlink(std::move(url), names.wattr(node, "anchor").value());
  }

  // ---------------------------------------------------------------- fields
  void field_char(const pugi::xml_node& node) {
    if (PendingRun* r = run()) r->field_markup = true;
    std::string_view type = names.wattr(node, "fldCharType").value();
    if (type == "begin") {
      fields.push_back({});
      ++fields_in_instruction;
    } else if (type == "separate") {
      if (fields.empty() || fields.back().result) return;
      FieldFrame& f = fields.back();
      f.result = true;
      --fields_in_instruction;
      start_field_result(f);
    } else if (type == "end") {
      if (fields.empty()) return;
      end_field(fields.back());
      if (!fields.back().result) --fields_in_instruction;
      fields.pop_back();
    }
  }

  void start_field_result(FieldFrame& f) {
    if (fields_in_instruction > 0) return;
    auto target = word::hyperlink_field(f.instruction);
    ParagraphFrame* p = paragraph();
    if (!target || p == nullptr) return;
    f.hyperlink_paragraph = p->index;
    f.hyperlink_local = p->hyperlinks.size();
    begin_hyperlink(std::move(target->url), std::move(target->anchor));
  }

  void end_field(const FieldFrame& f) {
    ParagraphFrame* p = paragraph();
    if (f.hyperlink_paragraph != kNone && p != nullptr && p->index == f.hyperlink_paragraph) {
      end_hyperlink(f.hyperlink_local);
    }
  }

  void instruction_text(const pugi::xml_node& node) {
    if (PendingRun* r = run()) r->field_markup = true;
    if (fields.empty() || fields.back().result) return;
    for (pugi::xml_node c = node.first_child(); c; c = c.next_sibling()) {
      if (c.type() == pugi::node_pcdata || c.type() == pugi::node_cdata) fields.back().instruction += c.value();
    }
  }

  // ---------------------------------------------------------------- tables
  void begin_table(const pugi::xml_node& tbl) {
    flush_merge_pending_in_container();
    TableFrame frame;
    frame.index = static_cast<Index>(doc.tables.size());
    doc.tables.emplace_back();
    frame.table.story = current_story;
    if (pugi::xml_node tblpr = first_child_el(tbl, El::TblPr)) {
      if (pugi::xml_node style = first_child_el(tblpr, El::TblStyle)) {
        frame.table.style = b.intern(names.wattr(style, "val").value());
      }
    }
    frame.table.grid_widths.first = static_cast<Index>(doc.grid_widths.size());
    if (pugi::xml_node grid = first_child_el(tbl, El::TblGrid)) {
      for (pugi::xml_node col = grid.first_child(); col; col = col.next_sibling()) {
        if (col.type() == pugi::node_element && names.token(col) == El::GridCol) {
          ++frame.table.grid_columns;
          doc.grid_widths.push_back(twips_attr(names, col, "w"));
        }
      }
    }
    frame.table.grid_widths.count = static_cast<Index>(doc.grid_widths.size()) - frame.table.grid_widths.first;
    tables.push_back(std::move(frame));
  }

  void end_table() {
    TableFrame frame = std::move(tables.back());
    tables.pop_back();
    model::Table& table = frame.table;
    table.rows = {static_cast<Index>(doc.rows.size()), static_cast<Index>(frame.rows.size())};
    std::uint32_t widest = 0;
    for (RowFrame& r : frame.rows) {
      Index row_index = static_cast<Index>(doc.rows.size());
      r.row.table = frame.index;
      for (Index c = r.row.cells.first; c < r.row.cells.end(); ++c) doc.cells[c].row = row_index;
      std::uint32_t used = r.row.grid_before + r.row.grid_after;
      for (Index c = r.row.cells.first; c < r.row.cells.end(); ++c) used += doc.cells[c].grid_span;
      widest = std::max(widest, used);
      doc.rows.push_back(r.row);
    }
    table.grid_columns = std::max(table.grid_columns, widest);
    doc.tables[frame.index] = table;
    add_block({BlockKind::Table, frame.index});
  }

  // Returns false when the row is a tracked deletion (accepted) or insertion (rejected).
  bool begin_row(const pugi::xml_node& tr) {
    if (tables.empty()) return true;
    RowFrame frame;
    if (pugi::xml_node trpr = first_child_el(tr, El::TrPr)) {
      for (pugi::xml_node c = trpr.first_child(); c; c = c.next_sibling()) {
        if (c.type() != pugi::node_element) continue;
        El el = names.token(c);
        if ((el == El::Del && accept) || (el == El::Ins && !accept)) return false;
        if (el == El::GridBefore) frame.row.grid_before = read_count(names.wattr(c, "val").value());
        if (el == El::GridAfter) frame.row.grid_after = read_count(names.wattr(c, "val").value());
        if (el == El::TrHeight) {
          frame.row.height = twips_attr(names, c, "val");
          if (pugi::xml_attribute rule = names.wattr(c, "hRule")) frame.row.height_rule = b.intern(rule.value());
        }
        if (el == El::TblHeader) frame.row.header = on_off(names, c) == model::Tri::On;
      }
    }
    if (pages != nullptr) pages->add(PageEventKind::RowStart);
    rows.push_back(std::move(frame));
    return true;
  }

  void end_row() {
    RowFrame frame = std::move(rows.back());
    rows.pop_back();
    if (pages != nullptr) pages->add(PageEventKind::RowEnd);
    if (tables.empty()) return;
    frame.row.cells = {static_cast<Index>(doc.cells.size()), static_cast<Index>(frame.cells.size())};
    std::uint32_t column = frame.row.grid_before;
    for (model::Cell& c : frame.cells) {
      c.grid_column = column;
      column += c.grid_span;
      doc.cells.push_back(c);
    }
    tables.back().rows.push_back(std::move(frame));
  }

  // Returns false when the cell is a tracked deletion (accepted) or insertion (rejected).
  bool begin_cell(const pugi::xml_node& tc) {
    CellFrame frame;
    if (pugi::xml_node tcpr = first_child_el(tc, El::TcPr)) {
      for (pugi::xml_node c = tcpr.first_child(); c; c = c.next_sibling()) {
        if (c.type() != pugi::node_element) continue;
        El el = names.token(c);
        if ((el == El::CellDel && accept) || (el == El::CellIns && !accept)) return false;
        if (el == El::GridSpan) {
          frame.cell.grid_span = std::max<std::uint16_t>(1, read_count(names.wattr(c, "val").value()));
        } else if (el == El::VMerge) {
          std::string_view val = names.wattr(c, "val").value();
          frame.cell.vmerge = val == "restart" ? model::VMerge::Restart : model::VMerge::Continue;
        } else if (el == El::VAlign) {
          std::string_view val = names.wattr(c, "val").value();
          frame.cell.vertical_align = val == "top"      ? model::CellVerticalAlign::Top
                                      : val == "center" ? model::CellVerticalAlign::Center
                                      : val == "bottom" ? model::CellVerticalAlign::Bottom
                                      : val == "both"   ? model::CellVerticalAlign::Both
                                                        : model::CellVerticalAlign::Unset;
        } else if (el == El::TcW) {
          if (std::string_view(names.wattr(c, "type").value()) == "dxa") frame.cell.width = twips_attr(names, c, "w");
        }
      }
    }
    cells.push_back(frame);
    containers.push_back({ContainerKind::Cell, {}});
    if (pages != nullptr) pages->add(PageEventKind::CellStart);
    return true;
  }

  void end_cell() {
    CellFrame frame = cells.back();
    cells.pop_back();
    flush_merge_pending_in_container();
    frame.cell.blocks = flush_blocks(containers.back().blocks);
    containers.pop_back();
    if (!rows.empty()) rows.back().cells.push_back(frame.cell);
  }

  void flush_merge_pending_in_container() {
    if (merge_pending && merge_container_depth == containers.size()) flush_merge_pending();
  }

  // ------------------------------------------------------------- text boxes
  void begin_text_box() { containers.push_back({ContainerKind::TextBox, {}}); }

  void end_text_box() {
    flush_merge_pending_in_container();
    std::vector<BlockRef> blocks = std::move(containers.back().blocks);
    containers.pop_back();
    if (ParagraphFrame* p = paragraph()) {
      p->anchored.insert(p->anchored.end(), blocks.begin(), blocks.end());
    } else {
      for (const BlockRef& block : blocks) add_block(block);
    }
  }

  // ------------------------------------------------------ alternate content
  // The first mc:Choice whose required namespaces we understand, else mc:Fallback.
  pugi::xml_node choose(const pugi::xml_node& alternate) {
    pugi::xml_node fallback;
    for (pugi::xml_node c = alternate.first_child(); c; c = c.next_sibling()) {
      if (c.type() != pugi::node_element) continue;
      names.enter(c);
      El el = names.token(c);
      bool ok = false;
      if (el == El::Choice) {
        ok = choice_requirements_met(c.attribute("Requires").value(), [&](std::string_view prefix) {
          return understood(names.ns_of_prefix(prefix));
        });
      } else if (el == El::Fallback && !fallback) {
        fallback = c;
      }
      names.leave(c);
      if (ok) return c;
    }
    return fallback;
  }

  // ----------------------------------------------------------- notes, comments
  void begin_note(const pugi::xml_node& node, bool endnote) {
    model::Note note;
    note.kind = endnote ? model::NoteKind::Endnote : model::NoteKind::Footnote;
    note.id = b.intern(names.wattr(node, "id").value());
    begin_story(endnote ? model::StoryKind::Endnote : model::StoryKind::Footnote);
    note.story = current_story;
    doc.notes.push_back(note);
  }

  void begin_comment(const pugi::xml_node& node) {
    model::Comment comment;
    comment.id = b.intern(names.wattr(node, "id").value());
    if (auto a = names.wattr(node, "author")) comment.author = b.intern(a.value());
    if (auto a = names.wattr(node, "initials")) comment.initials = b.intern(a.value());
    if (auto a = names.wattr(node, "date")) comment.date = b.intern(a.value());
    begin_story(model::StoryKind::Comment);
    comment.story = current_story;
    doc.comments.push_back(comment);
  }

  // ------------------------------------------------ pictures and objects
  // Shown unless in a field's instruction or a hidden run (wml/drawing.cpp).
  bool object_visible() {
    ParagraphFrame* p = paragraph();
    if (fields_in_instruction > 0) return false;
    return p == nullptr || !p->run_open || !p->runs.back().hidden;
  }

  ObjectAnchor object_anchor() {
    ObjectAnchor at;
    at.story = current_story;
    if (ParagraphFrame* p = paragraph()) {
      p->objects = true;
      at.paragraph = p->index;
      at.offset = static_cast<std::uint32_t>(p->text.size());
    }
    return at;
  }

  // ------------------------------------------------------------- the walk
  pugi::xml_node first_child_el(const pugi::xml_node& node, El wanted) {
    for (pugi::xml_node c = node.first_child(); c; c = c.next_sibling()) {
      if (c.type() != pugi::node_element) continue;
      names.enter(c);
      El el = names.token(c);
      names.leave(c);
      if (el == wanted) return c;
    }
    return {};
  }

  static std::uint16_t read_count(std::string_view s) {
    std::string copy(s);
    long v = std::strtol(copy.c_str(), nullptr, 10);
    return static_cast<std::uint16_t>(std::clamp<long>(v, 0, 1000));
  }

  // Decides what to do with an element; returns whether to walk its children.
  bool enter(const pugi::xml_node& node, Tag& tag) {
    El el = names.token(node);
    switch (el) {
      case El::Body: case El::Document: case El::Hdr: case El::Ftr: case El::Footnotes:
      case El::Endnotes: case El::Comments:
        return true;
      case El::Footnote: case El::Endnote: {
        std::string_view type = names.wattr(node, "type").value();
        if (!type.empty() && type != "normal") return false;  // separators are not notes
        begin_note(node, el == El::Endnote);
        tag = Tag::Note;
        return true;
      }
      case El::Comment:
        begin_comment(node);
        tag = Tag::Comment;
        return true;
      case El::P:
        begin_paragraph(node);
        tag = Tag::Paragraph;
        return true;
      case El::R:
        if (paragraph() == nullptr) return true;
        begin_run(node);
        if (paragraph()->runs.back().hidden && fields.empty()) {
          // Hidden runs are skipped whole, unless they carry field characters
          // that change what follows.
          bool has_field = false;
          for (pugi::xml_node c = node.first_child(); c && !has_field; c = c.next_sibling()) {
            if (c.type() != pugi::node_element) continue;
            names.enter(c);
            El inner = names.token(c);
            names.leave(c);
            has_field = inner == El::FldChar || inner == El::InstrText;
          }
          if (!has_field) {
            paragraph()->runs.back().suppressed = true;
            end_run_in(*paragraph());
            return false;
          }
        }
        tag = Tag::Run;
        return true;
      case El::OMath: case El::OMathPara:
        if (begin_equation(node, el == El::OMathPara)) tag = Tag::Math;
        return true;
      case El::MathR:
        if (paragraph() == nullptr) return true;
        begin_run(node);
        tag = Tag::Run;
        return true;
      case El::T:
      case El::MathT:
        emit_text_of(node);
        return false;
      case El::DelText:
        // Reached only inside a deletion being shown (revisions="reject").
        emit_text_of(node);
        return false;
      case El::InstrText:
      case El::DelInstrText:
        instruction_text(node);
        return false;
      case El::FldChar:
        field_char(node);
        return false;
      case El::FldSimple:
        fields.push_back({true, names.wattr(node, "instr").value()});
        start_field_result(fields.back());
        tag = Tag::FieldSimple;
        return true;
      case El::Tab: case El::PTab:
        // A w:tab inside paragraph or tab-stop properties is never reached:
        // pPr and rPr are read, not walked.
        emit("\t");
        return false;
      case El::Br: case El::Cr:
        emit("\n");
        if (pages != nullptr && el == El::Br && std::string_view(names.wattr(node, "type").value()) == "page" &&
            run() != nullptr && visible(*run())) {
          pages->add(PageEventKind::PageBreak);
        }
        return false;
      case El::NoBreakHyphen:
        emit("-");
        return false;
      case El::SoftHyphen:
        return false;
      case El::Sym:
        emit_symbol(node);
        return false;
      case El::FootnoteReference: case El::EndnoteReference:
        if (ParagraphFrame* p = paragraph()) {
          p->note_refs.push_back({el == El::Endnote || el == El::EndnoteReference ? model::NoteKind::Endnote
                                                                                   : model::NoteKind::Footnote,
                                  b.intern(names.wattr(node, "id").value())});
        }
        return false;
      case El::CommentReference: case El::CommentRangeStart:
        if (ParagraphFrame* p = paragraph()) {
          Index id = b.intern(names.wattr(node, "id").value());
          if (std::find(p->comment_refs.begin(), p->comment_refs.end(), id) == p->comment_refs.end()) {
            p->comment_refs.push_back(id);
          }
        }
        return false;
      case El::Hyperlink:
        begin_hyperlink_element(node);
        tag = Tag::Hyperlink;
        return true;
      case El::Ins: case El::MoveTo:
        return accept;
      case El::Del: case El::MoveFrom:
        return !accept;
      case El::Tbl:
        begin_table(node);
        tag = Tag::Table;
        return true;
      case El::Tr:
        if (!begin_row(node)) return false;
        tag = tables.empty() ? Tag::None : Tag::Row;
        return true;
      case El::Tc:
        if (rows.empty()) return true;
        if (!begin_cell(node)) return false;
        tag = Tag::Cell;
        return true;
      case El::SectPr:
        if (paragraphs.empty()) read_section(node);
        return false;
      case El::TxbxContent:
        begin_text_box();
        tag = Tag::TextBox;
        return true;
      case El::AlternateContent:
        chosen.push_back(choose(node));
        tag = Tag::AlternateContent;
        return true;
      case El::Choice: case El::Fallback:
        return !chosen.empty() && chosen.back() == node;
      case El::Rt:
        return false;  // ruby annotation: Word draws it above the base text
      case El::WpInline: case El::WpAnchor:
        if (object_visible()) {
          drawing.begin_drawing(names, node, el == El::WpInline, object_anchor());
          tag = Tag::Drawing;
        }
        return true;  // walked on: text boxes live inside
      case El::Blip:
        if (object_visible()) drawing.blip(names, node, object_anchor());
        return false;
      case El::ChartRef:
        if (object_visible()) drawing.chart(names, node, object_anchor());
        return false;
      case El::ImageData:
        if (object_visible()) drawing.vml_image(names, node, object_anchor());
        return false;
      case El::OleObject: case El::ObjectEmbed: case El::ObjectLink:
        if (object_visible()) drawing.ole_object(names, node, object_anchor());
        return false;
      case El::AltChunk:
        drawing.alt_chunk(names, node, object_anchor());
        return false;
      case El::WpExtent: case El::WpDocPr: case El::DiagramRelIds:
        return false;
      case El::PPr: case El::RPr: case El::TblPr: case El::TblGrid: case El::TrPr: case El::TcPr:
      case El::SdtPr: case El::SdtEndPr: case El::SmartTagPr: case El::CustomXmlPr: case El::RubyPr:
      case El::FootnoteRef: case El::EndnoteRef: case El::AnnotationRef: case El::Separator:
      case El::ContinuationSeparator:
        return false;
      case El::LastRenderedPageBreak:
        if (pages != nullptr && paragraph() != nullptr) pages->add(PageEventKind::Rendered);
        return false;
      default:
        return true;  // containers we pass through: sdt, smartTag, customXml, dir, bdo, ...
    }
  }

  void leave(Tag tag) {
    switch (tag) {
      case Tag::None: break;
      case Tag::Paragraph: end_paragraph(); break;
      case Tag::Run:
        if (ParagraphFrame* p = paragraph()) end_run_in(*p);
        break;
      case Tag::Hyperlink:
        if (ParagraphFrame* p = paragraph(); p != nullptr && !p->open_hyperlinks.empty()) {
          end_hyperlink(p->open_hyperlinks.back());
        }
        break;
      case Tag::FieldSimple:
        if (!fields.empty()) {
          end_field(fields.back());
          fields.pop_back();
        }
        break;
      case Tag::Table: end_table(); break;
      case Tag::Row: end_row(); break;
      case Tag::Cell: end_cell(); break;
      case Tag::TextBox: end_text_box(); break;
      case Tag::AlternateContent: chosen.pop_back(); break;
      case Tag::Math: end_equation(); break;
      case Tag::Note: case Tag::Comment: case Tag::Story: end_story(); break;
      case Tag::Drawing: drawing.end_drawing(); break;
    }
  }

  void check_budget() {
    if (++nodes > limits.max_xml_nodes) {
      throw LimitError("max_xml_nodes", owner.part_ + " has more than max_xml_nodes=" +
                                            std::to_string(limits.max_xml_nodes) +
                                            " elements (raise it with docxsift.Limits(max_xml_nodes=...))");
    }
    if ((nodes & 0xFFFF) == 0 && limits.max_seconds > 0 && std::chrono::steady_clock::now() > deadline) {
      throw LimitError("max_seconds", "reading " + owner.part_ + " took longer than max_seconds=" +
                                          std::to_string(limits.max_seconds) +
                                          " (raise it with docxsift.Limits(max_seconds=...))");
    }
  }

  void check_depth(std::size_t depth) const {
    if (depth > limits.max_xml_depth) {
      throw LimitError("max_xml_depth", owner.part_ + " nests elements deeper than max_xml_depth=" +
                                            std::to_string(limits.max_xml_depth) +
                                            " (raise it with docxsift.Limits(max_xml_depth=...))");
    }
  }

  // Walks the subtree under `root`, whose depth in the part is `root_depth`.
  void walk(const pugi::xml_node& root, std::size_t root_depth = 0) {
    std::vector<Tag> tags;
    pugi::xml_node node = root.first_child();
    while (node) {
      if (node.type() == pugi::node_element) {
        check_budget();
        names.enter(node);
        Tag tag = Tag::None;
        bool descend = enter(node, tag);
        if (descend && pieces != nullptr && node == pieces->body()) {
          // The body's children are parsed apart: walk them here, in order.
          check_depth(root_depth + tags.size() + 2);
          for (std::size_t i = 0; i < pieces->size(); ++i) walk(pieces->piece(i), root_depth + tags.size() + 1);
        }
        if (descend && node.first_child()) {
          check_depth(root_depth + tags.size() + 2);
          tags.push_back(tag);
          node = node.first_child();
          continue;
        }
        if (descend) leave(tag);
        names.leave(node);
      }
      for (;;) {
        if (pugi::xml_node next = node.next_sibling()) {
          node = next;
          break;
        }
        node = node.parent();
        if (node == root || !node) {
          node = pugi::xml_node();
          break;
        }
        leave(tags.back());
        tags.pop_back();
        names.leave(node);
      }
    }
  }

  Index run_story(const pugi::xml_node& root, BodyPieces* body_pieces) {
    pieces = body_pieces;
    if (kind == model::StoryKind::Body) pages = &owner.pages_;
    names.enter(root);
    bool per_item = kind == model::StoryKind::Footnote || kind == model::StoryKind::Endnote ||
                    kind == model::StoryKind::Comment;
    if (!per_item) begin_story(kind);
    walk(root);
    // Close whatever malformed markup left open, innermost first.
    while (!paragraphs.empty()) end_paragraph();
    if (!per_item) end_story();
    return last_story;
  }
};

StoryReader::StoryReader(model::Builder& builder, opc::Package& package, std::string part,
                         const Options& options)
    : builder_(builder), package_(package), part_(std::move(part)), options_(options) {}

model::Index StoryReader::read(const pugi::xml_node& root, model::StoryKind kind, BodyPieces* pieces) {
  Impl impl(*this, kind);
  return impl.run_story(root, pieces);
}

}  // namespace docxsift::wml::detail
