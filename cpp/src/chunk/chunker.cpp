// The chunker: walks the body's top-level blocks once, turning paragraphs
// (with their list labels and anchored text boxes, as doc.text_with_labels
// shows them) and table rows into units, and packs units into chunks.
// Rules and their reasons: docs/chunks.md.
#include <algorithm>
#include <cstdio>
#include <optional>
#include <unordered_map>

#include "chunk/detail_split.hpp"
#include "docxsift/chunks.hpp"
#include "docxsift/outline.hpp"
#include "docxsift/queries.hpp"
#include "docxsift/render.hpp"

namespace docxsift::chunk {

using model::Index;
using model::kNone;

namespace {

struct Pages {
  std::uint32_t first = 0;
  std::uint32_t last = 0;

  void add(const model::PageSpan* span) {
    if (span == nullptr) return;
    first = first == 0 ? span->first : std::min(first, span->first);
    last = std::max(last, span->last);
  }
  void add(const Pages& other) {
    if (other.first == 0) return;
    first = first == 0 ? other.first : std::min(first, other.first);
    last = std::max(last, other.last);
  }
};

// A piece of a chunk: a paragraph, a table row, or a unit of one cut to fit.
struct Piece {
  std::string text;
  std::size_t tokens = 0;
  std::uint32_t block = 0;
  Index row = kNone;  // own row of a table chunk (position in the table)
  Pages pages;
  bool continues = false;  // the rest of the previous piece's paragraph or row: no separator
  bool repeated = false;   // overlap or a repeated table header
  bool heading = false;
  bool oversized = false;
};

// "一、" + "总体要求" -> "一、总体要求"; "1.2" + "Scope" -> "1.2 Scope".
std::string labelled(const text::OutlineEntry& e) {
  if (e.label.empty()) return e.title;
  if (e.title.empty()) return e.label;
  auto last = static_cast<unsigned char>(e.label.back());
  return last < 0x80 ? e.label + " " + e.title : e.label + e.title;
}

std::string fnv1a_hex(std::string_view source, std::size_t index, std::string_view text) {
  std::uint64_t h = 0xcbf29ce484222325ULL;
  auto mix = [&](std::string_view s) {
    for (char c : s) {
      h ^= static_cast<unsigned char>(c);
      h *= 0x100000001b3ULL;
    }
  };
  mix(source);
  mix("\x1f");
  mix(std::to_string(index));
  mix("\x1f");
  mix(text);
  char out[17];
  std::snprintf(out, sizeof out, "%016llx", static_cast<unsigned long long>(h));
  return out;
}

class Packer {
 public:
  Packer(const model::Document& doc, const ChunkOptions& options)
      : doc_(doc), options_(options), count_(options.counter) {}

  std::vector<Chunk> run() {
    if (doc_.body == kNone) return {};
    std::unordered_map<Index, const text::OutlineEntry*> headings;
    std::vector<text::OutlineEntry> outline = text::outline(doc_);
    for (const text::OutlineEntry& e : outline) headings.emplace(e.paragraph, &e);
    const model::Range blocks = doc_.stories[doc_.body].blocks;
    Index tables_seen = 0;
    for (Index i = 0; i < blocks.count; ++i) {
      const model::BlockRef block = doc_.block_refs[blocks.first + i];
      if (block.kind == model::BlockKind::Table) {
        add_table(block.index, tables_seen++, i);
        continue;
      }
      auto found = headings.find(block.index);
      if (found != headings.end()) enter_heading(*found->second);
      Piece p;
      p.text = render::blocks_text_with_labels(doc_, {blocks.first + i, 1});
      p.block = i;
      p.pages.add(doc_.pages(block.index));
      p.heading = found != headings.end() && heading_only(block.index, *found->second);
      add_text(std::move(p));
    }
    flush(false);
    return std::move(out_);
  }

 private:
  const model::Document& doc_;
  const ChunkOptions& options_;
  detail::Counter count_;
  std::vector<Chunk> out_;
  std::vector<std::pair<int, std::string>> path_;  // (level, labelled heading)
  std::vector<Piece> current_;
  std::size_t current_tokens_ = 0;
  std::vector<std::string> current_path_;
  int heading_level_ = 0;        // level of the last heading that entered the current chunk; 0 none
  Index table_ = kNone;          // the table being chunked (position in doc.tables)
  std::optional<Piece> header_;  // its header rows, repeated in each later piece

