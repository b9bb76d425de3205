"""docxsift.normalize / Normalizer / sentences / words."""

from __future__ import annotations

import doctest
import pickle
import re
import subprocess
import sys
import threading
import time
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import docxsift
from docx_builder import make_docx, p
from docxsift import _core

PRESETS = ("nfc", "nfkc", "cjk")

# (input, preset, options, expected)
CASES: list[tuple[str, str, dict[str, Any], str]] = [
    # nfc: canonical composition only
    ("e\u0301", "nfc", {}, "é"),
    ("Å", "nfc", {}, "Å"),  # U+212B ANGSTROM SIGN is a canonical singleton
    ("ＡＢ１，①\u3000x", "nfc", {}, "ＡＢ１，①\u3000x"),
    ("a\u200bb  c\x00", "nfc", {}, "a\u200bb  c\x00"),
    # nfkc: compatibility folding, which destroys CJK punctuation
    ("ＡＢ１，①\u3000x", "nfkc", {}, "AB1,1 x"),
    ("ﬁ ㎏ ｶ", "nfkc", {}, "fi kg カ"),
    ("你好，世界：", "nfkc", {}, "你好,世界:"),
    # cjk: full-width letters/digits/space folded, CJK punctuation kept
    ("ＡＢＣ１２３", "cjk", {}, "ABC123"),
    ("，。：；！？（）【】“”", "cjk", {}, "，。：；！？（）【】“”"),
    ("价格：１２３元，折扣１０％！", "cjk", {}, "价格：123元，折扣10%！"),
    ("版本３．１４，时间１２：３０", "cjk", {}, "版本3.14，时间12:30"),
    ("ｗｗｗ．ｅｘａｍｐｌｅ．ｃｏｍ", "cjk", {}, "www.example.com"),
    ("Ａ\u0301", "cjk", {}, "Á"),
    ("e\u0301", "cjk", {}, "é"),
    ("①②", "cjk", {}, "①②"),
    # cjk: white space (U+3000, NBSP, thin spaces) collapsed and trimmed
    ("\u3000\u3000正文开始", "cjk", {}, "正文开始"),
    ("a\u00a0\u00a0b\u2009 c", "cjk", {}, "a b c"),
    ("end  \nstart", "cjk", {}, "end\nstart"),
    ("cell one\tcell two ", "cjk", {}, "cell one\tcell two"),
    ("\n\n", "cjk", {}, "\n\n"),
    # cjk: zero-width and control characters removed
    ("日\u200b本\u200c語\u200d\ufeff", "cjk", {}, "日本語"),
    ("soft\u00adhyphen", "cjk", {}, "softhyphen"),
    ("a\x00b\x07c\x1bd\x7f", "cjk", {}, "abcd"),
    ("a\r\nb\rc\x0bd\x0ce\x85f", "cjk", {}, "a\nb\nc\nd\ne\nf"),
    ("tab\tkept", "cjk", {}, "tab\tkept"),
    ("e\u200b\u0301", "cjk", {}, "é"),  # removal lets the mark compose
    ("mixed ＥＮＧ与中文，ok", "cjk", {}, "mixed ENG与中文，ok"),
    ("Ｉ\u3000ｌｏｖｅ\u3000ｙｏｕ", "cjk", {}, "I love you"),
    # t2s
    ("漢語軟體開發", "cjk", {"t2s": True}, "汉语软体开发"),
    ("憂鬱的臺灣烏龜", "cjk", {"t2s": True}, "忧郁的台湾乌龟"),
    ("English stays", "nfc", {"t2s": True}, "English stays"),
    # width
    ("ＡＢＣ，", "cjk", {"width": "keep"}, "ＡＢＣ，"),
    ("ＡＢＣ，", "nfc", {"width": "fold"}, "ABC，"),
    ("＃＄％＆＊＋－／＜＝＞＠", "nfc", {"width": "fold"}, "#$%&*+-/<=>@"),
    ("［｛～｝］", "nfc", {"width": "fold"}, "［｛～｝］"),
    # whitespace
    ("a\u3000\u00a0 b ", "nfc", {"whitespace": "collapse"}, "a b"),
    ("a  b ", "cjk", {"whitespace": "keep"}, "a  b "),
    # strip_controls
    ("a\x00b\r\nc", "nfc", {"strip_controls": True}, "ab\nc"),
    ("a\x00b", "cjk", {"strip_controls": False}, "a\x00b"),
    # zero_width
    ("日\u200b本", "nfc", {"zero_width": "remove"}, "日本"),
    ("日\u200b本", "cjk", {"zero_width": "keep"}, "日\u200b本"),
    ("\u200e\u202bx\u202c\u2066", "nfc", {"zero_width": "remove"}, "x"),
    # quotes
    ("“hi” ‘there’ «yes» „no“", "nfc", {"quotes": "ascii"}, '"hi" \'there\' "yes" "no"'),
    ('他说"你好"。', "cjk", {"quotes": "cjk"}, "他说“你好”。"),
    ("'好'的", "cjk", {"quotes": "cjk"}, "‘好’的"),
    ('say "hi"', "cjk", {"quotes": "cjk"}, 'say "hi"'),
    ("don't 中 can't", "cjk", {"quotes": "cjk"}, "don't 中 can't"),
    ('"未闭合', "cjk", {"quotes": "cjk"}, '"未闭合'),
    # punctuation
    ("你好,世界!", "cjk", {"punctuation": "cjk"}, "你好，世界！"),
    ("真的吗?对;好:走", "cjk", {"punctuation": "cjk"}, "真的吗？对；好：走"),
    ("注意(重要)事项", "cjk", {"punctuation": "cjk"}, "注意（重要）事项"),
    ("见(Appendix A)说明", "cjk", {"punctuation": "cjk"}, "见（Appendix A）说明"),
    ("f(x) = 1, 2; ok?", "cjk", {"punctuation": "cjk"}, "f(x) = 1, 2; ok?"),
    ("时间:12点", "cjk", {"punctuation": "cjk"}, "时间:12点"),
    ("他说:“好”", "cjk", {"punctuation": "cjk"}, "他说：“好”"),
    ("你好，世界（测试）！", "cjk", {"punctuation": "ascii"}, "你好,世界(测试)!"),
    ("。【】", "cjk", {"punctuation": "ascii"}, "。【】"),
    # lowercase
    ("ÀBC ΣΑΣ", "nfc", {"lowercase": True}, "àbc σας"),
    ("ＡＢＣ", "cjk", {"lowercase": True}, "abc"),
    ("ᴬB", "nfkc", {"lowercase": True}, "ab"),
    # mixed scripts, combining marks
    ("Ελληνικά русский 中文 ﻿日本語 한국어", "cjk", {}, "Ελληνικά русский 中文 日本語 한국어"),
    ("한국어", "nfc", {}, "한국어"),
    ("ä", "nfkc", {}, "ä"),
]


