// doc.to_dict(): the whole document as plain data. Field names follow the
// Python API; the shape is docs/schema/document.schema.json.
#include <string>
#include <utility>

#include "docxsift/effective.hpp"
#include "docxsift/images.hpp"
#include "docxsift/queries.hpp"
#include "docxsift/render.hpp"

namespace docxsift::render {
namespace {

using model::Index;
using model::kNone;

// Nested tables and text boxes deeper than this keep their text (in the
// enclosing cell's "text") but not their structure: hostile nesting cannot
// exhaust the stack.
constexpr int kMaxDepth = 32;

Value opt_string(const model::Document& doc, Index s) { return s == kNone ? Value() : Value::string(doc.string(s)); }

using model::alignment_name;
using model::style_type_name;

Value style_name(const model::Document& doc, Index style) {
  if (style == kNone) return {};
  return Value::string(model::ui_style_name(doc.string(doc.styles[style].name)));
}

class TreeBuilder {
 public:
  explicit TreeBuilder(const model::Document& doc) : doc_(doc), images_by_paragraph_(model::images_by_paragraph(doc)) {}

  Value blocks(model::Range range, int depth) {
    Value out = Value::array();
    if (depth > kMaxDepth) return out;
    for (Index i = range.first; i < range.end(); ++i) {
      const model::BlockRef& b = doc_.block_refs[i];
      out.push(b.kind == model::BlockKind::Paragraph ? paragraph(b.index, depth) : table(b.index, depth));
    }
    return out;
  }

  Value story(Index s) { return s == kNone || s >= doc_.stories.size() ? Value() : blocks(doc_.stories[s].blocks, 0); }

 private:
  Value paragraph(Index p, int depth) {
    const model::Paragraph& para = doc_.paragraphs[p];
    Value v = Value::object();
    v.set("type", Value::string("paragraph"));
    v.set("text", Value::string(doc_.text(para.text)));
    v.set("style", style_name(doc_, model::paragraph_style(doc_, p)));
    const int level = model::heading_level(doc_, p);
    v.set("heading_level", level > 0 ? Value::integer(level) : Value());
    const model::ListLabel* label = doc_.list_label(p);
    v.set("list_label", label ? Value::string(doc_.string(label->label)) : Value());
    v.set("list_level", label ? Value::integer(label->level) : Value());
    const char* align = alignment_name(para.alignment);
    v.set("alignment", align ? Value::string(align) : Value());
    Value& runs = v.set("runs", Value::array());
    for (Index r = para.runs.first; r < para.runs.end(); ++r) runs.push(run(r, para.hyperlinks.first));
    Value& links = v.set("hyperlinks", Value::array());
    for (Index h = para.hyperlinks.first; h < para.hyperlinks.end(); ++h) {
      Value& link = links.push(Value::object());
      link.set("text", Value::string(doc_.text(doc_.hyperlinks[h].text)));
      link.set("url", opt_string(doc_, doc_.hyperlinks[h].url));
      link.set("anchor", opt_string(doc_, doc_.hyperlinks[h].anchor));
    }
    // Built aside: a reference into `v` would dangle once `v` grows.
    Value footnotes = Value::array();
    Value endnotes = Value::array();
    for (Index i = para.note_refs.first; i < para.note_refs.end(); ++i) {
      const model::NoteRef& ref = doc_.note_refs[i];
      (ref.kind == model::NoteKind::Footnote ? footnotes : endnotes).push(Value::string(doc_.string(ref.id)));
    }
    v.set("footnote_ids", std::move(footnotes));
    v.set("endnote_ids", std::move(endnotes));
    Value& comments = v.set("comment_ids", Value::array());
    for (Index i = para.comment_refs.first; i < para.comment_refs.end(); ++i) {
      comments.push(Value::string(doc_.string(doc_.comment_refs[i])));
    }
    v.set("text_boxes", blocks(para.anchored, depth + 1));
    Value equations = Value::array();
    for (Index i = para.equations.first; i < para.equations.end(); ++i) {
      const model::Equation& eq = doc_.equations[i];
      Value& e = equations.push(Value::object());
      e.set("latex", Value::string(doc_.string(eq.latex)));
      e.set("display", Value::boolean(eq.display));
    }
    v.set("equations", std::move(equations));
    // Indexes into the document's "images" list, in text order.
    Value& images = v.set("images", Value::array());
    if (p < images_by_paragraph_.size()) {
      for (Index i : images_by_paragraph_[p]) images.push(Value::integer(i));
    }
    return v;
  }

