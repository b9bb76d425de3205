#include <algorithm>

#include "docxsift/errors.hpp"
#include "docxsift/utf8.hpp"
#include "model/detail_builder.hpp"

namespace docxsift::model {

std::size_t RunPropsHash::operator()(const RunProps& p) const noexcept {
  std::size_t h = 1469598103934665603ull;
  auto mix = [&h](std::size_t v) { h = (h ^ v) * 1099511628211ull; };
  auto tri = [](Tri t) { return static_cast<std::size_t>(static_cast<int>(t) + 1); };
  mix(tri(p.bold) + 3 * tri(p.italic) + 9 * tri(p.underline) + 27 * tri(p.strike) + 81 * tri(p.hidden));
  mix(static_cast<std::size_t>(p.size_half_points));
  mix(p.style);
  mix(p.font_ascii);
  mix(p.font_east_asia);
  mix(p.color);
  return h;
}

Builder::Builder(const Limits& limits) : doc_(std::make_shared<Document>()), limits_(limits), slots_(64) {
  props_.emplace(RunProps{}, 0);
}

std::string_view Builder::key_of(std::uint32_t ref) const {
  const Index index = (ref & ~kRepaired) - 1;
  if (ref & kRepaired) return repaired_.at(index);
  return doc_->strings[index];
}

Index Builder::intern(std::string_view s) {
  const auto hash = static_cast<std::uint32_t>(string_hash(s));
  const std::size_t mask = slots_.size() - 1;
  std::size_t at = hash & mask;
  for (; slots_[at].ref != 0; at = (at + 1) & mask) {
    if (slots_[at].hash == hash && key_of(slots_[at].ref) == s) return (slots_[at].ref & ~kRepaired) - 1;
  }
  if (doc_->strings.size() >= kRepaired - 1) {
    throw LimitError("max_xml_nodes", "document has over 2^31 distinct names and values");
  }
  const auto index = static_cast<Index>(doc_->strings.size());
  std::string& stored = doc_->strings.emplace_back();
  append_valid_utf8(stored, s);
  std::uint32_t ref = index + 1;
  if (stored != s) {
    repaired_.emplace(index, std::string(s));
    ref |= kRepaired;
  }
  slots_[at] = Slot{hash, ref};
  if (2 * doc_->strings.size() > slots_.size()) grow_slots();
  return index;
}

void Builder::grow_slots() {
  std::vector<Slot> old(slots_.size() * 2);
  old.swap(slots_);
  const std::size_t mask = slots_.size() - 1;
  for (const Slot& slot : old) {
    if (slot.ref == 0) continue;
    std::size_t at = slot.hash & mask;
    while (slots_[at].ref != 0) at = (at + 1) & mask;
    slots_[at] = slot;
  }
}

std::vector<std::string> Builder::take_interned_keys() {
  std::vector<std::string> keys = std::move(doc_->strings);
  for (auto& [index, key] : repaired_) keys[index] = std::move(key);
  doc_->strings.clear();
  repaired_.clear();
  std::fill(slots_.begin(), slots_.end(), Slot{});
  return keys;
}

std::size_t ParagraphFormatHash::operator()(const ParagraphFormat& f) const noexcept {
  std::size_t h = 1469598103934665603ull;
  auto mix = [&h](std::int64_t v) { h = (h ^ static_cast<std::size_t>(v)) * 1099511628211ull; };
  auto tri = [](Tri t) { return static_cast<int>(t) + 1; };
  for (std::int32_t v : {f.left_indent, f.right_indent, f.first_line_indent, f.space_before, f.space_after, f.line})
    mix(v);
  mix(static_cast<int>(f.line_rule) + 5 * tri(f.keep_together) + 15 * tri(f.keep_with_next) +
      45 * tri(f.page_break_before) + 135 * tri(f.widow_control));
  return h;
}

Index Builder::intern_paragraph_format(const ParagraphFormat& format) {
  if (format == ParagraphFormat{}) return 0;  // row 0, the empty set: most paragraphs
  auto [it, inserted] = paragraph_formats_.try_emplace(format, 0);
  if (inserted) {
    it->second = static_cast<Index>(doc_->paragraph_formats.size());
    doc_->paragraph_formats.push_back(format);
  }
  return it->second;
}

Index Builder::intern_props(const RunProps& props) {
  auto [it, inserted] = props_.try_emplace(props, 0);
  if (inserted) {
    it->second = static_cast<Index>(doc_->run_props.size());
    doc_->run_props.push_back(props);
  }
  return it->second;
}

TextRef Builder::append_text(std::string_view utf8) {
  std::string& arena = doc_->arena;
  auto offset = arena.size();
  if (offset + utf8.size() > limits_.max_text_size) {
    throw LimitError("max_text_size", "document text exceeds max_text_size=" + std::to_string(limits_.max_text_size) +
                                          " bytes (raise it with docxsift.Limits(max_text_size=...))");
  }
  append_valid_utf8(arena, utf8);
  return {static_cast<std::uint32_t>(offset), static_cast<std::uint32_t>(arena.size() - offset)};
}

void append_valid_utf8(std::string& out, std::string_view in) {
  static constexpr std::string_view kReplacement = "\xEF\xBF\xBD";
  const auto* s = reinterpret_cast<const unsigned char*>(in.data());
  std::size_t n = in.size();
  std::size_t i = 0;
  std::size_t clean_start = 0;
  auto flush = [&](std::size_t end) { out.append(in.data() + clean_start, end - clean_start); };
  while (i < n) {
    unsigned char c = s[i];
    if (c >= 0x01 && c < 0x80) {
      ++i;
      continue;
    }
    // Fast path for the 3-byte sequences of CJK text: with a lead byte E1-EC or
    // EE-EF and two continuation bytes the sequence cannot be overlong or a
    // surrogate (those need E0 or ED), so it is valid without decoding.
    if (((c >= 0xE1 && c <= 0xEC) || c >= 0xEE) && c <= 0xEF && i + 2 < n && (s[i + 1] & 0xC0u) == 0x80u &&
        (s[i + 2] & 0xC0u) == 0x80u) {
      i += 3;
      continue;
    }
    if (c == 0) {
      flush(i);
      clean_start = ++i;
      continue;
    }
    // Everything else by the one decoder's policy (docxsift/utf8.hpp): an
    // ill-formed sequence becomes one U+FFFD for its bytes.
    Utf8CodePoint cp = decode_utf8(in, i);
    if (cp.valid) {
      i += cp.size;
      continue;
    }
    flush(i);
    out.append(kReplacement);
    i += cp.size;
    clean_start = i;
  }
  flush(n);
}

}  // namespace docxsift::model