  // A heading paragraph that holds nothing but its heading (and a trailing
  // colon or full stop), unlike a run-in heading ("1．燃气安全。加强...") whose
  // paragraph goes on with body text.
  bool heading_only(Index paragraph, const text::OutlineEntry& e) const {
    std::string_view text = doc_.text(doc_.paragraphs[paragraph].text);
    const std::size_t slack = 6;  // two CJK punctuation marks, or white space
    return text.size() <= e.label.size() + e.title.size() + slack;
  }

  std::vector<std::string> path_texts() const {
    std::vector<std::string> out;
    for (const auto& [level, heading] : path_) out.push_back(heading);
    return out;
  }

  bool has_own_body() const {
    return std::any_of(current_.begin(), current_.end(), [](const Piece& p) { return !p.repeated && !p.heading; });
  }

  void enter_heading(const text::OutlineEntry& e) {
    while (!path_.empty() && path_.back().first >= e.level) path_.pop_back();
    path_.emplace_back(e.level, labelled(e));
    // Headings with no body yet stay together with the subsection they open
    // (一、 then （一）), never with a sibling or an uncle.
    bool sibling = heading_level_ != 0 && e.level <= heading_level_;
    if (options_.by == By::Heading && (has_own_body() || sibling)) flush(false);
    if (options_.by == By::Heading || current_.empty()) current_path_ = path_texts();
    heading_level_ = e.level;
  }

  // Pieces of one paragraph or row join as they were; others are lines.
  static std::string_view separator(const Piece& before, const Piece& p) {
    bool same = p.continues && before.block == p.block && before.row == p.row;
    return same ? "" : "\n";
  }

  std::string joined(const Piece* extra) const {
    std::string out;
    for (std::size_t i = 0; i < current_.size(); ++i) {
      if (i != 0) out += separator(current_[i - 1], current_[i]);
      out += current_[i].text;
    }
    if (extra != nullptr) {
      if (!current_.empty()) out += separator(current_.back(), *extra);
      out += extra->text;
    }
    return out;
  }

  bool fits(const Piece& p) const {
    if (current_.empty()) return true;
    if (count_.additive()) return current_tokens_ + p.tokens <= options_.max_tokens;
    return count_(joined(&p)) <= options_.max_tokens;
  }

  // Overlap or a header carried over that leaves no room for the first
  // piece of the new chunk: dropped from the front.
  void drop_carried_until_fits(const Piece& p) {
    auto only_carried = [this] {
      return std::all_of(current_.begin(), current_.end(), [](const Piece& c) { return c.repeated; });
    };
    while (!current_.empty() && only_carried() && !fits(p)) {
      current_tokens_ -= current_.front().tokens;
      current_.erase(current_.begin());
    }
  }

  void push(Piece p) {
    drop_carried_until_fits(p);
    if (!fits(p)) {
      flush(true);
      drop_carried_until_fits(p);
    }
    if (current_.empty()) {
      if (options_.by == By::Paragraph && table_ == kNone) current_path_ = path_texts();
    }
    current_tokens_ += p.tokens;
    current_.push_back(std::move(p));
  }

  // A piece, cut into units first when it is over budget on its own.
  void add_text(Piece p) {
    const std::size_t budget = header_ ? options_.max_tokens - header_->tokens : options_.max_tokens;
    p.tokens = count_(p.text);
    if (p.tokens <= budget) {
      push(std::move(p));
      return;
    }
    bool first = true;
    for (detail::Unit& u : detail::split_to_fit(p.text, budget, count_)) {
      Piece unit = p;
      unit.text = std::move(u.text);
      unit.tokens = u.tokens;
      unit.oversized = u.oversized;
      unit.continues = !first;
      first = false;
      push(std::move(unit));
    }
  }

