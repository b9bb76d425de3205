// normalize, Normalizer, sentences, words: arguments are converted with the
// GIL held, the ICU work runs with it released, results are built after.
#include <optional>
#include <string>
#include <vector>

#include "bindings.hpp"
#include "docxsift/text.hpp"
#include "docxsift/utf8.hpp"

namespace docxsift::bindings {
namespace {

// The UTF-8 of a Python str, borrowed where Python already has it. A str may
// hold lone surrogates (from "surrogateescape" decoding, JSON, slicing an
// astral character in UTF-16 land) that UTF-8 cannot encode: each becomes
// U+FFFD, as invalid UTF-8 does in the core. Not movable: view_ may point
// into fixed_.
class Utf8Arg {
 public:
  explicit Utf8Arg(const py::handle& text) {
    PyObject* o = text.ptr();
    if (!PyUnicode_Check(o)) {
      throw py::type_error(std::string("text must be str, not ") + Py_TYPE(o)->tp_name);
    }
    if (PyUnicode_IS_ASCII(o)) {
      // Compact ASCII strings are their own UTF-8: no copy.
      Py_ssize_t size = 0;
      const char* data = PyUnicode_AsUTF8AndSize(o, &size);
      if (data == nullptr) throw py::error_already_set();
      view_ = {data, static_cast<std::size_t>(size)};
      return;
    }
    // A temporary bytes object, not PyUnicode_AsUTF8's cache, which would
    // keep a UTF-8 copy of a large str alive as long as the str.
    PyObject* bytes = PyUnicode_AsUTF8String(o);
    if (bytes != nullptr) {
      owner_ = py::reinterpret_steal<py::object>(bytes);
      view_ = {PyBytes_AS_STRING(bytes), static_cast<std::size_t>(PyBytes_GET_SIZE(bytes))};
      return;
    }
    if (!PyErr_ExceptionMatches(PyExc_UnicodeEncodeError)) throw py::error_already_set();
    PyErr_Clear();
    fixed_ = replace_surrogates(o);
    view_ = fixed_;
    exact_ = false;
  }
  Utf8Arg(const Utf8Arg&) = delete;
  Utf8Arg& operator=(const Utf8Arg&) = delete;

  std::string_view view() const { return view_; }
  // Whether view() is exactly the str (no surrogate was replaced).
  bool exact() const { return exact_; }

 private:
  static std::string replace_surrogates(PyObject* o) {
    const int kind = PyUnicode_KIND(o);
    const void* data = PyUnicode_DATA(o);
    const Py_ssize_t n = PyUnicode_GET_LENGTH(o);
    std::string out;
    out.reserve(static_cast<std::size_t>(n) * 3);
    for (Py_ssize_t i = 0; i < n; ++i) {
      Py_UCS4 c = PyUnicode_READ(kind, data, i);
      if (c >= 0xD800 && c <= 0xDFFF) c = 0xFFFD;
      append_utf8(out, c);
    }
    return out;
  }

