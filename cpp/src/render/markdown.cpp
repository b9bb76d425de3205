// doc.to_markdown(): GitHub Flavored Markdown for people and for
// LLM/RAG pipelines. The rules, and why each exists, are in docs/output.md.
#include <algorithm>
#include <cstdint>
#include <map>
#include <string>
#include <utility>
#include <vector>

#include "docxsift/effective.hpp"
#include "docxsift/images.hpp"
#include "docxsift/queries.hpp"
#include "docxsift/render.hpp"
#include "docxsift/utf8.hpp"
#include "render/detail_emphasis.hpp"

namespace docxsift::render {
namespace {

using detail::Emphasis;
using detail::first_code_point;
using detail::is_ascii_alnum;

using model::Index;
using model::kNone;

// Text boxes inside text boxes are rare; past this depth their text is still
// shown, as one flattened quote, so hostile nesting cannot exhaust the stack.
constexpr int kMaxQuoteDepth = 8;

// Escapes text so that Markdown shows it literally. Characters that only
// matter at the start of a line (#, >, -, +, =, "1.") are escaped there;
// inline syntax (emphasis, code, links, HTML, tables, strikethrough) anywhere,
// and '$': Markdown with math (GitHub, markdown-it's dollarmath, MyST,
// pandoc) would pair a literal dollar with the next one, or with an
// equation's $, as math delimiters; CommonMark shows "\$" as "$".
// `newline` is what a "\n" inside the text becomes. Returns whether the
// output now stands at the start of a line.
bool escape_into(std::string& out, std::string_view text, std::string_view newline, bool line_start) {
  for (std::size_t i = 0; i < text.size(); ++i) {
    char c = text[i];
    if (c == '\r') continue;
    if (c == '\n') {
      out += newline;
      line_start = newline.back() == '\n';
      continue;
    }
    if (line_start) {
      if (c == ' ' || c == '\t') continue;  // leading blanks would make a code block
      if (c == '#' || c == '>' || c == '-' || c == '+' || c == '=') out.push_back('\\');
      if (c >= '0' && c <= '9') {
        std::size_t j = i;
        while (j < text.size() && text[j] >= '0' && text[j] <= '9') ++j;
        out.append(text.substr(i, j - i));
        if (j < text.size() && (text[j] == '.' || text[j] == ')')) {
          out.push_back('\\');
          out.push_back(text[j]);
          ++j;
        }
        i = j - 1;
        line_start = false;
        continue;
      }
      line_start = false;
    }
    switch (c) {
      case '\\':
      case '*':
      case '_':
      case '`':
      case '[':
      case ']':
      case '<':
      case '|':
      case '~':
      case '$': out.push_back('\\'); break;
      case '&':  // only where it could start an entity reference
        if (i + 1 < text.size() && (text[i + 1] == '#' || is_ascii_alnum(text[i + 1]))) out.push_back('\\');
        break;
      default: break;
    }
    out.push_back(c);
  }
  return line_start;
}

std::string escape_url(std::string_view url) {
  static const char* kHex = "0123456789ABCDEF";
  std::string out;
  for (char c : url) {
    auto u = static_cast<unsigned char>(c);
    if (u <= 0x20 || c == '(' || c == ')' || c == '<' || c == '>' || c == '\\' || c == '`' || u == 0x7F) {
      out.push_back('%');
      out.push_back(kHex[u >> 4]);
      out.push_back(kHex[u & 0xF]);
    } else {
      out.push_back(c);
    }
  }
  return out;
}

// A bullet is drawn as one glyph that is not a counter: not a digit or
// letter, not a circled/roman number, not a CJK numeral.
bool is_bullet(std::string_view label) {
  if (label.empty()) return false;
  auto [cp, n] = first_code_point(label);
  if (n != label.size()) return false;
  if (cp < 0x80) return !is_ascii_alnum(static_cast<char>(cp));
  if (cp >= 0x2160 && cp <= 0x24FF) return false;  // roman numerals, circled and parenthesised numbers
  if (cp == 0x3007 || (cp >= 0x4E00 && cp <= 0x9FFF)) return false;
  if (cp >= 0xFF10 && cp <= 0xFF5A) return false;  // full-width digits and letters
  return true;
}

// "1." or "12)": a label Markdown itself reads as an ordered-list marker.
bool is_ordered_marker(std::string_view label) {
  std::size_t digits = 0;
  while (digits < label.size() && label[digits] >= '0' && label[digits] <= '9') ++digits;
  return digits > 0 && digits <= 9 && digits + 1 == label.size() && (label.back() == '.' || label.back() == ')');
}

struct Block {
  std::string text;
  bool list_item = false;  // consecutive list items are joined by one newline (a tight list)
};

class MarkdownWriter {
 public:
  MarkdownWriter(const model::Document& doc, const MarkdownOptions& options) : doc_(doc), options_(options) {
    if (options_.images) {
      images_by_paragraph_ = model::images_by_paragraph(doc_);
      image_names_ = model::image_file_names(doc_);
    }
  }

