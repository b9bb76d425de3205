// Pictures, charts and embedded objects met during the story walk
// (docs/images.md). The story reader walks w:drawing, w:pict and w:object as
// usual (text boxes live there too) and calls in here on the elements that
// name a picture or an object; this file turns them into Drawing, Image and
// Embedded rows. Only the mc:AlternateContent branch being read is seen.
#pragma once

#include <cstdint>
#include <map>
#include <pugixml.hpp>
#include <string>
#include <vector>

#include "docxsift/model.hpp"
#include "docxsift/opc.hpp"
#include "model/detail_builder.hpp"
#include "wml/detail_names.hpp"

namespace docxsift::wml::detail {

// Where an object stands in the story.
struct ObjectAnchor {
  model::Index paragraph = model::kNone;
  model::Index story = model::kNone;
  std::uint32_t offset = 0;  // byte offset in the paragraph's text
};

class DrawingReader {
 public:
  DrawingReader(model::Builder& builder, opc::Package& package, const std::string& part)
      : b_(builder), package_(package), part_(part) {}

  // wp:inline / wp:anchor: reads wp:extent, wp:docPr and the graphic's kind.
  // end_drawing() when the walk leaves it.
  void begin_drawing(Names& names, const pugi::xml_node& node, bool is_inline, const ObjectAnchor& at);
  void end_drawing();

  void blip(Names& names, const pugi::xml_node& node, const ObjectAnchor& at);       // a:blip
  void chart(Names& names, const pugi::xml_node& node, const ObjectAnchor& at);      // c:chart
  void vml_image(Names& names, const pugi::xml_node& node, const ObjectAnchor& at);  // v:imagedata
  // o:OLEObject, or w:objectEmbed / w:objectLink (the newer w:object markup).
  void ole_object(Names& names, const pugi::xml_node& node, const ObjectAnchor& at);
  void alt_chunk(Names& names, const pugi::xml_node& node, const ObjectAnchor& at);  // w:altChunk

 private:
  struct Target {
    model::Index part = model::kNone;
    model::Index content_type = model::kNone;
    model::Index url = model::kNone;
    std::string kind;  // relationship kind ("image", "oleObject", "package", "chart", ...)
    bool missing = false;
  };
  // Resolves a relationship id of this part; an unknown id or a target that
  // names no part is `missing`, never an error.
  Target resolve(std::string_view rel_id);
  Target embedded_row(Names& names, const pugi::xml_node& node, const ObjectAnchor& at, model::Embedded& e);
  struct ChartText {
    model::Index title = model::kNone;
    model::Range series;
  };
  ChartText read_chart(const std::string& part);

  model::Builder& b_;
  opc::Package& package_;
  const std::string& part_;
  std::vector<model::Index> open_;           // drawings being walked, innermost last
  std::map<std::string, ChartText> charts_;  // each chart part is read once
};

// A VML CSS length ("72pt", "1in", "2.54cm", "96px", "10") in EMU; -1 if unreadable.
std::int64_t vml_length_emu(std::string_view value);

}  // namespace docxsift::wml::detail
