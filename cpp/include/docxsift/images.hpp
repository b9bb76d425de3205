// Questions about pictures and embedded objects that every caller (bindings,
// Markdown, to_dict, batch) asks the same way (docs/images.md).
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "docxsift/model.hpp"

namespace docxsift::model {

// The last segment of a part name: "word/media/image1.png" -> "image1.png".
std::string_view part_basename(std::string_view part);

// One file name per image (parallel to Document::images; "" for an image
// with no part), as doc.save_images() writes them and to_markdown() links
// them: the part's base name made safe for a file system, unique per part
// (case-insensitively: "image1.png", "image1-2.png"); an image part used
// twice gets the same name.
std::vector<std::string> image_file_names(const Document& doc);

// Python-facing names: "picture", "linked_picture", "chart", "smart_art",
// "not_implemented"; "ole_object", "package", "chart", "alt_chunk"; "body",
// "header", "footer", "footnote", "endnote", "comment".
const char* drawing_type_name(DrawingType type);
const char* embedded_kind_name(EmbeddedKind kind);
const char* story_kind_name(StoryKind kind);

// Where the image stands in its paragraph's text, in code points (Python
// string indexes); 0 outside any paragraph.
std::size_t image_text_index(const Document& doc, Index image);

// Images anchored in each paragraph, by paragraph index, in text order
// (empty, not one empty list per paragraph, when there are no images).
std::vector<std::vector<Index>> images_by_paragraph(const Document& doc);

}  // namespace docxsift::model

namespace docxsift {

// One part of the document's package (see PartSource::read). PackageError
// when the document keeps no source (it had nothing to read lazily).
std::string read_part(const model::Document& doc, std::string_view part);
std::vector<std::string> read_parts(const model::Document& doc, const std::vector<std::string>& parts);

}  // namespace docxsift
