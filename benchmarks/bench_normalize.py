"""docxsift's text tools against what a Python user would write instead.

    python benchmarks/bench_normalize.py [--mb 4] [--repeat 3]

Builds a few MB of mixed Chinese/English text (full-width letters and digits,
U+3000 and NBSP runs, zero-width characters, Traditional Chinese for t2s) and
times, on the same input:

- normalize(preset="nfc"/"nfkc") vs unicodedata.normalize
- normalize(preset="cjk") vs unicodedata.normalize("NFC") + str.translate + re
- normalize(t2s=True) vs OpenCC "t2s" (pip install opencc, or
  opencc-python-reimplemented)
- words() vs jieba.lcut (pip install jieba), sentences() vs re.split

Prints MB/s for each side and the ratio (how many times faster docxsift is).
Missing optional competitors are reported and skipped.
"""

from __future__ import annotations

import argparse
import random
import re
import time
import unicodedata
from typing import Callable

import docxsift

SIMPLIFIED = (
    "关于进一步加强 安全生产工作 的通知 各区县人民政府 市政府各部门 为深入贯彻落实 国务院决策部署 "
    "切实做好 经济社会发展 现将有关事项通知如下 我们在北京开会 数据处理 人工智能 自然语言处理 文档 "
    "语料库建设"
).split()
TRADITIONAL = (
    "關於進一步加強 安全生產工作 的通知 各區縣人民政府 市政府各部門 為深入貫徹落實 國務院決策部署 "
    "切實做好 經濟社會發展 現將有關事項通知如下 軟體開發 資料處理 人工智慧 自然語言處理 檔案 "
    "語料庫建設"
).split()
ENGLISH = (
    "the report data pipeline model version document quality review section Beijing Shanghai "
    "API JSON cloud café résumé naïve Việt"
).split()
FULLWIDTH = ["ＡＢＣ", "１２３", "ＧＤＰ", "２０２４年", "ＷＴＯ", "Ｗｏｒｄ"]
PUNCT = ["，", "。", "；", "：", "！", "？", "、", "（注）", "【附件】", "“要求”"]
NOISE = ["\u3000\u3000", "\u00a0", "  ", "\u200b", "\ufeff", "\t", " "]


def make_text(megabytes: float, chinese: list[str], seed: int = 4) -> str:
    rng = random.Random(seed)
    target = int(megabytes * 1_000_000)
    lines: list[str] = []
    size = 0
    while size < target:
        parts: list[str] = []
        for _ in range(rng.randint(8, 30)):
            r = rng.random()
            if r < 0.45:
                parts.append(rng.choice(chinese))
            elif r < 0.65:
                parts.append(" " + rng.choice(ENGLISH))
            elif r < 0.75:
                parts.append(rng.choice(FULLWIDTH))
            elif r < 0.92:
                parts.append(rng.choice(PUNCT))
            else:
                parts.append(rng.choice(NOISE))
        line = "".join(parts) + rng.choice(["。", "！", "？", "。 "])
        lines.append(line)
        size += len(line.encode())
    return "\n".join(lines)


# What a Python user writes for the "cjk" preset.
_FOLD = {c: c - 0xFEE0 for c in range(0xFF10, 0xFF1A)}
_FOLD.update({c: c - 0xFEE0 for c in range(0xFF21, 0xFF3B)})
_FOLD.update({c: c - 0xFEE0 for c in range(0xFF41, 0xFF5B)})
_FOLD[0x3000] = 0x20
_INVISIBLE = re.compile("[\u200b-\u200f\u2060\ufeff\u00ad\x00-\x08\x0b-\x1f\x7f-\x9f]")
_SPACES = re.compile("[ \u00a0\u2000-\u200a\u202f\u205f\u3000]+")
_EDGES = re.compile("^ | $", re.MULTILINE)


def python_cjk(text: str) -> str:
    text = _INVISIBLE.sub("", text)
    text = unicodedata.normalize("NFC", text)
    text = text.translate(_FOLD)
    text = _SPACES.sub(" ", text)
    return _EDGES.sub("", text)


_SENTENCE_END = re.compile(r"(?<=[。！？!?.])\s*|\n+")


def python_sentences(text: str) -> list[str]:
    return [s for s in (p.strip() for p in _SENTENCE_END.split(text)) if s]