@pytest.mark.parametrize(("text", "preset", "options", "expected"), CASES)
def test_normalize_table(text: str, preset: str, options: dict[str, Any], expected: str) -> None:
    assert docxsift.normalize(text, preset, **options) == expected
    assert docxsift.Normalizer(preset, **options)(text) == expected


def test_default_preset_is_cjk() -> None:
    assert docxsift.normalize("ＡＢＣ\u3000 ，") == "ABC ，"
    assert docxsift.Normalizer().preset == "cjk"


def test_preset_names_are_case_insensitive() -> None:
    assert docxsift.normalize("ＡＢ", "NFKC") == "AB"


@pytest.mark.parametrize(
    ("kwargs", "message"),
    [
        ({"preset": "nfd"}, "preset must be one of 'nfc', 'nfkc', 'cjk', not 'nfd'"),
        ({"width": "half"}, "width must be one of 'fold', 'keep', not 'half'"),
        ({"whitespace": "strip"}, "whitespace must be one of 'collapse', 'keep'"),
        ({"zero_width": "drop"}, "zero_width must be one of 'remove', 'keep'"),
        ({"quotes": "smart"}, "quotes must be one of 'keep', 'ascii', 'cjk'"),
        ({"punctuation": "full"}, "punctuation must be one of 'keep', 'cjk', 'ascii'"),
    ],
)
def test_bad_option_values_raise_value_error(kwargs: dict[str, Any], message: str) -> None:
    with pytest.raises(ValueError, match=message):
        docxsift.normalize("x", **kwargs)
    with pytest.raises(ValueError, match=message):
        docxsift.Normalizer(**kwargs)


def test_unknown_option_and_bad_types_raise_type_error() -> None:
    with pytest.raises(TypeError):
        docxsift.normalize("x", colour="red")  # type: ignore[call-arg]
    with pytest.raises(TypeError):
        docxsift.normalize(b"bytes")  # type: ignore[arg-type]
    with pytest.raises(TypeError):
        docxsift.normalize(None)  # type: ignore[arg-type]
    with pytest.raises(TypeError):
        docxsift.sentences(b"x")  # type: ignore[arg-type]