  std::string render() {
    std::vector<Block> blocks;
    if (doc_.body == kNone) return {};
    if (options_.headers) {
      append_header_footer(blocks, true);
      if (!blocks.empty()) blocks.push_back({"---"});
    }
    append_blocks(blocks, doc_.stories[doc_.body].blocks, 0);
    if (options_.headers) {
      std::vector<Block> footers;
      append_header_footer(footers, false);
      if (!footers.empty()) {
        blocks.push_back({"---"});
        for (Block& b : footers) blocks.push_back(std::move(b));
      }
    }
    append_note_definitions(blocks);
    return join(blocks);
  }

 private:
  static std::string join(const std::vector<Block>& blocks) {
    std::string out;
    for (std::size_t i = 0; i < blocks.size(); ++i) {
      if (i > 0) out += blocks[i].list_item && blocks[i - 1].list_item ? "\n" : "\n\n";
      out += blocks[i].text;
    }
    if (!out.empty()) out.push_back('\n');
    return out;
  }

  void append_header_footer(std::vector<Block>& blocks, bool headers) {
    std::vector<Index> seen;
    for (const model::Section& section : doc_.sections) {
      for (Index story : headers ? section.headers : section.footers) {
        if (story == kNone || story >= doc_.stories.size()) continue;
        bool dup = false;
        for (Index s : seen) dup = dup || s == story;
        if (dup) continue;
        seen.push_back(story);
        std::vector<Block> part;
        append_blocks(part, doc_.stories[story].blocks, 0);
        for (Block& b : part) blocks.push_back(std::move(b));
      }
    }
  }

  void append_blocks(std::vector<Block>& out, model::Range range, int quote_depth) {
    list_stack_.clear();
    for (Index i = range.first; i < range.end(); ++i) {
      const model::BlockRef& block = doc_.block_refs[i];
      if (block.kind == model::BlockKind::Paragraph) {
        append_paragraph(out, block.index, quote_depth);
      } else {
        list_stack_.clear();
        std::string table = render_table(block.index);
        if (!table.empty()) out.push_back({std::move(table)});
      }
    }
  }

  // A paragraph that holds nothing but display equations: each becomes a
  // $$...$$ block of its own.
  bool only_display_math(Index p) const {
    const model::Paragraph& para = doc_.paragraphs[p];
    if (para.equations.empty()) return false;
    std::string_view text = doc_.text(para.text);
    std::uint32_t pos = 0;
    auto blank = [&](std::uint32_t from, std::uint32_t to) {
      for (std::uint32_t i = from; i < to && i < text.size(); ++i) {
        if (text[i] != ' ' && text[i] != '\t' && text[i] != '\n' && text[i] != '\r') return false;
      }
      return true;
    };
    for (Index i = para.equations.first; i < para.equations.end(); ++i) {
      const model::Equation& eq = doc_.equations[i];
      if (!eq.display || !blank(pos, eq.start)) return false;
      pos = std::max(pos, eq.end);
    }
    return blank(pos, static_cast<std::uint32_t>(text.size())) && para.note_refs.empty();
  }

