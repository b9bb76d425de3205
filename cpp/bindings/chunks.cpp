// Chunk, Chunker and count_tokens: translation of docxsift::chunk only.
#include "docxsift/chunks.hpp"
#include "bindings.hpp"

namespace docxsift::bindings {
namespace {

// A Python tokenizer as a chunk::TokenCounter: an object with .encode(text)
// (tiktoken, Hugging Face tokenizers/transformers: the length of what it
// returns, or of its .ids), else a callable text -> int. Called with the GIL
// held: the chunker keeps it when a tokenizer is given.
chunk::TokenCounter python_counter(const py::object& tokenizer) {
  if (tokenizer.is_none()) return {};
  bool encode = py::hasattr(tokenizer, "encode");
  if (!encode && !PyCallable_Check(tokenizer.ptr())) {
    throw py::type_error("tokenizer must have .encode(text) or be a callable text -> int (None: the built-in count)");
  }
  return [tokenizer, encode](std::string_view text) -> std::size_t {
    py::str s = to_py_str(text);
    if (encode) {
      py::object tokens = tokenizer.attr("encode")(s);
      if (py::hasattr(tokens, "ids")) tokens = tokens.attr("ids");
      return py::len(tokens);
    }
    long long value = tokenizer(s).cast<long long>();
    if (value < 0) throw std::invalid_argument("tokenizer returned a negative count");
    return static_cast<std::size_t>(value);
  };
}

// A reusable set of chunking options; the Python tokenizer stays referenced here.
struct ChunkerPy {
  chunk::ChunkOptions options;
  py::object tokenizer;
};

ChunkerPy make_chunker_py(std::size_t max_tokens, py::object tokenizer, std::size_t overlap, const std::string& by,
                          std::string source) {
  ChunkerPy c;
  c.options.max_tokens = max_tokens;
  c.options.overlap = overlap;
  c.options.by = chunk::parse_by(by);
  c.options.source = std::move(source);
  c.options.counter = python_counter(tokenizer);
  c.options.validate();
  c.tokenizer = std::move(tokenizer);
  return c;
}

std::vector<chunk::Chunk> chunker_call_py(const ChunkerPy& c, const DocumentHandle& d) {
  if (c.options.counter) return chunk::chunks(*d.doc, c.options);  // calls back into Python
  py::gil_scoped_release release;
  return chunk::chunks(*d.doc, c.options);
}

OptionalInt page_py(std::uint32_t page) {
  if (page == 0) return py::none();
  return py::int_(page);
}

OptionalInt table_py(const chunk::Chunk& c) {
  if (c.table == model::kNone) return py::none();
  return py::int_(c.table);
}

// Code points in the repeated prefix: Python indexes str by code point.
std::size_t repeated_chars_py(const chunk::Chunk& c) {
  std::size_t n = 0;
  for (std::size_t i = 0; i < c.repeated_bytes && i < c.text.size(); ++i) {
    if ((static_cast<unsigned char>(c.text[i]) & 0xC0) != 0x80) ++n;
  }
  return n;
}

StrList heading_path_py(const chunk::Chunk& c) {
  StrList out;
  for (const std::string& h : c.heading_path) out.append(to_py_str(h));
  return out;
}

}  // namespace

StrDict chunk_to_dict(const chunk::Chunk& c) {
  StrDict d;
  d["id"] = c.id;
  d["chunk_index"] = c.index;
  d["text"] = to_py_str(c.text);
  d["contextualized"] = to_py_str(c.contextualized());
  d["heading_path"] = heading_path_py(c);
  d["block_start"] = c.block_start;
  d["block_end"] = c.block_end;
  d["table"] = table_py(c);
  d["row_start"] = c.table == model::kNone ? py::object(py::none()) : py::object(py::int_(c.row_start));
  d["row_end"] = c.table == model::kNone ? py::object(py::none()) : py::object(py::int_(c.row_end));
  d["page_start"] = page_py(c.page_start);
  d["page_end"] = page_py(c.page_end);
  d["tokens"] = c.tokens;
  d["repeated_chars"] = repeated_chars_py(c);
  d["oversized"] = c.oversized;
  return d;
}

namespace {

std::string chunk_repr_py(const chunk::Chunk& c) {
  return "<Chunk " + std::to_string(c.index) + " tokens=" + std::to_string(c.tokens) +
         " text=" + py::repr(to_py_str(preview(c.text))).cast<std::string>() + ">";
}

}  // namespace

void bind_chunks(py::module_& m) {
  py::class_<chunk::Chunk> cls(m, "Chunk", R"doc(One piece of Document.chunks(): text ready for an embedding model.

``text`` holds whole paragraphs (with their list labels, as
``doc.text_with_labels``) or whole sentences of a longer one, or rows of one
table; ``contextualized`` puts the heading path in front. Indices point back
into the document: ``block_start``/``block_end`` into ``doc.blocks``,
``table`` into ``doc.tables``. See docs/chunks.md.)doc");
  cls.def_property_readonly(
         "text", [](const chunk::Chunk& c) { return to_py_str(c.text); },
         "The chunk's text: its units joined by newlines.")
      .def_property_readonly(
          "contextualized", [](const chunk::Chunk& c) { return to_py_str(c.contextualized()); },
          "The heading path joined by ' > ' on one line, then the text.")
      .def_property_readonly("heading_path", &heading_path_py,
                             "The labelled headings the chunk lies under, outermost first (list[str]).")
      .def_property_readonly(
          "block_start", [](const chunk::Chunk& c) { return c.block_start; },
          "Index into doc.blocks of the first block the chunk takes text from.")
      .def_property_readonly(
          "block_end", [](const chunk::Chunk& c) { return c.block_end; },
          "One past the index into doc.blocks of the last block (exclusive).")
      .def_property_readonly("table", &table_py,
                             "Index into doc.tables when the chunk holds rows of that table, else None.")
      .def_property_readonly(
          "row_start",
          [](const chunk::Chunk& c) -> OptionalInt {
            return c.table == model::kNone ? py::object(py::none()) : py::object(py::int_(c.row_start));
          },
          "First row of the table that is the chunk's own (header repeats excluded), or None.")
      .def_property_readonly(
          "row_end",
          [](const chunk::Chunk& c) -> OptionalInt {
            return c.table == model::kNone ? py::object(py::none()) : py::object(py::int_(c.row_end));
          },
          "One past the last own row (exclusive), or None.")
      .def_property_readonly(
          "page_start", [](const chunk::Chunk& c) { return page_py(c.page_start); },
          "First page, as Word last paginated the file; None when unknown.")
      .def_property_readonly(
          "page_end", [](const chunk::Chunk& c) { return page_py(c.page_end); },
          "Last page, as Word last paginated the file; None when unknown.")
      .def_property_readonly(
          "chunk_index", [](const chunk::Chunk& c) { return c.index; }, "Position in the document's list of chunks.")
      .def_property_readonly(
          "id", [](const chunk::Chunk& c) { return c.id; },
          "16 hex digits: FNV-1a 64 of (source, chunk_index, text); stable across runs.")
      .def_property_readonly(
          "tokens", [](const chunk::Chunk& c) { return c.tokens; },
          "The text's token count by the chunker's tokenizer.")
      .def_property_readonly("repeated_chars", &repeated_chars_py,
                             "Leading characters of text repeated from elsewhere (overlap, table header); "
                             "text[repeated_chars:] is the chunk's own text.")
      .def_property_readonly(
          "oversized", [](const chunk::Chunk& c) { return c.oversized; },
          "True when the chunk holds a single character that alone exceeds max_tokens.")
      .def("to_dict", &chunk_to_dict, "The chunk as a plain dict (JSON-ready).")
      .def("__repr__", &chunk_repr_py);

  py::class_<ChunkerPy>(m, "Chunker", R"doc(Reusable chunking options: ``chunker(doc)`` returns doc's chunks.

``max_tokens``: budget per chunk; ``tokenizer``: None for the built-in count
(CJK characters one token each, a word one per 4 letters), an object with
``.encode(text)`` (tiktoken, Hugging Face) or a callable ``text -> int``; ``overlap``: tokens of whole sentences or paragraphs
repeated from the previous chunk of the same section; ``by``: ``"heading"``
(a new chunk at every heading) or ``"paragraph"``; ``source``: the file's
identity, part of each chunk's id. See docs/chunks.md.)doc")
      .def(py::init(&make_chunker_py), py::arg("max_tokens") = 512, py::arg("tokenizer") = py::none(),
           py::arg("overlap") = 0, py::arg("by") = "heading", py::arg("source") = "")
      .def_property_readonly(
          "max_tokens", [](const ChunkerPy& c) { return c.options.max_tokens; }, "Token budget of each chunk.")
      .def_property_readonly(
          "overlap", [](const ChunkerPy& c) { return c.options.overlap; },
          "Tokens of whole units repeated from the previous chunk of a section.")
      .def_property_readonly(
          "by", [](const ChunkerPy& c) { return c.options.by == chunk::By::Heading ? "heading" : "paragraph"; },
          "'heading' (a new chunk at every heading) or 'paragraph'.")
      .def_property_readonly(
          "tokenizer", [](const ChunkerPy& c) { return c.tokenizer; },
          "The tokenizer given, or None for the built-in count.")
      .def_property_readonly(
          "source", [](const ChunkerPy& c) { return c.options.source; },
          "The file identity that goes into each chunk's id.")
      .def("chunks", &chunker_call_py, py::arg("doc"), "The chunks of doc's body, in reading order.")
      .def("__call__", &chunker_call_py, py::arg("doc"), "The chunks of doc's body, in reading order.")
      .def("__repr__", [](const ChunkerPy& c) {
        return "Chunker(max_tokens=" + std::to_string(c.options.max_tokens) +
               ", overlap=" + std::to_string(c.options.overlap) + ", by='" +
               (c.options.by == chunk::By::Heading ? "heading" : "paragraph") + "')";
      });

  m.def(
      "count_tokens", [](std::string_view text) { return chunk::count_tokens(text); }, py::arg("text"),
      R"doc(The built-in token count the chunker uses when no tokenizer is given.

Each CJK character, kana, hangul syllable, punctuation mark or symbol is one
token; a run of letters and digits (a word) is one token per 4 letters,
rounded up; white space is free.)doc");
}

}  // namespace docxsift::bindings
