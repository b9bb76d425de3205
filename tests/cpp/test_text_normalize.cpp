#include <string>
#include <thread>
#include <vector>

#include "catch_compat.hpp"
#include "docxsift/text.hpp"

namespace text = docxsift::text;

namespace {

std::string cjk(std::string_view s) { return text::normalize(s); }

std::string with(std::string_view s, void (*tweak)(text::NormalizerOptions&)) {
  auto options = text::NormalizerOptions::from_preset("nfc");
  tweak(options);
  return text::normalize(s, options);
}

std::vector<std::string> strings(const std::vector<std::string_view>& views) { return {views.begin(), views.end()}; }

}  // namespace

TEST_CASE("text: presets resolve to their documented options", "[text]") {
  auto nfc = text::NormalizerOptions::from_preset("NFC");
  CHECK(nfc.preset == "nfc");
  CHECK(nfc.width == text::Width::Keep);
  CHECK_FALSE(nfc.strip_controls);
  auto cjk_options = text::NormalizerOptions::from_preset("cjk");
  CHECK(cjk_options.form == text::Form::Nfc);
  CHECK(cjk_options.width == text::Width::Fold);
  CHECK(cjk_options.whitespace == text::Whitespace::Collapse);
  CHECK(text::NormalizerOptions::from_preset("nfkc").form == text::Form::Nfkc);
  CHECK_THROWS_AS(text::NormalizerOptions::from_preset("nfd"), std::invalid_argument);
}

TEST_CASE("text: overrides are checked against their allowed values", "[text]") {
  text::OptionOverrides o;
  o.width = "keep";
  o.quotes = "cjk";
  o.lowercase = true;
  auto options = text::resolve_options("cjk", o);
  CHECK(options.width == text::Width::Keep);
  CHECK(options.quotes == text::Quotes::Cjk);
  CHECK(options.lowercase);
  o.punctuation = "fullwidth";
  CHECK_THROWS_WITH(text::resolve_options("cjk", o),
                    "punctuation must be one of 'keep', 'cjk', 'ascii', not 'fullwidth'");
  CHECK(text::NormalizerOptions{}.to_string() ==
        "preset='cjk', t2s=False, width='fold', whitespace='collapse', strip_controls=True, "
        "zero_width='remove', quotes='keep', punctuation='keep', lowercase=False");
}

TEST_CASE("text: nfc composes, nfkc folds compatibility characters", "[text]") {
  CHECK(text::normalize("e\xCC\x81", text::NormalizerOptions::from_preset("nfc")) == "\xC3\xA9");
  CHECK(text::normalize("ＡＢ，①", text::NormalizerOptions::from_preset("nfc")) == "ＡＢ，①");
  CHECK(text::normalize("ＡＢ，①", text::NormalizerOptions::from_preset("nfkc")) == "AB,1");
}

TEST_CASE("text: cjk folds width but keeps CJK punctuation", "[text]") {
  CHECK(cjk("ＡＢＣ１２３") == "ABC123");
  CHECK(cjk("，。：；！？（）【】“”") == "，。：；！？（）【】“”");
  CHECK(cjk("利率３．５％，时间１２：３０") == "利率3.5%，时间12:30");
  CHECK(cjk("ｗｗｗ．ｅｘａｍｐｌｅ．ｃｏｍ") == "www.example.com");
  CHECK(cjk("Ａ\xCC\x81") == "\xC3\x81");  // folded letter + combining acute composes
}

TEST_CASE("text: cjk collapses white space and trims line ends", "[text]") {
  CHECK(cjk("\xE3\x80\x80\xE3\x80\x80正文  开始\xC2\xA0 了 \nnext\t col ") == "正文 开始 了\nnext\t col");
  CHECK(cjk("  \n\n  ") == "\n\n");
}

TEST_CASE("text: cjk removes controls and zero-width characters", "[text]") {
  CHECK(cjk(std::string("a\0b\x01"
                        "c",
                        5)) == "abc");
  CHECK(cjk("a\r\nb\rc\fd") == "a\nb\nc\nd");
  CHECK(cjk("日\xE2\x80\x8B本\xE2\x80\x8D\xEF\xBB\xBF语") == "日本语");
  // A ZWSP between a letter and its combining mark: removing it lets them compose.
  CHECK(cjk("e\xE2\x80\x8B\xCC\x81") == "\xC3\xA9");
}

TEST_CASE("text: ill-formed UTF-8 becomes U+FFFD", "[text]") {
  CHECK(cjk("a\xFF"
            "b") ==
        "a\xEF\xBF\xBD"
        "b");
  CHECK(cjk("\xE4\xB8") == "\xEF\xBF\xBD");
}

TEST_CASE("text: t2s converts Traditional to Simplified", "[text]") {
  auto options = text::NormalizerOptions::from_preset("cjk");
  options.t2s = true;
  CHECK(text::normalize("漢語軟體，開發", options) == "汉语软体，开发");
}