def best_time(fn: Callable[[], object], repeat: int) -> float:
    best = float("inf")
    for _ in range(repeat):
        start = time.perf_counter()
        fn()
        best = min(best, time.perf_counter() - start)
    return best


def row(name: str, mb: float, ours: float, theirs: float | None, other: str) -> None:
    mine = f"{mb / ours:8.1f} MB/s"
    if theirs is None:
        print(f"{name:<28}{mine}   {other:<34}{'(not installed)':>14}")
        return
    print(f"{name:<28}{mine}   {other:<22}{mb / theirs:8.1f} MB/s {theirs / ours:8.1f}x")


def load_opencc() -> Callable[[str], str] | None:
    try:
        import opencc
    except ImportError:
        return None
    for config in ("t2s", "t2s.json"):
        try:
            converter = opencc.OpenCC(config)
            converter.convert("漢")
            return converter.convert  # type: ignore[no-any-return]
        except Exception:
            continue
    return None


def load_jieba() -> Callable[[str], list[str]] | None:
    try:
        import logging

        import jieba
    except ImportError:
        return None
    jieba.setLogLevel(logging.WARNING)
    jieba.initialize()  # dictionary load excluded from the timing
    return jieba.lcut  # type: ignore[no-any-return]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--mb", type=float, default=4.0, help="size of the test text (MB)")
    parser.add_argument("--repeat", type=int, default=3, help="runs per measurement (best kept)")
    args = parser.parse_args()

    text = make_text(args.mb, SIMPLIFIED)
    trad = make_text(args.mb, TRADITIONAL, seed=5)
    mb = len(text.encode()) / 1e6
    mb_trad = len(trad.encode()) / 1e6
    print(
        f"input: {mb:.1f} MB mixed Chinese/English ({len(text):,} characters), "
        f"{mb_trad:.1f} MB Traditional; best of {args.repeat}"
    )
    print(f"{'docxsift':<28}{'':>13}   {'alternative':<22}{'':>13} {'ratio':>8}")

    for preset, form in (("nfc", "NFC"), ("nfkc", "NFKC")):
        norm = docxsift.Normalizer(preset)
        ours = best_time(lambda n=norm: n(text), args.repeat)  # type: ignore[misc]
        theirs = best_time(lambda f=form: unicodedata.normalize(f, text), args.repeat)  # type: ignore[misc]
        row(f"normalize {preset}", mb, ours, theirs, f"unicodedata {form}")

    # Text that needs work: decomposed (NFD) input, where no quick check passes.
    nfd = unicodedata.normalize("NFD", text)
    nfc = docxsift.Normalizer("nfc")
    ours = best_time(lambda: nfc(nfd), args.repeat)
    theirs = best_time(lambda: unicodedata.normalize("NFC", nfd), args.repeat)
    row("normalize nfc (NFD input)", mb, ours, theirs, "unicodedata NFC")

    cjk = docxsift.Normalizer("cjk")
    ours = best_time(lambda: cjk(text), args.repeat)
    theirs = best_time(lambda: python_cjk(text), args.repeat)
    row("normalize cjk", mb, ours, theirs, "unicodedata+re")

    t2s = docxsift.Normalizer("nfc", t2s=True)
    ours = best_time(lambda: t2s(trad), args.repeat)
    convert = load_opencc()
    theirs = None if convert is None else best_time(lambda: convert(trad), args.repeat)
    row("normalize t2s", mb_trad, ours, theirs, "OpenCC t2s")
    if convert is not None:
        sample = trad[:20000]
        same = sum(a == b for a, b in zip(t2s(sample), convert(sample)))
        print(f"{'':<28}t2s agreement with OpenCC: {same / len(sample):.2%} of characters")

    # Segmentation on a smaller slice: jieba is slow.
    seg = text[: len(text) // 4]
    mb_seg = len(seg.encode()) / 1e6
    ours = best_time(lambda: docxsift.sentences(seg), args.repeat)
    theirs = best_time(lambda: python_sentences(seg), args.repeat)
    row("sentences", mb_seg, ours, theirs, "re.split")
    ours = best_time(lambda: docxsift.words(seg), args.repeat)
    lcut = load_jieba()
    theirs = None if lcut is None else best_time(lambda: lcut(seg), 1)
    row("words", mb_seg, ours, theirs, "jieba.lcut")


if __name__ == "__main__":
    main()
