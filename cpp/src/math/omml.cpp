// Office Math (OMML, ECMA-376 Part 1 §22.1) to LaTeX. One recursive descent
// over the equation's elements, bounded in depth: below kMaxDepth a subtree
// is written as its plain text, so hostile nesting cannot exhaust the stack.
// The mapping of each construct, and why, is in docs/equations.md.
#include <optional>
#include <pugixml.hpp>
#include <string>
#include <string_view>
#include <vector>

#include "docxsift/errors.hpp"
#include "docxsift/math.hpp"
#include "docxsift/utf8.hpp"
#include "math/detail_omml.hpp"
#include "math/detail_symbols.hpp"
#include "opc/detail_namespaces.hpp"

namespace docxsift::math::detail {
namespace {

// Nesting of OMML elements converted structurally. Real equations stay far
// below (each fraction or script costs two levels); deeper subtrees keep
// their text. Small enough for any thread's stack, ASan frames included.
constexpr int kMaxDepth = 128;

// Namespaces and the mc:Choice rule are the story reader's (opc): an
// equation's LaTeX and its linear text come from the same branch.
using opc::detail::Ns;

bool is_ascii_letter(char c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'); }

// Letters and digits of words (not operators or punctuation).
bool wordish(char32_t cp) {
  if (cp < 0x80) return is_ascii_letter(static_cast<char>(cp)) || (cp >= '0' && cp <= '9');
  return (cp >= 0xC0 && cp <= 0x24F && cp != 0xD7 && cp != 0xF7) || (cp >= 0x370 && cp <= 0x3FF) ||
         (cp >= 0x400 && cp <= 0x4FF) || (cp >= 0x2E80 && cp <= 0xD7FF) || (cp >= 0xF900 && cp <= 0xFAFF) ||
         (cp >= 0x1D400 && cp <= 0x1D7FF);
}

// Whether `s` ends in a control word ("\alpha"): a letter appended next would
// become part of the command's name, so glue() puts a space between.
bool ends_with_control_word(std::string_view s) {
  std::size_t i = s.size();
  while (i > 0 && is_ascii_letter(s[i - 1])) --i;
  if (i == s.size() || i == 0) return false;
  std::size_t backslashes = 0;
  while (i > 0 && s[i - 1] == '\\') {
    --i;
    ++backslashes;
  }
  return backslashes % 2 == 1;  // "\\x" is a line break followed by x
}

void glue(std::string& out, std::string_view next) {
  if (next.empty()) return;
  if (is_ascii_letter(next.front()) && ends_with_control_word(out)) out.push_back(' ');
  out.append(next);
}

std::string_view local_name(const pugi::xml_node& node) {
  std::string_view name = node.name();
  auto colon = name.find(':');
  return colon == std::string_view::npos ? name : name.substr(colon + 1);
}

std::string_view prefix_of(std::string_view qualified) {
  auto colon = qualified.find(':');
  return colon == std::string_view::npos ? std::string_view{} : qualified.substr(0, colon);
}

bool ends_with(std::string_view s, std::string_view suffix) {
  return s.size() >= suffix.size() && s.substr(s.size() - suffix.size()) == suffix;
}

void append_pcdata(std::string& out, const pugi::xml_node& node) {
  for (pugi::xml_node c = node.first_child(); c; c = c.next_sibling()) {
    if (c.type() == pugi::node_pcdata || c.type() == pugi::node_cdata) out += c.value();
  }
}

// One converted piece of an equation.
struct Tex {
  std::string s;
  bool atom = false;    // one symbol or one group: takes ^ and _ without braces
  bool limits = false;  // an operator whose limits sit underneath (\lim, \underbrace)
};

// What the surrounding elements tell a run about its text.
struct Context {
  bool fname = false;      // inside m:fName: words are function names
  bool functions = false;  // base of m:limLow/m:limUpp: known function names are commands
  bool eqarr = false;      // directly in an m:eqArr row: '&' marks an alignment point
};

// The base of a script: braces unless it is one symbol.
std::string base_of(const Tex& t) {
  if (t.s.empty()) return "{}";
  if (t.atom || t.limits) return t.s;
  return "{" + t.s + "}";
}

class Converter {
 public:
  explicit Converter(const OmmlOptions& options)
      : accept_(options.accept_revisions), hidden_(options.hidden_run), outer_scope_(options.outer_scope) {}

  OmmlStats stats;

  std::string convert(const pugi::xml_node& node) {
    bind_ancestors(node, outer_scope_);
    Tex t = element(node, {}, 0);
    std::string_view s = t.s;
    while (!s.empty() && s.front() == ' ') s.remove_prefix(1);
    while (!s.empty() && s.back() == ' ' && !(s.size() >= 2 && s[s.size() - 2] == '\\')) {
      s.remove_suffix(1);
    }
    return std::string(s);
  }

 private:
  struct Binding {
    std::string_view prefix;
    Ns ns;
    bool understood;  // as the story reader judges mc:Choice Requires
  };

  // ------------------------------------------------------------ namespaces
  void bind_ancestors(const pugi::xml_node& node, const pugi::xml_node& outer_scope) {
    std::vector<pugi::xml_node> chain;
    for (pugi::xml_node n = node.parent(); n; n = n.parent()) chain.push_back(n);
    for (pugi::xml_node n = outer_scope; n; n = n.parent()) chain.push_back(n);
    for (auto it = chain.rbegin(); it != chain.rend(); ++it) bind(*it);
  }

  // Pushes the xmlns declarations of `node`; returns how many.
  std::size_t bind(const pugi::xml_node& node) {
    std::size_t pushed = 0;
    for (pugi::xml_attribute a = node.first_attribute(); a; a = a.next_attribute()) {
      std::string_view name = a.name();
      if (name.substr(0, 5) != "xmlns") continue;
      if (name.size() > 5 && name[5] != ':') continue;
      Ns ns = opc::detail::namespace_of_uri(a.value());
      bindings_.push_back({name.size() > 5 ? name.substr(6) : std::string_view{}, ns, opc::detail::understood(ns)});
      ++pushed;
    }
    return pushed;
  }

  static bool declares_namespaces(const pugi::xml_node& node) {
    for (pugi::xml_attribute a = node.first_attribute(); a; a = a.next_attribute()) {
      if (std::string_view(a.name()).substr(0, 5) == "xmlns") return true;
    }
    return false;
  }

  Ns ns_of(const pugi::xml_node& node) const {
    std::string_view prefix = prefix_of(node.name());
    for (auto it = bindings_.rbegin(); it != bindings_.rend(); ++it) {
      if (it->prefix == prefix) return it->ns;
    }
    return Ns::Other;
  }

  bool understood_prefix(std::string_view prefix) const {
    if (prefix == "xml") return true;
    for (auto it = bindings_.rbegin(); it != bindings_.rend(); ++it) {
      if (it->prefix == prefix) return it->understood;
    }
    return false;
  }

  // The branch of an mc:AlternateContent to read, by the story reader's rule
  // (wml/story_containers.cpp choose()): the first mc:Choice all of whose
  // Requires prefixes name understood namespaces, else the first mc:Fallback;
  // so an equation's LaTeX and its linear text come from the same branch.
  pugi::xml_node choose(const pugi::xml_node& alternate) {
    pugi::xml_node fallback;
    for (pugi::xml_node c = alternate.first_child(); c; c = c.next_sibling()) {
      if (c.type() != pugi::node_element) continue;
      std::size_t pushed = bind(c);
      bool ok = false;
      if (is(c, Ns::MC, "Choice")) {
        ok = opc::detail::choice_requirements_met(c.attribute("Requires").value(),
                                                  [&](std::string_view prefix) { return understood_prefix(prefix); });
      } else if (is(c, Ns::MC, "Fallback") && !fallback) {
        fallback = c;
      }
      bindings_.resize(bindings_.size() - pushed);
      if (ok) return c;
    }
    return fallback;
  }

  // A run the caller reports hidden: left out, and counted.
  bool hidden(const pugi::xml_node& run) {
    if (!hidden_ || !hidden_(run)) return false;
    ++stats.hidden_runs;
    return true;
  }

  bool is(const pugi::xml_node& node, Ns ns, std::string_view local) const {
    return node.type() == pugi::node_element && local_name(node) == local && ns_of(node) == ns;
  }

  pugi::xml_node child(const pugi::xml_node& node, std::string_view local) const {
    for (pugi::xml_node c = node.first_child(); c; c = c.next_sibling()) {
      if (is(c, Ns::M, local)) return c;
    }
    return {};
  }

  // m:xxxPr/m:name of an element: a property, or an empty node.
  pugi::xml_node property(const pugi::xml_node& node, std::string_view pr, std::string_view name) const {
    pugi::xml_node props = child(node, pr);
    return props ? child(props, name) : pugi::xml_node();
  }

  static std::string_view val(const pugi::xml_node& node) {
    for (pugi::xml_attribute a = node.first_attribute(); a; a = a.next_attribute()) {
      std::string_view name = a.name();
      auto colon = name.find(':');
      if ((colon == std::string_view::npos ? name : name.substr(colon + 1)) == "val") return a.value();
    }
    return {};
  }

  // An on/off property: absent = `absent`; present without m:val = on.
  static bool on_off(const pugi::xml_node& node, bool absent) {
    if (!node) return absent;
    std::string_view v = val(node);
    return !(v == "off" || v == "0" || v == "false");
  }

  // A character property (m:chr, m:begChr): absent = `absent`; present with
  // an empty m:val = no character (0).
  static char32_t char_val(const pugi::xml_node& node, char32_t absent) {
    if (!node) return absent;
    std::string_view v = val(node);
    if (v.empty()) return 0;
    std::size_t i = 0;
    return next_code_point(v, i);
  }

  // ------------------------------------------------------------- elements
  Tex element(const pugi::xml_node& node, const Context& ctx, int depth) {
    if (depth > kMaxDepth) return plain_text(node);
    std::size_t pushed = bind(node);
    Tex t = dispatch(node, ctx, depth);
    bindings_.resize(bindings_.size() - pushed);
    return t;
  }

  Tex dispatch(const pugi::xml_node& node, const Context& ctx, int depth) {
    std::string_view l = local_name(node);
    switch (ns_of(node)) {
      case Ns::M:
        if (ends_with(l, "Pr")) return {};  // properties: read by their owner
        if (l == "oMathPara") return math_para(node, ctx, depth);
        if (l == "r" || l == "t") return hidden(node) ? Tex{} : run(node, ctx, false);
        if (l == "f") return fraction(node, depth);
        if (l == "sSup" || l == "sSub" || l == "sSubSup") return script(node, ctx, l, depth);
        if (l == "sPre") return pre_script(node, depth);
        if (l == "rad") return radical(node, depth);
        if (l == "nary") return nary(node, depth);
        if (l == "d") return delimited(node, depth);
        if (l == "m") return matrix(node, depth);
        if (l == "eqArr") return equation_array(node, depth);
        if (l == "acc") return accent(node, depth);
        if (l == "bar") return bar(node, depth);
        if (l == "func") return function(node, depth);
        if (l == "limLow" || l == "limUpp") return limit(node, ctx, l == "limLow", depth);
        if (l == "groupChr") return group_char(node, depth);
        if (l == "borderBox") return wrap("\\boxed{", arg(node, "e", {}, depth), "}");
        if (l == "phant") return phantom(node, ctx, depth);
        // oMath, box and the argument elements (e, num, den, sub, sup, deg,
        // lim, fName) are sequences; so is anything unknown.
        return sequence(node, ctx, depth);
      case Ns::W:
        if (ends_with(l, "Pr")) return {};
        if (l == "r" || l == "t" || l == "delText") return hidden(node) ? Tex{} : run(node, ctx, true);
        if (l == "ins" || l == "moveTo") return accept_ ? sequence(node, ctx, depth) : Tex{};
        if (l == "del" || l == "moveFrom") return accept_ ? Tex{} : sequence(node, ctx, depth);
        return sequence(node, ctx, depth);
      case Ns::MC:
        if (l == "AlternateContent") {
          pugi::xml_node branch = choose(node);
          return branch ? element(branch, ctx, depth + 1) : Tex{};
        }
        return sequence(node, ctx, depth);
      default:  // any other namespace: its children, in order
        break;
    }
    return sequence(node, ctx, depth);
  }

  // The children of `node`, one after the other. Adjacent m:r of one style
  // are read as one text: Word splits runs anywhere ("wit" + "h "), and
  // words and the spaces between them are only recognised whole.
  Tex sequence(const pugi::xml_node& node, const Context& ctx, int depth) {
    Tex out;
    int pieces = 0;
    Tex last;
    auto add = [&](Tex t) {
      if (t.s.empty()) return;
      ++pieces;
      glue(out.s, t.s);
      last.atom = t.atom;
      last.limits = t.limits;
    };
    std::optional<RunText> pending;
    for (pugi::xml_node c = node.first_child(); c; c = c.next_sibling()) {
      if (c.type() != pugi::node_element) continue;
      if (is(c, Ns::M, "r") && depth < kMaxDepth && !declares_namespaces(c)) {
        if (hidden(c)) continue;
        RunText r = read_run(c, false);
        if (!r.text.empty()) ++stats.visible_runs;
        if (pending && !r.align && pending->same_style(r)) {
          pending->text += r.text;
          continue;
        }
        if (pending) add(run_tex(*pending, ctx));
        pending = std::move(r);
        continue;
      }
      if (pending) {
        add(run_tex(*pending, ctx));
        pending.reset();
      }
      add(element(c, ctx, depth + 1));
    }
    if (pending) add(run_tex(*pending, ctx));
    if (pieces == 1) {
      out.atom = last.atom;
      out.limits = last.limits;
    }
    return out;
  }

  // The named argument child of `node` (m:e, m:num, ...), converted. A
  // missing m:e (malformed markup) is taken to be the loose children that are
  // no other argument, so that their text survives.
  Tex arg(const pugi::xml_node& node, std::string_view name, const Context& ctx, int depth) {
    if (pugi::xml_node a = child(node, name)) return element(a, ctx, depth + 1);
    if (name != "e") return {};
    Tex out;
    for (pugi::xml_node c = node.first_child(); c; c = c.next_sibling()) {
      if (c.type() != pugi::node_element) continue;
      std::string_view l = local_name(c);
      if (ns_of(c) == Ns::M && (ends_with(l, "Pr") || l == "num" || l == "den" || l == "sub" || l == "sup" ||
                                l == "deg" || l == "lim" || l == "fName")) {
        continue;
      }
      Tex t = element(c, ctx, depth + 1);
      if (t.s.empty()) continue;
      if (out.s.empty()) {
        out = std::move(t);
      } else {
        glue(out.s, t.s);
        out.atom = out.limits = false;
      }
    }
    return out;
  }

  static Tex wrap(std::string_view open, const Tex& t, std::string_view close) {
    Tex out;
    out.s.reserve(open.size() + t.s.size() + close.size());
    out.s.append(open).append(t.s).append(close);
    out.atom = true;
    return out;
  }

  Tex math_para(const pugi::xml_node& node, const Context& ctx, int depth) {
    Tex out;
    int lines = 0;
    Tex last;
    for (pugi::xml_node c = node.first_child(); c; c = c.next_sibling()) {
      if (c.type() != pugi::node_element) continue;
      Tex t = element(c, ctx, depth + 1);
      if (t.s.empty()) continue;
      if (lines++ > 0) out.s += " \\\\ ";
      out.s += t.s;
      last = std::move(t);
    }
    if (lines == 1) return last;
    return out;
  }

  // ----------------------------------------------------------------- runs
  // m:r (or w:r, whose text Word shows as ordinary text inside the equation).
  // A text run's properties and text, before conversion.
  struct RunText {
    bool normal = false;  // m:nor: ordinary text, not math
    bool align = false;   // m:aln: an alignment point before the run
    std::string_view sty, scr;
    std::string text;

    bool same_style(const RunText& o) const { return normal == o.normal && sty == o.sty && scr == o.scr; }
  };

  RunText read_run(const pugi::xml_node& node, bool word_run) const {
    RunText run;
    run.normal = word_run;
    if (local_name(node) != "r") {
      append_pcdata(run.text, node);  // a bare m:t or w:t
      return run;
    }
    for (pugi::xml_node c = node.first_child(); c; c = c.next_sibling()) {
      if (c.type() != pugi::node_element) continue;
      Ns ns = ns_of(c);
      std::string_view l = local_name(c);
      if (ns == Ns::M && l == "rPr") {
        for (pugi::xml_node p = c.first_child(); p; p = p.next_sibling()) {
          if (p.type() != pugi::node_element || ns_of(p) != Ns::M) continue;
          std::string_view pl = local_name(p);
          if (pl == "nor") run.normal = on_off(p, true);
          if (pl == "sty") run.sty = val(p);
          if (pl == "scr") run.scr = val(p);
          if (pl == "aln") run.align = on_off(p, true);
        }
      } else if ((ns == Ns::M && l == "t") || (ns == Ns::W && (l == "t" || l == "delText"))) {
        append_pcdata(run.text, c);
      }
    }
    return run;
  }

  // m:r (or w:r, whose text Word shows as ordinary text inside the equation).
  Tex run(const pugi::xml_node& node, const Context& ctx, bool word_run) {
    RunText r = read_run(node, word_run);
    if (!r.text.empty()) ++stats.visible_runs;
    return run_tex(r, ctx);
  }

  Tex run_tex(const RunText& run, const Context& ctx) {
    Tex out;
    if (run.align && ctx.eqarr) {
      out.s = "&";
      ++alignment_marks_;
    }
    if (run.text.empty()) return out;
    if (run.normal) {
      out.s += "\\text{" + text_mode(run.text) + "}";
      out.atom = !run.align;
      return out;
    }
    // A script font (m:scr) is the run's whole look: no \mathrm inside \mathbb.
    const bool scripted = run.scr == "double-struck" || run.scr == "fraktur" || run.scr == "script" ||
                          run.scr == "sans-serif" || run.scr == "monospace";
    Tex body = math_text(run.text, scripted ? std::string_view{} : run.sty, ctx);
    std::string_view font = run.sty == "b" ? "\\mathbf" : run.sty == "bi" ? "\\boldsymbol" : "";
    if (run.scr == "double-struck") font = "\\mathbb";
    if (run.scr == "fraktur") font = "\\mathfrak";
    if (run.scr == "script") font = "\\mathcal";
    if (run.scr == "sans-serif") font = "\\mathsf";
    if (run.scr == "monospace") font = "\\mathtt";
    if (!font.empty()) body = wrap(std::string(font) + "{", body, "}");
    glue(out.s, body.s);
    out.atom = body.atom && !run.align;
    out.limits = body.limits && !run.align;
    return out;
  }

  static std::string text_mode(std::string_view text) {
    std::string out;
    for (std::size_t i = 0; i < text.size();) {
      std::size_t start = i;
      char32_t cp = next_code_point(text, i);
      std::string_view sym = text_symbol(cp);
      if (!sym.empty()) {
        out.append(sym);
      } else if (cp == 0xFFFD && text.substr(start, i - start) != "\xEF\xBF\xBD") {
        append_utf8(out, cp);
      } else {
        out.append(text.substr(start, i - start));
      }
    }
    return out;
  }

  // Math-mode text: symbols become commands; with upright style (m:sty p)
  // or in a function name, words become \sin, \operatorname{...}, \mathrm{...}.
  Tex math_text(std::string_view text, std::string_view sty, const Context& ctx) {
    const bool upright = sty == "p" || sty == "b";
    Tex out;
    int symbols = 0;
    for (std::size_t i = 0; i < text.size();) {
      if (is_ascii_letter(text[i])) {
        std::size_t j = i;
        while (j < text.size() && is_ascii_letter(text[j])) ++j;
        std::string_view word = text.substr(i, j - i);
        i = j;
        std::string_view command =
            (upright || ctx.fname || ctx.functions) ? function_command(word) : std::string_view{};
        if (!command.empty()) {
          glue(out.s, command);
          out.limits = takes_limits(command);
          ++symbols;
        } else if (ctx.fname && word.size() > 1) {
          glue(out.s, "\\operatorname{" + std::string(word) + "}");
          out.limits = true;
          ++symbols;
        } else if (sty == "p") {
          glue(out.s, "\\mathrm{" + std::string(word) + "}");
          ++symbols;
        } else {
          glue(out.s, word);
          symbols += static_cast<int>(word.size());
        }
        continue;
      }
      std::size_t start = i;
      char32_t cp = next_code_point(text, i);
      if (cp == ' ') {
        // Between words ("group with braces") a space is kept, as Word draws
        // it; beside operators LaTeX spaces by itself.
        std::size_t j = i;
        while (j < text.size() && text[j] == ' ') ++j;
        bool between_words = false;
        if (start > 0 && j < text.size()) {
          std::size_t k = utf8_char_start(text, start - 1);
          std::size_t after = j;
          between_words = wordish(next_code_point(text, k)) && wordish(next_code_point(text, after));
        }
        for (std::size_t n = start; n < j; ++n) out.s += between_words ? "\\ " : " ";
        i = j;
        continue;
      }
      if (cp == '&' && ctx.eqarr) {
        out.s += '&';
        ++alignment_marks_;
        symbols += 2;  // never an atom
        continue;
      }
      char base = 0;
      std::string_view font;
      if (math_alphanumeric(cp, base, font)) {
        if (font.empty()) {
          glue(out.s, std::string_view(&base, 1));
        } else {
          glue(out.s, std::string(font) + "{" + base + "}");
        }
        ++symbols;
        continue;
      }
      std::string_view sym = math_symbol(cp);
      if (!sym.empty()) {
        glue(out.s, sym);
        ++symbols;
      } else if (cp == 0x200B || cp == 0x2061 || cp == 0x2062 || cp == 0x2063 || cp == 0x2064 || cp == 0xFEFF) {
        // invisible operators: nothing to draw
      } else if (cp == 0xFFFD) {
        out.s += "\xEF\xBF\xBD";
        ++symbols;
      } else {
        glue(out.s, text.substr(start, i - start));
        ++symbols;
      }
    }
    out.atom = symbols == 1;
    if (symbols != 1) out.limits = false;
    return out;
  }

  // ------------------------------------------------------------ structures
  Tex fraction(const pugi::xml_node& node, int depth) {
    std::string_view type = val(property(node, "fPr", "type"));
    Tex num = arg(node, "num", {}, depth);
    Tex den = arg(node, "den", {}, depth);
    Tex out;
    if (type == "lin") {
      out.s = base_of(num) + "/" + base_of(den);
    } else if (type == "skw") {
      out.s = "^{" + num.s + "}/_{" + den.s + "}";
    } else if (type == "noBar") {
      out.s = "\\genfrac{}{}{0pt}{}{" + num.s + "}{" + den.s + "}";
    } else {
      out.s = "\\frac{" + num.s + "}{" + den.s + "}";
    }
    return out;
  }

  Tex script(const pugi::xml_node& node, const Context& ctx, std::string_view kind, int depth) {
    Context base_ctx;
    base_ctx.fname = ctx.fname;
    base_ctx.functions = ctx.functions || ctx.fname;
    Tex e = arg(node, "e", base_ctx, depth);
    Tex out;
    out.s = base_of(e);
    if (kind != "sSup") out.s += "_{" + arg(node, "sub", {}, depth).s + "}";
    if (kind != "sSub") out.s += "^{" + arg(node, "sup", {}, depth).s + "}";
    out.limits = e.limits;
    return out;
  }

  Tex pre_script(const pugi::xml_node& node, int depth) {
    Tex out;
    Tex sub = arg(node, "sub", {}, depth);
    Tex sup = arg(node, "sup", {}, depth);
    out.s = "{}";
    if (!sub.s.empty() || sup.s.empty()) out.s += "_{" + sub.s + "}";
    if (!sup.s.empty()) out.s += "^{" + sup.s + "}";
    glue(out.s, base_of(arg(node, "e", {}, depth)));
    return out;
  }

  Tex radical(const pugi::xml_node& node, int depth) {
    bool hide = on_off(property(node, "radPr", "degHide"), false);
    Tex degree = arg(node, "deg", {}, depth);
    Tex e = arg(node, "e", {}, depth);
    if (hide || degree.s.empty()) return wrap("\\sqrt{", e, "}");
    return wrap("\\sqrt[" + degree.s + "]{", e, "}");
  }

  Tex nary(const pugi::xml_node& node, int depth) {
    pugi::xml_node props = child(node, "naryPr");
    char32_t chr = 0x222B;  // no m:chr: an integral
    std::string_view location;
    bool sub_hide = false, sup_hide = false;
    if (props) {
      chr = char_val(child(props, "chr"), 0x222B);
      if (chr == 0) chr = 0x222B;
      location = val(child(props, "limLoc"));
      sub_hide = on_off(child(props, "subHide"), false);
      sup_hide = on_off(child(props, "supHide"), false);
    }
    Tex out;
    std::string_view command = nary_command(chr);
    if (command.empty()) {
      std::string symbol;
      std::string_view sym = math_symbol(chr);
      if (sym.empty()) {
        append_utf8(symbol, chr);
      } else {
        symbol = sym;
      }
      out.s = "\\mathop{" + symbol + "}";
    } else {
      out.s = command;
    }
    Tex sub = arg(node, "sub", {}, depth);
    Tex sup = arg(node, "sup", {}, depth);
    const bool show_sub = !sub_hide && !sub.s.empty();
    const bool show_sup = !sup_hide && !sup.s.empty();
    // Only where Word's placement differs from LaTeX's default for the operator.
    if (show_sub || show_sup) {
      if (is_integral(chr) && location == "undOvr") out.s += "\\limits";
      if (!is_integral(chr) && location == "subSup") out.s += "\\nolimits";
    }
    if (show_sub) out.s += "_{" + sub.s + "}";
    if (show_sup) out.s += "^{" + sup.s + "}";
    glue(out.s, arg(node, "e", {}, depth).s);
    return out;
  }

  // A delimiter character as LaTeX: for \left/\right when `sized` and the
  // character can be one, else as a symbol.
  static std::string delimiter_tex(char32_t cp, bool& sizable) {
    std::string_view d = delimiter(cp);
    if (!d.empty()) return std::string(d);
    sizable = false;
    std::string_view sym = math_symbol(cp);
    if (!sym.empty()) return std::string(sym);
    std::string out;
    append_utf8(out, cp);
    return out;
  }

  Tex delimited(const pugi::xml_node& node, int depth) {
    pugi::xml_node props = child(node, "dPr");
    char32_t begin = U'(', end = U')', separator = U'|';
    if (props) {
      begin = char_val(child(props, "begChr"), U'(');
      end = char_val(child(props, "endChr"), U')');
      separator = char_val(child(props, "sepChr"), U'|');
    }
    std::vector<pugi::xml_node> items;
    for (pugi::xml_node c = node.first_child(); c; c = c.next_sibling()) {
      if (is(c, Ns::M, "e")) items.push_back(c);
    }
    // (n over k) without a bar: a binomial coefficient.
    if (begin == U'(' && end == U')' && items.size() == 1) {
      pugi::xml_node only;
      int elements = 0;
      for (pugi::xml_node c = items[0].first_child(); c; c = c.next_sibling()) {
        if (c.type() != pugi::node_element || ends_with(local_name(c), "Pr")) continue;
        ++elements;
        only = c;
      }
      if (elements == 1 && is(only, Ns::M, "f") && val(property(only, "fPr", "type")) == "noBar") {
        return wrap("\\binom{" + arg(only, "num", {}, depth + 1).s + "}{", arg(only, "den", {}, depth + 1), "}");
      }
    }
    bool sizable = true;
    std::string left = begin == 0 ? "." : delimiter_tex(begin, sizable);
    std::string right = end == 0 ? "." : delimiter_tex(end, sizable);
    std::string sep;
    if (separator != 0) {
      bool separator_sizable = true;
      sep = delimiter_tex(separator, separator_sizable);
      if (separator_sizable && sizable && (separator == U'|' || separator == 0x2223 || separator == 0x2016)) {
        sep = "\\middle" + sep;
      }
    }
    std::string content;
    for (std::size_t i = 0; i < items.size(); ++i) {
      if (i > 0) glue(content, sep);
      glue(content, element(items[i], {}, depth + 1).s);
    }
    Tex out;
    out.atom = true;
    if (begin == 0 && end == 0) {
      out.s = content;
      return out;
    }
    if (sizable) {
      out.s = "\\left" + left;
      glue(out.s, content);
      glue(out.s, "\\right" + right);
    } else {
      out.s = begin == 0 ? "" : left;
      glue(out.s, content);
      glue(out.s, end == 0 ? "" : right);
    }
    return out;
  }

  Tex matrix(const pugi::xml_node& node, int depth) {
    std::string body;
    int rows = 0;
    for (pugi::xml_node r = node.first_child(); r; r = r.next_sibling()) {
      if (!is(r, Ns::M, "mr")) continue;
      if (rows++ > 0) body += " \\\\ ";
      int cells = 0;
      for (pugi::xml_node c = r.first_child(); c; c = c.next_sibling()) {
        if (!is(c, Ns::M, "e")) continue;
        if (cells++ > 0) body += " & ";
        body += element(c, {}, depth + 2).s;
      }
    }
    Tex out;
    out.s = "\\begin{matrix}" + body + "\\end{matrix}";
    out.atom = true;
    return out;
  }

  // Rows of an equation array; '&' in their text (or m:aln) marks where
  // Word aligns them. Without alignment points Word centres the rows.
  Tex equation_array(const pugi::xml_node& node, int depth) {
    int marks_before = alignment_marks_;
    std::string body;
    int rows = 0;
    Context row_ctx;
    row_ctx.eqarr = true;
    for (pugi::xml_node r = node.first_child(); r; r = r.next_sibling()) {
      if (!is(r, Ns::M, "e")) continue;
      if (rows++ > 0) body += " \\\\ ";
      body += element(r, row_ctx, depth + 1).s;
    }
    bool aligned = alignment_marks_ > marks_before;
    alignment_marks_ = marks_before;
    Tex out;
    if (rows == 1 && !aligned) {  // one line: no environment needed
      out.s = std::move(body);
      return out;
    }
    std::string_view env = aligned ? "aligned" : "gathered";
    out.s = "\\begin{" + std::string(env) + "}" + body + "\\end{" + std::string(env) + "}";
    out.atom = true;
    return out;
  }

  Tex accent(const pugi::xml_node& node, int depth) {
    char32_t chr = char_val(property(node, "accPr", "chr"), 0x0302);
    Tex e = arg(node, "e", {}, depth);
    if (chr == 0) return e;
    Accent a = accent_command(chr);
    if (a.narrow.empty()) {
      bool unused = true;
      return wrap("\\overset{" + delimiter_or_symbol(chr, unused) + "}{", e, "}");
    }
    return wrap(std::string(e.atom ? a.narrow : a.wide) + "{", e, "}");
  }

  static std::string delimiter_or_symbol(char32_t cp, bool& unused) {
    std::string_view sym = math_symbol(cp);
    if (!sym.empty()) return std::string(sym);
    return delimiter_tex(cp, unused);
  }

  Tex bar(const pugi::xml_node& node, int depth) {
    bool top = val(property(node, "barPr", "pos")) == "top";  // m:pos defaults to bot
    return wrap(top ? "\\overline{" : "\\underline{", arg(node, "e", {}, depth), "}");
  }

  Tex function(const pugi::xml_node& node, int depth) {
    Context name_ctx;
    name_ctx.fname = true;
    Tex name = arg(node, "fName", name_ctx, depth);
    Tex e = arg(node, "e", {}, depth);
    Tex out;
    out.s = name.s;
    glue(out.s, e.s);
    return out;
  }

  Tex limit(const pugi::xml_node& node, const Context& ctx, bool lower, int depth) {
    Context base_ctx;
    base_ctx.fname = ctx.fname;
    base_ctx.functions = true;
    Tex e = arg(node, "e", base_ctx, depth);
    Tex lim = arg(node, "lim", {}, depth);
    Tex out;
    if (e.limits) {
      out.s = e.s + (lower ? "_{" : "^{") + lim.s + "}";
      out.limits = true;
    } else {
      out.s = std::string(lower ? "\\underset{" : "\\overset{") + lim.s + "}{" + e.s + "}";
    }
    return out;
  }

  Tex group_char(const pugi::xml_node& node, int depth) {
    pugi::xml_node props = child(node, "groupChrPr");
    char32_t chr = 0x23DF;  // default: a brace under the group
    bool top = false;
    if (props) {
      chr = char_val(child(props, "chr"), 0x23DF);
      top = val(child(props, "pos")) == "top";
    }
    Tex e = arg(node, "e", {}, depth);
    std::string_view command;
    switch (chr) {
      case 0x23DE: command = "\\overbrace{"; break;
      case 0x23DF: command = "\\underbrace{"; break;
      case 0x23DC: command = "\\overparen{"; break;
      case 0x23DD: command = "\\underparen{"; break;
      case 0x23B4: command = "\\overbracket{"; break;
      case 0x23B5: command = "\\underbracket{"; break;
      default: break;
    }
    Tex out;
    if (!command.empty()) {
      out = wrap(command, e, "}");
      out.limits = true;
      return out;
    }
    if (chr == 0) return e;
    bool unused = true;
    std::string symbol = delimiter_or_symbol(chr, unused);
    return wrap(std::string(top ? "\\overset{" : "\\underset{") + symbol + "}{", e, "}");
  }

  Tex phantom(const pugi::xml_node& node, const Context& ctx, int depth) {
    pugi::xml_node props = child(node, "phantPr");
    bool show = on_off(props ? child(props, "show") : pugi::xml_node(), true);
    Tex e = arg(node, "e", ctx, depth);
    if (show) return e;
    bool zero_width = on_off(props ? child(props, "zeroWid") : pugi::xml_node(), false);
    bool zero_height = on_off(props ? child(props, "zeroAsc") : pugi::xml_node(), false) &&
                       on_off(props ? child(props, "zeroDesc") : pugi::xml_node(), false);
    std::string_view command = zero_width ? "\\vphantom{" : zero_height ? "\\hphantom{" : "\\phantom{";
    return wrap(command, e, "}");
  }

  // Past kMaxDepth: the text below `node` as the walk of the story reader
  // would show it (the runs' m:t/w:t, w:delText of a shown deletion), in
  // document order, walked without recursion. The same choices hold as
  // above: tracked changes by accept_, the chosen mc:AlternateContent
  // branch, hidden runs left out, properties never read as text.
  Tex plain_text(const pugi::xml_node& root) {
    std::string text;
    struct Open {
      std::size_t pushed;     // bindings pushed by this element
      pugi::xml_node branch;  // for an mc:AlternateContent: the branch read
    };
    std::vector<Open> open;  // the elements entered, `root` first
    const std::size_t base = bindings_.size();
    pugi::xml_node n = root;
    for (;;) {
      if (n.type() == pugi::node_element) {
        std::size_t pushed = bind(n);
        bool descend = true;
        pugi::xml_node branch;
        std::string_view l = local_name(n);
        Ns ns = ns_of(n);
        if (!open.empty() && open.back().branch && ns == Ns::MC && (l == "Choice" || l == "Fallback")) {
          descend = n == open.back().branch;  // the parent is an mc:AlternateContent
        } else if ((ns == Ns::M || ns == Ns::W) && ends_with(l, "Pr")) {
          descend = false;
        } else if ((ns == Ns::M && l == "t") || (ns == Ns::W && (l == "t" || l == "delText"))) {
          append_pcdata(text, n);
          descend = false;
        } else if ((ns == Ns::M || ns == Ns::W) && l == "r") {
          descend = !hidden(n);
        } else if (ns == Ns::W && (l == "ins" || l == "moveTo")) {
          descend = accept_;
        } else if (ns == Ns::W && (l == "del" || l == "moveFrom")) {
          descend = !accept_;
        } else if (ns == Ns::MC && l == "AlternateContent") {
          branch = choose(n);
          descend = static_cast<bool>(branch);
        }
        if (descend && n.first_child()) {
          open.push_back({pushed, branch});
          n = n.first_child();
          continue;
        }
        bindings_.resize(bindings_.size() - pushed);
      }
      // Next in document order: a sibling, or the sibling of an ancestor
      // (leaving the ancestors on the way), until back at `root`.
      while (n != root && !n.next_sibling()) {
        n = n.parent();
        bindings_.resize(bindings_.size() - open.back().pushed);
        open.pop_back();
      }
      if (n == root) break;
      n = n.next_sibling();
    }
    bindings_.resize(base);
    if (!text.empty()) ++stats.visible_runs;
    return math_text(text, {}, {});
  }

  std::vector<Binding> bindings_;
  bool accept_;
  const std::function<bool(const pugi::xml_node&)>& hidden_;
  pugi::xml_node outer_scope_;
  int alignment_marks_ = 0;
};

}  // namespace

std::string omml_to_latex(const pugi::xml_node& node, const OmmlOptions& options, OmmlStats* stats) {
  Converter converter(options);
  std::string latex = converter.convert(node);
  if (stats != nullptr) *stats = converter.stats;
  return latex;
}

}  // namespace docxsift::math::detail

namespace docxsift::math {

std::string omml_to_latex(std::string_view xml, bool accept_revisions) {
  pugi::xml_document doc;
  pugi::xml_parse_result result = doc.load_buffer(xml.data(), xml.size(), pugi::parse_default | pugi::parse_ws_pcdata);
  if (!result) throw XmlError("(equation)", 0, result.description());
  // The first m:oMathPara or m:oMath in document order, its prefix resolved
  // through the declarations of its ancestors.
  struct Finder : pugi::xml_tree_walker {
    pugi::xml_node found;
    bool for_each(pugi::xml_node& node) override {
      if (node.type() != pugi::node_element) return true;
      std::string_view l = detail::local_name(node);
      if (l != "oMath" && l != "oMathPara") return true;
      // Resolve the prefix through the ancestors' declarations.
      std::string_view prefix = detail::prefix_of(node.name());
      std::string attr = prefix.empty() ? "xmlns" : "xmlns:" + std::string(prefix);
      for (pugi::xml_node n = node; n; n = n.parent()) {
        pugi::xml_attribute a = n.attribute(attr.c_str());
        if (!a) continue;
        if (opc::detail::namespace_of_uri(a.value()) != opc::detail::Ns::M) return true;
        found = node;
        return false;
      }
      return true;
    }
  } finder;
  doc.traverse(finder);
  if (!finder.found) return {};
  detail::OmmlOptions options;
  options.accept_revisions = accept_revisions;
  return detail::omml_to_latex(finder.found, options);
}

}  // namespace docxsift::math
