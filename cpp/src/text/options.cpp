// Presets, keyword parsing and the Python spelling of NormalizerOptions.
#include <algorithm>
#include <array>
#include <stdexcept>
#include <string>
#include <utility>

#include "docxsift/text.hpp"

namespace docxsift::text {
namespace {

std::string lower_ascii(std::string_view s) {
  std::string out(s);
  std::transform(out.begin(), out.end(), out.begin(),
                 [](char c) { return c >= 'A' && c <= 'Z' ? static_cast<char>(c - 'A' + 'a') : c; });
  return out;
}

template <typename E, std::size_t N>
E parse(const char* keyword, const std::string& value, const std::array<E, N>& allowed) {
  std::string choices;
  for (E e : allowed) {
    if (name_of(e) == value) return e;
    choices += (choices.empty() ? "'" : ", '") + std::string(name_of(e)) + "'";
  }
  throw std::invalid_argument(std::string(keyword) + " must be one of " + choices + ", not '" + value + "'");
}

std::string quoted(std::string_view s) { return "'" + std::string(s) + "'"; }
const char* py_bool(bool b) { return b ? "True" : "False"; }

}  // namespace

std::string_view name_of(Form value) { return value == Form::Nfc ? "nfc" : "nfkc"; }
std::string_view name_of(Width value) { return value == Width::Fold ? "fold" : "keep"; }
std::string_view name_of(Whitespace value) { return value == Whitespace::Collapse ? "collapse" : "keep"; }
std::string_view name_of(ZeroWidth value) { return value == ZeroWidth::Remove ? "remove" : "keep"; }
std::string_view name_of(Quotes value) {
  switch (value) {
    case Quotes::Ascii: return "ascii";
    case Quotes::Cjk: return "cjk";
    case Quotes::Keep: break;
  }
  return "keep";
}
std::string_view name_of(Punctuation value) {
  switch (value) {
    case Punctuation::Ascii: return "ascii";
    case Punctuation::Cjk: return "cjk";
    case Punctuation::Keep: break;
  }
  return "keep";
}

NormalizerOptions NormalizerOptions::from_preset(std::string_view preset) {
  const std::string name = lower_ascii(preset);
  NormalizerOptions o;  // the defaults are the cjk preset
  if (name == "cjk") return o;
  if (name != "nfc" && name != "nfkc") {
    throw std::invalid_argument("preset must be one of 'nfc', 'nfkc', 'cjk', not '" + std::string(preset) + "'");
  }
  o.preset = name;
  o.form = name == "nfc" ? Form::Nfc : Form::Nfkc;
  o.width = Width::Keep;
  o.whitespace = Whitespace::Keep;
  o.strip_controls = false;
  o.zero_width = ZeroWidth::Keep;
  return o;
}

std::string NormalizerOptions::to_string() const {
  return "preset=" + quoted(preset) + ", t2s=" + py_bool(t2s) + ", width=" + quoted(name_of(width)) +
         ", whitespace=" + quoted(name_of(whitespace)) + ", strip_controls=" + py_bool(strip_controls) +
         ", zero_width=" + quoted(name_of(zero_width)) + ", quotes=" + quoted(name_of(quotes)) +
         ", punctuation=" + quoted(name_of(punctuation)) + ", lowercase=" + py_bool(lowercase);
}

NormalizerOptions resolve_options(std::string_view preset, const OptionOverrides& overrides) {
  NormalizerOptions o = NormalizerOptions::from_preset(preset);
  o.t2s = overrides.t2s;
  if (overrides.width) {
    o.width = parse("width", *overrides.width, std::array{Width::Fold, Width::Keep});
  }
  if (overrides.whitespace) {
    o.whitespace = parse("whitespace", *overrides.whitespace, std::array{Whitespace::Collapse, Whitespace::Keep});
  }
  if (overrides.strip_controls) o.strip_controls = *overrides.strip_controls;
  if (overrides.zero_width) {
    o.zero_width = parse("zero_width", *overrides.zero_width, std::array{ZeroWidth::Remove, ZeroWidth::Keep});
  }
  if (overrides.quotes) {
    o.quotes = parse("quotes", *overrides.quotes, std::array{Quotes::Keep, Quotes::Ascii, Quotes::Cjk});
  }
  if (overrides.punctuation) {
    o.punctuation = parse("punctuation", *overrides.punctuation,
                          std::array{Punctuation::Keep, Punctuation::Cjk, Punctuation::Ascii});
  }
  if (overrides.lowercase) o.lowercase = *overrides.lowercase;
  return o;
}

}  // namespace docxsift::text
