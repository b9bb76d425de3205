// The single forward pass that turns a story's XML into model rows. The walk is
// iterative (an explicit stack), so document depth cannot overflow the C++
// stack; every faithfulness rule is applied here, once. This file holds the
// walk with stories, paragraphs, runs, hyperlinks and objects, the path every
// element takes; fields, tables, math and the containers (text boxes, notes,
// comments, mc:AlternateContent) have a file each (wml/detail_story_walk.hpp).
#include <algorithm>
#include <chrono>
#include <cstdlib>
#include <map>
#include <tuple>
#include <utility>

#include "docxsift/effective.hpp"
#include "docxsift/errors.hpp"
#include "docxsift/utf8.hpp"
#include "wml/detail_story_walk.hpp"
#include "word/detail_symbol_fonts.hpp"

namespace docxsift::wml::detail {

using model::BlockKind;
using model::BlockRef;
using model::Index;
using model::kNone;
using model::Range;

StoryReader::Impl::Impl(StoryReader& reader, model::StoryKind story_kind)
    : owner(reader),
      b(reader.builder_),
      doc(reader.builder_.doc()),
      kind(story_kind),
      accept(reader.options_.revisions == Revisions::Accept),
      include_hidden(reader.options_.include_hidden),
      limits(reader.builder_.limits()),
      drawing(reader.builder_, reader.package_, reader.part_) {
  if (limits.max_seconds > 0) {
    deadline = std::chrono::steady_clock::now() + std::chrono::duration_cast<std::chrono::steady_clock::duration>(
                                                      std::chrono::duration<double>(limits.max_seconds));
  }
}

// -------------------------------------------------------------------- stories
void StoryReader::Impl::begin_story(model::StoryKind story_kind) {
  current_story = static_cast<Index>(doc.stories.size());
  model::Story story;
  story.kind = story_kind;
  story.part = b.intern(owner.part_);
  doc.stories.push_back(story);
  containers.push_back({ContainerKind::Story, {}});
}

Index StoryReader::Impl::end_story() {
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

Range StoryReader::Impl::flush_blocks(const std::vector<BlockRef>& blocks) {
  Range range{static_cast<Index>(doc.block_refs.size()), static_cast<Index>(blocks.size())};
  doc.block_refs.insert(doc.block_refs.end(), blocks.begin(), blocks.end());
  return range;
}

void StoryReader::Impl::add_block(BlockRef block) {
  if (!containers.empty()) containers.back().blocks.push_back(block);
}

// ----------------------------------------------------------------- paragraphs
void StoryReader::Impl::begin_paragraph(const pugi::xml_node& p) {
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

bool StoryReader::Impl::in_text_box() const {
  return std::any_of(containers.begin(), containers.end(),
                     [](const ContainerFrame& c) { return c.kind == ContainerKind::TextBox; });
}

void StoryReader::Impl::end_paragraph() {
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
void StoryReader::Impl::flush_merge_pending() {
  if (!merge_pending) return;
  ParagraphFrame frame = std::move(*merge_pending);
  merge_pending.reset();
  bool empty = frame.text.empty() && frame.anchored.empty() && frame.note_refs.empty() && frame.equations.empty() &&
               frame.row.section == kNone && !frame.objects;
  if (!empty) commit_paragraph(frame);
}

void StoryReader::Impl::flush_merge_pending_in_container() {
  if (merge_pending && merge_container_depth == containers.size()) flush_merge_pending();
}

void StoryReader::Impl::commit_paragraph(ParagraphFrame& frame) {
  model::Paragraph& row = frame.row;
  row.text = b.append_text(frame.text);
  std::uint32_t base = row.text.offset;
  // Offsets inside the buffer shift when invalid UTF-8 is repaired; clamp.
  auto clamp = [&](std::uint32_t local) { return std::min(local, row.text.size); };

  row.hyperlinks = {static_cast<Index>(doc.hyperlinks.size()), static_cast<Index>(frame.hyperlinks.size())};
  for (PendingHyperlink& h : frame.hyperlinks) {
    std::uint32_t end = h.open ? static_cast<std::uint32_t>(frame.text.size()) : h.end;
    h.link.text = {base + clamp(h.start), clamp(end) - clamp(h.start)};
    h.link.paragraph = frame.index;
    doc.hyperlinks.push_back(h.link);
  }
  row.runs = {static_cast<Index>(doc.runs.size()), 0};
  for (std::size_t i = 0; i < frame.runs.size(); ++i) {
    PendingRun& r = frame.runs[i];
    std::uint32_t end =
        i + 1 < frame.runs.size() ? frame.runs[i + 1].start : static_cast<std::uint32_t>(frame.text.size());
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
  row.comment_refs = {static_cast<Index>(doc.comment_refs.size()), static_cast<Index>(frame.comment_refs.size())};
  doc.comment_refs.insert(doc.comment_refs.end(), frame.comment_refs.begin(), frame.comment_refs.end());
  commit_equations(frame);
  doc.paragraphs[frame.index] = row;
  add_block({BlockKind::Paragraph, frame.index});
}

// Returns the direct w:pageBreakBefore, which only the page log needs.
model::Tri StoryReader::Impl::read_paragraph_properties(const pugi::xml_node& ppr, ParagraphFrame& frame) {
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

Index StoryReader::Impl::read_section(const pugi::xml_node& sect) {
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

// ----------------------------------------------------------------------- runs
void StoryReader::Impl::begin_run(const pugi::xml_node& r) {
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

void StoryReader::Impl::end_run_in(ParagraphFrame& p) { p.run_open = false; }

// w:vanish resolved the way Word renders it: direct formatting, character
// and paragraph style chains, table style and document defaults. Cached per
// (paragraph style, table style, run properties): documents reuse few.
bool StoryReader::Impl::hidden_by_formatting(Index paragraph_style, Index props) {
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

PendingRun* StoryReader::Impl::run() {
  ParagraphFrame* p = paragraph();
  if (p == nullptr) return nullptr;
  if (!p->run_open) {
    // Text outside a w:r (m:r, or malformed markup) gets a run of its own.
    PendingRun implicit;
    implicit.start = static_cast<std::uint32_t>(p->text.size());
    implicit.run.hyperlink = p->open_hyperlinks.empty() ? kNone : static_cast<Index>(p->open_hyperlinks.back());
    p->runs.push_back(implicit);
    p->run_open = true;
  }
  return &p->runs.back();
}

bool StoryReader::Impl::visible(const PendingRun& r) const { return !r.hidden && fields_in_instruction == 0; }

void StoryReader::Impl::emit(std::string_view text) {
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
    throw LimitError("max_text_size", "a paragraph exceeds max_text_size=" + std::to_string(limits.max_text_size) +
                                          " bytes (raise it with docxsift.Limits(max_text_size=...))");
  }
}

void StoryReader::Impl::emit_text_of(const pugi::xml_node& t) {
  for (pugi::xml_node c = t.first_child(); c; c = c.next_sibling()) {
    if (c.type() == pugi::node_pcdata || c.type() == pugi::node_cdata) emit(c.value());
  }
}

void StoryReader::Impl::emit_symbol(const pugi::xml_node& sym) {
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

// ----------------------------------------------------------------- hyperlinks
void StoryReader::Impl::begin_hyperlink(std::string url, std::string anchor) {
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

void StoryReader::Impl::end_hyperlink(std::size_t local) {
  ParagraphFrame* p = paragraph();
  if (p == nullptr || local >= p->hyperlinks.size()) return;
  if (p->run_open) end_run_in(*p);
  PendingHyperlink& h = p->hyperlinks[local];
  h.end = static_cast<std::uint32_t>(p->text.size());
  h.open = false;
  auto& open = p->open_hyperlinks;
  open.erase(std::remove(open.begin(), open.end(), local), open.end());
}

void StoryReader::Impl::begin_hyperlink_element(const pugi::xml_node& node) {
  std::string url;
  if (pugi::xml_attribute id = names.attr(node, Ns::R, "id")) {
    const opc::Relationship* rel = owner.package_.relationship_by_id(owner.part_, id.value());
    if (rel != nullptr) url = rel->target;
  }
  begin_hyperlink(std::move(url), names.wattr(node, "anchor").value());
}

// ------------------------------------------------------- pictures and objects
// Shown unless in a field's instruction or a hidden run (wml/drawing.cpp).
bool StoryReader::Impl::object_visible() {
  ParagraphFrame* p = paragraph();
  if (fields_in_instruction > 0) return false;
  return p == nullptr || !p->run_open || !p->runs.back().hidden;
}

ObjectAnchor StoryReader::Impl::object_anchor() {
  ObjectAnchor at;
  at.story = current_story;
  if (ParagraphFrame* p = paragraph()) {
    p->objects = true;
    at.paragraph = p->index;
    at.offset = static_cast<std::uint32_t>(p->text.size());
  }
  return at;
}

// ------------------------------------------------------------------- the walk
// Decides what to do with an element; returns whether to walk its children.
bool StoryReader::Impl::enter(const pugi::xml_node& node, Tag& tag) {
  El el = names.token(node);
  switch (el) {
    case El::Body:
    case El::Document:
    case El::Hdr:
    case El::Ftr:
    case El::Footnotes:
    case El::Endnotes:
    case El::Comments: return true;
    case El::Footnote:
    case El::Endnote: {
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
    case El::OMath:
    case El::OMathPara:
      if (begin_equation(node, el == El::OMathPara)) tag = Tag::Math;
      return true;
    case El::MathR:
      if (paragraph() == nullptr) return true;
      begin_run(node);
      tag = Tag::Run;
      return true;
    case El::T:
    case El::MathT: emit_text_of(node); return false;
    case El::DelText:
      // Reached only inside a deletion being shown (revisions="reject").
      emit_text_of(node);
      return false;
    case El::InstrText:
    case El::DelInstrText: instruction_text(node); return false;
    case El::FldChar: field_char(node); return false;
    case El::FldSimple:
      fields.push_back({true, names.wattr(node, "instr").value()});
      start_field_result(fields.back());
      tag = Tag::FieldSimple;
      return true;
    case El::Tab:
    case El::PTab:
      // A w:tab inside paragraph or tab-stop properties is never reached:
      // pPr and rPr are read, not walked.
      emit("\t");
      return false;
    case El::Br:
    case El::Cr:
      emit("\n");
      if (pages != nullptr && el == El::Br && std::string_view(names.wattr(node, "type").value()) == "page" &&
          run() != nullptr && visible(*run())) {
        pages->add(PageEventKind::PageBreak);
      }
      return false;
    case El::NoBreakHyphen: emit("-"); return false;
    case El::SoftHyphen: return false;
    case El::Sym: emit_symbol(node); return false;
    case El::FootnoteReference:
    case El::EndnoteReference:
      if (ParagraphFrame* p = paragraph()) {
        p->note_refs.push_back(
            {el == El::Endnote || el == El::EndnoteReference ? model::NoteKind::Endnote : model::NoteKind::Footnote,
             b.intern(names.wattr(node, "id").value())});
      }
      return false;
    case El::CommentReference:
    case El::CommentRangeStart:
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
    case El::Ins:
    case El::MoveTo: return accept;
    case El::Del:
    case El::MoveFrom: return !accept;
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
    case El::Choice:
    case El::Fallback: return !chosen.empty() && chosen.back() == node;
    case El::Rt: return false;  // ruby annotation: Word draws it above the base text
    case El::WpInline:
    case El::WpAnchor:
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
    case El::OleObject:
    case El::ObjectEmbed:
    case El::ObjectLink:
      if (object_visible()) drawing.ole_object(names, node, object_anchor());
      return false;
    case El::AltChunk: drawing.alt_chunk(names, node, object_anchor()); return false;
    case El::WpExtent:
    case El::WpDocPr:
    case El::DiagramRelIds: return false;
    case El::PPr:
    case El::RPr:
    case El::TblPr:
    case El::TblGrid:
    case El::TrPr:
    case El::TcPr:
    case El::SdtPr:
    case El::SdtEndPr:
    case El::SmartTagPr:
    case El::CustomXmlPr:
    case El::RubyPr:
    case El::FootnoteRef:
    case El::EndnoteRef:
    case El::AnnotationRef:
    case El::Separator:
    case El::ContinuationSeparator: return false;
    case El::LastRenderedPageBreak:
      if (pages != nullptr && paragraph() != nullptr) pages->add(PageEventKind::Rendered);
      return false;
    default: return true;  // containers we pass through: sdt, smartTag, customXml, dir, bdo, ...
  }
}

void StoryReader::Impl::leave(Tag tag) {
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
    case Tag::Note:
    case Tag::Comment:
    case Tag::Story: end_story(); break;
    case Tag::Drawing: drawing.end_drawing(); break;
  }
}

void StoryReader::Impl::check_budget() {
  if (++nodes > limits.max_xml_nodes) {
    throw LimitError("max_xml_nodes", owner.part_ +
                                          " has more than max_xml_nodes=" + std::to_string(limits.max_xml_nodes) +
                                          " elements (raise it with docxsift.Limits(max_xml_nodes=...))");
  }
  if ((nodes & 0xFFFF) == 0 && limits.max_seconds > 0 && std::chrono::steady_clock::now() > deadline) {
    throw LimitError("max_seconds", "reading " + owner.part_ +
                                        " took longer than max_seconds=" + std::to_string(limits.max_seconds) +
                                        " (raise it with docxsift.Limits(max_seconds=...))");
  }
}

void StoryReader::Impl::check_depth(std::size_t depth) const {
  if (depth > limits.max_xml_depth) {
    throw LimitError("max_xml_depth",
                     owner.part_ + " nests elements deeper than max_xml_depth=" + std::to_string(limits.max_xml_depth) +
                         " (raise it with docxsift.Limits(max_xml_depth=...))");
  }
}

// Walks the subtree under `root`, whose depth in the part is `root_depth`.
void StoryReader::Impl::walk(const pugi::xml_node& root, std::size_t root_depth) {
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

Index StoryReader::Impl::run_story(const pugi::xml_node& root, BodyPieces* body_pieces) {
  pieces = body_pieces;
  if (kind == model::StoryKind::Body) pages = &owner.pages_;
  names.enter(root);
  bool per_item =
      kind == model::StoryKind::Footnote || kind == model::StoryKind::Endnote || kind == model::StoryKind::Comment;
  if (!per_item) begin_story(kind);
  walk(root);
  // Close whatever malformed markup left open, innermost first.
  while (!paragraphs.empty()) end_paragraph();
  if (!per_item) end_story();
  return last_story;
}

StoryReader::StoryReader(model::Builder& builder, opc::Package& package, std::string part, const Options& options)
    : builder_(builder), package_(package), part_(std::move(part)), options_(options) {}

model::Index StoryReader::read(const pugi::xml_node& root, model::StoryKind kind, BodyPieces* pieces) {
  Impl impl(*this, kind);
  return impl.run_story(root, pieces);
}

}  // namespace docxsift::wml::detail
