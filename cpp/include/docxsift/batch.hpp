// Batch extraction (docs/architecture.md): a pool of worker
// threads opens and renders many files; records come back in input order
// through a bounded window, so memory stays flat however many files there are.
// Pure C++: the bindings drive it from Python without workers touching Python.
#pragma once

#include <chrono>
#include <condition_variable>
#include <cstddef>
#include <cstdint>
#include <deque>
#include <exception>
#include <functional>
#include <mutex>
#include <optional>
#include <string>
#include <string_view>
#include <thread>
#include <utility>
#include <vector>

#include "docxsift/chunks.hpp"
#include "docxsift/named_field.hpp"
#include "docxsift/reader.hpp"

namespace docxsift::batch {

// What a record carries besides path, ok, error and seconds.
enum class Field : std::uint8_t {
  Text,            // body text (render::body_text)
  TextWithLabels,  // body text with Word's list labels (render::body_text_with_labels)
  Paragraphs,      // body paragraph texts in reading order (tables and text boxes included)
  Tables,          // body tables as grids of cell text (render::table_grid_text)
  Headers,         // header texts, each header part once, in section order
  Footers,         // footer texts, likewise
  Footnotes,       // footnote then endnote texts (separators excluded)
  Comments,        // comments with id, author, date and text
  Properties,      // core properties (docProps/core.xml), as written
  Stats,           // counts and character totals
  Hash,            // sha256 of the file, text_hash of the body text (see text_hash())
  Markdown,        // render::to_markdown (GFM)
  Outline,         // the heading tree (outline.hpp): level, label, title, source
  Images,          // picture metadata of every story (docs/images.md), no bytes
  ImageBytes,      // each embedded picture part once: name, content type and bytes
  Chunks,          // chunk::chunks with FieldOptions' budget, the path as source (docs/chunks.md)
};

// Every field name, in the order above ("text", "paragraphs", ...).
const std::vector<std::string_view>& field_names();

// Parses a field name; std::invalid_argument (naming the valid ones) otherwise.
Field parse_field(std::string_view name);

// Options of the fields that take any (extract(chunk_max_tokens=..., chunk_overlap=...)).
struct FieldOptions {
  std::size_t chunk_max_tokens = 512;
  std::size_t chunk_overlap = 0;
};

struct CommentText {
  std::string id;
  std::optional<std::string> author;
  std::optional<std::string> date;
  std::string text;
};

struct OutlineItem {
  int level = 1;
  std::string label;
  std::string title;
  std::string source;  // "style", "numbering" or "text"
};

// One picture (docs/images.md), as the "images" field lists it.
struct ImageItem {
  std::optional<std::string> part_name;
  std::optional<std::string> content_type;
  std::optional<std::string> filename;  // as doc.save_images() writes it
  std::optional<std::int64_t> width;    // EMU
  std::optional<std::int64_t> height;
  std::optional<std::string> alt_text;
  std::optional<std::string> title;
  bool is_inline = true;
  bool linked = false;
  std::optional<std::string> url;
  std::string story;  // "body", "header", ...
};

// One picture part with its bytes ("image_bytes").
struct ImageBlob {
  std::string part_name;
  std::string filename;
  std::optional<std::string> content_type;
  std::string data;
};

struct Stats {
  std::uint64_t paragraphs = 0;  // body paragraphs, tables and text boxes included
  std::uint64_t tables = 0;      // body tables, nested ones included
  std::uint64_t sections = 0;
  std::uint64_t headers = 0;  // distinct header parts referenced by sections
  std::uint64_t footers = 0;
  std::uint64_t footnotes = 0;
  std::uint64_t endnotes = 0;
  std::uint64_t comments = 0;
  std::uint64_t characters = 0;            // code points of the body text
  std::uint64_t characters_no_spaces = 0;  // the same without whitespace
  std::uint64_t han_characters = 0;        // CJK ideographs of the body text
  std::uint64_t total_characters = 0;      // code points over every story
};

// Every count of Stats by its Python-facing name, in record order (the one
// list; exported as docxsift._core._STATS_KEYS for the Arrow schema).
inline constexpr NamedField<Stats, std::uint64_t> kStatsFields[] = {
    {"paragraphs", &Stats::paragraphs},
    {"tables", &Stats::tables},
    {"sections", &Stats::sections},
    {"headers", &Stats::headers},
    {"footers", &Stats::footers},
    {"footnotes", &Stats::footnotes},
    {"endnotes", &Stats::endnotes},
    {"comments", &Stats::comments},
    {"characters", &Stats::characters},
    {"characters_no_spaces", &Stats::characters_no_spaces},
    {"han_characters", &Stats::han_characters},
    {"total_characters", &Stats::total_characters},
};

struct Record {
  std::string path;
  bool ok = false;
  // For a failed file: the Python-facing class name ("PackageError", "XmlError",
  // "OSError", ...), the message, and for OSError the errno value.
  std::string error_type;
  std::string error_message;
  int error_code = 0;
  // The caught exception itself, so a caller can rethrow it unchanged.
  std::exception_ptr error;
  double seconds = 0.0;

