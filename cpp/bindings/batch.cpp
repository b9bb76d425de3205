// The extract() iterator over the C++ BatchExtractor. Paths are pulled from
// the Python iterator in the consumer thread with the GIL held; the wait for
// the next record releases the GIL and polls for signals, so Ctrl-C is prompt.
// Worker threads never touch Python.
#include <chrono>
#include <memory>

#include "bindings.hpp"
#include "docxsift/batch.hpp"
#include "docxsift/errors.hpp"

namespace docxsift::bindings {
namespace {

using batch::BatchExtractor;
using batch::Field;
using batch::Record;

// How often a waiting __next__ checks for Ctrl-C.
constexpr std::chrono::milliseconds kSignalPoll{100};

std::vector<Field> parse_fields(const std::vector<std::string>& names) {
  std::vector<Field> fields;
  for (const std::string& name : names) fields.push_back(batch::parse_field(name));
  return fields;
}

template <typename T>
py::list str_list(const std::vector<T>& items) {
  py::list out(items.size());
  for (std::size_t i = 0; i < items.size(); ++i) out[i] = to_py_str(items[i]);
  return out;
}

py::object optional_py_str(const std::optional<std::string>& s) {
  if (!s) return py::none();
  return to_py_str(*s);
}

py::object field_value(const Record& r, Field field) {
  if (!r.ok) return py::none();
  switch (field) {
    case Field::Text: return to_py_str(*r.text);
    case Field::TextWithLabels: return to_py_str(*r.text_with_labels);
    case Field::Paragraphs: return str_list(*r.paragraphs);
    case Field::Tables: {
      py::list tables;
      for (const auto& grid : *r.tables) {
        py::list rows;
        for (const auto& row : grid) rows.append(str_list(row));
        tables.append(rows);
      }
      return tables;
    }
    case Field::Headers: return str_list(*r.headers);
    case Field::Footers: return str_list(*r.footers);
    case Field::Footnotes: return str_list(*r.footnotes);
    case Field::Comments: {
      py::list comments;
      for (const auto& c : *r.comments) {
        py::dict d;
        d["id"] = to_py_str(c.id);
        d["author"] = optional_py_str(c.author);
        d["date"] = optional_py_str(c.date);
        d["text"] = to_py_str(c.text);
        comments.append(d);
      }
      return comments;
    }
    case Field::Markdown: return to_py_str(*r.markdown);
    case Field::Outline: {
      py::list items;
      for (const auto& e : *r.outline) {
        py::dict d;
        d["level"] = e.level;
        d["label"] = to_py_str(e.label);
        d["title"] = to_py_str(e.title);
        d["source"] = to_py_str(e.source);
        items.append(d);
      }
      return items;
    }
    case Field::Properties: {
      py::dict d;
      for (const auto& [name, value] : *r.properties) d[py::str(name)] = optional_py_str(value);
      return d;
    }
    case Field::Stats: {
      const batch::Stats& s = *r.stats;
      py::dict d;
      for (const auto& stat : batch::kStatsFields) d[to_py_str(stat.name)] = s.*stat.member;
      return d;
    }
    case Field::Images: {
      py::list items;
      for (const auto& e : *r.images) {
        py::dict d;
        d["part_name"] = optional_py_str(e.part_name);
        d["content_type"] = optional_py_str(e.content_type);
        d["filename"] = optional_py_str(e.filename);
        d["width"] = e.width ? py::object(py::int_(*e.width)) : py::object(py::none());
        d["height"] = e.height ? py::object(py::int_(*e.height)) : py::object(py::none());
        d["alt_text"] = optional_py_str(e.alt_text);
        d["title"] = optional_py_str(e.title);
        d["inline"] = e.is_inline;
        d["linked"] = e.linked;
        d["url"] = optional_py_str(e.url);
        d["story"] = to_py_str(e.story);
        items.append(d);
      }
      return items;
    }
    case Field::ImageBytes: {
      py::list items;
      for (const auto& e : *r.image_bytes) {
        py::dict d;
        d["part_name"] = to_py_str(e.part_name);
        d["filename"] = to_py_str(e.filename);
        d["content_type"] = optional_py_str(e.content_type);
        d["data"] = py::bytes(e.data);
        items.append(d);
      }
      return items;
    }
    case Field::Hash: break;  // two keys: record_dict writes them
    case Field::Chunks: {
      py::list chunks;
      for (const auto& c : *r.chunks) chunks.append(chunk_to_dict(c));
      return chunks;
    }
  }
  return py::none();
}

// The record as the dict extract() yields: path, ok, error, seconds, then
// every requested field (None when the file failed).
StrDict record_dict(const Record& r, const std::vector<Field>& fields) {
  StrDict d;
  d["path"] = to_py_str(r.path);
  d["ok"] = r.ok;
  d["error"] = r.ok ? py::object(py::none()) : py::object(to_py_str(r.error_type + ": " + r.error_message));
  d["seconds"] = r.seconds;
  const auto& names = batch::field_names();
  for (Field field : fields) {
    if (field == Field::Hash) {
      d["sha256"] = r.ok ? optional_py_str(r.sha256) : py::none();
      d["text_hash"] = r.ok ? optional_py_str(r.text_hash) : py::none();
      continue;
    }
    d[to_py_str(names[static_cast<std::size_t>(field)])] = field_value(r, field);
  }
  return d;
}

// The "chunks" field's budget, checked as Chunker checks it (ValueError).
batch::FieldOptions field_options(std::size_t chunk_max_tokens, std::size_t chunk_overlap) {
  chunk::ChunkOptions check;
  check.max_tokens = chunk_max_tokens;
  check.overlap = chunk_overlap;
  check.validate();
  return {chunk_max_tokens, chunk_overlap};
}

class BatchIterator {
 public:
  BatchIterator(py::typing::Iterator<py::str> paths, const std::vector<std::string>& fields, unsigned workers,
                std::size_t window, const std::string& revisions, bool include_hidden, const OrNone<Limits>& limits,
                bool raise_errors, std::size_t chunk_max_tokens, std::size_t chunk_overlap)
      : paths_(std::move(paths)), raise_errors_(raise_errors) {
    batch::BatchOptions options;
    options.field_options = field_options(chunk_max_tokens, chunk_overlap);
    options.workers = workers;
    options.window = window;
    options.fields = parse_fields(fields);
    options.open = make_options(revisions, include_hidden, limits);
    fields_ = options.fields;
    py::gil_scoped_release release;
    extractor_ = std::make_unique<BatchExtractor>(std::move(options));
  }

