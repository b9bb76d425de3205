// Pictures, charts and embedded objects (see detail_drawing.hpp and
// docs/images.md). Nothing here fails the open: a broken relationship or a
// missing part gives a row marked missing, an unreadable chart no title.
#include "wml/detail_drawing.hpp"

#include <algorithm>
#include <cmath>
#include <cstdlib>
#include <utility>

#include "docxsift/errors.hpp"
#include "opc/detail_xml.hpp"

namespace docxsift::wml::detail {
namespace {

using model::Index;
using model::kNone;

constexpr std::string_view kPictureUri = "http://schemas.openxmlformats.org/drawingml/2006/picture";
constexpr std::string_view kChartUri = "http://schemas.openxmlformats.org/drawingml/2006/chart";
constexpr std::string_view kDiagramUri = "http://schemas.openxmlformats.org/drawingml/2006/diagram";
constexpr std::string_view kStrictPictureUri = "http://purl.oclc.org/ooxml/drawingml/picture";
constexpr std::string_view kStrictChartUri = "http://purl.oclc.org/ooxml/drawingml/chart";
constexpr std::string_view kStrictDiagramUri = "http://purl.oclc.org/ooxml/drawingml/diagram";

using opc::detail::local_name;

pugi::xml_node child_local(const pugi::xml_node& node, std::string_view local) {
  for (pugi::xml_node c = node.first_child(); c; c = c.next_sibling()) {
    if (c.type() == pugi::node_element && local_name(c.name()) == local) return c;
  }
  return {};
}

std::int64_t read_emu(std::string_view s) {
  std::string copy(s);
  char* end = nullptr;
  long long v = std::strtoll(copy.c_str(), &end, 10);
  if (copy.empty() || end == copy.c_str() || v < 0) return -1;
  return v;
}

std::string trim(std::string_view s) {
  while (!s.empty() && (s.front() == ' ' || s.front() == '\t')) s.remove_prefix(1);
  while (!s.empty() && (s.back() == ' ' || s.back() == '\t')) s.remove_suffix(1);
  return std::string(s);
}

// The value of one property of a CSS style attribute ("width:72pt;height:1in").
std::string style_property(std::string_view style, std::string_view name) {
  std::size_t start = 0;
  while (start < style.size()) {
    std::size_t end = style.find(';', start);
    if (end == std::string_view::npos) end = style.size();
    std::string_view decl = style.substr(start, end - start);
    std::size_t colon = decl.find(':');
    if (colon != std::string_view::npos && trim(decl.substr(0, colon)) == name) {
      return trim(decl.substr(colon + 1));
    }
    start = end + 1;
  }
  return {};
}

// Text of the a:t elements under `node` (a:p paragraphs joined by "\n"), or
// else of the c:v values (a string reference's cache), walked iteratively.
std::string text_under(const pugi::xml_node& node) {
  std::string rich, cached;
  bool first_paragraph = true;
  std::vector<pugi::xml_node> stack{node};
  // Document order: children pushed in reverse.
  while (!stack.empty()) {
    pugi::xml_node n = stack.back();
    stack.pop_back();
    std::string_view local = local_name(n.name());
    if (local == "p") {
      if (!first_paragraph) rich += "\n";
      first_paragraph = false;
    } else if (local == "t" || local == "v") {
      std::string& out = local == "t" ? rich : cached;
      if (local == "v" && !cached.empty()) cached += " ";
      out += n.text().get();
      continue;
    }
    std::vector<pugi::xml_node> children;
    for (pugi::xml_node c = n.first_child(); c; c = c.next_sibling()) {
      if (c.type() == pugi::node_element) children.push_back(c);
    }
    stack.insert(stack.end(), children.rbegin(), children.rend());
  }
  while (!rich.empty() && rich.back() == '\n') rich.pop_back();
  return rich.empty() ? cached : rich;
}

}  // namespace

std::int64_t vml_length_emu(std::string_view value) {
  std::string s = trim(value);
  if (s.empty()) return -1;
  char* end = nullptr;
  double number = std::strtod(s.c_str(), &end);
  if (end == s.c_str() || !std::isfinite(number) || number < 0 || number > 1e9) return -1;
  std::string_view unit(end);
  double emu_per_unit = 0;
  if (unit == "pt") emu_per_unit = 12700;
  else if (unit == "in") emu_per_unit = 914400;
  else if (unit == "cm") emu_per_unit = 360000;
  else if (unit == "mm") emu_per_unit = 36000;
  else if (unit == "pc") emu_per_unit = 152400;
  else if (unit == "px" || unit.empty()) emu_per_unit = 9525;  // CSS pixels, VML's default unit
  else if (unit == "emu") emu_per_unit = 1;
  else return -1;
  return std::llround(number * emu_per_unit);
}

DrawingReader::Target DrawingReader::resolve(std::string_view rel_id) {
  Target t;
  const opc::Relationship* rel = rel_id.empty() ? nullptr : package_.relationship_by_id(part_, rel_id);
  if (rel == nullptr) {
    t.missing = true;
    return t;
  }
  t.kind = std::string(opc::relationship_kind(rel->type));
  if (rel->external) {
    t.url = b_.intern(rel->target);
    return t;
  }
  if (rel->part.empty() || !package_.has_part(rel->part)) {
    t.missing = true;
    return t;
  }
  t.part = b_.intern(rel->part);
  std::string type = package_.content_type(rel->part);
  if (!type.empty()) t.content_type = b_.intern(type);
  return t;
}

void DrawingReader::begin_drawing(Names& names, const pugi::xml_node& node, bool is_inline, const ObjectAnchor& at) {
  model::Drawing d;
  d.paragraph = at.paragraph;
  d.story = at.story;
  d.is_inline = is_inline;
  for (pugi::xml_node c = node.first_child(); c; c = c.next_sibling()) {
    if (c.type() != pugi::node_element) continue;
    names.enter(c);
    El el = names.token(c);
    names.leave(c);
    if (el == El::WpExtent) {
      d.width = read_emu(c.attribute("cx").value());
      d.height = read_emu(c.attribute("cy").value());
    } else if (el == El::WpDocPr) {
      if (auto a = c.attribute("name")) d.name = b_.intern(a.value());
      if (auto a = c.attribute("descr")) d.alt_text = b_.intern(a.value());
      if (auto a = c.attribute("title")) d.title = b_.intern(a.value());
    } else if (local_name(c.name()) == "graphic") {
      std::string_view uri = child_local(c, "graphicData").attribute("uri").value();
      if (uri == kPictureUri || uri == kStrictPictureUri) d.type = model::DrawingType::Picture;
      else if (uri == kChartUri || uri == kStrictChartUri) d.type = model::DrawingType::Chart;
      else if (uri == kDiagramUri || uri == kStrictDiagramUri) d.type = model::DrawingType::SmartArt;
    }
  }
  model::Document& doc = b_.doc();
  open_.push_back(static_cast<Index>(doc.drawings.size()));
  doc.drawings.push_back(d);
}

void DrawingReader::end_drawing() {
  if (!open_.empty()) open_.pop_back();
}

void DrawingReader::blip(Names& names, const pugi::xml_node& node, const ObjectAnchor& at) {
  pugi::xml_attribute embed = names.attr(node, Ns::R, "embed");
  pugi::xml_attribute link = names.attr(node, Ns::R, "link");
  if (!embed && !link) return;  // a blip without a picture (a placeholder)
  model::Document& doc = b_.doc();
  model::Image image;
  image.paragraph = at.paragraph;
  image.story = at.story;
  image.offset = at.offset;
  image.source_part = b_.intern(part_);
  image.markup = model::ImageMarkup::DrawingML;
  if (!open_.empty()) {
    model::Drawing& d = doc.drawings[open_.back()];
    image.drawing = open_.back();
    image.width = d.width;
    image.height = d.height;
    image.alt_text = d.alt_text;
    image.title = d.title;
    image.is_inline = d.is_inline;
    if (link && d.type == model::DrawingType::Picture) d.type = model::DrawingType::LinkedPicture;
  }
  if (embed) {
    image.rel_id = b_.intern(embed.value());
    Target t = resolve(embed.value());
    image.part = t.part;
    image.content_type = t.content_type;
    image.url = t.url;
    image.missing = t.missing;
  }
  if (link) {
    if (image.rel_id == kNone) image.rel_id = b_.intern(link.value());
    Target t = resolve(link.value());
    if (t.url != kNone) image.url = t.url;
    // A link that names no part and no URL is broken only if nothing is embedded.
    if (!embed) image.missing = t.missing;
  }
  doc.images.push_back(image);
}

// The row every embedded object starts from: where it stands and what its
// r:id resolves to in this part's relationships.
DrawingReader::Target DrawingReader::embedded_row(Names& names, const pugi::xml_node& node, const ObjectAnchor& at,
                                                  model::Embedded& e) {
  pugi::xml_attribute id = names.attr(node, Ns::R, "id");
  e.paragraph = at.paragraph;
  e.story = at.story;
  e.offset = at.offset;
  e.source_part = b_.intern(part_);
  e.rel_id = id ? b_.intern(id.value()) : kNone;
  Target t = resolve(id.value());
  e.part = t.part;
  e.content_type = t.content_type;
  e.url = t.url;
  e.missing = t.missing;
  return t;
}

void DrawingReader::chart(Names& names, const pugi::xml_node& node, const ObjectAnchor& at) {
  model::Embedded e;
  e.kind = model::EmbeddedKind::Chart;
  Target t = embedded_row(names, node, at, e);
  if (t.part != kNone) {
    ChartText text = read_chart(std::string(b_.doc().string(t.part)));
    e.title = text.title;
    e.series = text.series;
  }
  b_.doc().embedded.push_back(e);
}

DrawingReader::ChartText DrawingReader::read_chart(const std::string& part) {
  if (auto found = charts_.find(part); found != charts_.end()) return found->second;
  ChartText out;
  charts_.emplace(part, out);  // a failed read is not retried
  auto bytes = package_.read(part);
  if (!bytes) return out;
  pugi::xml_document xml;
  try {
    opc::detail::parse_part(xml, *bytes, part, b_.limits());
  } catch (const XmlError&) {
    return out;  // a broken chart loses its text, not the document
  }
  pugi::xml_node chart = child_local(xml.document_element(), "chart");
  if (pugi::xml_node title = child_local(chart, "title")) {
    if (pugi::xml_node tx = child_local(title, "tx")) {
      std::string text = text_under(tx);
      if (!text.empty()) out.title = b_.intern(text);
    }
  }
  model::Document& doc = b_.doc();
  out.series.first = static_cast<Index>(doc.chart_series.size());
  // Series sit in plot-area chart groups: c:plotArea/c:barChart/c:ser/c:tx.
  pugi::xml_node plot = child_local(chart, "plotArea");
  for (pugi::xml_node group = plot.first_child(); group; group = group.next_sibling()) {
    for (pugi::xml_node ser = group.first_child(); ser; ser = ser.next_sibling()) {
      if (ser.type() != pugi::node_element || local_name(ser.name()) != "ser") continue;
      pugi::xml_node tx = child_local(ser, "tx");
      std::string name = tx ? text_under(tx) : std::string();
      doc.chart_series.push_back(b_.intern(name));
      ++out.series.count;
    }
  }
  charts_[part] = out;
  return out;
}

void DrawingReader::vml_image(Names& names, const pugi::xml_node& node, const ObjectAnchor& at) {
  pugi::xml_attribute id = names.attr(node, Ns::R, "id");
  // Older writers used o:relid for the same thing.
  if (!id) id = names.attr(node, Ns::O, "relid");
  if (!id) return;
  model::Image image;
  image.paragraph = at.paragraph;
  image.story = at.story;
  image.offset = at.offset;
  image.source_part = b_.intern(part_);
  image.markup = model::ImageMarkup::Vml;
  image.rel_id = b_.intern(id.value());
  Target t = resolve(id.value());
  image.part = t.part;
  image.content_type = t.content_type;
  image.url = t.url;
  image.missing = t.missing;
  if (auto title = names.attr(node, Ns::O, "title")) image.title = b_.intern(title.value());
  pugi::xml_node shape = node.parent();  // v:shape, v:rect, ... carrying style and alt
  std::string_view style = shape.attribute("style").value();
  image.width = vml_length_emu(style_property(style, "width"));
  image.height = vml_length_emu(style_property(style, "height"));
  std::string position = style_property(style, "position");
  image.is_inline = position != "absolute";
  if (auto alt = shape.attribute("alt")) image.alt_text = b_.intern(alt.value());
  b_.doc().images.push_back(image);
}

void DrawingReader::ole_object(Names& names, const pugi::xml_node& node, const ObjectAnchor& at) {
  model::Embedded e;
  if (auto prog = node.attribute("ProgID")) {
    e.prog_id = b_.intern(prog.value());
  } else if (auto w_prog = names.wattr(node, "progId")) {  // w:objectEmbed, w:objectLink
    e.prog_id = b_.intern(w_prog.value());
  }
  Target t = embedded_row(names, node, at, e);
  e.kind = t.kind == "package" ? model::EmbeddedKind::Package : model::EmbeddedKind::OleObject;
  b_.doc().embedded.push_back(e);
}

void DrawingReader::alt_chunk(Names& names, const pugi::xml_node& node, const ObjectAnchor& at) {
  model::Embedded e;
  e.kind = model::EmbeddedKind::AltChunk;
  embedded_row(names, node, at, e);
  b_.doc().embedded.push_back(e);
}

}  // namespace docxsift::wml::detail
