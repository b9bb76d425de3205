// Text views of a model.
#pragma once

#include <string>
#include <vector>

#include "docxsift/model.hpp"
#include "docxsift/tree.hpp"

namespace docxsift::render {

// The text of a story (doc.text): one line per paragraph, a table
// row is its cells' text joined by "\t", text boxes follow their anchor.
std::string story_text(const model::Document& doc, model::Index story);

// The text of the body story.
std::string body_text(const model::Document& doc);

// The text of a range of blocks, same rules.
std::string blocks_text(const model::Document& doc, model::Range blocks);

// Table.to_list(): cell texts over the whole grid, every row as wide as the grid.
std::vector<std::vector<std::string>> table_grid_text(const model::Document& doc, model::Index table);

// The cell's text: its paragraphs joined by "\n", nested tables included.
std::string cell_text(const model::Document& doc, model::Index cell);

// doc.text_with_labels: the same text with each numbered
// paragraph's list label and suffix ("\t", " " or nothing) in front, also in
// table cells and text boxes.
std::string body_text_with_labels(const model::Document& doc);
std::string blocks_text_with_labels(const model::Document& doc, model::Range blocks);
// One table row's line of blocks_text_with_labels (cells joined by "\t").
std::string row_text_with_labels(const model::Document& doc, model::Index row);

// doc.to_markdown(): GitHub Flavored Markdown; see docs/output.md.
struct MarkdownOptions {
  bool headers = false;  // headers before the body, footers after it
  // Pictures as ![alt text](image_prefix + file name) where they stand
  // (file names from model::image_file_names; linked pictures link their URL).
  bool images = true;
  std::string image_prefix;
};
std::string to_markdown(const model::Document& doc, const MarkdownOptions& options = {});

// doc.to_dict() as a tree of plain data; docs/schema/document.schema.json.
Value to_tree(const model::Document& doc);

}  // namespace docxsift::render