  unsigned workers() const { return extractor_ ? extractor_->workers() : 0; }
  std::size_t window() const { return extractor_ ? extractor_->window() : 0; }

  StrDict next() {
    if (!extractor_) throw py::stop_iteration();
    try {
      feed();
      Record record;
      BatchExtractor::Wait wait;
      for (;;) {
        {
          py::gil_scoped_release release;
          wait = extractor_->wait_next(record, kSignalPoll);
        }
        if (wait != BatchExtractor::Wait::Timeout) break;
        if (PyErr_CheckSignals() != 0) throw py::error_already_set();
      }
      if (wait == BatchExtractor::Wait::Done) {
        close();
        throw py::stop_iteration();
      }
      if (!record.ok && raise_errors_) {
        close();
        std::rethrow_exception(record.error);  // the translator picks the Python class
      }
      return record_dict(record, fields_);
    } catch (py::stop_iteration&) {
      throw;
    } catch (...) {
      close();
      throw;
    }
  }

  // Stops the workers (queued files are dropped) and joins them.
  void close() {
    std::unique_ptr<BatchExtractor> extractor = std::move(extractor_);
    if (!extractor) return;
    extractor->cancel();
    py::gil_scoped_release release;
    extractor.reset();
  }

 private:
  // Submits paths until the window is full or the Python iterator ends.
  void feed() {
    while (!exhausted_ && extractor_->has_room()) {
      py::object item = py::reinterpret_steal<py::object>(PyIter_Next(paths_.ptr()));
      if (!item) {
        if (PyErr_Occurred()) throw py::error_already_set();
        exhausted_ = true;
        extractor_->close();
        return;
      }
      if (!py::isinstance<py::str>(item)) {
        throw py::type_error("extract() paths must be str, not " +
                             std::string(py::str(py::type::of(item).attr("__name__"))));
      }
      extractor_->submit(item.cast<std::string>());
    }
  }