TEST_CASE("text: t2s gives what ICU's Hant-Hans transliterator gives", "[text]") {
  auto options = text::NormalizerOptions::from_preset("nfc");
  options.t2s = true;
  const text::Normalizer norm(options);
  // Phrase rules that override the single-character ones, overlapping ones,
  // and 「」, which Hant-Hans turns into “”.
  const std::string pieces[] = {"甚麼", "幹甚麼", "乾坤", "扭轉乾坤", "乾", "計畫",     "畫",     "著名", "著",
                                "沈默", "沈",     "浮沈", "餘額",     "餘", "茶餘飯後", "「對」", "a",    "\n"};
  std::string all;
  for (const auto& a : pieces) {
    for (const auto& b : pieces) {
      const std::string s = a + b + "的" + b + a;
      all += s;
      CHECK(norm(s) == text::icu_normalize(text::icu_transliterate(s, "Hant-Hans"), text::Form::Nfc));
    }
  }
  CHECK(norm(all) == text::icu_normalize(text::icu_transliterate(all, "Hant-Hans"), text::Form::Nfc));
}

TEST_CASE("text: quotes", "[text]") {
  CHECK(with("“a” ‘b’ «c»", [](auto& o) { o.quotes = text::Quotes::Ascii; }) == "\"a\" 'b' \"c\"");
  auto to_cjk = [](auto& o) { o.quotes = text::Quotes::Cjk; };
  CHECK(with("他说\"你好\"。", to_cjk) == "他说“你好”。");
  CHECK(with("say \"hi\" don't", to_cjk) == "say \"hi\" don't");
  CHECK(with("他说'好'", to_cjk) == "他说‘好’");
}

TEST_CASE("text: punctuation", "[text]") {
  auto to_cjk = [](auto& o) { o.punctuation = text::Punctuation::Cjk; };
  CHECK(with("你好,世界!", to_cjk) == "你好，世界！");
  CHECK(with("注意(重要)事项", to_cjk) == "注意（重要）事项");
  CHECK(with("f(x) = 1, 2; ok?", to_cjk) == "f(x) = 1, 2; ok?");
  CHECK(with("他说:\"好\"", to_cjk) == "他说：\"好\"");
  CHECK(with("你好，世界（测试）！", [](auto& o) { o.punctuation = text::Punctuation::Ascii; }) == "你好,世界(测试)!");
}

TEST_CASE("text: lowercase", "[text]") {
  CHECK(with("ÀBC ΣΑΣ", [](auto& o) { o.lowercase = true; }) == "àbc σας");
}

TEST_CASE("text: normalising twice changes nothing", "[text]") {
  const std::string samples[] = {
      "你好,世界(测试)\"引用\"  ＡＢＣ３．１４\xE3\x80\x80\n\t x ",
      "中(?)文 中,,文 ((中)x) \"\" 中 'a' 中",
      "\xE1\xB4\xAC e\xE2\x80\x8B\xCC\x81 \r\n",
  };
  for (const char* preset : {"nfc", "nfkc", "cjk"}) {
    auto options = text::NormalizerOptions::from_preset(preset);
    options.punctuation = text::Punctuation::Cjk;
    options.quotes = text::Quotes::Cjk;
    options.lowercase = true;
    text::Normalizer norm(options);
    for (const auto& s : samples) {
      const std::string once = norm(s);
      CHECK(norm(once) == once);
    }
  }
}

TEST_CASE("text: long input is chunked at newlines with the same result", "[text]") {
  std::string line = "第一行，ＡＢＣ  text\xE2\x80\x8B here\n";
  std::string big;
  while (big.size() < 3 * (std::size_t{1} << 20)) big += line;
  const std::string expected_line = cjk(line);
  const std::string out = cjk(big);
  CHECK(out.size() == expected_line.size() * (big.size() / line.size()));
  CHECK(out.substr(0, expected_line.size()) == expected_line);
  // One line far longer than a chunk, without newlines, still works.
  std::string one_line(5u << 20, 'a');
  CHECK(cjk(one_line) == one_line);
}

TEST_CASE("text: a Normalizer is safe to share between threads", "[text]") {
  auto options = text::NormalizerOptions::from_preset("cjk");
  options.t2s = true;
  const text::Normalizer norm(options);
  const std::string input = "漢語，ＡＢＣ  軟體\n";
  const std::string expected = norm(input);
  std::vector<std::thread> threads;
  std::vector<int> ok(4, 0);
  for (int t = 0; t < 4; ++t) {
    threads.emplace_back([&, t] {
      int good = 0;
      for (int i = 0; i < 200; ++i) good += norm(input) == expected ? 1 : 0;
      ok[static_cast<std::size_t>(t)] = good;
    });
  }
  for (auto& th : threads) th.join();
  for (int good : ok) CHECK(good == 200);
}

TEST_CASE("text: sentences", "[text]") {
  CHECK(strings(text::sentences("第一句。第二句！Third one? Yes.")) ==
        std::vector<std::string>{"第一句。", "第二句！", "Third one?", "Yes."});
  CHECK(strings(text::sentences("  line one\nline two  ")) == std::vector<std::string>{"line one", "line two"});
  CHECK(text::sentences("").empty());
  CHECK(text::sentences(" \n ").empty());
}

TEST_CASE("text: words use the dictionary for Chinese", "[text]") {
  auto w = strings(text::words("我们在北京开会, then go home."));
  CHECK(w == std::vector<std::string>{"我们", "在", "北京", "开会", "then", "go", "home"});
  std::string input = "你好, world!\n";
  std::string joined;
  for (auto part : text::words(input, "zh", true)) joined += part;
  CHECK(joined == input);
}