  void append_paragraph(std::vector<Block>& out, Index p, int quote_depth) {
    const model::Paragraph& para = doc_.paragraphs[p];
    // A Title paragraph is the document's top heading in Markdown.
    const int level = model::is_title(doc_, p) ? 1 : model::heading_level(doc_, p);
    if (level == 0 && doc_.list_label(p) == nullptr && only_display_math(p)) {
      list_stack_.clear();
      for (Index i = para.equations.first; i < para.equations.end(); ++i) {
        std::string_view latex = doc_.string(doc_.equations[i].latex);
        if (!latex.empty()) out.push_back({"$$" + std::string(latex) + "$$"});
      }
      append_anchored(out, para, quote_depth);
      return;
    }
    // An ATX heading is one line: its line breaks become spaces.
    const bool atx = level >= 1 && level <= 6;
    std::string body = inline_text(p, level > 6, atx ? " " : "\\\n");
    const model::ListLabel* label = doc_.list_label(p);
    std::string_view label_text = label ? doc_.string(label->label) : std::string_view{};

    if (!label_text.empty() && level == 0) {
      const bool bullet = is_bullet(label_text);
      if (bullet || is_ordered_marker(label_text)) {
        out.push_back({list_item(label->level, bullet ? std::string_view{"-"} : label_text, body), true});
      } else {
        list_stack_.clear();
        std::string text;
        escape_into(text, label_text, " ", true);
        if (!body.empty()) text += " " + body;
        out.push_back({std::move(text)});
      }
    } else {
      list_stack_.clear();
      if (!label_text.empty()) {
        std::string labelled;
        escape_into(labelled, label_text, " ", level > 6);
        body = labelled + (body.empty() ? "" : " " + body);
      }
      if (level >= 1 && level <= 6) {
        if (!body.empty()) out.push_back({std::string(static_cast<std::size_t>(level), '#') + " " + body});
      } else if (!body.empty()) {
        out.push_back({std::move(body)});
      }
    }
    append_anchored(out, para, quote_depth);
  }

  // Text boxes anchored in a paragraph, as a block quote after it.
  void append_anchored(std::vector<Block>& out, const model::Paragraph& para, int quote_depth) {
    if (!para.anchored.empty()) {
      std::vector<Block> inner;
      std::vector<ListEntry> saved = list_stack_;
      if (quote_depth < kMaxQuoteDepth) {
        append_blocks(inner, para.anchored, quote_depth + 1);
      } else {
        std::string flat;
        escape_into(flat, blocks_text(doc_, para.anchored), "\\\n", true);
        inner.push_back({std::move(flat)});
      }
      list_stack_ = std::move(saved);
      std::string quoted = join(inner);
      if (!quoted.empty()) out.push_back({quote(quoted)});
    }
  }

  static std::string quote(std::string_view text) {
    std::string out = "> ";
    for (std::size_t i = 0; i < text.size(); ++i) {
      char c = text[i];
      if (c == '\n' && i + 1 == text.size()) break;
      out.push_back(c);
      if (c == '\n') out += text[i + 1] == '\n' ? ">" : "> ";
    }
    return out;
  }

  // Nesting: a child item is indented to its parent's content column, which
  // CommonMark requires; an item whose parent is not shown starts at column 0
  // (four spaces there would make a code block).
  struct ListEntry {
    int level;
    std::size_t content_column;
  };

  std::string list_item(int level, std::string_view marker, const std::string& body) {
    while (!list_stack_.empty() && list_stack_.back().level >= level) list_stack_.pop_back();
    std::size_t indent = list_stack_.empty() ? 0 : list_stack_.back().content_column;
    list_stack_.push_back({level, indent + marker.size() + 1});
    std::string out(indent, ' ');
    out += marker;
    out.push_back(' ');
    // Continuation lines of a hard break belong to the item: indent them too.
    for (char c : body) {
      out.push_back(c);
      if (c == '\n') out.append(indent + marker.size() + 1, ' ');
    }
    return out;
  }

