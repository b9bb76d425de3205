// What the story walk opens besides paragraphs and tables: text boxes (their
// blocks anchored to the paragraph around them), the chosen branch of an
// mc:AlternateContent, and the stories of footnotes, endnotes and comments.
#include <string_view>
#include <utility>
#include <vector>

#include "wml/detail_story_walk.hpp"

namespace docxsift::wml::detail {

using model::BlockRef;

// ----------------------------------------------------------------- text boxes
void StoryReader::Impl::begin_text_box() { containers.push_back({ContainerKind::TextBox, {}}); }

void StoryReader::Impl::end_text_box() {
  flush_merge_pending_in_container();
  std::vector<BlockRef> blocks = std::move(containers.back().blocks);
  containers.pop_back();
  if (ParagraphFrame* p = paragraph()) {
    p->anchored.insert(p->anchored.end(), blocks.begin(), blocks.end());
  } else {
    for (const BlockRef& block : blocks) add_block(block);
  }
}

// ---------------------------------------------------------- alternate content
// The first mc:Choice whose required namespaces we understand, else mc:Fallback.
pugi::xml_node StoryReader::Impl::choose(const pugi::xml_node& alternate) {
  pugi::xml_node fallback;
  for (pugi::xml_node c = alternate.first_child(); c; c = c.next_sibling()) {
    if (c.type() != pugi::node_element) continue;
    names.enter(c);
    El el = names.token(c);
    bool ok = false;
    if (el == El::Choice) {
      ok = choice_requirements_met(c.attribute("Requires").value(),
                                   [&](std::string_view prefix) { return understood(names.ns_of_prefix(prefix)); });
    } else if (el == El::Fallback && !fallback) {
      fallback = c;
    }
    names.leave(c);
    if (ok) return c;
  }
  return fallback;
}

// ------------------------------------------------------------ notes, comments
void StoryReader::Impl::begin_note(const pugi::xml_node& node, bool endnote) {
  model::Note note;
  note.kind = endnote ? model::NoteKind::Endnote : model::NoteKind::Footnote;
  note.id = b.intern(names.wattr(node, "id").value());
  begin_story(endnote ? model::StoryKind::Endnote : model::StoryKind::Footnote);
  note.story = current_story;
  doc.notes.push_back(note);
}

void StoryReader::Impl::begin_comment(const pugi::xml_node& node) {
  model::Comment comment;
  comment.id = b.intern(names.wattr(node, "id").value());
  if (auto a = names.wattr(node, "author")) comment.author = b.intern(a.value());
  if (auto a = names.wattr(node, "initials")) comment.initials = b.intern(a.value());
  if (auto a = names.wattr(node, "date")) comment.date = b.intern(a.value());
  begin_story(model::StoryKind::Comment);
  comment.story = current_story;
  doc.comments.push_back(comment);
}

}  // namespace docxsift::wml::detail
