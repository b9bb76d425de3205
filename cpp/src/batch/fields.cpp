// One file's record: open, catch the input's errors, render the asked fields.
#include <algorithm>
#include <cerrno>
#include <set>
#include <stdexcept>
#include <system_error>

#include "docxsift/batch.hpp"
#include "docxsift/errors.hpp"
#include "docxsift/images.hpp"
#include "docxsift/outline.hpp"
#include "docxsift/parts.hpp"
#include "docxsift/queries.hpp"
#include "docxsift/render.hpp"
#include "docxsift/utf8.hpp"

namespace docxsift::batch {
namespace {

using model::Document;
using model::Index;
using model::kNone;

// CJK unified ideographs (with extensions) and compatibility ideographs.
bool is_han(char32_t c) {
  return (c >= 0x4E00 && c <= 0x9FFF) || (c >= 0x3400 && c <= 0x4DBF) || (c >= 0xF900 && c <= 0xFAFF) ||
         (c >= 0x20000 && c <= 0x3134F);
}

std::uint64_t code_points(std::string_view s) {
  std::uint64_t n = 0;
  for (char ch : s) n += (static_cast<unsigned char>(ch) & 0xC0) != 0x80;
  return n;
}

// Distinct header (or footer) stories referenced by the sections, in order.
std::vector<Index> header_footer_stories(const Document& doc, bool footers) {
  std::vector<Index> stories;
  std::set<Index> seen;
  for (const model::Section& section : doc.sections) {
    for (Index story : footers ? section.footers : section.headers) {
      if (story != kNone && seen.insert(story).second) stories.push_back(story);
    }
  }
  return stories;
}

std::vector<std::string> texts_of(const Document& doc, const std::vector<Index>& stories) {
  std::vector<std::string> texts;
  texts.reserve(stories.size());
  for (Index story : stories) texts.push_back(render::story_text(doc, story));
  return texts;
}

std::optional<std::string> optional_copy(const Document& doc, Index index) {
  auto value = doc.optional_string(index);
  if (!value) return std::nullopt;
  return std::string(*value);
}

std::vector<std::pair<std::string, std::optional<std::string>>> properties_of(const Document& doc) {
  const model::CoreProperties& c = doc.core;
  std::vector<std::pair<std::string, std::optional<std::string>>> out;
  out.reserve(std::size(model::kCorePropertyFields));
  for (const auto& field : model::kCorePropertyFields) {
    out.emplace_back(std::string(field.name), optional_copy(doc, c.*field.member));
  }
  return out;
}

Stats stats_of(const Document& doc, std::string_view body_text) {
  Stats stats;
  const model::Range body = doc.stories[doc.body].blocks;
  std::vector<Index> body_paragraphs = model::paragraphs_in_order(doc, body);
  stats.paragraphs = body_paragraphs.size();
  for (const model::Table& table : doc.tables) stats.tables += table.story == doc.body;
  stats.sections = doc.sections.size();
  stats.headers = header_footer_stories(doc, false).size();
  stats.footers = header_footer_stories(doc, true).size();
  for (const model::Note& note : doc.notes) {
    (note.kind == model::NoteKind::Footnote ? stats.footnotes : stats.endnotes) += 1;
  }
  stats.comments = doc.comments.size();
  for (std::size_t i = 0; i < body_text.size();) {
    char32_t c = next_code_point(body_text, i);
    ++stats.characters;
    stats.characters_no_spaces += !is_space(c);
    stats.han_characters += is_han(c);
  }
  // Every story's text: the arena holds each run's text once.
  stats.total_characters = code_points(doc.arena);
  return stats;
}

// The Python-facing name of an OSError subclass for this errno.
const char* os_error_name(int code) {
  switch (code) {
    case ENOENT: return "FileNotFoundError";
    case EACCES:
    case EPERM: return "PermissionError";
    case EISDIR: return "IsADirectoryError";
    case ENOTDIR: return "NotADirectoryError";
    default: return "OSError";
  }
}

void record_error(Record& record, const char* type, const std::exception& e) {
  record.ok = false;
  record.error_type = type;
  record.error_message = e.what();
  record.error = std::current_exception();
}

std::optional<std::int64_t> optional_emu(std::int64_t v) {
  if (v < 0) return std::nullopt;
  return v;
}

std::vector<ImageItem> images_of(const Document& doc) {
  std::vector<ImageItem> out;
  const std::vector<std::string> names = model::image_file_names(doc);
  for (std::size_t i = 0; i < doc.images.size(); ++i) {
    const model::Image& image = doc.images[i];
    ImageItem item;
    item.part_name = optional_copy(doc, image.part);
    item.content_type = optional_copy(doc, image.content_type);
    if (!names[i].empty()) item.filename = names[i];
    item.width = optional_emu(image.width);
    item.height = optional_emu(image.height);
    item.alt_text = optional_copy(doc, image.alt_text);
    item.title = optional_copy(doc, image.title);
    item.is_inline = image.is_inline;
    item.linked = image.url != kNone;
    item.url = optional_copy(doc, image.url);
    item.story = image.story < doc.stories.size() ? model::story_kind_name(doc.stories[image.story].kind) : "";
    out.push_back(std::move(item));
  }
  return out;
}

// Each picture part once, in first-use order, read with one package open.
std::vector<ImageBlob> image_blobs_of(const Document& doc) {
  std::vector<ImageBlob> out;
  std::vector<std::string> parts;
  std::set<Index> seen;
  const std::vector<std::string> names = model::image_file_names(doc);
  for (std::size_t i = 0; i < doc.images.size(); ++i) {
    const model::Image& image = doc.images[i];
    if (image.part == kNone || !seen.insert(image.part).second) continue;
    ImageBlob blob;
    blob.part_name = doc.string(image.part);
    blob.filename = names[i];
    blob.content_type = optional_copy(doc, image.content_type);
    parts.push_back(blob.part_name);
    out.push_back(std::move(blob));
  }
  std::vector<std::string> data = read_parts(doc, parts);
  for (std::size_t i = 0; i < out.size(); ++i) out[i].data = std::move(data[i]);
  return out;
}

}  // namespace

const std::vector<std::string_view>& field_names() {
  static const std::vector<std::string_view> names{
      "text",      "text_with_labels", "paragraphs",  "tables", "headers", "footers",
      "footnotes", "comments",         "properties",  "stats",  "hash",    "markdown",
      "outline",   "images",           "image_bytes", "chunks"};
  return names;
}

Field parse_field(std::string_view name) {
  const auto& names = field_names();
  for (std::size_t i = 0; i < names.size(); ++i) {
    if (names[i] == name) return static_cast<Field>(i);
  }
  std::string valid;
  for (std::string_view n : names) valid += (valid.empty() ? "" : ", ") + std::string(n);
  throw std::invalid_argument("unknown field '" + std::string(name) + "'; valid fields: " + valid);
}

void fill_fields(const Document& doc, const std::vector<Field>& fields, Record& record,
                 const FieldOptions& field_options) {
  std::optional<std::string> body_text;
  auto text = [&]() -> const std::string& {
    if (!body_text) body_text = render::body_text(doc);
    return *body_text;
  };
  const model::Range body = doc.stories[doc.body].blocks;
  for (Field field : fields) {
    switch (field) {
      case Field::Text: record.text = text(); break;
      case Field::TextWithLabels: record.text_with_labels = render::body_text_with_labels(doc); break;
      case Field::Paragraphs: {
        std::vector<std::string> paragraphs;
        for (Index p : model::paragraphs_in_order(doc, body)) {
          paragraphs.emplace_back(doc.text(doc.paragraphs[p].text));
        }
        record.paragraphs = std::move(paragraphs);
        break;
      }
      case Field::Tables: {
        std::vector<std::vector<std::vector<std::string>>> tables;
        for (Index t = 0; t < doc.tables.size(); ++t) {
          if (doc.tables[t].story == doc.body) tables.push_back(render::table_grid_text(doc, t));
        }
        record.tables = std::move(tables);
        break;
      }
      case Field::Headers: record.headers = texts_of(doc, header_footer_stories(doc, false)); break;
      case Field::Footers: record.footers = texts_of(doc, header_footer_stories(doc, true)); break;
      case Field::Footnotes: {
        std::vector<std::string> notes;
        for (auto kind : {model::NoteKind::Footnote, model::NoteKind::Endnote}) {
          for (const model::Note& note : doc.notes) {
            if (note.kind == kind) notes.push_back(render::story_text(doc, note.story));
          }
        }
        record.footnotes = std::move(notes);
        break;
      }
      case Field::Comments: {
        std::vector<CommentText> comments;
        for (const model::Comment& c : doc.comments) {
          comments.push_back({std::string(doc.string(c.id)), optional_copy(doc, c.author), optional_copy(doc, c.date),
                              render::story_text(doc, c.story)});
        }
        record.comments = std::move(comments);
        break;
      }
      case Field::Markdown: record.markdown = render::to_markdown(doc); break;
      case Field::Outline: {
        std::vector<OutlineItem> items;
        for (const text::OutlineEntry& e : text::outline(doc)) {
          items.push_back({e.level, e.label, e.title, std::string(text::to_string(e.source))});
        }
        record.outline = std::move(items);
        break;
      }
      case Field::Properties: record.properties = properties_of(doc); break;
      case Field::Images: record.images = images_of(doc); break;
      case Field::ImageBytes: record.image_bytes = image_blobs_of(doc); break;
      case Field::Stats: record.stats = stats_of(doc, text()); break;
      case Field::Hash:
        record.text_hash = text_hash(text());  // sha256 needs the path: extract_file
        break;
      case Field::Chunks: {
        chunk::ChunkOptions options;
        options.max_tokens = field_options.chunk_max_tokens;
        options.overlap = field_options.chunk_overlap;
        options.source = record.path;
        record.chunks = chunk::chunks(doc, options);
        break;
      }
    }
  }
}

Record extract_file(const std::string& path, const std::vector<Field>& fields, const Options& options,
                    const FieldOptions& field_options) {
  const auto start = std::chrono::steady_clock::now();
  Record record;
  record.path = path;
  try {
    DocumentPtr doc = open_file(path, options);
    fill_fields(*doc, fields, record, field_options);
    if (std::find(fields.begin(), fields.end(), Field::Hash) != fields.end()) {
      record.sha256 = sha256_file_hex(path);
    }
    record.ok = true;
  } catch (const XmlError& e) {
    record_error(record, "XmlError", e);
  } catch (const LimitError& e) {
    record_error(record, "LimitError", e);
  } catch (const EncryptedError& e) {
    record_error(record, "EncryptedError", e);
  } catch (const PackageError& e) {
    record_error(record, "PackageError", e);
  } catch (const Error& e) {
    record_error(record, "DocxError", e);
  } catch (const std::system_error& e) {
    record_error(record, os_error_name(e.code().value()), e);
    record.error_code = e.code().value();
    record.error_message = e.code().message();
  }
  if (!record.ok) {
    // A failed record carries no partial fields.
    Record failed;
    failed.path = std::move(record.path);
    failed.error_type = std::move(record.error_type);
    failed.error_message = std::move(record.error_message);
    failed.error_code = record.error_code;
    failed.error = std::move(record.error);
    record = std::move(failed);
  }
  record.seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
  return record;
}

}  // namespace docxsift::batch
