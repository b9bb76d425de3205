// The corpus reference of issue 10: inflate and parse every XML part.
//
//   all_parts [--reps N] [--list FILE] [FILE.docx ...]
//
// For each package, one thread, in order: libzip opens it, and every entry
// whose name ends in .xml or .rels is inflated whole and parsed in place by
// pugixml (parse_default). Nothing is walked: this is what any reader that
// looks at the whole package pays before it interprets anything, so a reader
// that extracts the body, headers, notes, comments and properties should beat
// it by skipping the parts it does not need. A package that libzip cannot
// open, or a part that fails to inflate or parse, counts as a failure and the
// run goes on. Paths come from the arguments and from --list (one a line).
// One untimed warm-up pass (page cache), then N timed passes; prints one JSON
// line with the median pass. Built by bench_batch.py with
//   g++ -O2 -std=c++20 all_parts.cpp $(pkg-config --cflags --libs libzip pugixml)
#include <zip.h>

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <fstream>
#include <string>
#include <string_view>
#include <vector>

#include <pugixml.hpp>

namespace {

struct Pass {
  double seconds = 0;
  std::size_t parts = 0, xml_bytes = 0, failures = 0;
};

bool is_xml_part(std::string_view name) { return name.ends_with(".xml") || name.ends_with(".rels"); }

// Every XML part of one package; returns false when anything failed.
bool read_package(const char* path, Pass& pass, std::string& buffer) {
  int err = 0;
  zip_t* zip = zip_open(path, ZIP_RDONLY, &err);
  if (!zip) return false;
  bool ok = true;
  const zip_int64_t entries = zip_get_num_entries(zip, 0);
  for (zip_int64_t i = 0; i < entries; ++i) {
    zip_stat_t st;
    zip_stat_init(&st);
    if (zip_stat_index(zip, static_cast<zip_uint64_t>(i), 0, &st) != 0 || !st.name) continue;
    if (!is_xml_part(st.name)) continue;
    buffer.assign(static_cast<std::size_t>(st.size), '\0');
    zip_file_t* file = zip_fopen_index(zip, static_cast<zip_uint64_t>(i), 0);
    zip_int64_t got = file ? zip_fread(file, buffer.data(), st.size) : -1;
    if (file) zip_fclose(file);
    if (got != static_cast<zip_int64_t>(st.size)) {
      ok = false;
      continue;
    }
    pugi::xml_document doc;
    if (!doc.load_buffer_inplace(buffer.data(), buffer.size(), pugi::parse_default)) ok = false;
    ++pass.parts;
    pass.xml_bytes += buffer.size();
  }
  zip_close(zip);
  return ok;
}

Pass run(const std::vector<std::string>& paths) {
  Pass pass;
  std::string buffer;
  auto t0 = std::chrono::steady_clock::now();
  for (const std::string& path : paths) pass.failures += !read_package(path.c_str(), pass, buffer);
  pass.seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - t0).count();
  return pass;
}

}  // namespace

int main(int argc, char** argv) {
  int reps = 3;
  std::vector<std::string> paths;
  for (int i = 1; i < argc; ++i) {
    if (std::strcmp(argv[i], "--reps") == 0 && i + 1 < argc) {
      reps = std::max(1, std::atoi(argv[++i]));
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
    std::fprintf(stderr, "usage: all_parts [--reps N] [--list FILE] [FILE.docx ...]\n");
    return 2;
  }
  run(paths);  // warm-up
  std::vector<Pass> passes;
  for (int i = 0; i < reps; ++i) passes.push_back(run(paths));
  std::sort(passes.begin(), passes.end(), [](const Pass& a, const Pass& b) { return a.seconds < b.seconds; });
  std::vector<double> seconds;
  for (const Pass& p : passes) seconds.push_back(p.seconds);
  const Pass& mid = passes[passes.size() / 2];
  std::printf(
      "{\"files\": %zu, \"seconds\": %.6f, \"files_per_s\": %.1f, \"parts\": %zu, "
      "\"xml_bytes\": %zu, \"failures\": %zu, \"seconds_all\": [",
      paths.size(), mid.seconds, static_cast<double>(paths.size()) / mid.seconds, mid.parts, mid.xml_bytes,
      mid.failures);
  for (std::size_t i = 0; i < seconds.size(); ++i) {
    std::printf("%s%.6f", i ? ", " : "", seconds[i]);
  }
  std::printf("]}\n");
  return 0;
}