  Value run(Index r, Index first_link) {
    const model::Run& row = doc_.runs[r];
    const model::EffectiveRunFormat eff = model::effective_run_format(doc_, r);
    Value v = Value::object();
    v.set("text", Value::string(doc_.text(row.text)));
    v.set("bold", Value::boolean(eff.bold));
    v.set("italic", Value::boolean(eff.italic));
    v.set("underline", Value::boolean(eff.underline));
    v.set("strike", Value::boolean(eff.strike || eff.double_strike));
    v.set("font", opt_string(doc_, eff.font_ascii));
    v.set("east_asia_font", opt_string(doc_, eff.font_east_asia));
    v.set("size_pt", Value::number(eff.size_half_points / 2.0));
    v.set("color", opt_string(doc_, eff.color));
    v.set("highlight", opt_string(doc_, eff.highlight));
    const char* valign = eff.vertical_align == model::VerticalAlign::Superscript ? "superscript"
                         : eff.vertical_align == model::VerticalAlign::Subscript ? "subscript"
                                                                                 : "baseline";
    v.set("vertical_align", Value::string(valign));
    // Index into the paragraph's "hyperlinks" list.
    v.set("hyperlink",
          row.hyperlink == kNone || row.hyperlink < first_link ? Value() : Value::integer(row.hyperlink - first_link));
    return v;
  }

  // Rows list the cells that start in them (a vertical-merge continuation is
  // part of the cell above, counted in its row_span), like HTML; "grid" is
  // Table.to_list().
  Value table(Index t, int depth) {
    const model::Table& table = doc_.tables[t];
    Value v = Value::object();
    v.set("type", Value::string("table"));
    Index style = model::find_style(doc_, table.style);
    v.set("style", style_name(doc_, style));
    v.set("columns", Value::integer(table.grid_columns));
    Value& rows = v.set("rows", Value::array());
    for (Index r = table.rows.first; r < table.rows.end(); ++r) {
      Value& row = rows.push(Value::object());
      Value& cells = row.set("cells", Value::array());
      const model::Row& mrow = doc_.rows[r];
      for (Index c = mrow.cells.first; c < mrow.cells.end(); ++c) {
        const model::Cell& cell = doc_.cells[c];
        if (cell.vmerge == model::VMerge::Continue) continue;
        Value& out = cells.push(Value::object());
        out.set("text", Value::string(render::cell_text(doc_, c)));
        out.set("column", Value::integer(cell.grid_column));
        out.set("colspan", Value::integer(cell.grid_span));
        out.set("rowspan", Value::integer(row_span(table, r, cell)));
        out.set("blocks", blocks(cell.blocks, depth + 1));
      }
    }
    Value& grid = v.set("grid", Value::array());
    for (const auto& line : render::table_grid_text(doc_, t)) {
      Value& g = grid.push(Value::array());
      for (const auto& text : line) g.push(Value::string(text));
    }
    return v;
  }

  std::int64_t row_span(const model::Table& table, Index r, const model::Cell& cell) {
    if (cell.vmerge != model::VMerge::Restart) return 1;
    std::int64_t span = 1;
    for (Index next = r + 1; next < table.rows.end(); ++next) {
      bool continues = false;
      const model::Row& row = doc_.rows[next];
      for (Index c = row.cells.first; c < row.cells.end(); ++c) {
        const model::Cell& below = doc_.cells[c];
        if (below.grid_column == cell.grid_column) continues = below.vmerge == model::VMerge::Continue;
      }
      if (!continues) break;
      ++span;
    }
    return span;
  }

