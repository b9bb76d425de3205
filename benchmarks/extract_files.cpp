// docxsift's extract without Python: batch::extract_all over a list of files.
//
//   extract_files [--workers N] [--reps N] [--fields a,b,...] [--list FILE] [FILE.docx ...]
//
// The C++ side of `docxsift.extract(paths, fields=..., workers=N)`: the same
// pool and records, no dicts. bench_batch.py runs it beside the Python call, so
// the gap between the two is the Python-side cost per record; it is also the
// driver to run under `valgrind --tool=callgrind` (use --reps 1 --workers 1:
// counts are then of two passes). Prints one JSON line with the median of the
// passes after an untimed one. Built by bench_batch.py against the stage
// archives of a build tree (cpp/docxsift_stage_archives.txt lists them).
#include <algorithm>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <fstream>
#include <string>
#include <vector>

#include "docxsift/batch.hpp"
#include "docxsift/reader.hpp"

namespace {

using docxsift::batch::Field;

std::vector<Field> parse_fields(const std::string& list) {
  std::vector<Field> fields;
  std::size_t start = 0;
  while (start <= list.size()) {
    std::size_t comma = list.find(',', start);
    if (comma == std::string::npos) comma = list.size();
    if (comma > start) fields.push_back(docxsift::batch::parse_field(list.substr(start, comma - start)));
    start = comma + 1;
  }
  return fields;
}

struct Pass {
  double seconds = 0;
  std::size_t failures = 0, text_bytes = 0;
};

Pass run(const std::vector<std::string>& paths, const docxsift::batch::BatchOptions& options) {
  docxsift::forget_reused_parts();
  Pass pass;
  std::size_t next = 0;
  auto t0 = std::chrono::steady_clock::now();
  docxsift::batch::extract_all(
      [&]() -> std::optional<std::string> {
        if (next == paths.size()) return std::nullopt;
        return paths[next++];
      },
      [&](docxsift::batch::Record&& r) {
        pass.failures += !r.ok;
        if (r.text) pass.text_bytes += r.text->size();
      },
      options);
  pass.seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - t0).count();
  return pass;
}

}  // namespace

int main(int argc, char** argv) {
  int reps = 3;
  docxsift::batch::BatchOptions options;
  options.workers = 1;
  options.fields = parse_fields("text,headers,footers,footnotes,comments,properties");
  std::vector<std::string> paths;
  for (int i = 1; i < argc; ++i) {
    if (std::strcmp(argv[i], "--reps") == 0 && i + 1 < argc) {
      reps = std::max(1, std::atoi(argv[++i]));
    } else if (std::strcmp(argv[i], "--workers") == 0 && i + 1 < argc) {
      options.workers = static_cast<unsigned>(std::max(1, std::atoi(argv[++i])));
    } else if (std::strcmp(argv[i], "--fields") == 0 && i + 1 < argc) {
      options.fields = parse_fields(argv[++i]);
    } else if (std::strcmp(argv[i], "--list") == 0 && i + 1 < argc) {
      std::ifstream list(argv[++i]);
      for (std::string line; std::getline(list, line);) {
        if (!line.empty()) paths.push_back(line);
      }
    } else {
      paths.emplace_back(argv[i]);
    }
  }
  if (paths.empty()) {
    std::fprintf(stderr,
                 "usage: extract_files [--workers N] [--reps N] [--fields a,b] [--list FILE] "
                 "[FILE.docx ...]\n");
    return 2;
  }
  // One untimed warm-up pass, as all_parts.cpp makes: the page cache, and a
  // heap whose pages are already mapped. Every pass starts with an empty store
  // of reused parts, so nothing is reused from a pass before.
  run(paths, options);
  std::vector<Pass> passes;
  for (int i = 0; i < reps; ++i) passes.push_back(run(paths, options));
  std::sort(passes.begin(), passes.end(), [](const Pass& a, const Pass& b) { return a.seconds < b.seconds; });
  const Pass& mid = passes[passes.size() / 2];
  std::printf(
      "{\"files\": %zu, \"workers\": %u, \"seconds\": %.6f, \"files_per_s\": %.1f, "
      "\"failures\": %zu, \"text_bytes\": %zu}\n",
      paths.size(), options.workers, mid.seconds, static_cast<double>(paths.size()) / mid.seconds, mid.failures,
      mid.text_bytes);
  return 0;
}