def test_normalizer_reports_its_options() -> None:
    norm = docxsift.Normalizer("nfc", t2s=True, quotes="cjk", lowercase=True)
    assert (norm.preset, norm.t2s, norm.width, norm.whitespace) == ("nfc", True, "keep", "keep")
    assert (norm.strip_controls, norm.zero_width, norm.quotes) == (False, "keep", "cjk")
    assert (norm.punctuation, norm.lowercase) == ("keep", True)
    assert repr(norm) == (
        "Normalizer(preset='nfc', t2s=True, width='keep', whitespace='keep', "
        "strip_controls=False, zero_width='keep', quotes='cjk', punctuation='keep', "
        "lowercase=True)"
    )


def test_normalizer_pickles() -> None:
    norm = docxsift.Normalizer("nfkc", t2s=True, punctuation="cjk", lowercase=True)
    copy = pickle.loads(pickle.dumps(norm))
    assert repr(copy) == repr(norm)
    assert copy("漢語,測試ＡＢ") == norm("漢語,測試ＡＢ")


def test_docstrings_document_every_option() -> None:
    doc = docxsift.normalize.__doc__ or ""
    for option in (
        "t2s",
        "width",
        "whitespace",
        "strip_controls",
        "zero_width",
        "quotes",
        "punctuation",
        "lowercase",
    ):
        assert f"``{option}" in doc, option


def test_docstring_examples_hold() -> None:
    # ``normalize(...) == ...`` examples in normalize's docstring...
    doc = docxsift.normalize.__doc__ or ""
    examples = re.findall(r"``(normalize\(.*?\)\s*==.*?)``", doc, re.DOTALL)
    assert len(examples) >= 10
    for example in examples:
        scope = {"normalize": docxsift.normalize, "x": "ＡＢ\u3000c,中"}
        assert eval(" ".join(example.split()), scope), example
    # ...and the >>> examples of the others.
    parser = doctest.DocTestParser()
    runner = doctest.DocTestRunner(optionflags=doctest.NORMALIZE_WHITESPACE)
    for obj in (docxsift.Normalizer, docxsift.sentences, docxsift.words):
        test = parser.get_doctest(obj.__doc__ or "", {"docxsift": docxsift}, "doc", None, 0)
        assert test.examples, obj
        assert runner.run(test, out=lambda _: None).failed == 0, obj


# Invalid input: handled, not crashed on.


def test_lone_surrogates_become_replacement_characters() -> None:
    assert docxsift.normalize("a\ud800b\udfff") == "a\ufffdb\ufffd"
    # Two lone halves stay two characters; they are not joined into one.
    assert docxsift.normalize("\ud83d\ude00", "nfc") == "\ufffd\ufffd"
    assert docxsift.sentences("句子\ud800。") == ["句子\ufffd。"]
    assert docxsift.words("ab\udc80cd") == ["ab", "cd"]
    assert docxsift.words("ab\udc80cd", keep_punctuation=True) == ["ab", "\ufffd", "cd"]


def test_normal_text_comes_back_as_the_same_str() -> None:
    text = "已经规范的文本 ABC"
    assert docxsift.normalize(text) is text

    class Text(str):
        pass

    out = docxsift.normalize(Text(text))
    assert out == text
    assert type(out) is str


def test_nul_is_an_ordinary_character() -> None:
    assert docxsift.normalize("a\x00b", "nfc") == "a\x00b"
    assert docxsift.normalize("a\x00b") == "ab"
    assert docxsift.sentences("one.\x00two.") != []
    assert "".join(docxsift.words("a\x00b", keep_punctuation=True)) == "a\x00b"


def test_empty_text() -> None:
    assert docxsift.normalize("") == ""
    assert docxsift.sentences("") == []
    assert docxsift.words("") == []


@pytest.mark.slow
def test_very_long_text() -> None:
    line = "第一段，ＡＢＣ\u3000\u3000text\u200b here. 漢字！\n"
    text = line * 400_000  # about 14 MB of UTF-8, many chunks
    out = docxsift.normalize(text)
    assert out == docxsift.normalize(line) * 400_000
    one_line = "中文abc" * 2_000_000  # 18 MB without a newline
    assert docxsift.normalize(one_line) == one_line
    assert len(docxsift.sentences(text)) == 800_000


