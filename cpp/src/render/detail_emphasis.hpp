// Bold and italic as CommonMark emphasis, for to_markdown (render/markdown.cpp).
// Moved out of the Markdown writer as it was: the writer feeds it runs, it
// decides where "*", "**", <em> and <strong> go.
#pragma once

#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "docxsift/utf8.hpp"

namespace docxsift::render::detail {

inline bool is_ascii_alnum(char c) {
  return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
}

// The first code point of UTF-8 text and its length in bytes.
inline std::pair<std::uint32_t, std::size_t> first_code_point(std::string_view s) {
  Utf8CodePoint cp = decode_utf8(s, 0);
  return {cp.value, cp.size};
}

// Emphasis as a stack of open spans ('b' bold, 'i' italic): a change of
// formatting closes only what ends and opens only what starts, so
// "*it**both***" rather than the ambiguous "*it****both***". Markers hug
// the words: closing ones go before trailing blanks, opening ones wait for
// the first non-blank character ("** x**" is not emphasis in CommonMark).
// Output is buffered as pieces so that each span can check CommonMark's
// flanking rules on both ends; a span whose "*" markers would not parse
// (e.g. "(a)" right before a letter) is written as <em>/<strong> instead.
class Emphasis {
 public:
  explicit Emphasis(std::string& out) : out_(out) {}

  void write(std::string_view text, bool bold, bool italic) {
    while (has('b') && !bold) close_top();
    while (has('i') && !italic) close_top();
    std::string wanted;
    if (bold && !has('b')) wanted.push_back('b');
    if (italic && !has('i')) wanted.push_back('i');
    std::size_t blank = leading_blank(text);
    append_text(text.substr(0, blank));
    text.remove_prefix(blank);
    if (text.empty()) return;
    for (char m : wanted) {
      pieces_.push_back({{}, m, true, spans_});
      open_.push_back({m, spans_++});
    }
    append_text(text);
  }

  // Closes every span and writes the pieces to the output.
  void finish() {
    while (!open_.empty()) close_top();
    std::vector<bool> markdown_ok(static_cast<std::size_t>(spans_), true);
    bool both_flanking = false, has_bold = false, has_italic = false;
    for (std::size_t i = 0; i < pieces_.size(); ++i) {
      const Piece& piece = pieces_[i];
      if (piece.marker == 0) continue;
      CharClass before = i == 0 ? CharClass::Blank : last_class(pieces_[i - 1]);
      CharClass after = i + 1 == pieces_.size() ? CharClass::Blank : first_class(pieces_[i + 1]);
      // CommonMark: an opener followed by punctuation needs blank or punctuation
      // before it; a closer preceded by punctuation needs it after.
      const bool left = after != CharClass::Blank && (after != CharClass::Punct || before != CharClass::Other);
      const bool right = before != CharClass::Blank && (before != CharClass::Punct || after != CharClass::Other);
      if (!(piece.open ? left : right)) markdown_ok[static_cast<std::size_t>(piece.span)] = false;
      both_flanking = both_flanking || (left && right);
      (piece.marker == 'b' ? has_bold : has_italic) = true;
      // "**" closing right before "*" opening would read as one run "***".
      if (!piece.open && i + 1 < pieces_.size() && pieces_[i + 1].marker != 0 && pieces_[i + 1].open) {
        markdown_ok[static_cast<std::size_t>(pieces_[i + 1].span)] = false;
      }
    }
    // Intraword markers ("粗**体**字") can both open and close; mixed with
    // "*" runs, CommonMark's rule of three then pairs them differently, so
    // italic falls back to <em> there and "**" pairs stay unambiguous.
    if (both_flanking && has_bold && has_italic) {
      for (const Piece& piece : pieces_) {
        if (piece.marker == 'i') markdown_ok[static_cast<std::size_t>(piece.span)] = false;
      }
    }
    for (const Piece& piece : pieces_) {
      if (piece.marker == 0) {
        out_ += piece.text;
      } else if (markdown_ok[static_cast<std::size_t>(piece.span)]) {
        out_ += piece.marker == 'b' ? "**" : "*";
      } else {
        const char* tag = piece.marker == 'b' ? "strong>" : "em>";
        out_ += piece.open ? "<" : "</";
        out_ += tag;
      }
    }
    pieces_.clear();
    spans_ = 0;
  }

