// Office Math -> LaTeX (math::omml_to_latex), one row per OMML construct, and
// the robustness of the converter on deep or odd markup.
#include <string>
#include <vector>

#include "catch_compat.hpp"
#include "docxsift/errors.hpp"
#include "docxsift/math.hpp"

namespace {

const std::string kMathNs = "http://schemas.openxmlformats.org/officeDocument/2006/math";
const std::string kWordNs = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";

bool letter(char c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'); }

// Whitespace is insignificant in LaTeX math except between letters
// ("\sin x"): collapse it there, drop it elsewhere.
std::string normalise(const std::string& s) {
  std::string out;
  for (std::size_t i = 0; i < s.size(); ++i) {
    char c = s[i];
    if (c == ' ' || c == '\n' || c == '\t') {
      std::size_t j = i;
      while (j < s.size() && (s[j] == ' ' || s[j] == '\n' || s[j] == '\t')) ++j;
      bool keep = !out.empty() && j < s.size() && letter(out.back()) && letter(s[j]);
      // "\ " (a control space) keeps its space; "\\ " (a line break) does not.
      std::size_t backslashes = 0;
      while (backslashes < out.size() && out[out.size() - 1 - backslashes] == '\\') ++backslashes;
      if (backslashes % 2 == 1) keep = true;
      if (keep) out.push_back(' ');
      i = j - 1;
      continue;
    }
    out.push_back(c);
  }
  return out;
}

std::string latex(const std::string& inner, bool accept = true) {
  return docxsift::math::omml_to_latex(
      "<m:oMath xmlns:m=\"" + kMathNs + "\" xmlns:w=\"" + kWordNs + "\">" + inner + "</m:oMath>", accept);
}

std::string r(const std::string& text) { return "<m:r><m:t>" + text + "</m:t></m:r>"; }
std::string rs(const std::string& sty, const std::string& text) {
  return "<m:r><m:rPr><m:sty m:val=\"" + sty + "\"/></m:rPr><m:t>" + text + "</m:t></m:r>";
}
std::string el(const std::string& name, const std::string& inner) {
  return "<m:" + name + ">" + inner + "</m:" + name + ">";
}
std::string e(const std::string& inner) { return el("e", inner); }
std::string val(const std::string& name, const std::string& v) { return "<m:" + name + " m:val=\"" + v + "\"/>"; }
std::string frac(const std::string& type, const std::string& num, const std::string& den) {
  std::string pr = type.empty() ? "" : el("fPr", val("type", type));
  return el("f", pr + el("num", num) + el("den", den));
}
std::string nary(const std::string& pr, const std::string& sub, const std::string& sup, const std::string& body) {
  return el("nary", el("naryPr", pr) + el("sub", sub) + el("sup", sup) + e(body));
}
std::string delim(const std::string& pr, const std::string& items) { return el("d", el("dPr", pr) + items); }
std::string acc(const std::string& chr, const std::string& body) {
  return el("acc", (chr.empty() ? "" : el("accPr", val("chr", chr))) + e(body));
}

struct Row {
  const char* construct;
  std::string omml;
  std::string expected;
};

}  // namespace

TEST_CASE("math: each OMML construct becomes its LaTeX", "[math][omml]") {
  const std::vector<Row> rows = {
      // fractions
      {"f bar", frac("", r("a"), r("b")), "\\frac{a}{b}"},
      {"f bar explicit", frac("bar", r("a+1"), r("2")), "\\frac{a+1}{2}"},
      {"f skw", frac("skw", r("a"), r("b")), "^{a}/_{b}"},
      {"f lin", frac("lin", r("a+1"), r("b")), "{a+1}/b"},
      {"f noBar", frac("noBar", r("n"), r("k")), "\\genfrac{}{}{0pt}{}{n}{k}"},
      {"binomial: noBar f in ( )", el("d", e(frac("noBar", r("n"), r("k")))), "\\binom{n}{k}"},
      // scripts
      {"sSup", el("sSup", e(r("x")) + el("sup", r("2"))), "x^{2}"},
      {"sSup of a fraction is grouped", el("sSup", e(frac("", r("a"), r("b"))) + el("sup", r("2"))),
       "{\\frac{a}{b}}^{2}"},
      {"sSup of several symbols is grouped", el("sSup", e(r("ab")) + el("sup", r("2"))), "{ab}^{2}"},
      {"sSub", el("sSub", e(r("x")) + el("sub", r("i"))), "x_{i}"},
      {"sSubSup", el("sSubSup", e(r("x")) + el("sub", r("i")) + el("sup", r("2"))), "x_{i}^{2}"},
      {"sPre", el("sPre", el("sub", r("1")) + el("sup", r("2")) + e(r("X"))), "{}_{1}^{2}X"},
      {"sPre without sup", el("sPre", el("sub", r("1")) + el("sup", "") + e(r("X"))), "{}_{1}X"},
      // radicals
      {"rad degHide", el("rad", el("radPr", val("degHide", "1")) + el("deg", "") + e(r("x"))), "\\sqrt{x}"},
      {"rad with degree", el("rad", el("deg", r("3")) + e(r("x"))), "\\sqrt[3]{x}"},
      {"rad empty degree", el("rad", el("deg", "") + e(r("x"))), "\\sqrt{x}"},
      // n-ary operators
      {"nary sum", nary(val("chr", "∑") + val("limLoc", "undOvr"), r("i=1"), r("n"), r("i")), "\\sum_{i=1}^{n}i"},
      {"nary without chr is an integral", nary("", r("0"), r("1"), r("x") + rs("p", "d") + r("x")),
       "\\int_{0}^{1}x\\mathrm{d}x"},
      {"nary prod", nary(val("chr", "∏"), r("k"), "", r("a")), "\\prod_{k}a"},
      {"nary iint, limits hidden", nary(val("chr", "∬") + val("subHide", "1") + val("supHide", "1"), "", "", r("f")),
       "\\iint f"},
      {"nary iiint", nary(val("chr", "∭"), "", "", r("f")), "\\iiint f"},
      {"nary oint", nary(val("chr", "∮"), r("C"), "", r("f")), "\\oint_{C}f"},
      {"nary bigcup", nary(val("chr", "⋃"), r("i"), "", r("A")), "\\bigcup_{i}A"},
      {"nary bigcap", nary(val("chr", "⋂"), r("i"), "", r("A")), "\\bigcap_{i}A"},
      {"nary sum with side limits", nary(val("chr", "∑") + val("limLoc", "subSup"), r("k"), "", r("a")),
       "\\sum\\nolimits_{k}a"},
      {"nary integral with limits under", nary(val("chr", "∫") + val("limLoc", "undOvr"), r("D"), "", r("f")),
       "\\int\\limits_{D}f"},
      {"nary limLoc without limits adds nothing",
       nary(val("chr", "∫") + val("limLoc", "undOvr") + val("subHide", "1") + val("supHide", "1"), "", "", r("f")),
       "\\int f"},
      {"nary unknown operator", nary(val("chr", "⊛"), r("i"), "", r("x")), "\\mathop{⊛}_{i}x"},
      // delimiters
      {"d default parentheses", el("d", e(r("x"))), "\\left(x\\right)"},
      {"d brackets", delim(val("begChr", "[") + val("endChr", "]"), e(r("x"))), "\\left[x\\right]"},
      {"d braces", delim(val("begChr", "{") + val("endChr", "}"), e(r("x"))), "\\left\\{x\\right\\}"},
      {"d empty end", delim(val("begChr", "{") + val("endChr", ""), e(r("x"))), "\\left\\{x\\right."},
      {"d no delimiters", delim(val("begChr", "") + val("endChr", ""), e(r("x"))), "x"},
      {"d default separator", el("d", e(r("a")) + e(r("b"))), "\\left(a\\middle|b\\right)"},
      {"d comma separator", delim(val("sepChr", ","), e(r("a")) + e(r("b"))), "\\left(a,b\\right)"},
      {"d angle brackets", delim(val("begChr", "⟨") + val("endChr", "⟩"), e(r("x"))),
       "\\left\\langle x\\right\\rangle"},
      {"d floor", delim(val("begChr", "⌊") + val("endChr", "⌋"), e(r("x"))), "\\left\\lfloor x\\right\\rfloor"},
      {"d abs", delim(val("begChr", "|") + val("endChr", "|"), e(r("x"))), "\\left|x\\right|"},
      // matrices and equation arrays
      {"m 2x2", el("m", el("mr", e(r("a")) + e(r("b"))) + el("mr", e(r("c")) + e(r("d")))),
       "\\begin{matrix}a&b\\\\c&d\\end{matrix}"},
      {"eqArr aligned at &", el("eqArr", e(r("x&amp;=1")) + e(r("y&amp;=2"))),
       "\\begin{aligned}x&=1\\\\y&=2\\end{aligned}"},
      {"eqArr aligned by m:aln",
       el("eqArr", e(r("x") + "<m:r><m:rPr><m:aln/></m:rPr><m:t>=1</m:t></m:r>") + e(r("y") + r("=2"))),
       "\\begin{aligned}x&=1\\\\y=2\\end{aligned}"},
      {"eqArr of one row is just the row", el("eqArr", e(r("x=1"))), "x=1"},
      {"eqArr without alignment is centred", el("eqArr", e(r("x=1")) + e(r("y=2"))),
       "\\begin{gathered}x=1\\\\y=2\\end{gathered}"},
      // accents and bars
      {"acc default is a hat", acc("", r("x")), "\\hat{x}"},
      {"acc bar", acc("̅", r("x")), "\\bar{x}"},
      {"acc tilde", acc("̃", r("x")), "\\tilde{x}"},
      {"acc dot", acc("̇", r("x")), "\\dot{x}"},
      {"acc ddot", acc("̈", r("x")), "\\ddot{x}"},
      {"acc vec", acc("⃗", r("v")), "\\vec{v}"},
      {"acc check", acc("̌", r("x")), "\\check{x}"},
      {"acc breve", acc("̆", r("x")), "\\breve{x}"},
      {"acc wide hat", acc("̂", r("xy")), "\\widehat{xy}"},
      {"acc wide vec", acc("⃗", r("AB")), "\\overrightarrow{AB}"},
      {"bar top", el("bar", el("barPr", val("pos", "top")) + e(r("z"))), "\\overline{z}"},
      {"bar default is underneath", el("bar", e(r("z"))), "\\underline{z}"},
      // functions and limits
      {"func sin", el("func", el("fName", rs("p", "sin")) + e(r("x"))), "\\sin x"},
      {"func log of ( )", el("func", el("fName", rs("p", "log")) + e(el("d", e(r("x"))))), "\\log\\left(x\\right)"},
      {"func name without style", el("func", el("fName", r("cos")) + e(r("θ"))), "\\cos\\theta"},
      {"func unknown name", el("func", el("fName", rs("p", "sech")) + e(r("x"))), "\\operatorname{sech}x"},
      {"func lim with limLow",
       el("func", el("fName", el("limLow", e(rs("p", "lim")) + el("lim", r("n→∞")))) + e(r("a"))),
       "\\lim_{n\\rightarrow\\infty}a"},
      {"func max with limLow", el("func", el("fName", el("limLow", e(rs("p", "max")) + el("lim", r("x")))) + e(r("f"))),
       "\\max_{x}f"},
      {"func log with base", el("func", el("fName", el("sSub", e(rs("p", "log")) + el("sub", r("2")))) + e(r("x"))),
       "\\log_{2}x"},
      {"limLow of a symbol", el("limLow", e(r("A")) + el("lim", r("x"))), "\\underset{x}{A}"},
      {"limUpp of a symbol", el("limUpp", e(r("=")) + el("lim", r("def"))), "\\overset{def}{=}"},
      {"limLow of lim outside func", el("limLow", e(rs("p", "lim")) + el("lim", r("x→0"))), "\\lim_{x\\rightarrow0}"},
      // group characters
      {"groupChr default underbrace", el("groupChr", e(r("a+b"))), "\\underbrace{a+b}"},
      {"groupChr overbrace", el("groupChr", el("groupChrPr", val("chr", "⏞") + val("pos", "top")) + e(r("a+b"))),
       "\\overbrace{a+b}"},
      {"underbrace with a label", el("limLow", e(el("groupChr", e(r("a+b")))) + el("lim", r("n"))),
       "\\underbrace{a+b}_{n}"},
      {"overbrace with a label",
       el("limUpp",
          e(el("groupChr", el("groupChrPr", val("chr", "⏞") + val("pos", "top")) + e(r("a")))) + el("lim", r("n"))),
       "\\overbrace{a}^{n}"},
      {"groupChr arrow", el("groupChr", el("groupChrPr", val("chr", "→") + val("pos", "top")) + e(r("f"))),
       "\\overset{\\rightarrow}{f}"},
      // boxes and phantoms
      {"box", el("box", e(r("x"))), "x"},
      {"borderBox", el("borderBox", e(r("E=m") + el("sSup", e(r("c")) + el("sup", r("2"))))), "\\boxed{E=mc^{2}}"},
      {"phant shown", el("phant", e(r("x"))), "x"},
      {"phant hidden", el("phant", el("phantPr", val("show", "0")) + e(r("x"))), "\\phantom{x}"},
      // text runs
      {"Greek and symbols", r("α≤∞"), "\\alpha\\leq\\infty"},
      {"command before a letter keeps a space", r("πr"), "\\pi r"},
      {"more symbols", r("∀x∈ℝ: x±1≠0, ∂f/∂x, A⊆B, a·b, a×b, →, ⇒"),
       "\\forall x\\in\\mathbb{R}:x\\pm1\\neq0,\\partial f/\\partial x,A\\subseteq B,a\\cdot b,a\\times b,"
       "\\rightarrow,\\Rightarrow"},
      {"LaTeX specials escaped", r("#$%&amp;_{}~^\\"), "\\#\\$\\%\\&\\_\\{\\}\\sim\\hat{}\\backslash"},
      {"minus signs", r("a−b–c"), "a-b-c"},
      {"spaces between words are kept", r("group with braces"), "group\\ with\\ braces"},
      {"spaces beside operators are LaTeX's", r("y = x"), "y=x"},
      {"runs split mid-word are read whole", rs("p", "si") + rs("p", "n") + r("x"), "\\sin x"},
      {"split words keep their spaces", r("group ") + r("wit") + r("h x"), "group\\ with\\ x"},
      {"runs of different styles stay apart", rs("p", "d") + r("x"), "\\mathrm{d}x"},
      {"math italic letters", r("𝑥+𝑦"), "x+y"},
      {"m:nor is text", "<m:r><m:rPr><m:nor/></m:rPr><m:t>if x &amp; y</m:t></m:r>", "\\text{if x \\& y}"},
      {"text escapes", "<m:r><m:rPr><m:nor/></m:rPr><m:t>50% ~ ^ \\</m:t></m:r>",
       "\\text{50\\% \\textasciitilde{} \\textasciicircum{} \\textbackslash{}}"},
      {"w:r inside math is text", "<w:r><w:t>where</w:t></w:r>", "\\text{where}"},
      {"sty p word", rs("p", "abc"), "\\mathrm{abc}"},
      {"sty p function word", rs("p", "max"), "\\max"},
      {"sty p words with spaces", rs("p", "for all"), "\\mathrm{for}\\ \\mathrm{all}"},
      {"sty b", rs("b", "x"), "\\mathbf{x}"},
      {"sty bi", rs("bi", "x"), "\\boldsymbol{x}"},
      {"scr double-struck", "<m:r><m:rPr><m:scr m:val=\"double-struck\"/></m:rPr><m:t>R</m:t></m:r>", "\\mathbb{R}"},
      {"scr with sty p", "<m:r><m:rPr><m:scr m:val=\"double-struck\"/><m:sty m:val=\"p\"/></m:rPr><m:t>R</m:t></m:r>",
       "\\mathbb{R}"},
      {"scr fraktur", "<m:r><m:rPr><m:scr m:val=\"fraktur\"/></m:rPr><m:t>g</m:t></m:r>", "\\mathfrak{g}"},
      {"invisible operators dropped", r("f\u2061x\u2062y"), "fxy"},
      // odd markup degrades
      {"unknown math element: its children", el("foo", r("x")), "x"},
      {"unknown namespace: its children", "<z:bar xmlns:z=\"urn:z\">" + r("y") + "</z:bar>", "y"},
      {"empty e", frac("", e(""), e("")), "\\frac{}{}"},
      {"empty sSup", el("sSup", e("") + el("sup", "")), "{}^{}"},
      {"properties only", el("f", el("fPr", val("type", "bar"))), "\\frac{}{}"},
  };
  for (const Row& row : rows) {
    INFO(row.construct);
    CHECK(normalise(latex(row.omml)) == normalise(row.expected));
  }
}

TEST_CASE("math: m:oMathPara joins its equations with a line break", "[math][omml]") {
  std::string xml = "<m:oMathPara xmlns:m=\"" + kMathNs + "\"><m:oMathParaPr/>" + "<m:oMath>" + r("a=1") +
                    "</m:oMath><m:oMath>" + r("b=2") + "</m:oMath></m:oMathPara>";
  CHECK(normalise(docxsift::math::omml_to_latex(xml)) == "a=1\\\\b=2");
}

TEST_CASE("math: any prefix bound to the math namespace works", "[math][omml]") {
  std::string xml = "<q:oMath xmlns:q=\"" + kMathNs + "\"><q:sSup><q:e><q:r><q:t>x</q:t></q:r></q:e>" +
                    "<q:sup><q:r><q:t>2</q:t></q:r></q:sup></q:sSup></q:oMath>";
  CHECK(docxsift::math::omml_to_latex(xml) == "x^{2}");
  // Strict OOXML's namespace, declared on an ancestor.
  std::string strict = "<doc xmlns:m=\"http://purl.oclc.org/ooxml/officeDocument/math\"><m:oMath>" +
                       el("f", el("num", r("1")) + el("den", r("2"))) + "</m:oMath></doc>";
  CHECK(docxsift::math::omml_to_latex(strict) == "\\frac{1}{2}");
  // "m:" bound to another namespace is not math.
  CHECK(docxsift::math::omml_to_latex("<m:oMath xmlns:m=\"urn:other\"><m:r><m:t>x</m:t></m:r></m:oMath>").empty());
}

TEST_CASE("math: tracked changes follow accept/reject", "[math][omml]") {
  std::string omml = r("a") + "<w:ins w:id=\"1\">" + r("+b") + "</w:ins><w:del w:id=\"2\">" +
                     "<m:r><w:delText>-c</w:delText></m:r></w:del>";
  CHECK(normalise(latex(omml, true)) == "a+b");
  CHECK(normalise(latex(omml, false)) == "a-c");
}

TEST_CASE("math: hostile nesting is bounded and keeps the text", "[math][omml][robustness]") {
  std::string open, close;
  for (int i = 0; i < 100000; ++i) {
    open += "<m:e>";
    close += "</m:e>";
  }
  std::string deep = latex(open + r("x") + close);
  CHECK(deep == "x");
  // Deep structures, not just sequences: fractions inside fractions.
  std::string fopen, fclose;
  for (int i = 0; i < 20000; ++i) {
    fopen += "<m:f><m:num>" + r("1") + "</m:num><m:den>";
    fclose += "</m:den></m:f>";
  }
  std::string fractions = latex(fopen + r("y") + fclose);
  CHECK(fractions.find("\\frac{1}{") == 0);
  CHECK(fractions.find('y') != std::string::npos);
}

TEST_CASE("math: no math element, or malformed XML", "[math][omml]") {
  CHECK(docxsift::math::omml_to_latex("<a/>").empty());
  CHECK_THROWS_AS(docxsift::math::omml_to_latex("<m:oMath"), docxsift::XmlError);
}

namespace {

const std::string kMcNs = "http://schemas.openxmlformats.org/markup-compatibility/2006";

std::string with_mc(const std::string& inner, const std::string& extra_ns = "") {
  return "<m:oMath xmlns:m=\"" + kMathNs + "\" xmlns:w=\"" + kWordNs + "\" xmlns:mc=\"" + kMcNs +
         "\" xmlns:w14=\"http://schemas.microsoft.com/office/word/2010/wordml\"" + extra_ns + ">" + inner +
         "</m:oMath>";
}

std::string alternate(const std::string& requires_list, const std::string& choice, const std::string& fallback) {
  return "<mc:AlternateContent><mc:Choice Requires=\"" + requires_list + "\">" + choice + "</mc:Choice><mc:Fallback>" +
         fallback + "</mc:Fallback></mc:AlternateContent>";
}

}  // namespace

TEST_CASE("math: mc:AlternateContent takes the story reader's branch", "[math][omml]") {
  const std::string unknown = " xmlns:x9=\"urn:unknown\"";
  CHECK(docxsift::math::omml_to_latex(with_mc(alternate("w14", r("c"), r("f")))) == "c");
  CHECK(docxsift::math::omml_to_latex(with_mc(alternate("x9", r("c"), r("f")), unknown)) == "f");
  CHECK(docxsift::math::omml_to_latex(with_mc(alternate("undeclared", r("c"), r("f")))) == "f");
  CHECK(docxsift::math::omml_to_latex(with_mc(alternate("w14 x9", r("c"), r("f")), unknown)) == "f");
  // No acceptable branch and no fallback: nothing.
  CHECK(docxsift::math::omml_to_latex(
            with_mc("<mc:AlternateContent><mc:Choice Requires=\"x9\">" + r("c") + "</mc:Choice></mc:AlternateContent>",
                    unknown))
            .empty());
  // The first acceptable Choice wins over later ones.
  CHECK(docxsift::math::omml_to_latex(with_mc(
            "<mc:AlternateContent><mc:Choice Requires=\"x9\">" + r("a") + "</mc:Choice><mc:Choice Requires=\"w14\">" +
                r("b") + "</mc:Choice><mc:Fallback>" + r("f") + "</mc:Fallback></mc:AlternateContent>",
            unknown)) == "b");
}

TEST_CASE("math: past the depth limit the plain text keeps the reader's rules", "[math][omml][robustness]") {
  const std::string unknown = " xmlns:x9=\"urn:unknown\"";
  std::string open, close;
  for (int i = 0; i < 300; ++i) {
    open += "<m:e>";
    close += "</m:e>";
  }
  std::string inner = r("a") + "<w:ins w:id=\"1\">" + r("+b") + "</w:ins><w:del w:id=\"2\">" +
                      "<m:r><w:delText>-c</w:delText></m:r></w:del>" + alternate("x9", r("!"), r("?")) +
                      "<m:r><m:rPr><m:sty m:val=\"p\"/></m:rPr><w:rPr><w:vanish/></w:rPr><m:t>d</m:t></m:r>";
  // Properties are never text; w:vanish needs the story reader's judgement
  // (styles), so the string API shows every run.
  CHECK(docxsift::math::omml_to_latex(with_mc(open + inner + close, unknown), true) == "a+b?d");
  CHECK(docxsift::math::omml_to_latex(with_mc(open + inner + close, unknown), false) == "a-c?d");
  // Whichever element is the first past the limit (the deletion, the
  // insertion, the alternate content or a run), the same rules hold.
  for (int depth = 124; depth < 134; ++depth) {
    std::string o, c;
    for (int i = 0; i < depth; ++i) {
      o += "<m:e>";
      c += "</m:e>";
    }
    std::string tail = "<w:del w:id=\"3\">" + r("-x") + "</w:del><w:ins w:id=\"4\">" + r("+z") + "</w:ins>" +
                       alternate("x9", r("!"), r("?"));
    INFO("depth " << depth);
    CHECK(docxsift::math::omml_to_latex(with_mc(o + r("y") + tail + c, unknown), true) == "y+z?");
    CHECK(docxsift::math::omml_to_latex(with_mc(o + r("y") + tail + c, unknown), false) == "y-x?");
  }
}
