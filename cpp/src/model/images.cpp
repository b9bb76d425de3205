// Pictures and embedded objects: file names and Python-facing names.
#include "docxsift/images.hpp"

#include <algorithm>
#include <map>
#include <set>

#include "docxsift/utf8.hpp"

namespace docxsift::model {
namespace {

char ascii_lower(char c) { return (c >= 'A' && c <= 'Z') ? static_cast<char>(c - 'A' + 'a') : c; }

std::string lowercase(std::string_view s) {
  std::string out(s);
  std::transform(out.begin(), out.end(), out.begin(), ascii_lower);
  return out;
}

// A name any file system accepts: no separators, reserved or control
// characters, not "." or "..", not empty.
std::string safe_file_name(std::string_view name) {
  std::string out;
  for (char c : name) {
    auto u = static_cast<unsigned char>(c);
    bool bad = u < 0x20 || u == 0x7F || c == '/' || c == '\\' || c == ':' || c == '*' || c == '?' || c == '"' ||
               c == '<' || c == '>' || c == '|';
    out.push_back(bad ? '_' : c);
  }
  while (!out.empty() && (out.back() == '.' || out.back() == ' ')) out.pop_back();
  if (out.empty() || out.find_first_not_of('.') == std::string::npos) out = "image";
  if (out.size() > 200) {
    // Keep the last 200 bytes (the extension), cut at a character boundary:
    // a name that starts inside a UTF-8 sequence is no text at all.
    out.erase(0, utf8_boundary_at_or_after(out, out.size() - 200));
  }
  return out;
}

}  // namespace

std::string_view part_basename(std::string_view part) {
  auto slash = part.find_last_of('/');
  return slash == std::string_view::npos ? part : part.substr(slash + 1);
}

std::vector<std::string> image_file_names(const Document& doc) {
  std::vector<std::string> names(doc.images.size());
  std::map<Index, std::string> by_part;  // part (strings) -> its file name
  std::set<std::string> taken;           // lowercased names in use
  for (std::size_t i = 0; i < doc.images.size(); ++i) {
    Index part = doc.images[i].part;
    if (part == kNone) continue;
    auto found = by_part.find(part);
    if (found != by_part.end()) {
      names[i] = found->second;
      continue;
    }
    std::string base = safe_file_name(part_basename(doc.string(part)));
    std::string name = base;
    auto dot = base.rfind('.');
    std::string stem = dot == std::string::npos || dot == 0 ? base : base.substr(0, dot);
    std::string ext = dot == std::string::npos || dot == 0 ? std::string() : base.substr(dot);
    for (int n = 2; !taken.insert(lowercase(name)).second; ++n) name = stem + "-" + std::to_string(n) + ext;
    by_part.emplace(part, name);
    names[i] = name;
  }
  return names;
}

const char* drawing_type_name(DrawingType type) {
  switch (type) {
    case DrawingType::Picture: return "picture";
    case DrawingType::LinkedPicture: return "linked_picture";
    case DrawingType::Chart: return "chart";
    case DrawingType::SmartArt: return "smart_art";
    case DrawingType::Other: return "not_implemented";
  }
  return "not_implemented";
}

const char* embedded_kind_name(EmbeddedKind kind) {
  switch (kind) {
    case EmbeddedKind::OleObject: return "ole_object";
    case EmbeddedKind::Package: return "package";
    case EmbeddedKind::Chart: return "chart";
    case EmbeddedKind::AltChunk: return "alt_chunk";
  }
  return "ole_object";
}

const char* story_kind_name(StoryKind kind) {
  switch (kind) {
    case StoryKind::Body: return "body";
    case StoryKind::Header: return "header";
    case StoryKind::Footer: return "footer";
    case StoryKind::Footnote: return "footnote";
    case StoryKind::Endnote: return "endnote";
    case StoryKind::Comment: return "comment";
  }
  return "body";
}

std::size_t image_text_index(const Document& doc, Index image) {
  const Image& row = doc.images.at(image);
  if (row.paragraph >= doc.paragraphs.size()) return 0;
  std::string_view text = doc.text(doc.paragraphs[row.paragraph].text);
  text = text.substr(0, std::min<std::size_t>(row.offset, text.size()));
  std::size_t n = 0;
  for (char c : text) n += (static_cast<unsigned char>(c) & 0xC0) != 0x80;
  return n;
}

std::vector<std::vector<Index>> images_by_paragraph(const Document& doc) {
  std::vector<std::vector<Index>> out;
  if (doc.images.empty()) return out;
  out.resize(doc.paragraphs.size());
  for (Index i = 0; i < doc.images.size(); ++i) {
    Index p = doc.images[i].paragraph;
    if (p < out.size()) out[p].push_back(i);
  }
  // Walk order is text order within a paragraph; a merged paragraph (removed
  // mark) keeps that too, but sort by offset to be sure.
  for (auto& list : out) {
    std::stable_sort(list.begin(), list.end(),
                     [&](Index a, Index b) { return doc.images[a].offset < doc.images[b].offset; });
  }
  return out;
}

}  // namespace docxsift::model