  py::object owner_;
  std::string fixed_;
  std::string_view view_;
  bool exact_ = true;
};

using OptStr = std::optional<std::string>;
using OptBool = std::optional<bool>;

text::Normalizer make_normalizer_py(const std::string& preset, bool t2s, const OptStr& width, const OptStr& whitespace,
                                    OptBool strip_controls, const OptStr& zero_width, const OptStr& quotes,
                                    const OptStr& punctuation, OptBool lowercase) {
  text::OptionOverrides o;
  o.t2s = t2s;
  o.width = width;
  o.whitespace = whitespace;
  o.strip_controls = strip_controls;
  o.zero_width = zero_width;
  o.quotes = quotes;
  o.punctuation = punctuation;
  o.lowercase = lowercase;
  return text::Normalizer(text::resolve_options(preset, o));
}

// The state pickle keeps: the options, in Normalizer()'s order.
using NormalizerState = py::typing::Tuple<py::object, py::ellipsis>;

NormalizerState normalizer_getstate_py(const text::Normalizer& n) {
  const text::NormalizerOptions& o = n.options();
  return py::make_tuple(o.preset, o.t2s, std::string(text::name_of(o.width)), std::string(text::name_of(o.whitespace)),
                        o.strip_controls, std::string(text::name_of(o.zero_width)),
                        std::string(text::name_of(o.quotes)), std::string(text::name_of(o.punctuation)), o.lowercase);
}

text::Normalizer normalizer_setstate_py(const NormalizerState& s) {
  if (s.size() != 9) throw std::invalid_argument("invalid Normalizer state");
  return make_normalizer_py(s[0].cast<std::string>(), s[1].cast<bool>(), s[2].cast<std::string>(),
                            s[3].cast<std::string>(), s[4].cast<bool>(), s[5].cast<std::string>(),
                            s[6].cast<std::string>(), s[7].cast<std::string>(), s[8].cast<bool>());
}

py::str normalizer_call_py(const text::Normalizer& normalizer, const py::handle& text) {
  Utf8Arg arg(text);
  std::string out;
  {
    py::gil_scoped_release release;
    out = normalizer(arg.view());
  }
  // Most text is already normal: hand back the same str instead of a copy.
  if (arg.exact() && PyUnicode_CheckExact(text.ptr()) && out == arg.view()) {
    return py::reinterpret_borrow<py::str>(text);
  }
  return to_py_str(out);
}

py::str normalize_py(const py::handle& text, const std::string& preset, bool t2s, const OptStr& width,
                     const OptStr& whitespace, OptBool strip_controls, const OptStr& zero_width, const OptStr& quotes,
                     const OptStr& punctuation, OptBool lowercase) {
  return normalizer_call_py(
      make_normalizer_py(preset, t2s, width, whitespace, strip_controls, zero_width, quotes, punctuation, lowercase),
      text);
}

StrList to_py_list(const std::vector<std::string_view>& parts) {
  StrList out(parts.size());
  for (std::size_t i = 0; i < parts.size(); ++i) {
    PyList_SET_ITEM(out.ptr(), static_cast<Py_ssize_t>(i), to_py_str(parts[i]).release().ptr());
  }
  return out;
}

StrList sentences_py(const py::handle& text, const std::string& locale) {
  Utf8Arg arg(text);
  std::vector<std::string_view> parts;
  {
    py::gil_scoped_release release;
    parts = text::sentences(arg.view(), locale);
  }
  return to_py_list(parts);
}

StrList words_py(const py::handle& text, const std::string& locale, bool keep_punctuation) {
  Utf8Arg arg(text);
  std::vector<std::string_view> parts;
  {
    py::gil_scoped_release release;
    parts = text::words(arg.view(), locale, keep_punctuation);
  }
  return to_py_list(parts);
}

constexpr const char* kNormalizeDoc = R"doc(Normalise text for search, deduplication and corpus building.

Presets:

- ``"nfc"``: Unicode canonical composition only.
- ``"nfkc"``: full NFKC (note: it turns ``，`` into ``,`` and ``：`` into ``:``).
- ``"cjk"`` (default): NFC; full-width ASCII letters, digits, space and
  symbols (``#$%&*+-/<=>@\^_`|``) folded to half-width while CJK punctuation
  ``，。：；！？（）【】“”`` stays; runs of white space (U+3000 and NBSP
  included, tabs excepted) collapsed to one space and trimmed at line ends;
  zero-width and control characters other than ``\t`` and ``\n`` removed.

Each keyword below overrides the preset's choice (``None`` keeps it):

- ``t2s=True``: Traditional to Simplified Chinese (ICU ``Hant-Hans``):
  ``normalize("漢語", t2s=True) == "汉语"``.
- ``width``: ``"fold"`` or ``"keep"``:
  ``normalize("ＡＢＣ１２３，", width="fold") == "ABC123，"``.
- ``whitespace``: ``"collapse"`` or ``"keep"``:
  ``normalize("a\u3000\u00a0 b ", whitespace="collapse") == "a b"``.
- ``strip_controls``: ``True`` drops C0/C1 controls except ``\t`` and ``\n``
  and turns ``\r\n``, ``\r``, ``\v``, ``\f`` into ``\n``:
  ``normalize("a\x00b\r\nc", strip_controls=True) == "ab\nc"``.
- ``zero_width``: ``"remove"`` or ``"keep"`` (ZWSP, ZWNJ, ZWJ, word joiner,
  BOM, soft hyphen, bidi marks): ``normalize("日\u200b本", zero_width="remove") == "日本"``.
- ``quotes``: ``"keep"``, ``"ascii"`` (curly quotes and guillemets to ``"``
  and ``'``): ``normalize("“hi”", quotes="ascii") == '"hi"'``; or ``"cjk"``
  (straight quotes paired along a line become “” ‘’ where a pair touches
  Chinese text): ``normalize('他说"好"', quotes="cjk") == "他说“好”"``.
- ``punctuation``: ``"keep"``, ``"cjk"`` (ASCII ``,;:?!`` after a CJK
  character and before one or the line end, and ``( )`` pairs next to CJK
  text, become full-width): ``normalize("你好,世界(测试)", punctuation="cjk")
  == "你好，世界（测试）"``; or ``"ascii"`` (``，；：？！（）`` to ASCII):
  ``normalize("你好，世界", punctuation="ascii") == "你好,世界"``.
- ``lowercase``: ``True`` applies Unicode lowercase mapping:
  ``normalize("ÀB", lowercase=True) == "àb"``.

Never fails on content: NUL is an ordinary (control) character, lone
surrogates become U+FFFD, and any length is accepted. The GIL is released
while ICU works. Results are idempotent: ``normalize(normalize(x)) ==
normalize(x)``.)doc";

constexpr const char* kNormalizerDoc = R"doc(A reusable, callable normaliser: ``Normalizer(preset, **options)(text)``.

Takes the same arguments as :func:`docxsift.normalize` and resolves them and
the ICU objects once, so calling it in a loop costs only the work itself. A
Normalizer is immutable and safe to call from many threads at once; each call
releases the GIL.

>>> norm = docxsift.Normalizer("cjk", t2s=True, punctuation="cjk")
>>> norm("軟體,開發ＡＰＩ")
'软体，开发API')doc";

constexpr const char* kSentencesDoc = R"doc(Split text into sentences with ICU sentence breaks.

``locale`` picks the rules' tailoring (``"zh"``, ``"en"``, ``"ja"``,
``"en@ss=standard"`` to not break after "Mr."...). Chinese sentences end at
``。！？`` and their closing quotes; a newline always ends a sentence. Each
sentence is trimmed of white space; empty ones are dropped.

>>> docxsift.sentences("第一句。第二句！Third one? Yes.")
['第一句。', '第二句！', 'Third one?', 'Yes.'])doc";

