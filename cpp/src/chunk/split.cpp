// Splitting over-budget text. Sentences come from ICU (text::sentences, which
// trims them); each cut is made where a sentence starts, so no byte is lost
// and the white space between sentences stays with the sentence before.
#include "chunk/detail_split.hpp"

#include "docxsift/text.hpp"
#include "docxsift/utf8.hpp"

namespace docxsift::chunk::detail {
namespace {

// Cuts `text` where the views in `parts` (ordered, inside `text`) start.
std::vector<std::string_view> cut_at_starts(std::string_view text, const std::vector<std::string_view>& parts) {
  std::vector<std::string_view> out;
  std::size_t begin = 0;
  for (std::string_view part : parts) {
    auto at = static_cast<std::size_t>(part.data() - text.data());
    if (at <= begin || at >= text.size()) continue;
    out.push_back(text.substr(begin, at - begin));
    begin = at;
  }
  out.push_back(text.substr(begin));
  return out;
}

std::vector<std::string_view> code_points(std::string_view text) {
  std::vector<std::string_view> out;
  for (std::size_t i = 0; i < text.size();) {
    std::size_t size = decode_utf8(text, i).size;
    out.push_back(text.substr(i, size));
    i += size;
  }
  return out;
}

enum class Level { Sentence, Word, CodePoint };

void split(std::string_view text, std::size_t budget, const Counter& count, Level level, std::vector<Unit>& out);

// Sentences stay units of their own, for the chunk packer to fill chunks
// with; words and code points are packed greedily into units of at most
// `budget`. A piece over budget on its own is split one level finer; a code
// point over budget is the single indivisible unit, kept and flagged.
void pack(const std::vector<std::string_view>& pieces, std::size_t budget, const Counter& count, Level level,
          std::vector<Unit>& out) {
  std::string_view current;  // consecutive pieces: one view
  std::size_t current_tokens = 0;
  auto emit = [&] {
    if (!current.empty()) out.push_back({std::string(current), current_tokens, false});
    current = {};
    current_tokens = 0;
  };
  for (std::string_view piece : pieces) {
    std::size_t tokens = count(piece);
    if (tokens > budget) {
      emit();
      if (level == Level::CodePoint) {
        out.push_back({std::string(piece), tokens, true});
      } else {
        split(piece, budget, count, level == Level::Sentence ? Level::Word : Level::CodePoint, out);
      }
      continue;
    }
    if (level == Level::Sentence || current.empty()) {
      emit();
      current = piece;
      current_tokens = tokens;
      continue;
    }
    std::string_view joined(current.data(), current.size() + piece.size());
    std::size_t joined_tokens = count.additive() ? current_tokens + tokens : count(joined);
    if (joined_tokens <= budget) {
      current = joined;
      current_tokens = joined_tokens;
    } else {
      emit();
      current = piece;
      current_tokens = tokens;
    }
  }
  emit();
}

void split(std::string_view text, std::size_t budget, const Counter& count, Level level, std::vector<Unit>& out) {
  switch (level) {
    case Level::Sentence: pack(cut_at_starts(text, text::sentences(text, "zh")), budget, count, level, out); return;
    case Level::Word: pack(cut_at_starts(text, text::words(text, "zh", true)), budget, count, level, out); return;
    case Level::CodePoint: pack(code_points(text), budget, count, level, out); return;
  }
}

}  // namespace

std::vector<Unit> split_to_fit(std::string_view text, std::size_t budget, const Counter& count) {
  std::vector<Unit> out;
  split(text, budget, count, Level::Sentence, out);
  return out;
}

}  // namespace docxsift::chunk::detail
