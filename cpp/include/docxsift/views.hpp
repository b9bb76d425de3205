// Views: (shared document, index) pairs that the bindings hand to Python.
// Cheap to copy; each keeps its document alive.
#pragma once

#include <memory>

#include "docxsift/model.hpp"

namespace docxsift {

template <typename Tag>
struct View {
  std::shared_ptr<const model::Document> doc;
  model::Index index = model::kNone;

  bool operator==(const View& other) const { return doc == other.doc && index == other.index; }
};

using ParagraphView = View<struct ParagraphTag>;
using RunView = View<struct RunTag>;
using HyperlinkView = View<struct HyperlinkTag>;
using TableView = View<struct TableTag>;
using RowView = View<struct RowTag>;
using CellView = View<struct CellTag>;
using SectionView = View<struct SectionTag>;
using NoteView = View<struct NoteTag>;
using CommentView = View<struct CommentTag>;
using StyleView = View<struct StyleTag>;
using StoryView = View<struct StoryTag>;
using ImageView = View<struct ImageTag>;  // docs/images.md
using EmbeddedView = View<struct EmbeddedTag>;
using DrawingView = View<struct DrawingTag>;  // python-docx InlineShape

// The document handle bound as docxsift.Document.
struct DocumentHandle {
  std::shared_ptr<const model::Document> doc;
};

}  // namespace docxsift