  const model::Document& doc_;
  std::vector<std::vector<Index>> images_by_paragraph_;
};

Value emu(std::int64_t v) { return v < 0 ? Value() : Value::integer(v); }

// Pictures (metadata, never bytes) and embedded objects: docs/images.md.
Value images(const model::Document& doc) {
  Value out = Value::array();
  const std::vector<std::string> names = model::image_file_names(doc);
  for (Index i = 0; i < doc.images.size(); ++i) {
    const model::Image& image = doc.images[i];
    Value& v = out.push(Value::object());
    v.set("part_name", opt_string(doc, image.part));
    v.set("content_type", opt_string(doc, image.content_type));
    v.set("filename", names[i].empty() ? Value() : Value::string(names[i]));
    v.set("width", emu(image.width));
    v.set("height", emu(image.height));
    v.set("alt_text", opt_string(doc, image.alt_text));
    v.set("title", opt_string(doc, image.title));
    v.set("inline", Value::boolean(image.is_inline));
    v.set("linked", Value::boolean(image.url != kNone));
    v.set("url", opt_string(doc, image.url));
    v.set("missing", Value::boolean(image.missing));
    v.set("markup", Value::string(image.markup == model::ImageMarkup::Vml ? "vml" : "drawingml"));
    v.set("story", image.story < doc.stories.size()
                       ? Value::string(model::story_kind_name(doc.stories[image.story].kind))
                       : Value());
  }
  return out;
}

Value embedded(const model::Document& doc) {
  Value out = Value::array();
  for (const model::Embedded& e : doc.embedded) {
    Value& v = out.push(Value::object());
    v.set("kind", Value::string(model::embedded_kind_name(e.kind)));
    v.set("part_name", opt_string(doc, e.part));
    v.set("content_type", opt_string(doc, e.content_type));
    v.set("prog_id", opt_string(doc, e.prog_id));
    v.set("url", opt_string(doc, e.url));
    v.set("missing", Value::boolean(e.missing));
    v.set("story",
          e.story < doc.stories.size() ? Value::string(model::story_kind_name(doc.stories[e.story].kind)) : Value());
    if (e.kind == model::EmbeddedKind::Chart) {
      v.set("title", opt_string(doc, e.title));
      Value& series = v.set("series", Value::array());
      for (Index s = e.series.first; s < e.series.end(); ++s)
        series.push(Value::string(doc.string(doc.chart_series[s])));
    }
  }
  return out;
}

Value length(std::int64_t twips) { return twips < 0 ? Value() : Value::integer(twips * 635); }

Value properties(const model::Document& doc) {
  const model::CoreProperties& c = doc.core;
  Value v = Value::object();
  for (const auto& field : model::kCorePropertyFields) {
    v.set(field.name, opt_string(doc, c.*field.member));
  }
  return v;
}

}  // namespace

Value to_tree(const model::Document& doc) {
  TreeBuilder builder(doc);
  Value root = Value::object();
  root.set("format", Value::string("docxsift.document/1"));
  root.set("properties", properties(doc));
  root.set("blocks", doc.body == kNone ? Value::array() : builder.story(doc.body));

  Value& sections = root.set("sections", Value::array());
  static const char* kKinds[] = {"default", "first", "even"};
  for (const model::Section& s : doc.sections) {
    Value& v = sections.push(Value::object());
    v.set("page_width", length(s.page_width));
    v.set("page_height", length(s.page_height));
    v.set("orientation", Value::string(s.landscape ? "landscape" : "portrait"));
    Value headers = Value::object();
    Value footers = Value::object();
    for (int k = 0; k < 3; ++k) {
      headers.set(kKinds[k], builder.story(s.headers[k]));
      footers.set(kKinds[k], builder.story(s.footers[k]));
    }
    v.set("headers", std::move(headers));
    v.set("footers", std::move(footers));
  }

  Value footnotes = Value::array();
  Value endnotes = Value::array();
  for (const model::Note& n : doc.notes) {
    Value& v = (n.kind == model::NoteKind::Footnote ? footnotes : endnotes).push(Value::object());
    v.set("id", opt_string(doc, n.id));
    v.set("blocks", builder.story(n.story));
  }
  root.set("footnotes", std::move(footnotes));
  root.set("endnotes", std::move(endnotes));
  Value& comments = root.set("comments", Value::array());
  for (const model::Comment& c : doc.comments) {
    Value& v = comments.push(Value::object());
    v.set("id", opt_string(doc, c.id));
    v.set("author", opt_string(doc, c.author));
    v.set("initials", opt_string(doc, c.initials));
    v.set("date", opt_string(doc, c.date));
    v.set("blocks", builder.story(c.story));
  }
  Value& styles = root.set("styles", Value::array());
  for (const model::Style& s : doc.styles) {
    Value& v = styles.push(Value::object());
    v.set("style_id", opt_string(doc, s.style_id));
    v.set("name", s.name == kNone ? Value() : Value::string(model::ui_style_name(doc.string(s.name))));
    v.set("type", Value::string(style_type_name(s.type)));
    v.set("base_style", opt_string(doc, s.base));
    v.set("outline_level", s.outline_level < 0 || s.outline_level > 8 ? Value() : Value::integer(s.outline_level));
  }
  root.set("images", images(doc));
  root.set("embedded", embedded(doc));
  return root;
}

}  // namespace docxsift::render