constexpr const char* kWordsDoc = R"doc(Split text into words with ICU word breaks.

Chinese, Japanese, Thai, Lao, Khmer and Burmese are segmented with ICU's
dictionaries; other scripts by the Unicode word-break rules. White space,
punctuation and symbol segments are dropped unless ``keep_punctuation=True``,
which returns every segment, so that ``"".join(words(t,
keep_punctuation=True)) == t``.

>>> docxsift.words("我们在北京开会, then go home.")
['我们', '在', '北京', '开会', 'then', 'go', 'home'])doc";

}  // namespace

void bind_text(py::module_& m) {
  py::class_<text::Normalizer> normalizer(m, "Normalizer", kNormalizerDoc);
  normalizer
      .def(py::init(&make_normalizer_py), py::arg("preset") = "cjk", py::kw_only(), py::arg("t2s") = false,
           py::arg("width") = py::none(), py::arg("whitespace") = py::none(), py::arg("strip_controls") = py::none(),
           py::arg("zero_width") = py::none(), py::arg("quotes") = py::none(), py::arg("punctuation") = py::none(),
           py::arg("lowercase") = py::none())
      .def("__call__", &normalizer_call_py, py::arg("text"), "The normalised text.")
      .def_property_readonly(
          "preset", [](const text::Normalizer& n) { return n.options().preset; },
          "The preset the options started from.")
      .def_property_readonly(
          "t2s", [](const text::Normalizer& n) { return n.options().t2s; },
          "Whether Traditional Chinese becomes Simplified.")
      .def_property_readonly(
          "width", [](const text::Normalizer& n) { return std::string(text::name_of(n.options().width)); },
          "\"fold\" or \"keep\".")
      .def_property_readonly(
          "whitespace", [](const text::Normalizer& n) { return std::string(text::name_of(n.options().whitespace)); },
          "\"collapse\" or \"keep\".")
      .def_property_readonly(
          "strip_controls", [](const text::Normalizer& n) { return n.options().strip_controls; },
          R"doc(Whether control characters other than ``\t`` and ``\n`` are removed.)doc")
      .def_property_readonly(
          "zero_width", [](const text::Normalizer& n) { return std::string(text::name_of(n.options().zero_width)); },
          "\"remove\" or \"keep\".")
      .def_property_readonly(
          "quotes", [](const text::Normalizer& n) { return std::string(text::name_of(n.options().quotes)); },
          "\"keep\", \"ascii\" or \"cjk\".")
      .def_property_readonly(
          "punctuation", [](const text::Normalizer& n) { return std::string(text::name_of(n.options().punctuation)); },
          "\"keep\", \"cjk\" or \"ascii\".")
      .def_property_readonly(
          "lowercase", [](const text::Normalizer& n) { return n.options().lowercase; }, "Whether text is lowercased.")
      .def("__repr__", [](const text::Normalizer& n) { return "Normalizer(" + n.options().to_string() + ")"; })
      // Picklable, so a Normalizer can be handed to worker processes.
      .def(py::pickle(&normalizer_getstate_py, &normalizer_setstate_py));

  m.attr("_NORMALIZE_PRESETS") =
      py::make_tuple(to_py_str(text::kNormalizerPresets[0]), to_py_str(text::kNormalizerPresets[1]),
                     to_py_str(text::kNormalizerPresets[2]));
  m.def("normalize", &normalize_py, kNormalizeDoc, py::arg("text"), py::arg("preset") = "cjk", py::kw_only(),
        py::arg("t2s") = false, py::arg("width") = py::none(), py::arg("whitespace") = py::none(),
        py::arg("strip_controls") = py::none(), py::arg("zero_width") = py::none(), py::arg("quotes") = py::none(),
        py::arg("punctuation") = py::none(), py::arg("lowercase") = py::none());
  py::module_ test = m.attr("_test");
  test.def(
      "icu_normalize",
      [](const std::string& text, const std::string& form) {
        return text::icu_normalize(text, form == "nfkc" ? text::Form::Nfkc : text::Form::Nfc);
      },
      py::arg("text"), py::arg("form"), py::call_guard<py::gil_scoped_release>(),
      "ICU's own NFC/NFKC of the whole text: the oracle for normalize's nfc and nfkc presets.");
  test.def("icu_transliterate", &text::icu_transliterate, py::arg("text"), py::arg("id"),
           py::call_guard<py::gil_scoped_release>(),
           "ICU's transliterator `id` on the whole text: the oracle for t2s=True.");
  m.def("sentences", &sentences_py, kSentencesDoc, py::arg("text"), py::arg("locale") = "zh");
  m.def("words", &words_py, kWordsDoc, py::arg("text"), py::arg("locale") = "zh", py::arg("keep_punctuation") = false);
}

}  // namespace docxsift::bindings
