// The character tables of the OMML -> LaTeX converter. Spellings follow
// amsmath/unicode-math names that MathJax and KaTeX also understand; Word's
// own equation editor inserts the same characters for the same commands
// (typing \epsilon gives U+03F5, \varepsilon U+03B5).
#include <algorithm>
#include <array>
#include <vector>

#include "math/detail_symbols.hpp"

namespace docxsift::math::detail {
namespace {

struct Symbol {
  char32_t cp;
  std::string_view tex;
};

// clang-format off
constexpr Symbol kMathSymbols[] = {
    // LaTeX specials: literal in the document, so escaped here.
    {U'#', "\\#"}, {U'$', "\\$"}, {U'%', "\\%"}, {U'&', "\\&"}, {U'_', "\\_"}, {U'{', "\\{"},
    {U'}', "\\}"}, {U'~', "\\sim"}, {U'^', "\\hat{}"}, {U'\\', "\\backslash"},
    // Latin-1
    {0xA0, "\\ "}, {0xAC, "\\neg"}, {0xB0, "^{\\circ}"}, {0xB1, "\\pm"}, {0xB7, "\\cdot"},
    {0xD7, "\\times"}, {0xF7, "\\div"}, {0xF8, "\\emptyset"},
    // Greek: capitals that look Latin are written as Latin letters.
    {0x391, "A"}, {0x392, "B"}, {0x393, "\\Gamma"}, {0x394, "\\Delta"}, {0x395, "E"}, {0x396, "Z"},
    {0x397, "H"}, {0x398, "\\Theta"}, {0x399, "I"}, {0x39A, "K"}, {0x39B, "\\Lambda"}, {0x39C, "M"},
    {0x39D, "N"}, {0x39E, "\\Xi"}, {0x39F, "O"}, {0x3A0, "\\Pi"}, {0x3A1, "P"}, {0x3A3, "\\Sigma"},
    {0x3A4, "T"}, {0x3A5, "\\Upsilon"}, {0x3A6, "\\Phi"}, {0x3A7, "X"}, {0x3A8, "\\Psi"},
    {0x3A9, "\\Omega"},
    {0x3B1, "\\alpha"}, {0x3B2, "\\beta"}, {0x3B3, "\\gamma"}, {0x3B4, "\\delta"},
    {0x3B5, "\\varepsilon"}, {0x3B6, "\\zeta"}, {0x3B7, "\\eta"}, {0x3B8, "\\theta"}, {0x3B9, "\\iota"},
    {0x3BA, "\\kappa"}, {0x3BB, "\\lambda"}, {0x3BC, "\\mu"}, {0x3BD, "\\nu"}, {0x3BE, "\\xi"},
    {0x3BF, "o"}, {0x3C0, "\\pi"}, {0x3C1, "\\rho"}, {0x3C2, "\\varsigma"}, {0x3C3, "\\sigma"},
    {0x3C4, "\\tau"}, {0x3C5, "\\upsilon"}, {0x3C6, "\\varphi"}, {0x3C7, "\\chi"}, {0x3C8, "\\psi"},
    {0x3C9, "\\omega"}, {0x3D1, "\\vartheta"}, {0x3D5, "\\phi"}, {0x3D6, "\\varpi"}, {0x3DD, "\\digamma"},
    {0x3F0, "\\varkappa"}, {0x3F1, "\\varrho"}, {0x3F5, "\\epsilon"},
    // Spaces and invisible operators (function application, invisible times).
    {0x2002, "\\enspace"}, {0x2003, "\\quad"}, {0x2004, "\\;"}, {0x2005, "\\:"}, {0x2006, "\\,"},
    {0x2009, "\\,"}, {0x200A, "\\,"}, {0x200B, ""}, {0x2061, ""}, {0x2062, ""}, {0x2063, ""},
    {0x2064, ""}, {0xFEFF, ""},
    // Punctuation
    {0x2013, "-"}, {0x2016, "\\|"}, {0x2020, "\\dagger"}, {0x2021, "\\ddagger"}, {0x2022, "\\bullet"},
    {0x2026, "\\ldots"}, {0x2032, "'"}, {0x2033, "''"}, {0x2034, "'''"}, {0x203E, "\\overline{}"},
    // Letterlike
    {0x210F, "\\hbar"}, {0x2111, "\\Im"}, {0x2113, "\\ell"}, {0x2118, "\\wp"}, {0x211C, "\\Re"},
    {0x2127, "\\mho"}, {0x2135, "\\aleph"}, {0x2136, "\\beth"}, {0x2137, "\\gimel"},
    // Arrows
    {0x2190, "\\leftarrow"}, {0x2191, "\\uparrow"}, {0x2192, "\\rightarrow"}, {0x2193, "\\downarrow"},
    {0x2194, "\\leftrightarrow"}, {0x2195, "\\updownarrow"}, {0x2196, "\\nwarrow"}, {0x2197, "\\nearrow"},
    {0x2198, "\\searrow"}, {0x2199, "\\swarrow"}, {0x21A6, "\\mapsto"}, {0x21A9, "\\hookleftarrow"},
    {0x21AA, "\\hookrightarrow"}, {0x21BC, "\\leftharpoonup"}, {0x21BD, "\\leftharpoondown"},
    {0x21C0, "\\rightharpoonup"}, {0x21C1, "\\rightharpoondown"}, {0x21CC, "\\rightleftharpoons"},
    {0x21D0, "\\Leftarrow"}, {0x21D1, "\\Uparrow"}, {0x21D2, "\\Rightarrow"}, {0x21D3, "\\Downarrow"},
    {0x21D4, "\\Leftrightarrow"}, {0x21D5, "\\Updownarrow"},
    // Mathematical operators
    {0x2200, "\\forall"}, {0x2201, "\\complement"}, {0x2202, "\\partial"}, {0x2203, "\\exists"},
    {0x2204, "\\nexists"}, {0x2205, "\\emptyset"}, {0x2206, "\\Delta"}, {0x2207, "\\nabla"},
    {0x2208, "\\in"}, {0x2209, "\\notin"}, {0x220A, "\\in"}, {0x220B, "\\ni"}, {0x220C, "\\not\\ni"},
    {0x220F, "\\prod"}, {0x2210, "\\coprod"}, {0x2211, "\\sum"}, {0x2212, "-"}, {0x2213, "\\mp"},
    {0x2214, "\\dotplus"}, {0x2215, "/"}, {0x2216, "\\setminus"}, {0x2217, "\\ast"}, {0x2218, "\\circ"},
    {0x2219, "\\bullet"}, {0x221A, "\\surd"}, {0x221D, "\\propto"}, {0x221E, "\\infty"},
    {0x2220, "\\angle"}, {0x2221, "\\measuredangle"}, {0x2222, "\\sphericalangle"}, {0x2223, "\\mid"},
    {0x2224, "\\nmid"}, {0x2225, "\\parallel"}, {0x2226, "\\nparallel"}, {0x2227, "\\wedge"},
    {0x2228, "\\vee"}, {0x2229, "\\cap"}, {0x222A, "\\cup"}, {0x222B, "\\int"}, {0x222C, "\\iint"},
    {0x222D, "\\iiint"}, {0x222E, "\\oint"}, {0x2234, "\\therefore"}, {0x2235, "\\because"},
    {0x2236, ":"}, {0x2237, "::"}, {0x223C, "\\sim"}, {0x223D, "\\backsim"}, {0x2240, "\\wr"},
    {0x2241, "\\nsim"}, {0x2243, "\\simeq"}, {0x2245, "\\cong"}, {0x2247, "\\ncong"}, {0x2248, "\\approx"},
    {0x224A, "\\approxeq"}, {0x224D, "\\asymp"}, {0x224E, "\\Bumpeq"}, {0x2250, "\\doteq"},
    {0x2252, "\\fallingdotseq"}, {0x2253, "\\risingdotseq"}, {0x2254, ":="}, {0x225C, "\\triangleq"},
    {0x2260, "\\neq"}, {0x2261, "\\equiv"}, {0x2262, "\\not\\equiv"}, {0x2264, "\\leq"}, {0x2265, "\\geq"},
    {0x2266, "\\leqq"}, {0x2267, "\\geqq"}, {0x2268, "\\lneqq"}, {0x2269, "\\gneqq"}, {0x226A, "\\ll"},
    {0x226B, "\\gg"}, {0x226E, "\\nless"}, {0x226F, "\\ngtr"}, {0x2270, "\\nleq"}, {0x2271, "\\ngeq"},
    {0x2272, "\\lesssim"}, {0x2273, "\\gtrsim"}, {0x2276, "\\lessgtr"}, {0x2277, "\\gtrless"},
    {0x227A, "\\prec"}, {0x227B, "\\succ"}, {0x227C, "\\preccurlyeq"}, {0x227D, "\\succcurlyeq"},
    {0x2282, "\\subset"}, {0x2283, "\\supset"}, {0x2284, "\\not\\subset"}, {0x2285, "\\not\\supset"},
    {0x2286, "\\subseteq"}, {0x2287, "\\supseteq"}, {0x2288, "\\nsubseteq"}, {0x2289, "\\nsupseteq"},
    {0x228A, "\\subsetneq"}, {0x228B, "\\supsetneq"}, {0x228E, "\\uplus"}, {0x228F, "\\sqsubset"},
    {0x2290, "\\sqsupset"}, {0x2291, "\\sqsubseteq"}, {0x2292, "\\sqsupseteq"}, {0x2293, "\\sqcap"},
    {0x2294, "\\sqcup"}, {0x2295, "\\oplus"}, {0x2296, "\\ominus"}, {0x2297, "\\otimes"},
    {0x2298, "\\oslash"}, {0x2299, "\\odot"}, {0x22A2, "\\vdash"}, {0x22A3, "\\dashv"}, {0x22A4, "\\top"},
    {0x22A5, "\\perp"}, {0x22A8, "\\models"}, {0x22C0, "\\bigwedge"}, {0x22C1, "\\bigvee"},
    {0x22C2, "\\bigcap"}, {0x22C3, "\\bigcup"}, {0x22C4, "\\diamond"}, {0x22C5, "\\cdot"},
    {0x22C6, "\\star"}, {0x22C8, "\\bowtie"}, {0x22EE, "\\vdots"}, {0x22EF, "\\cdots"},
    {0x22F1, "\\ddots"},
    // Miscellaneous technical, shapes
    {0x2308, "\\lceil"}, {0x2309, "\\rceil"}, {0x230A, "\\lfloor"}, {0x230B, "\\rfloor"},
    {0x25A1, "\\square"}, {0x25B3, "\\triangle"}, {0x25B7, "\\triangleright"}, {0x25C1, "\\triangleleft"},
    {0x25CB, "\\bigcirc"}, {0x2605, "\\bigstar"}, {0x27E8, "\\langle"}, {0x27E9, "\\rangle"},
    {0x27F5, "\\longleftarrow"}, {0x27F6, "\\longrightarrow"}, {0x27F7, "\\longleftrightarrow"},
    {0x27F8, "\\Longleftarrow"}, {0x27F9, "\\Longrightarrow"}, {0x27FA, "\\Longleftrightarrow"},
    {0x27FC, "\\longmapsto"}, {0x2A00, "\\bigodot"}, {0x2A01, "\\bigoplus"}, {0x2A02, "\\bigotimes"},
    {0x2A04, "\\biguplus"}, {0x2A06, "\\bigsqcup"}, {0x2A3F, "\\amalg"}, {0x2A7D, "\\leqslant"},
    {0x2A7E, "\\geqslant"}, {0x2AAF, "\\preceq"}, {0x2AB0, "\\succeq"},
};

constexpr Symbol kTextSymbols[] = {
    {U'#', "\\#"}, {U'$', "\\$"}, {U'%', "\\%"}, {U'&', "\\&"}, {U'_', "\\_"}, {U'{', "\\{"},
    {U'}', "\\}"}, {U'~', "\\textasciitilde{}"}, {U'^', "\\textasciicircum{}"},
    {U'\\', "\\textbackslash{}"},
};

constexpr Symbol kNary[] = {
    {0x220F, "\\prod"}, {0x2210, "\\coprod"}, {0x2211, "\\sum"}, {0x222B, "\\int"}, {0x222C, "\\iint"},
    {0x222D, "\\iiint"}, {0x222E, "\\oint"}, {0x222F, "\\oiint"}, {0x2230, "\\oiiint"},
    {0x2231, "\\intclockwise"}, {0x2232, "\\varointclockwise"}, {0x2233, "\\ointctrclockwise"},
    {0x22C0, "\\bigwedge"}, {0x22C1, "\\bigvee"}, {0x22C2, "\\bigcap"}, {0x22C3, "\\bigcup"},
    {0x2A00, "\\bigodot"}, {0x2A01, "\\bigoplus"}, {0x2A02, "\\bigotimes"}, {0x2A04, "\\biguplus"},
    {0x2A06, "\\bigsqcup"}, {0x2A0C, "\\iiiint"},
};

struct AccentEntry {
  char32_t cp;
  Accent accent;
};

constexpr AccentEntry kAccents[] = {
    {U'^', {"\\hat", "\\widehat"}}, {U'~', {"\\tilde", "\\widetilde"}}, {U'`', {"\\grave", "\\grave"}},
    {0xA8, {"\\ddot", "\\ddot"}}, {0xAF, {"\\bar", "\\overline"}}, {0xB4, {"\\acute", "\\acute"}},
    {0x2C6, {"\\hat", "\\widehat"}}, {0x2C7, {"\\check", "\\check"}}, {0x2D8, {"\\breve", "\\breve"}},
    {0x2D9, {"\\dot", "\\dot"}}, {0x2DC, {"\\tilde", "\\widetilde"}},
    {0x300, {"\\grave", "\\grave"}}, {0x301, {"\\acute", "\\acute"}}, {0x302, {"\\hat", "\\widehat"}},
    {0x303, {"\\tilde", "\\widetilde"}}, {0x304, {"\\bar", "\\overline"}}, {0x305, {"\\bar", "\\overline"}},
    {0x306, {"\\breve", "\\breve"}}, {0x307, {"\\dot", "\\dot"}}, {0x308, {"\\ddot", "\\ddot"}},
    {0x30A, {"\\mathring", "\\mathring"}}, {0x30C, {"\\check", "\\check"}},
    {0x20D0, {"\\overleftharpoon", "\\overleftharpoon"}},
    {0x20D1, {"\\overrightharpoon", "\\overrightharpoon"}},
    {0x20D6, {"\\overleftarrow", "\\overleftarrow"}}, {0x20D7, {"\\vec", "\\overrightarrow"}},
    {0x20DB, {"\\dddot", "\\dddot"}}, {0x20DC, {"\\ddddot", "\\ddddot"}},
    {0x20E1, {"\\overleftrightarrow", "\\overleftrightarrow"}}, {0x2190, {"\\overleftarrow", "\\overleftarrow"}},
    {0x2192, {"\\vec", "\\overrightarrow"}}, {0x2194, {"\\overleftrightarrow", "\\overleftrightarrow"}},
};

constexpr Symbol kDelimiters[] = {
    {U'(', "("}, {U')', ")"}, {U'[', "["}, {U']', "]"}, {U'{', "\\{"}, {U'}', "\\}"}, {U'|', "|"},
    {U'/', "/"}, {U'<', "\\langle"}, {U'>', "\\rangle"}, {0x2016, "\\|"}, {0x2223, "|"}, {0x2225, "\\|"},
    {0x2308, "\\lceil"}, {0x2309, "\\rceil"}, {0x230A, "\\lfloor"}, {0x230B, "\\rfloor"},
    {0x2329, "\\langle"}, {0x232A, "\\rangle"}, {0x27E6, "[\\!["}, {0x27E7, "]\\!]"},
    {0x27E8, "\\langle"}, {0x27E9, "\\rangle"}, {0x27EE, "\\lgroup"}, {0x27EF, "\\rgroup"},
};

constexpr std::string_view kFunctions[] = {
    "arccos", "arcsin", "arctan", "arg", "cos", "cosh", "cot", "coth", "csc", "deg", "det", "dim",
    "exp", "gcd", "hom", "inf", "ker", "lg", "lim", "liminf", "limsup", "ln", "log", "max", "min",
    "Pr", "sec", "sin", "sinh", "sup", "tan", "tanh",
};

constexpr std::string_view kLimitFunctions[] = {
    "\\det", "\\gcd", "\\inf", "\\lim", "\\liminf", "\\limsup", "\\max", "\\min", "\\Pr", "\\sup",
};
// clang-format on

template <typename Table>
std::string_view lookup(const Table& table, char32_t cp) {
  // The tables are short and sorted per block; a linear scan of a few hundred
  // entries per character is far below the cost of parsing the XML.
  for (const auto& s : table) {
    if (s.cp == cp) return s.tex;
  }
  return {};
}

// Fonts of the 52-letter blocks of U+1D400..U+1D6A3, in block order.
constexpr std::string_view kLetterFonts[] = {
    "\\mathbf",   "",         "\\boldsymbol", "\\mathcal", "\\mathcal", "\\mathfrak", "\\mathbb",
    "\\mathfrak", "\\mathsf", "\\mathsf",     "\\mathsf",  "\\mathsf",  "\\mathtt",
};
// Fonts of the 10-digit blocks of U+1D7CE..U+1D7FF.
constexpr std::string_view kDigitFonts[] = {"\\mathbf", "\\mathbb", "\\mathsf", "\\mathsf", "\\mathtt"};

}  // namespace

std::string_view math_symbol(char32_t cp) { return lookup(kMathSymbols, cp); }

std::string_view text_symbol(char32_t cp) { return lookup(kTextSymbols, cp); }

bool math_alphanumeric(char32_t cp, char& base, std::string_view& font) {
  if (cp >= 0x1D400 && cp < 0x1D400 + 52 * 13) {
    std::uint32_t offset = cp - 0x1D400;
    std::uint32_t letter = offset % 52;
    base = static_cast<char>(letter < 26 ? 'A' + letter : 'a' + (letter - 26));
    font = kLetterFonts[offset / 52];
    return true;
  }
  if (cp >= 0x1D7CE && cp <= 0x1D7FF) {
    std::uint32_t offset = cp - 0x1D7CE;
    base = static_cast<char>('0' + offset % 10);
    font = kDigitFonts[offset / 10];
    return true;
  }
  // Letterlike symbols standing in for the holes of the blocks above.
  struct Letterlike {
    char32_t cp;
    char base;
    std::string_view font;
  };
  static constexpr Letterlike kLetterlike[] = {
      {0x2102, 'C', "\\mathbb"},   {0x210A, 'g', "\\mathcal"}, {0x210B, 'H', "\\mathcal"},  {0x210C, 'H', "\\mathfrak"},
      {0x210D, 'H', "\\mathbb"},   {0x210E, 'h', ""},          {0x2110, 'I', "\\mathcal"},  {0x2112, 'L', "\\mathcal"},
      {0x2115, 'N', "\\mathbb"},   {0x2119, 'P', "\\mathbb"},  {0x211A, 'Q', "\\mathbb"},   {0x211B, 'R', "\\mathcal"},
      {0x211D, 'R', "\\mathbb"},   {0x2124, 'Z', "\\mathbb"},  {0x2128, 'Z', "\\mathfrak"}, {0x212C, 'B', "\\mathcal"},
      {0x212D, 'C', "\\mathfrak"}, {0x212F, 'e', "\\mathcal"}, {0x2130, 'E', "\\mathcal"},  {0x2131, 'F', "\\mathcal"},
      {0x2133, 'M', "\\mathcal"},  {0x2134, 'o', "\\mathcal"},
  };
  for (const Letterlike& l : kLetterlike) {
    if (l.cp == cp) {
      base = l.base;
      font = l.font;
      return true;
    }
  }
  return false;
}

std::string_view function_command(std::string_view name) {
  // The command is the name after a backslash, built once.
  static const std::vector<std::string> commands = [] {
    std::vector<std::string> out;
    for (std::string_view f : kFunctions) out.push_back("\\" + std::string(f));
    return out;
  }();
  for (std::size_t i = 0; i < std::size(kFunctions); ++i) {
    if (kFunctions[i] == name) return commands[i];
  }
  return {};
}

bool takes_limits(std::string_view command) {
  return std::find(std::begin(kLimitFunctions), std::end(kLimitFunctions), command) != std::end(kLimitFunctions);
}

std::string_view nary_command(char32_t cp) { return lookup(kNary, cp); }

bool is_integral(char32_t cp) { return (cp >= 0x222B && cp <= 0x2233) || cp == 0x2A0C; }

Accent accent_command(char32_t cp) {
  for (const AccentEntry& a : kAccents) {
    if (a.cp == cp) return a.accent;
  }
  return {};
}

std::string_view delimiter(char32_t cp) { return lookup(kDelimiters, cp); }

}  // namespace docxsift::math::detail