  // The paragraph's runs as inline Markdown: emphasis from the effective
  // formatting, links, equations as $LaTeX$ in place of their linear text,
  // and note references at the end (the model keeps which notes a paragraph
  // references, not where).
  std::string inline_text(Index p, bool all_bold, std::string_view newline, bool in_table = false) {
    const model::Paragraph& para = doc_.paragraphs[p];
    std::string out;
    std::string link_text;
    Index open_link = kNone;
    Emphasis outside(out);
    Emphasis inside(link_text);
    bool line_start = true;
    std::string escaped;

    // Pictures stand at byte offsets of the paragraph's text (docs/images.md).
    const std::vector<Index>* images =
        p < images_by_paragraph_.size() && !images_by_paragraph_[p].empty() ? &images_by_paragraph_[p] : nullptr;
    std::size_t next_image = 0;
    auto write_images_before = [&](std::uint32_t offset) {
      while (images != nullptr && next_image < images->size() && doc_.images[(*images)[next_image]].offset <= offset) {
        (open_link == kNone ? outside : inside).write(image_markdown((*images)[next_image]), false, false);
        line_start = false;
        ++next_image;
      }
    };
    auto write_text = [&](std::string_view text, bool bold, bool italic) {
      escaped.clear();
      line_start = escape_into(escaped, text, newline, line_start);
      (open_link == kNone ? outside : inside).write(escaped, bold, italic);
    };

    auto close_link = [&] {
      if (open_link == kNone) return;
      inside.finish();
      const model::Hyperlink& h = doc_.hyperlinks[open_link];
      std::string target = h.url != kNone ? escape_url(doc_.string(h.url)) : std::string();
      if (h.anchor != kNone) target += "#" + escape_url(doc_.string(h.anchor));
      if (link_text.empty() || target.empty()) out += link_text;
      else out += "[" + link_text + "](" + target + ")";
      link_text.clear();
      open_link = kNone;
    };

    // A piece of run r's text standing at paragraph offset `at`: pictures
    // inside it split it (on a code point boundary).
    auto write_piece = [&](Index r, std::string_view text, std::uint32_t at) {
      const model::Run& run = doc_.runs[r];
      const model::EffectiveRunFormat eff = model::effective_run_format(doc_, r);
      if (run.hyperlink != open_link) {
        close_link();
        if (run.hyperlink != kNone) {
          outside.finish();
          open_link = run.hyperlink;
        }
      }
      const bool bold = eff.bold || all_bold;
      std::uint32_t done = 0;
      while (images != nullptr && next_image < images->size()) {
        std::uint32_t image_at = doc_.images[(*images)[next_image]].offset;
        if (image_at >= at + text.size()) break;
        auto cut = static_cast<std::uint32_t>(utf8_boundary_at_or_after(text, image_at > at ? image_at - at : 0));
        cut = std::max(cut, done);
        write_text(text.substr(done, cut - done), bold, eff.italic);
        done = cut;
        write_images_before(at + cut);
      }
      write_text(text.substr(done), bold, eff.italic);
    };

    // Equations replace their linear text: written where it starts, and the
    // text up to its end is skipped.
    Index next_eq = para.equations.first;
    std::uint32_t skip_until = 0;
    bool after_math = false;  // "$a$$b$" would read as display math: keep a space between
    auto write_equations_at = [&](std::uint32_t pos) {
      for (; next_eq < para.equations.end() && doc_.equations[next_eq].start <= pos; ++next_eq) {
        const model::Equation& eq = doc_.equations[next_eq];
        skip_until = std::max(skip_until, eq.end);
        std::string_view latex = doc_.string(eq.latex);
        if (latex.empty()) continue;
        std::string math = after_math ? " " : "";
        math += eq.display ? "$$" : "$";
        for (char c : latex) {
          if (c == '\n') c = ' ';
          if (c == '|' && in_table) math.push_back('\\');  // a bare pipe would end the table cell
          math.push_back(c);
        }
        math += eq.display ? "$$" : "$";
        (open_link == kNone ? outside : inside).write(math, false, false);
        line_start = false;
        after_math = true;
      }
    };

    for (Index r = para.runs.first; r < para.runs.end(); ++r) {
      const model::Run& run = doc_.runs[r];
      std::string_view text = doc_.text(run.text);
      const std::uint32_t local = run.text.offset - para.text.offset;
      write_images_before(local);
      if (text.empty()) continue;
      const std::uint32_t end = local + run.text.size;
      for (std::uint32_t pos = local;;) {
        write_equations_at(pos);
        pos = std::max(pos, skip_until);
        if (pos >= end) break;
        std::uint32_t stop = end;
        if (next_eq < para.equations.end()) stop = std::min(end, std::max(pos, doc_.equations[next_eq].start));
        write_images_before(pos);
        write_piece(r, text.substr(pos - local, stop - pos), pos);
        after_math = false;
        pos = stop;
      }
    }
    write_equations_at(0xFFFFFFFFu);
    write_images_before(0xFFFFFFFFu);
    close_link();
    outside.finish();
    for (Index i = para.note_refs.first; i < para.note_refs.end(); ++i) {
      out += "[^" + std::to_string(note_number(doc_.note_refs[i])) + "]";
    }
    return out;
  }

  // ![alt text](target): the exported file name, a linked picture's URL, or
  // nothing for a picture whose part is missing.
  std::string image_markdown(Index i) {
    const model::Image& image = doc_.images[i];
    std::string out = "![";
    escape_into(out, doc_.string(image.alt_text), " ", false);
    out += "](";
    if (i < image_names_.size() && !image_names_[i].empty()) {
      out += escape_url(options_.image_prefix + image_names_[i]);
    } else if (image.url != kNone) {
      out += escape_url(doc_.string(image.url));
    }
    out += ")";
    return out;
  }

