// The real-document corpus of the conformance tests: DOCXSIFT_CORPUS, else
// ../shared/corpus beside the source tree (DOCXSIFT_CORPUS_DEFAULT).
#pragma once

#include <algorithm>
#include <cstdlib>
#include <filesystem>
#include <string>
#include <vector>

namespace docxsift::testing {

// Every .docx below the corpus root, in path order (documents of one
// template sit together); empty when there is no corpus.
inline std::vector<std::string> corpus_documents() {
  const char* env = std::getenv("DOCXSIFT_CORPUS");
  const std::filesystem::path root = env != nullptr ? env : DOCXSIFT_CORPUS_DEFAULT;
  std::vector<std::string> paths;
  if (!std::filesystem::is_regular_file(root / "MANIFEST.tsv")) return paths;
  for (const auto& entry : std::filesystem::recursive_directory_iterator(root)) {
    if (entry.is_regular_file() && entry.path().extension() == ".docx") paths.push_back(entry.path().string());
  }
  std::sort(paths.begin(), paths.end());
  return paths;
}

}  // namespace docxsift::testing
