// Read-only questions about a model that every caller (bindings, renderers,
// batch) asks the same way: one answer, in C++.
#pragma once

#include <string>
#include <vector>

#include "docxsift/model.hpp"

namespace docxsift::model {

// Blocks of a story, a cell or a paragraph's anchored text boxes.
std::vector<BlockRef> blocks_in(const Document& doc, Range range);

// Paragraphs of `range`, in reading order, descending into tables, cells and
// text boxes (each text box right after the paragraph that anchors it).
std::vector<Index> paragraphs_in_order(const Document& doc, Range blocks);

// Where a paragraph sits, for its repr: the kind of its story, and its
// position among the story's top-level paragraphs (for the body, its index in
// doc.paragraphs); position is kNone inside a table cell or a text box.
struct ParagraphPlace {
  StoryKind story = StoryKind::Body;
  Index position = kNone;
  bool in_text_box = false;
};
ParagraphPlace paragraph_place(const Document& doc, Index paragraph);

// python-docx Row.cells: one entry per grid column; a cell spanning N columns
// appears N times; a vertical-merge continuation is the cell that starts the
// merge. Grid columns no cell covers (gridBefore/After) are kNone.
std::vector<Index> row_grid_cells(const Document& doc, Index row);

// python-docx 1.2 _Row.cells: only the cells the row really has, with spans
// repeated and merge continuations resolved as in row_grid_cells; grid columns
// before the first cell or after the last (gridBefore/After, short rows) are
// left out, so the list may be shorter than the grid. Never kNone.
std::vector<Index> row_cells(const Document& doc, Index row);

// Table.cell(row, col): the cell covering grid position (row, col). Throws
// std::out_of_range when the position is outside the table or no cell covers it
// (a row that starts late or ends early): there is no cell to hand out.
Index table_cell(const Document& doc, Index table, std::size_t row, std::size_t col);

// Table.columns[col].cells: the cell covering grid column `col` in each row,
// rows without a cell there skipped. Throws std::out_of_range past the grid.
std::vector<Index> column_cells(const Document& doc, Index table, std::size_t col);

// Hyperlink.runs: the runs of the paragraph that belong to this hyperlink, in order.
std::vector<Index> hyperlink_runs(const Document& doc, Index hyperlink);

// Section.iter_inner_content(): the body blocks of one section, in order: those
// after the paragraph ending the previous section, up to and including the
// paragraph ending this one (the last section ends with the body).
std::vector<BlockRef> section_blocks(const Document& doc, Index section);

// Heading level 1-9 of a paragraph from its outline level or style chain
// ("heading N" built-in styles included); 0 for body text.
int heading_level(const Document& doc, Index paragraph);

// True for a paragraph in Word's built-in "Title" style (or a style based on
// it) that has no heading level: python-docx's add_heading(level=0). Markdown
// renders it as a top heading; heading_level() stays 0, as in Word's outline.
bool is_title(const Document& doc, Index paragraph);

// Python-facing names of enumerations, shared by the bindings and renderers:
// "left", "center", "right", "both", "distribute" (nullptr when unset) and
// "paragraph", "character", "table", "numbering".
const char* alignment_name(Alignment alignment);
const char* style_type_name(StyleType type);

// The style row with this style id, or kNone.
Index find_style(const Document& doc, Index style_id_string);
Index find_style_by_id(const Document& doc, std::string_view style_id);

}  // namespace docxsift::model
