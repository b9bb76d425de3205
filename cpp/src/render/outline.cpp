// The heading tree. Hand-written scanning over UTF-8: the markers
// are a handful of fixed code points, so a regex engine would only add cost.
// Rules and their reasons: docs/outline.md.
#include "docxsift/outline.hpp"

#include <algorithm>
#include <array>

#include "docxsift/queries.hpp"
#include "docxsift/utf8.hpp"

namespace docxsift::text {
namespace {

using model::Index;

// Code points of the arena, which is valid UTF-8 (docxsift/utf8.hpp).
using CodePoint = Utf8CodePoint;
CodePoint decode(std::string_view s, std::size_t at) { return decode_utf8(s, at); }

// The spaces the outline skips around heading markers: the ones people type
// in headings (ASCII, ideographic, no-break, en and em), fewer than
// docxsift::is_space on purpose (no line breaks, no zero-width spaces), so a
// marker is recognised exactly as before the decoders were merged.
bool is_marker_space(char32_t c) {
  return c == U' ' || c == U'\t' || c == U'\u3000' || c == U'\u00A0' || c == U'\u2002' || c == U'\u2003';
}

std::size_t skip_space(std::string_view s, std::size_t at) {
  while (at < s.size()) {
    CodePoint cp = decode(s, at);
    if (!is_marker_space(cp.value)) break;
    at += cp.size;
  }
  return at;
}

// 一..九 → 1..9, 十 → 10, else 0.
int chinese_digit(char32_t c) {
  static constexpr std::array<char32_t, 9> kDigits{U'一', U'二', U'三', U'四', U'五', U'六', U'七', U'八', U'九'};
  if (c == U'十') return 10;
  for (std::size_t i = 0; i < kDigits.size(); ++i) {
    if (kDigits[i] == c) return static_cast<int>(i) + 1;
  }
  return 0;
}

// A Chinese numeral 1-99 written the way counting writes it: 三, 十, 十二,
// 二十, 二十三. Returns the value and advances `at`; 0 when there is none.
int read_chinese_number(std::string_view s, std::size_t& at) {
  std::array<int, 3> digits{};
  std::size_t count = 0;
  std::size_t pos = at;
  while (pos < s.size() && count < digits.size()) {
    CodePoint cp = decode(s, pos);
    int d = chinese_digit(cp.value);
    if (d == 0) break;
    digits[count++] = d;
    pos += cp.size;
  }
  if (pos < s.size() && count == digits.size() && chinese_digit(decode(s, pos).value) != 0) return 0;
  int value = 0;
  if (count == 1) {
    value = digits[0];  // 一..九, 十
  } else if (count == 2) {
    if (digits[0] == 10 && digits[1] < 10) value = 10 + digits[1];                        // 十二
    else if (digits[0] < 10 && digits[0] > 1 && digits[1] == 10) value = digits[0] * 10;  // 二十
  } else if (count == 3) {
    if (digits[0] > 1 && digits[0] < 10 && digits[1] == 10 && digits[2] < 10) value = digits[0] * 10 + digits[2];
  }
  if (value != 0) at = pos;
  return value;
}

// 1-3 Arabic digits, ASCII or full-width (０-９). 0 when there is none.
int read_arabic_number(std::string_view s, std::size_t& at) {
  int value = 0;
  int count = 0;
  std::size_t pos = at;
  while (pos < s.size()) {
    CodePoint cp = decode(s, pos);
    int d = -1;
    if (cp.value >= U'0' && cp.value <= U'9') d = static_cast<int>(cp.value - U'0');
    else if (cp.value >= U'０' && cp.value <= U'９') d = static_cast<int>(cp.value - U'０');
    if (d < 0) break;
    if (++count > 3) return 0;
    value = value * 10 + d;
    pos += cp.size;
  }
  if (count == 0 || value == 0) return 0;
  at = pos;
  return value;
}

bool is_arabic_digit(char32_t c) { return (c >= U'0' && c <= U'9') || (c >= U'０' && c <= U'９'); }

// Consumes `c` at `at` when it is one of `options`.
template <std::size_t N>
bool accept(std::string_view s, std::size_t& at, const std::array<char32_t, N>& options) {
  if (at >= s.size()) return false;
  CodePoint cp = decode(s, at);
  if (std::find(options.begin(), options.end(), cp.value) == options.end()) return false;
  at += cp.size;
  return true;
}

constexpr std::array<char32_t, 2> kOpen{U'（', U'('};
constexpr std::array<char32_t, 2> kClose{U'）', U')'};

std::size_t code_points(std::string_view s) {
  std::size_t n = 0;
  for (std::size_t at = 0; at < s.size(); at += decode(s, at).size) ++n;
  return n;
}

std::string_view trim(std::string_view s) {
  std::size_t begin = skip_space(s, 0);
  std::size_t end = s.size();
  // Trailing white space: step back over whole code points.
  while (end > begin) {
    std::size_t start = utf8_char_start(s, end - 1, begin);
    if (!is_marker_space(decode(s, start).value) && s[start] != '\n' && s[start] != '\r') break;
    end = start;
  }
  return s.substr(begin, end - begin);
}

// The last code point of `s` (non-empty) and where it starts.
std::pair<char32_t, std::size_t> last_code_point(std::string_view s) {
  std::size_t start = utf8_char_start(s, s.size() - 1);
  return {decode(s, start).value, start};
}

bool is_sentence_end(char32_t c) { return c == U'。' || c == U'！' || c == U'？' || c == U'!' || c == U'?'; }
bool is_clause_end(char32_t c) { return c == U'：' || c == U'；' || c == U':' || c == U';'; }
bool is_continuation(char32_t c) { return c == U'，' || c == U'、' || c == U','; }

// A list label that is a heading label: a 公文 marker (its rank), or a
// dotted decimal of two or more parts, "1.2" / "1.2.3." (its part count).
std::optional<int> label_rank(std::string_view label) {
  std::string_view l = trim(label);
  if (auto m = parse_marker(l); m && trim(l.substr(m->end)).empty()) return m->rank;
  int parts = 0;
  std::size_t at = 0;
  while (at < l.size()) {
    if (read_arabic_number(l, at) == 0) return std::nullopt;
    ++parts;
    if (at == l.size()) break;
    if (l[at] != '.') return std::nullopt;
    ++at;
  }
  if (parts >= 2 && parts <= 9) return parts;
  return std::nullopt;
}

struct Candidate {
  int raw_level = 0;
  std::string label;
  std::string title;
  Index paragraph = model::kNone;
  OutlineSource source = OutlineSource::Style;
  bool needs_parent = false;  // Arabic-numeral markers: headings only under an earlier heading
};

std::optional<Candidate> classify(const model::Document& doc, Index p, bool in_body_flow) {
  const model::Paragraph& row = doc.paragraphs[p];
  std::string_view text = doc.text(row.text);
  const model::ListLabel* list = doc.list_label(p);
  std::string_view list_label = list ? doc.string(list->label) : std::string_view{};

  if (int level = model::heading_level(doc, p); level > 0) {
    Candidate c{level, std::string(trim(list_label)), {}, p, OutlineSource::Style, false};
    std::string_view rest = text;
    if (!list) {
      if (auto m = parse_marker(text)) {
        c.label = std::string(trim(text.substr(m->begin, m->end - m->begin)));
        rest = text.substr(m->end);
      }
    }
    c.title = std::string(trim(rest));
    if (c.title.empty() && c.label.empty()) return std::nullopt;  // an empty heading paragraph
    return c;
  }
  // Tables and text boxes hold serial numbers and callouts, not the document's structure.
  if (!in_body_flow) return std::nullopt;
  if (list) {
    std::optional<int> rank = label_rank(list_label);
    if (!rank) return std::nullopt;
    std::optional<std::string> title = heading_title(text);
    if (!title) return std::nullopt;
    bool arabic = parse_marker(trim(list_label)).has_value() && *rank >= 3;
    return Candidate{*rank, std::string(trim(list_label)), std::move(*title), p, OutlineSource::Numbering, arabic};
  }
  std::optional<Marker> m = parse_marker(text);
  if (!m) return std::nullopt;
  std::optional<std::string> title = heading_title(text.substr(m->end));
  if (!title) return std::nullopt;
  return Candidate{m->rank,
                   std::string(trim(text.substr(m->begin, m->end - m->begin))),
                   std::move(*title),
                   p,
                   OutlineSource::Text,
                   m->rank >= 3};
}

}  // namespace

std::string_view to_string(OutlineSource source) {
  switch (source) {
    case OutlineSource::Style: return "style";
    case OutlineSource::Numbering: return "numbering";
    case OutlineSource::Text: return "text";
  }
  return "style";
}

std::optional<Marker> parse_marker(std::string_view text) {
  Marker m;
  m.begin = skip_space(text, 0);
  std::size_t at = m.begin;
  if (at >= text.size()) return std::nullopt;

  static constexpr std::array<char32_t, 1> kDunhao{U'、'};
  static constexpr std::array<char32_t, 3> kArabicEnd{U'.', U'．', U'、'};

  if (std::size_t pos = at; accept(text, pos, kOpen)) {
    // （一） → 2, （1） → 4.
    if (int v = read_chinese_number(text, pos); v != 0 && accept(text, pos, kClose)) {
      m.rank = 2;
      m.value = v;
    } else if (v = read_arabic_number(text, pos); v != 0 && accept(text, pos, kClose)) {
      m.rank = 4;
      m.value = v;
    } else {
      return std::nullopt;
    }
    m.end = skip_space(text, pos);
    return m;
  }
  std::size_t pos = at;
  if (int v = read_chinese_number(text, pos); v != 0) {
    if (!accept(text, pos, kDunhao)) return std::nullopt;
    m.rank = 1;
    m.value = v;
    m.end = skip_space(text, pos);
    return m;
  }
  if (int v = read_arabic_number(text, pos); v != 0) {
    if (!accept(text, pos, kArabicEnd)) return std::nullopt;
    // "1.5亿" and "1.1" are numbers, not markers.
    if (pos < text.size() && is_arabic_digit(decode(text, pos).value)) return std::nullopt;
    m.rank = 3;
    m.value = v;
    m.end = skip_space(text, pos);
    return m;
  }
  return std::nullopt;
}

std::optional<std::string> heading_title(std::string_view rest) {
  std::string_view t = trim(rest);
  if (t.empty()) return std::nullopt;
  std::size_t cut = t.size();
  bool sentence_end = false;
  for (std::size_t at = 0; at < t.size();) {
    CodePoint cp = decode(t, at);
    if (is_sentence_end(cp.value) || cp.value == U'\n') {
      cut = at;
      sentence_end = true;
      break;
    }
    at += cp.size;
  }
  std::string_view title = trim(t.substr(0, cut));
  if (title.empty()) return std::nullopt;
  auto [last, start] = last_code_point(title);
  if (!sentence_end && is_continuation(last)) return std::nullopt;
  if (is_clause_end(last)) title = trim(title.substr(0, start));
  if (title.empty() || code_points(title) > kMaxTitleChars) return std::nullopt;
  // Two commas make a sentence (or a bibliography entry), not a heading.
  int commas = 0;
  for (std::size_t at = 0; at < title.size();) {
    CodePoint cp = decode(title, at);
    if (cp.value == U'，' || cp.value == U',') ++commas;
    at += cp.size;
  }
  if (commas >= 2) return std::nullopt;
  return std::string(title);
}

std::vector<OutlineEntry> outline(const model::Document& doc) {
  std::vector<OutlineEntry> out;
  if (doc.body == model::kNone) return out;
  std::vector<Candidate> found;
  for (Index p : model::paragraphs_in_order(doc, doc.stories[doc.body].blocks)) {
    bool in_table = p < doc.paragraph_tables.size() && doc.paragraph_tables[p] != model::kNone;
    bool in_body_flow = !in_table && !doc.paragraphs[p].in_text_box;
    std::optional<Candidate> c = classify(doc, p, in_body_flow);
    if (!c) continue;
    if (c->needs_parent && found.empty()) continue;
    found.push_back(std::move(*c));
  }
  // Style headings without a 公文 label (Heading 1 "Introduction", "第1章")
  // are the top of the tree: 公文 markers found in text or numbering nest
  // below the deepest of them. Once a style heading is labelled with a 公文
  // marker (Heading 1 "一、总体要求"), the styles follow the 公文 scheme and
  // levels align as they are.
  int style_depth = 0;
  bool styles_labelled = false;  // some style heading's label is a 公文 marker
  for (const Candidate& c : found) {
    if (c.source != OutlineSource::Style) continue;
    style_depth = std::max(style_depth, c.raw_level);
    std::optional<Marker> m = parse_marker(c.label);
    styles_labelled = styles_labelled || (m && m->end == c.label.size());
  }
  if (!styles_labelled) {
    for (Candidate& c : found) {
      if (c.source != OutlineSource::Style) c.raw_level += style_depth;
    }
  }
  // Levels: a heading's parent is the nearest heading before it with a smaller
  // raw level, and its level is one more than its parent's (1 without one).
  // So a document whose headings start at （一） or Heading 2 starts at level
  // 1, siblings share a level, and the tree has no gaps.
  struct Open {
    int raw_level;
    int level;
  };
  std::vector<Open> open;
  out.reserve(found.size());
  for (Candidate& c : found) {
    while (!open.empty() && open.back().raw_level >= c.raw_level) open.pop_back();
    int level = std::min(open.empty() ? 1 : open.back().level + 1, 9);
    open.push_back({c.raw_level, level});
    out.push_back(OutlineEntry{level, std::move(c.label), std::move(c.title), c.paragraph, c.source});
  }
  return out;
}

}  // namespace docxsift::text