  void add_table(Index table, Index position, std::uint32_t block) {
    flush(false);
    const model::Table& t = doc_.tables[table];
    std::vector<Piece> rows;
    std::size_t header_rows = 0;
    while (header_rows < t.rows.count && doc_.rows[t.rows.first + header_rows].header) ++header_rows;
    if (header_rows == 0 && t.rows.count > 1) header_rows = 1;
    for (Index r = 0; r < t.rows.count; ++r) {
      Piece p;
      p.text = render::row_text_with_labels(doc_, t.rows.first + r);
      p.tokens = count_(p.text);
      p.block = block;
      p.row = r;
      const model::Row& row = doc_.rows[t.rows.first + r];
      for (Index c = row.cells.first; c < row.cells.end() && !doc_.paragraph_pages.empty(); ++c) {
        for (Index para : model::paragraphs_in_order(doc_, doc_.cells[c].blocks)) p.pages.add(doc_.pages(para));
      }
      rows.push_back(std::move(p));
    }
    table_ = position;
    current_path_ = path_texts();
    if (header_rows > 0 && header_rows < rows.size()) {
      Piece header;
      header.text = render_rows(rows, header_rows);
      header.tokens = count_(header.text);
      header.block = block;
      header.repeated = true;
      // A header that would take more than half of every chunk is not repeated.
      if (header.tokens <= options_.max_tokens / 2) header_ = std::move(header);
    }
    for (Piece& row : rows) add_text(std::move(row));
    flush(false);
    table_ = kNone;
    header_.reset();
  }

  static std::string render_rows(const std::vector<Piece>& rows, std::size_t n) {
    std::string out;
    for (std::size_t i = 0; i < n; ++i) {
      if (i != 0) out += '\n';
      out += rows[i].text;
    }
    return out;
  }

  // Ends the current chunk. `carry`: the next chunk continues this one
  // (same section or table), so it starts with the overlap or the header.
  void flush(bool carry) {
    if (current_.empty()) return;
    emit();
    std::vector<Piece> next;
    if (carry && table_ != kNone && header_) {
      next.push_back(*header_);
    } else if (carry && table_ == kNone && options_.overlap > 0) {
      std::size_t tokens = 0;
      for (auto it = current_.rbegin(); it != current_.rend(); ++it) {
        if (tokens + it->tokens > options_.overlap || it->tokens == 0) break;
        tokens += it->tokens;
        next.insert(next.begin(), *it);
      }
      for (Piece& p : next) p.repeated = true;
    }
    current_ = std::move(next);
    heading_level_ = 0;
    current_tokens_ = 0;
    for (const Piece& p : current_) current_tokens_ += p.tokens;
  }

  void emit() {
    Chunk c;
    c.text = joined(nullptr);
    bool own_text = false;
    bool first_own = true;
    std::size_t offset = 0;
    for (std::size_t i = 0; i < current_.size(); ++i) {
      const Piece& p = current_[i];
      if (i != 0) offset += separator(current_[i - 1], p).size();
      if (p.repeated) {
        offset += p.text.size();
        c.repeated_bytes = offset;
        continue;
      }
      offset += p.text.size();
      own_text = own_text || p.text.find_first_not_of(" \t\n\r") != std::string::npos;
      if (first_own) {
        c.block_start = p.block;
        if (p.row != kNone) c.row_start = p.row;
        first_own = false;
      }
      c.block_end = p.block + 1;
      if (p.row != kNone) c.row_end = p.row + 1;
      Pages pages;
      pages.add(p.pages);
      if (pages.first != 0) {
        c.page_start = c.page_start == 0 ? pages.first : std::min(c.page_start, pages.first);
        c.page_end = std::max(c.page_end, pages.last);
      }
      c.oversized = c.oversized || p.oversized;
    }
    if (!own_text) return;  // nothing but white space (empty paragraphs) or carried text
    c.table = table_;
    c.heading_path = current_path_;
    c.tokens = count_(c.text);
    c.index = out_.size();
    c.id = fnv1a_hex(options_.source, c.index, c.text);
    out_.push_back(std::move(c));
  }
};

}  // namespace

std::string Chunk::contextualized() const {
  if (heading_path.empty()) return text;
  std::string out;
  for (std::size_t i = 0; i < heading_path.size(); ++i) {
    if (i != 0) out += " > ";
    out += heading_path[i];
  }
  out += '\n';
  out += text;
  return out;
}

std::vector<Chunk> chunks(const model::Document& doc, const ChunkOptions& options) {
  options.validate();
  return Packer(doc, options).run();
}

}  // namespace docxsift::chunk
