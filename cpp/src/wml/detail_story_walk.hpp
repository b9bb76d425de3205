// The state of the story walk (StoryReader::Impl) and the frames it keeps for
// the elements still open. story_reader.cpp holds the walk itself with
// paragraphs and runs; story_fields.cpp, story_tables.cpp, story_math.cpp and
// story_containers.cpp each hold the methods of one concern.
#pragma once

#include <chrono>
#include <cstddef>
#include <cstdint>
#include <map>
#include <optional>
#include <pugixml.hpp>
#include <string>
#include <string_view>
#include <tuple>
#include <vector>

#include "docxsift/limits.hpp"
#include "docxsift/model.hpp"
#include "model/detail_builder.hpp"
#include "wml/detail_body_pieces.hpp"
#include "wml/detail_drawing.hpp"
#include "wml/detail_markup_memo.hpp"
#include "wml/detail_names.hpp"
#include "wml/detail_pages.hpp"
#include "wml/detail_properties.hpp"
#include "wml/detail_story_reader.hpp"

namespace docxsift::wml::detail {

// What an element pushed on entry, undone when the walk leaves it.
enum class Tag : std::uint8_t {
  None,
  Paragraph,
  Run,
  Hyperlink,
  FieldSimple,
  Table,
  Row,
  Cell,
  TextBox,
  AlternateContent,
  Note,
  Comment,
  Story,
  Math,
  Drawing
};

struct PendingRun {
  model::Run run;
  std::uint32_t start = 0;  // offset in the paragraph buffer
  bool hidden = false;
  bool field_markup = false;
  bool suppressed = false;
  model::Index symbol_font = model::kNone;  // Symbol/Wingdings font of the run, for PUA text
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
  model::Index index = model::kNone;
  model::Paragraph row;
  std::string text;
  std::vector<PendingRun> runs;
  bool run_open = false;
  std::vector<PendingHyperlink> hyperlinks;
  std::vector<std::size_t> open_hyperlinks;  // local indexes into hyperlinks
  std::vector<model::BlockRef> anchored;
  std::vector<model::NoteRef> note_refs;
  std::vector<model::Index> comment_refs;
  bool mark_removed = false;  // deleted paragraph mark: merges with the next paragraph
  std::vector<PendingEquation> equations;
  bool objects = false;  // anchors a picture or embedded object (docs/images.md)
};

enum class ContainerKind : std::uint8_t { Story, Cell, TextBox };

struct ContainerFrame {
  ContainerKind kind;
  std::vector<model::BlockRef> blocks;
};

struct CellFrame {
  model::Cell cell;
};

struct RowFrame {
  model::Row row;
  std::vector<model::Cell> cells;
};

struct TableFrame {
  model::Index index = model::kNone;
  model::Table table;
  std::vector<RowFrame> rows;
};

struct FieldFrame {
  bool result = false;  // past w:fldChar separate (or a w:fldSimple)
  std::string instruction;
  model::Index hyperlink_paragraph = model::kNone;  // paragraph row holding the field's hyperlink
  std::size_t hyperlink_local = 0;
};

struct StoryReader::Impl {
  Impl(StoryReader& reader, model::StoryKind story_kind);

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
  model::Index current_story = model::kNone;
  model::Index last_story = model::kNone;
  std::uint64_t nodes = 0;
  BodyPieces* pieces = nullptr;  // the body's content, parsed apart (large main parts)
  PageLog* pages = nullptr;      // the body's page log (wml/pages.cpp); null in other stories
  std::size_t merge_container_depth = 0;
  std::size_t math_paragraph_depth = 0;  // paragraphs.size() when the open equation began; 0 = none
  // hidden_by_formatting: (paragraph style, table style, run properties, in a table) -> hidden
  std::map<std::tuple<model::Index, model::Index, model::Index, bool>, bool> hidden_cache;

  // Shared with the files of the concerns: defined here or in story_reader.cpp.
  ParagraphFrame* paragraph() { return paragraphs.empty() ? nullptr : &paragraphs.back(); }
  void begin_story(model::StoryKind story_kind);
  model::Range flush_blocks(const std::vector<model::BlockRef>& blocks);
  void add_block(model::BlockRef block);
  void flush_merge_pending_in_container();
  PendingRun* run();
  void begin_hyperlink(std::string url, std::string anchor);
  void end_hyperlink(std::size_t local);
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

  // The walk and what every element passes through: defined in story_reader.cpp
  // and called only there. Declared inline, as they were when the walk was one
  // class body, so that the compiler weighs inlining them into the walk as it
  // did then; defined out of line alone, a read took up to 0.3% more
  // instructions (callgrind, Release).
  inline model::Index end_story();
  inline void begin_paragraph(const pugi::xml_node& p);
  inline bool in_text_box() const;
  inline void end_paragraph();
  inline void flush_merge_pending();
  inline void commit_paragraph(ParagraphFrame& frame);
  inline model::Tri read_paragraph_properties(const pugi::xml_node& ppr, ParagraphFrame& frame);
  inline model::Index read_section(const pugi::xml_node& sect);
  inline void begin_run(const pugi::xml_node& r);
  inline void end_run_in(ParagraphFrame& p);
  inline bool hidden_by_formatting(model::Index paragraph_style, model::Index props);
  inline bool visible(const PendingRun& r) const;
  inline void emit(std::string_view text);
  inline void emit_text_of(const pugi::xml_node& t);
  inline void emit_symbol(const pugi::xml_node& sym);
  inline void begin_hyperlink_element(const pugi::xml_node& node);
  inline bool object_visible();
  inline ObjectAnchor object_anchor();
  inline bool enter(const pugi::xml_node& node, Tag& tag);
  inline void leave(Tag tag);
  inline void check_budget();
  inline void check_depth(std::size_t depth) const;
  inline void walk(const pugi::xml_node& root, std::size_t root_depth = 0);
  inline model::Index run_story(const pugi::xml_node& root, BodyPieces* body_pieces);

  // story_math.cpp
  void commit_equations(ParagraphFrame& frame);
  bool begin_equation(const pugi::xml_node& node, bool math_para);
  PendingEquation* open_equation();
  void end_equation();
  void convert_equation(PendingEquation& e);

  // story_fields.cpp
  void field_char(const pugi::xml_node& node);
  void start_field_result(FieldFrame& f);
  void end_field(const FieldFrame& f);
  void instruction_text(const pugi::xml_node& node);

  // story_tables.cpp
  void begin_table(const pugi::xml_node& tbl);
  void end_table();
  bool begin_row(const pugi::xml_node& tr);
  void end_row();
  bool begin_cell(const pugi::xml_node& tc);
  void end_cell();

  // story_containers.cpp
  void begin_text_box();
  void end_text_box();
  pugi::xml_node choose(const pugi::xml_node& alternate);
  void begin_note(const pugi::xml_node& node, bool endnote);
  void begin_comment(const pugi::xml_node& node);
};

}  // namespace docxsift::wml::detail