  std::optional<std::string> text;
  std::optional<std::string> text_with_labels;
  std::optional<std::vector<std::string>> paragraphs;
  std::optional<std::vector<std::vector<std::vector<std::string>>>> tables;
  std::optional<std::vector<std::string>> headers;
  std::optional<std::vector<std::string>> footers;
  std::optional<std::vector<std::string>> footnotes;
  std::optional<std::vector<CommentText>> comments;
  // (name, value) of every core property in kCorePropertyFields order; unset when absent.
  std::optional<std::vector<std::pair<std::string, std::optional<std::string>>>> properties;
  std::optional<Stats> stats;
  std::optional<std::string> sha256;     // hex SHA-256 of the file's bytes
  std::optional<std::string> text_hash;  // text_hash() of the body text
  std::optional<std::string> markdown;
  std::optional<std::vector<OutlineItem>> outline;
  std::optional<std::vector<ImageItem>> images;
  std::optional<std::vector<ImageBlob>> image_bytes;
  std::optional<std::vector<chunk::Chunk>> chunks;
};

// The fields of an opened document, into `record` (ok is set by the caller).
void fill_fields(const model::Document& doc, const std::vector<Field>& fields, Record& record,
                 const FieldOptions& field_options = {});

// Opens and renders one file. A docxsift::Error or std::system_error becomes
// a record with ok=false; anything else (std::bad_alloc, a bug) propagates.
Record extract_file(const std::string& path, const std::vector<Field>& fields, const Options& options,
                    const FieldOptions& field_options = {});

struct BatchOptions {
  unsigned workers = 0;    // 0 = std::thread::hardware_concurrency()
  std::size_t window = 0;  // files in flight at most; 0 = 4 x workers
  std::vector<Field> fields{Field::Text};
  Options open;
  FieldOptions field_options;
};

// The pool. One consumer thread feeds paths with submit() while has_room(),
// calls close() after the last one, and takes records with wait_next() in
// input order. At most window() files are submitted but not yet taken, so
// records and queued paths never outgrow the window.
class BatchExtractor {
 public:
  enum class Wait { Ready, Timeout, Done };

  explicit BatchExtractor(BatchOptions options);
  ~BatchExtractor();  // cancels queued files and joins the workers
  BatchExtractor(const BatchExtractor&) = delete;
  BatchExtractor& operator=(const BatchExtractor&) = delete;

  unsigned workers() const noexcept { return static_cast<unsigned>(threads_.size()); }
  std::size_t window() const noexcept { return slots_.size(); }

  bool has_room() const;
  // Precondition: has_room() and not closed; std::logic_error otherwise.
  void submit(std::string path);
  void close();

  // Waits up to `timeout` for the next record in input order. Ready fills
  // `out`; Done means closed and every record taken. Rethrows an exception a
  // worker did not turn into a record (std::bad_alloc, ...).
  Wait wait_next(Record& out, std::chrono::milliseconds timeout);

  // Stops handing out queued files; running ones finish. Then Done.
  void cancel();

 private:
  struct Slot {
    bool ready = false;
    Record record;
    std::exception_ptr failure;
  };

  void work();

  BatchOptions options_;
  mutable std::mutex mutex_;
  std::condition_variable work_ready_;
  std::condition_variable result_ready_;
  std::vector<Slot> slots_;                                    // ring of window() slots
  std::deque<std::pair<std::uint64_t, std::string>> pending_;  // (sequence, path)
  std::uint64_t submitted_ = 0;
  std::uint64_t taken_ = 0;
  bool closed_ = false;
  bool stopping_ = false;
  std::vector<std::thread> threads_;
};

// --- duplicates (scraped corpora hold many copies of one document) ---------

// Hex SHA-256 of bytes, and of a file's bytes (std::system_error if unreadable).
std::string sha256_hex(std::string_view data);
std::string sha256_file_hex(const std::string& path);

// Hex SHA-256 of `text` with ASCII whitespace runs collapsed to one space and
// trimmed, so re-wrapped copies of one text hash alike.
std::string text_hash(std::string_view text);

struct DedupOptions {
  // Near-duplicates: estimated Jaccard similarity of the character shingle
  // sets at least this (0.8: 80% of the shingles shared).
  double threshold = 0.8;
  unsigned shingle = 5;         // code points per shingle
  unsigned permutations = 128;  // MinHash signature length
  unsigned band_rows = 5;       // LSH: 25 bands of 5 rows (odds in docs/bulk-extraction.md)
};

// MinHash signature of the shingles of `text` (whitespace collapsed).
std::vector<std::uint64_t> minhash(std::string_view text, const DedupOptions& options = {});

// Fraction of equal signature slots: an estimate of the Jaccard similarity.
double minhash_similarity(const std::vector<std::uint64_t>& a, const std::vector<std::uint64_t>& b);

struct DuplicateGroup {
  std::vector<std::size_t> members;  // indexes into the input, ascending
  bool exact = false;                // equal keys, or else MinHash near-duplicates
  double similarity = 1.0;           // the lowest similarity that joined the group
};

// Exact groups (equal `exact_keys`, e.g. text hashes) come first; then
// near-duplicate groups: exact classes whose texts' MinHash similarity reaches
// options.threshold, found by LSH banding and joined transitively. An item
// whose text is empty or only white space (U+3000 and NBSP included) is in no
// group, exact or near.
std::vector<DuplicateGroup> find_duplicates(const std::vector<std::string>& exact_keys,
                                            const std::vector<std::string_view>& texts,
                                            const DedupOptions& options = {});

// Pull-mode convenience for C++ callers: pulls paths from `next_path` only as
// the window frees up and hands every record to `sink` in input order.
void extract_all(const std::function<std::optional<std::string>()>& next_path,
                 const std::function<void(Record&&)>& sink, const BatchOptions& options = {});

}  // namespace docxsift::batch
