// Image, EmbeddedObject and InlineShape views (docs/images.md). Part bytes
// are read on request with the GIL released; everything else is O(1).
#include "docxsift/images.hpp"
#include "bindings.hpp"
#include "docxsift/parts.hpp"

namespace docxsift::bindings {
namespace {

using model::Index;
using model::kNone;

const model::Image& row(const ImageView& v) { return v.doc->images[v.index]; }
const model::Embedded& row(const EmbeddedView& v) { return v.doc->embedded[v.index]; }
const model::Drawing& row(const DrawingView& v) { return v.doc->drawings[v.index]; }

OptionalInt optional_int(std::int64_t v) {
  if (v < 0) return py::none();
  return py::int_(v);
}

OrNone<ParagraphView> paragraph_of(const std::shared_ptr<const model::Document>& doc, Index p) {
  if (p == kNone || p >= doc->paragraphs.size()) return py::none();
  return py::cast(ParagraphView{doc, p});
}

OptionalStr story_of(const model::Document& doc, Index story) {
  if (story >= doc.stories.size()) return py::none();
  return py::str(model::story_kind_name(doc.stories[story].kind));
}

OptionalStr filename_of(const model::Document& doc, Index part) {
  if (part == kNone) return py::none();
  return to_py_str(model::part_basename(doc.string(part)));
}

// The part's bytes, read now from the package (None when there is no part).
OrNone<py::bytes> blob_of(const std::shared_ptr<const model::Document>& doc, Index part) {
  if (part == kNone) return py::none();
  std::string bytes;
  {
    py::gil_scoped_release release;
    bytes = read_part(*doc, doc->string(part));
  }
  return py::bytes(bytes);
}

py::typing::List<ImageView> document_images_py(const DocumentHandle& d) {
  py::typing::List<ImageView> out;
  for (Index i = 0; i < d.doc->images.size(); ++i) out.append(ImageView{d.doc, i});
  return out;
}

py::typing::List<EmbeddedView> document_embedded_py(const DocumentHandle& d) {
  py::typing::List<EmbeddedView> out;
  for (Index i = 0; i < d.doc->embedded.size(); ++i) out.append(EmbeddedView{d.doc, i});
  return out;
}

// python-docx: every wp:inline of the body.
py::typing::List<DrawingView> document_inline_shapes_py(const DocumentHandle& d) {
  py::typing::List<DrawingView> out;
  for (Index i = 0; i < d.doc->drawings.size(); ++i) {
    const model::Drawing& drawing = d.doc->drawings[i];
    if (drawing.is_inline && drawing.story == d.doc->body) out.append(DrawingView{d.doc, i});
  }
  return out;
}

py::typing::List<py::bytes> document_read_parts_py(const DocumentHandle& d, const std::vector<std::string>& parts) {
  std::vector<std::string> blobs;
  {
    py::gil_scoped_release release;
    blobs = read_parts(*d.doc, parts);
  }
  py::typing::List<py::bytes> out;
  for (const std::string& b : blobs) out.append(py::bytes(b));
  return out;
}

template <typename V>
std::size_t view_hash(const V& v) {
  return py::hash(py::make_tuple(reinterpret_cast<std::uintptr_t>(v.doc.get()), v.index));
}

std::string image_repr(const ImageView& v) {
  const model::Image& image = row(v);
  std::string out = "<Image ";
  if (image.part != kNone) out += "'" + std::string(v.doc->string(image.part)) + "'";
  else if (image.url != kNone) out += "linked '" + preview(v.doc->string(image.url), 60) + "'";
  else out += "missing";
  if (image.alt_text != kNone) out += " alt='" + preview(v.doc->string(image.alt_text)) + "'";
  return out + ">";
}

std::string embedded_repr(const EmbeddedView& v) {
  const model::Embedded& e = row(v);
  std::string out = std::string("<EmbeddedObject ") + model::embedded_kind_name(e.kind);
  if (e.part != kNone) out += " '" + std::string(v.doc->string(e.part)) + "'";
  else if (e.url != kNone) out += " linked '" + preview(v.doc->string(e.url), 60) + "'";
  else out += " missing";
  if (e.prog_id != kNone) out += " prog_id='" + std::string(v.doc->string(e.prog_id)) + "'";
  return out + ">";
}

}  // namespace

void bind_images(py::module_& m) {
  py::class_<ImageView> image(m, "Image", R"doc(A picture in the document: a DrawingML a:blip or a VML v:imagedata.

The same media part shown twice is two Image objects with the same
part_name. Bytes are read from the package only when .blob is asked for.)doc");
  py::class_<EmbeddedView> embedded(
      m, "EmbeddedObject", R"doc(An embedded object: an OLE object, an embedded package, a chart or an altChunk.

Never opened: .blob gives its bytes on request; open() reads an embedded
Word document as a Document of its own.)doc");
  py::class_<DrawingView> shape(m, "InlineShape",
                                R"doc(A DrawingML object placed inline (wp:inline), as python-docx's InlineShape.)doc");

  image
      .def_property_readonly(
          "part_name", [](const ImageView& v) { return optional_str(*v.doc, row(v).part); },
          "Part name of the picture (\"word/media/image1.png\"); None when the picture "
          "is only linked or its part is missing.")
      .def_property_readonly(
          "content_type", [](const ImageView& v) { return optional_str(*v.doc, row(v).content_type); },
          "Content type of the part from [Content_Types].xml (\"image/png\"), or None.")
      .def_property_readonly(
          "blob", [](const ImageView& v) { return blob_of(v.doc, row(v).part); },
          "The picture's bytes, read from the package now (under the document's limits); "
          "None without a part.")
      .def_property_readonly(
          "filename", [](const ImageView& v) { return filename_of(*v.doc, row(v).part); },
          "Base name of the part (\"image1.png\"), or None.")
      .def_property_readonly("_width", [](const ImageView& v) { return optional_int(row(v).width); })
      .def_property_readonly("_height", [](const ImageView& v) { return optional_int(row(v).height); })
      .def_property_readonly(
          "alt_text", [](const ImageView& v) { return optional_str(*v.doc, row(v).alt_text); },
          "Alternative text: wp:docPr/@descr, or the VML shape's alt; None if absent.")
      .def_property_readonly(
          "title", [](const ImageView& v) { return optional_str(*v.doc, row(v).title); },
          "Title: wp:docPr/@title, or v:imagedata/@o:title; None if absent.")
      .def_property_readonly(
          "name",
          [](const ImageView& v) -> OptionalStr {
            Index d = row(v).drawing;
            if (d == kNone) return py::none();
            return optional_str(*v.doc, v.doc->drawings[d].name);
          },
          "wp:docPr/@name (\"Picture 1\"), or None.")
      .def_property_readonly(
          "paragraph", [](const ImageView& v) { return paragraph_of(v.doc, row(v).paragraph); },
          "The paragraph that anchors the picture (None outside any paragraph).")
      .def_property_readonly(
          "story", [](const ImageView& v) { return story_of(*v.doc, row(v).story); },
          "Where it is: 'body', 'header', 'footer', 'footnote', 'endnote' or 'comment'.")
      .def_property_readonly(
          "inline", [](const ImageView& v) { return row(v).is_inline; },
          "True for wp:inline (or a VML shape in the text flow), False for wp:anchor "
          "(floating).")
      .def_property_readonly(
          "linked", [](const ImageView& v) { return row(v).url != kNone; },
          "Whether the picture links an external file (r:link, TargetMode=External).")
      .def_property_readonly(
          "url", [](const ImageView& v) { return optional_str(*v.doc, row(v).url); },
          "Target of a linked picture, or None.")
      .def_property_readonly(
          "missing", [](const ImageView& v) { return row(v).missing; },
          "True when the relationship id names no relationship or no part in the package.")
      .def_property_readonly(
          "rel_id", [](const ImageView& v) { return optional_str(*v.doc, row(v).rel_id); },
          "The relationship id as written (r:embed, r:link or r:id).")
      .def_property_readonly(
          "markup",
          [](const ImageView& v) { return py::str(row(v).markup == model::ImageMarkup::Vml ? "vml" : "drawingml"); },
          "'drawingml' (a:blip in w:drawing) or 'vml' (v:imagedata in w:pict or w:object).")
      .def_property_readonly(
          "offset", [](const ImageView& v) { return model::image_text_index(*v.doc, v.index); },
          "Where the picture stands in paragraph.text: paragraph.text[:offset] comes before it.")
      .def(
          "__eq__", [](const ImageView& a, const ImageView& b) { return a == b; }, py::arg("other"))
      .def("__hash__", &view_hash<ImageView>)
      .def("__repr__", &image_repr);

  embedded
      .def_property_readonly(
          "kind", [](const EmbeddedView& v) { return py::str(model::embedded_kind_name(row(v).kind)); },
          "'ole_object', 'package', 'chart' or 'alt_chunk'.")
      .def_property_readonly(
          "part_name", [](const EmbeddedView& v) { return optional_str(*v.doc, row(v).part); },
          "Part name (\"word/embeddings/oleObject1.bin\"); None when linked or missing.")
      .def_property_readonly(
          "content_type", [](const EmbeddedView& v) { return optional_str(*v.doc, row(v).content_type); },
          "Content type of the part, or None.")
      .def_property_readonly(
          "prog_id", [](const EmbeddedView& v) { return optional_str(*v.doc, row(v).prog_id); },
          "The OLE ProgID (\"Excel.Sheet.12\"), or None.")
      .def_property_readonly(
          "url", [](const EmbeddedView& v) { return optional_str(*v.doc, row(v).url); },
          "External target of a linked object, or None.")
      .def_property_readonly(
          "missing", [](const EmbeddedView& v) { return row(v).missing; },
          "True when the relationship id names no relationship or no part.")
      .def_property_readonly(
          "blob", [](const EmbeddedView& v) { return blob_of(v.doc, row(v).part); },
          "The part's bytes, read from the package now; None without a part.")
      .def_property_readonly(
          "filename", [](const EmbeddedView& v) { return filename_of(*v.doc, row(v).part); },
          "Base name of the part, or None.")
      .def_property_readonly(
          "title", [](const EmbeddedView& v) { return optional_str(*v.doc, row(v).title); },
          "A chart's title text (None when it has none or this is not a chart).")
      .def_property_readonly(
          "series",
          [](const EmbeddedView& v) {
            StrList out;
            const model::Range r = row(v).series;
            for (Index i = r.first; i < r.end(); ++i) out.append(to_py_str(v.doc->string(v.doc->chart_series[i])));
            return out;
          },
          "A chart's series names, in order (empty for other kinds).")
      .def_property_readonly(
          "paragraph", [](const EmbeddedView& v) { return paragraph_of(v.doc, row(v).paragraph); },
          "The anchoring paragraph (None for an altChunk, a block of its own).")
      .def_property_readonly(
          "story", [](const EmbeddedView& v) { return story_of(*v.doc, row(v).story); },
          "Where it is: 'body', 'header', 'footer', 'footnote', 'endnote' or 'comment'.")
      .def(
          "__eq__", [](const EmbeddedView& a, const EmbeddedView& b) { return a == b; }, py::arg("other"))
      .def("__hash__", &view_hash<EmbeddedView>)
      .def("__repr__", &embedded_repr);

  shape
      .def_property_readonly("_type",
                             [](const DrawingView& v) { return py::str(model::drawing_type_name(row(v).type)); })
      .def_property_readonly("_width", [](const DrawingView& v) { return optional_int(row(v).width); })
      .def_property_readonly("_height", [](const DrawingView& v) { return optional_int(row(v).height); })
      .def_property_readonly(
          "paragraph", [](const DrawingView& v) { return paragraph_of(v.doc, row(v).paragraph); },
          "The paragraph holding the shape.")
      .def(
          "__eq__", [](const DrawingView& a, const DrawingView& b) { return a == b; }, py::arg("other"))
      .def("__hash__", &view_hash<DrawingView>)
      .def("__repr__", [](const DrawingView& v) {
        return std::string("<InlineShape ") + model::drawing_type_name(row(v).type) + ">";
      });

  auto document = py::reinterpret_borrow<py::class_<DocumentHandle>>(m.attr("Document"));
  document
      .def_property_readonly("images", &document_images_py,
                             "Pictures, in reading order: the body first, then headers and footers, "
                             "footnotes, endnotes and comments (see docs/images.md).")
      .def_property_readonly("embedded", &document_embedded_py,
                             "Embedded objects (OLE objects, packages, charts, altChunks), never opened.")
      .def_property_readonly("inline_shapes", &document_inline_shapes_py,
                             "python-docx's inline_shapes: every wp:inline of the body, in order.")
      .def(
          "_image_file_names", [](const DocumentHandle& d) { return model::image_file_names(*d.doc); },
          "File names doc.save_images() writes, parallel to doc.images ('' without a part).")
      .def("_read_parts", &document_read_parts_py, py::arg("parts"),
           "Bytes of these package parts, read now (the package is opened once).");
}

}  // namespace docxsift::bindings