# Property-based tests.

# Text that exercises what the presets act on: CJK and full-width forms,
# spaces, controls, zero-width characters, combining marks, quotes.
interesting = st.text(
    alphabet=st.one_of(
        st.characters(codec="utf-8"),
        st.sampled_from(
            [
                *"中文漢語，。：；！？（）【】“”‘’\"'(),;:?! \t\n\r\x00\x0b\u3000\u00a0\u2009",
                *["\u200b", "\u200d", "\ufeff", "\u00ad", "\u0301", "\u0308", "\u0323"],
                *["ᴬ", "ﬁ", "Ａ", "ａ", "１", "．", "：", "＂", "＇", "Σ", "İ", "ß", "e", "A", "1"],
            ]
        ),
    ),
    max_size=60,
)


@pytest.mark.parametrize("preset", PRESETS)
@settings(max_examples=300, deadline=None)
@given(text=interesting)
def test_idempotent(preset: str, text: str) -> None:
    once = docxsift.normalize(text, preset)
    assert docxsift.normalize(once, preset) == once


@settings(max_examples=300, deadline=None)
@given(
    text=interesting,
    quotes=st.sampled_from(["keep", "ascii", "cjk"]),
    punctuation=st.sampled_from(["keep", "cjk", "ascii"]),
    lowercase=st.booleans(),
    preset=st.sampled_from(PRESETS),
)
def test_idempotent_with_options(
    text: str, quotes: str, punctuation: str, lowercase: bool, preset: str
) -> None:
    norm = docxsift.Normalizer(preset, quotes=quotes, punctuation=punctuation, lowercase=lowercase)
    once = norm(text)
    assert norm(once) == once


@pytest.mark.parametrize("preset", ["nfc", "nfkc"])
@settings(max_examples=300, deadline=None)
@given(text=st.text(alphabet=st.characters(codec="utf-8")))
def test_nfc_nfkc_agree_with_icu(preset: str, text: str) -> None:
    # The oracle is ICU's Normalizer2 on the whole string (not Python's
    # unicodedata, which follows another Unicode version than the system ICU).
    assert docxsift.normalize(text, preset) == _core._test.icu_normalize(text, preset)


def test_nfc_agrees_with_unicodedata_on_old_characters() -> None:
    import unicodedata

    sample = "e\u0301 A\u030a \u212b \u1e9b\u0323 가 한국어 ﬁ ①"
    for preset, form in (("nfc", "NFC"), ("nfkc", "NFKC")):
        assert docxsift.normalize(sample, preset) == unicodedata.normalize(form, sample)


# Hant-Hans phrase rules that override its single-character rules (乾坤 keeps
# 乾, 計畫 -> 计划), overlapping phrases, and 「」 (-> “”).
T2S_PIECES = (
    "甚麼 幹甚麼 乾坤 扭轉乾坤 旋乾轉坤 墨瀋未乾 乾 幹 計畫 畫分 畫 著名 顯著 著 沈默 浮沈 沈 "
    "餘額 餘 茶餘飯後 祇要 祇 鍊子 項鍊 鍊 螢幕 螢 份子 彷彿 衚衕 「 」 臺灣 軟體 開發 a \n"
).split(" ")


@settings(max_examples=300, deadline=None)
@given(pieces=st.lists(st.sampled_from(T2S_PIECES) | st.characters(codec="utf-8"), max_size=30))
def test_t2s_agrees_with_icu_transliterator(pieces: list[str]) -> None:
    # t2s applies ICU's Hant-Hans rules from a table; ICU itself is the oracle.
    text = "".join(pieces)
    icu = _core._test
    expected = icu.icu_normalize(
        icu.icu_transliterate(icu.icu_normalize(text, "nfc"), "Hant-Hans"), "nfc"
    )
    assert docxsift.normalize(text, "nfc", t2s=True) == expected


@settings(max_examples=300, deadline=None)
@given(text=st.text())
def test_nothing_raises_on_arbitrary_text(text: str) -> None:
    for preset in PRESETS:
        assert isinstance(docxsift.normalize(text, preset, t2s=True, quotes="cjk"), str)
    assert isinstance(docxsift.sentences(text), list)
    assert "".join(docxsift.words(text, keep_punctuation=True)) == text