  py::iterator paths_;
  bool raise_errors_;
  bool exhausted_ = false;
  std::vector<Field> fields_;
  std::unique_ptr<BatchExtractor> extractor_;
};

StrDict extract_file_py(const std::string& path, const std::vector<std::string>& field_names,
                        const std::string& revisions, bool include_hidden, const OrNone<Limits>& limits,
                        bool raise_errors, std::size_t chunk_max_tokens, std::size_t chunk_overlap) {
  batch::FieldOptions chunking = field_options(chunk_max_tokens, chunk_overlap);
  std::vector<Field> fields = parse_fields(field_names);
  Options options = make_options(revisions, include_hidden, limits);
  Record record;
  {
    py::gil_scoped_release release;
    record = batch::extract_file(path, fields, options, chunking);
  }
  if (!record.ok && raise_errors) std::rethrow_exception(record.error);
  return record_dict(record, fields);
}

// (member indexes, exact, similarity) per group.
using DuplicateGroups = py::typing::List<py::typing::Tuple<std::vector<std::size_t>, bool, double>>;

DuplicateGroups find_duplicates_py(const std::vector<std::string>& keys, const std::vector<std::string>& texts,
                                   double threshold, unsigned shingle, unsigned permutations, unsigned band_rows) {
  batch::DedupOptions options{threshold, shingle, permutations, band_rows};
  std::vector<batch::DuplicateGroup> groups;
  {
    py::gil_scoped_release release;
    std::vector<std::string_view> views(texts.begin(), texts.end());
    groups = batch::find_duplicates(keys, views, options);
  }
  DuplicateGroups out;
  for (const auto& g : groups) out.append(py::make_tuple(g.members, g.exact, g.similarity));
  return out;
}

}  // namespace

void bind_batch(py::module_& m) {
  py::class_<BatchIterator>(m, "_BatchIterator", R"doc(Records of many files, in input order.

The engine of :func:`docxsift.extract`: C++ worker threads open and render
the files with the GIL released; at most ``window`` files are in flight, and
paths are pulled from ``paths`` only as the window frees up.)doc")
      .def(py::init<py::typing::Iterator<py::str>, const std::vector<std::string>&, unsigned, std::size_t,
                    const std::string&, bool, const OrNone<Limits>&, bool, std::size_t, std::size_t>(),
           py::arg("paths"), py::arg("fields"), py::arg("workers") = 0, py::arg("window") = 0,
           py::arg("revisions") = "accept", py::arg("include_hidden") = false, py::arg("limits") = py::none(),
           py::arg("raise_errors") = false, py::arg("chunk_max_tokens") = 512, py::arg("chunk_overlap") = 0)
      .def("__iter__", [](py::object self) { return self; })
      .def("__next__", &BatchIterator::next)
      .def("close", &BatchIterator::close, "Stops the workers; later __next__ calls stop.")
      .def_property_readonly("workers", &BatchIterator::workers, "Worker threads (0 once closed).")
      .def_property_readonly("window", &BatchIterator::window, "Files in flight at most.");

  m.def("_extract_file", &extract_file_py, py::arg("path"), py::arg("fields"), py::arg("revisions") = "accept",
        py::arg("include_hidden") = false, py::arg("limits") = py::none(), py::arg("raise_errors") = false,
        py::arg("chunk_max_tokens") = 512, py::arg("chunk_overlap") = 0,
        "One file's extract() record, with the GIL released while it is read.");
  m.def("_find_duplicates", &find_duplicates_py, py::arg("keys"), py::arg("texts"), py::arg("threshold") = 0.8,
        py::arg("shingle") = 5, py::arg("permutations") = 128, py::arg("band_rows") = 5,
        "Duplicate groups as (member indexes, exact, similarity); see docxsift.find_duplicates.");
  m.def(
      "_text_hash", [](const std::string& text) { return batch::text_hash(text); }, py::arg("text"),
      "Hex SHA-256 of the text with whitespace runs collapsed.");
  m.attr("_BATCH_FIELDS") = [] {
    py::tuple names(batch::field_names().size());
    for (std::size_t i = 0; i < names.size(); ++i) names[i] = to_py_str(batch::field_names()[i]);
    return names;
  }();
  m.attr("_STATS_KEYS") = [] {
    py::tuple names(std::size(batch::kStatsFields));
    for (std::size_t i = 0; i < names.size(); ++i) names[i] = to_py_str(batch::kStatsFields[i].name);
    return names;
  }();
  m.attr("_CORE_PROPERTIES") = [] {
    py::tuple names(std::size(model::kCorePropertyFields));
    for (std::size_t i = 0; i < names.size(); ++i) names[i] = to_py_str(model::kCorePropertyFields[i].name);
    return names;
  }();
}

}  // namespace docxsift::bindings