 private:
  struct Piece {
    std::string text;  // text, when marker == 0
    char marker = 0;   // 'b' or 'i'
    bool open = false;
    int span = -1;
  };
  struct Open {
    char marker;
    int span;
  };
  enum class CharClass { Blank, Punct, Other };

  bool has(char m) const {
    for (const Open& o : open_)
      if (o.marker == m) return true;
    return false;
  }

  void append_text(std::string_view t) {
    if (t.empty()) return;
    if (pieces_.empty() || pieces_.back().marker != 0) pieces_.push_back({});
    pieces_.back().text.append(t);
  }

  void close_top() {
    // Before the trailing blanks of the last text piece.
    Piece close{{}, open_.back().marker, false, open_.back().span};
    open_.pop_back();
    if (!pieces_.empty() && pieces_.back().marker == 0) {
      std::string& text = pieces_.back().text;
      std::size_t cut = trailing_blank_start(text);
      if (cut < text.size()) {
        std::string tail = text.substr(cut);
        text.resize(cut);
        if (text.empty()) pieces_.pop_back();
        pieces_.push_back(std::move(close));
        pieces_.push_back({tail, 0, false, -1});
        return;
      }
    }
    pieces_.push_back(std::move(close));
  }

  static CharClass classify(std::uint32_t cp) {
    if (cp == ' ' || cp == '\t' || cp == '\n' || cp == 0xA0 || cp == 0x1680 || (cp >= 0x2000 && cp <= 0x200A) ||
        cp == 0x202F || cp == 0x205F || cp == 0x3000) {
      return CharClass::Blank;
    }
    if (cp < 0x80) return is_ascii_alnum(static_cast<char>(cp)) || cp < 0x20 ? CharClass::Other : CharClass::Punct;
    // Unicode punctuation and symbols that CJK and European text use.
    if ((cp >= 0xA1 && cp <= 0xBF) || cp == 0xD7 || cp == 0xF7 || (cp >= 0x2010 && cp <= 0x2E7F) ||
        (cp >= 0x3001 && cp <= 0x303F) || (cp >= 0xFE10 && cp <= 0xFE6F) || (cp >= 0xFF01 && cp <= 0xFF0F) ||
        (cp >= 0xFF1A && cp <= 0xFF20) || (cp >= 0xFF3B && cp <= 0xFF40) || (cp >= 0xFF5B && cp <= 0xFF65)) {
      return CharClass::Punct;
    }
    return CharClass::Other;
  }
  // A marker piece next to a marker is punctuation either way (* or <em>).
  static CharClass first_class(const Piece& p) {
    if (p.marker != 0 || p.text.empty()) return CharClass::Punct;
    return classify(first_code_point(p.text).first);
  }
  static CharClass last_class(const Piece& p) {
    if (p.marker != 0 || p.text.empty()) return CharClass::Punct;
    std::size_t i = utf8_char_start(p.text, p.text.size() - 1);
    return classify(first_code_point(std::string_view(p.text).substr(i)).first);
  }

  static std::size_t blank_at(std::string_view t, std::size_t i) {
    if (i >= t.size()) return 0;
    if (t[i] == ' ' || t[i] == '\t' || t[i] == '\n') return 1;
    if (t[i] == '\\' && i + 1 < t.size() && t[i + 1] == '\n') return 2;
    if (static_cast<unsigned char>(t[i]) >= 0x80) {
      auto [cp, n] = first_code_point(t.substr(i));
      if (cp > 0x7F && classify(cp) == CharClass::Blank) return n;
    }
    return 0;
  }
  static std::size_t leading_blank(std::string_view t) {
    std::size_t i = 0;
    while (std::size_t n = blank_at(t, i)) i += n;
    return i;
  }
  static std::size_t trailing_blank_start(std::string_view t) {
    // Scan forward: blanks are recognised from their first byte.
    std::size_t start = t.size(), i = 0;
    while (i < t.size()) {
      std::size_t n = blank_at(t, i);
      if (n > 0) {
        if (start == t.size()) start = i;
        i += n;
      } else {
        start = t.size();
        ++i;
      }
    }
    return start;
  }

  std::string& out_;
  std::vector<Piece> pieces_;
  std::vector<Open> open_;
  int spans_ = 0;
};

}  // namespace docxsift::render::detail