  int note_number(const model::NoteRef& ref) {
    auto key = std::make_pair(static_cast<int>(ref.kind), std::string(doc_.string(ref.id)));
    auto it = note_numbers_.find(key);
    if (it != note_numbers_.end()) return it->second;
    int n = static_cast<int>(note_order_.size()) + 1;
    note_numbers_.emplace(key, n);
    note_order_.push_back(ref);
    return n;
  }

  // Cells hold every paragraph of the cell, nested tables flattened, joined
  // by <br>: a pipe table cell is one line.
  std::string cell_markdown(Index cell) {
    std::string out;
    for (Index p : model::paragraphs_in_order(doc_, doc_.cells[cell].blocks)) {
      std::string line;
      const model::ListLabel* label = doc_.list_label(p);
      if (label != nullptr && !doc_.string(label->label).empty()) {
        escape_into(line, doc_.string(label->label), "<br>", false);
        line.push_back(' ');
      }
      line += inline_text(p, false, "<br>", true);
      if (line.empty()) continue;
      if (!out.empty()) out += "<br>";
      out += line;
    }
    return out;
  }

  std::string render_table(Index t) {
    const model::Table& table = doc_.tables[t];
    std::vector<std::vector<std::string>> grid;
    std::size_t width = 0;
    std::map<Index, std::string> cache;  // a merged cell is rendered once, shown in every grid slot
    for (Index r = table.rows.first; r < table.rows.end(); ++r) {
      std::vector<std::string> row;
      for (Index c : model::row_grid_cells(doc_, r)) {
        if (c == kNone) {
          row.emplace_back();
          continue;
        }
        auto it = cache.find(c);
        if (it == cache.end()) it = cache.emplace(c, cell_markdown(c)).first;
        row.push_back(it->second);
      }
      width = std::max(width, row.size());
      grid.push_back(std::move(row));
    }
    if (grid.empty() || width == 0) return {};
    std::string out;
    auto write_row = [&](const std::vector<std::string>& row) {
      out += "|";
      for (std::size_t c = 0; c < width; ++c) {
        out += " ";
        if (c < row.size()) out += row[c];
        out += " |";
      }
      out += "\n";
    };
    write_row(grid[0]);
    out += "|";
    for (std::size_t c = 0; c < width; ++c) out += " --- |";
    out += "\n";
    for (std::size_t r = 1; r < grid.size(); ++r) write_row(grid[r]);
    out.pop_back();
    return out;
  }

  Index find_note(const model::NoteRef& ref) {
    if (notes_by_id_.empty()) {  // built once: documents may hold thousands of notes
      for (Index i = 0; i < doc_.notes.size(); ++i) {
        auto key = std::make_pair(static_cast<int>(doc_.notes[i].kind), std::string(doc_.string(doc_.notes[i].id)));
        notes_by_id_.emplace(std::move(key), i);
      }
    }
    auto it = notes_by_id_.find(std::make_pair(static_cast<int>(ref.kind), std::string(doc_.string(ref.id))));
    return it == notes_by_id_.end() ? kNone : it->second;
  }

  void append_note_definitions(std::vector<Block>& blocks) {
    // Notes may reference notes; each definition is rendered once, in order.
    for (std::size_t i = 0; i < note_order_.size(); ++i) {
      const model::NoteRef ref = note_order_[i];
      const int n = static_cast<int>(i) + 1;
      Index note = find_note(ref);
      std::vector<Block> inner;
      if (note != kNone) append_blocks(inner, doc_.stories[doc_.notes[note].story].blocks, kMaxQuoteDepth);
      std::string body = join(inner);
      while (!body.empty() && body.back() == '\n') body.pop_back();
      std::string text = "[^" + std::to_string(n) + "]: ";
      for (char c : body) {
        text.push_back(c);
        if (c == '\n') text += "    ";  // later paragraphs belong to the definition
      }
      blocks.push_back({std::move(text)});
    }
  }

  const model::Document& doc_;
  MarkdownOptions options_;
  std::vector<ListEntry> list_stack_;
  std::map<std::pair<int, std::string>, int> note_numbers_;
  std::vector<model::NoteRef> note_order_;
  std::map<std::pair<int, std::string>, Index> notes_by_id_;
  std::vector<std::vector<Index>> images_by_paragraph_;
  std::vector<std::string> image_names_;
};

}  // namespace

std::string to_markdown(const model::Document& doc, const MarkdownOptions& options) {
  return MarkdownWriter(doc, options).render();
}

}  // namespace docxsift::render