@settings(max_examples=100, deadline=None)
@given(text=st.text().map(lambda s: s + "\ud800"))
def test_nothing_raises_with_lone_surrogates(text: str) -> None:
    assert docxsift.normalize(text).endswith("\ufffd")
    docxsift.sentences(text)
    docxsift.words(text)


# Segmentation.

SENTENCE_CASES = [
    ("第一句。第二句！第三句？", "zh", ["第一句。", "第二句！", "第三句？"]),
    ("他说：“走吧。”然后走了。", "zh", ["他说：“走吧。”", "然后走了。"]),
    ("First one. Second one? Third!", "en", ["First one.", "Second one?", "Third!"]),
    ("  line one\nline two  ", "zh", ["line one", "line two"]),
    ("", "zh", []),
    (" \n\t ", "zh", []),
]


@pytest.mark.parametrize(("text", "locale", "expected"), SENTENCE_CASES)
def test_sentences(text: str, locale: str, expected: list[str]) -> None:
    assert docxsift.sentences(text, locale) == expected


def test_sentences_default_locale_is_zh() -> None:
    assert docxsift.sentences("一。二。") == ["一。", "二。"]


WORD_CASES = [
    ("我们在北京开会", "zh", ["我们", "在", "北京", "开会"]),
    ("Hello, world! It's 2024.", "en", ["Hello", "world", "It's", "2024"]),
    ("中文English混合123", "zh", ["中文", "English", "混合", "123"]),
    ("，。！", "zh", []),
]


@pytest.mark.parametrize(("text", "locale", "expected"), WORD_CASES)
def test_words(text: str, locale: str, expected: list[str]) -> None:
    assert docxsift.words(text, locale) == expected


def test_words_keep_punctuation_returns_every_segment() -> None:
    text = "你好, world!\n再见。"
    parts = docxsift.words(text, keep_punctuation=True)
    assert "".join(parts) == text
    assert "," in parts and "。" in parts and "你好" in parts


def test_words_japanese_dictionary() -> None:
    assert docxsift.words("東京都に住んでいます", "ja")[0] == "東京"


# Threads and the GIL.


def test_normalizer_is_safe_across_threads() -> None:
    norm = docxsift.Normalizer(t2s=True, punctuation="cjk")
    text = "漢語軟體,ＡＢＣ  開發!\n" * 2000
    expected = norm(text)
    results: list[bool] = []

    def work() -> None:
        results.extend(norm(text) == expected for _ in range(5))

    threads = [threading.Thread(target=work) for _ in range(4)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert results == [True] * 20


def test_gil_is_released_during_normalisation() -> None:
    # While one thread normalises a large text, the main thread keeps running
    # Python: no pause in its loop comes near the length of the call.
    text = "漢語 ＡＢＣ text,\n" * 600_000
    started = threading.Event()
    duration: list[float] = []

    def worker() -> None:
        started.set()
        begin = time.perf_counter()
        docxsift.normalize(text, t2s=True, punctuation="cjk")
        duration.append(time.perf_counter() - begin)

    thread = threading.Thread(target=worker)
    thread.start()
    started.wait()
    longest_pause = 0.0
    last = time.perf_counter()
    while thread.is_alive():
        now = time.perf_counter()
        longest_pause = max(longest_pause, now - last)
        last = now
    thread.join()
    assert longest_pause < duration[0] / 2, (longest_pause, duration[0])


# Documents and the command line.


def test_document_normalized_text(open_docx: Any) -> None:
    doc = open_docx(p("第一段\u3000\u3000ＡＢＣ ") + p("漢語,測試"))
    assert doc.normalized_text() == "第一段 ABC\n漢語,測試"
    assert doc.normalized_text("cjk", t2s=True, punctuation="cjk") == "第一段 ABC\n汉语，测试"
    assert doc.normalized_text(preset="nfc") == docxsift.normalize(doc.text, "nfc")


def test_cli_text_normalize(tmp_path: Any) -> None:
    path = tmp_path / "a.docx"
    path.write_bytes(make_docx(p("ＡＢＣ\u3000\u3000正文，") + p("two")))
    result = subprocess.run(
        [sys.executable, "-m", "docxsift", "text", "--normalize", "cjk", str(path)],
        capture_output=True,
        text=True,
        check=False,
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout == "ABC 正文，\ntwo\n"
    plain = subprocess.run(
        [sys.executable, "-m", "docxsift", "text", "--normalize", "bogus", str(path)],
        capture_output=True,
        text=True,
        check=False,
    )
    assert plain.returncode != 0
