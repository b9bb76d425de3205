// The "limit" of issue 10: the least work any reader of a .docx must do.
//
//   limit FILE.docx [--reps N] [--floor]
//
// libzip inflates word/document.xml, pugixml parses it in place with
// parse_default, and a walk appends the text of every w:t. With --floor the
// parse is replaced by a scan for '<' with no tree (a floor, not a parser).
// One untimed warm-up, then N timed runs; prints one JSON line with the median
// of each phase in milliseconds. Built by bench_read.py with
//   g++ -O2 -std=c++20 limit.cpp $(pkg-config --cflags --libs libzip pugixml)
#include <zip.h>

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <string>
#include <vector>

#include <pugixml.hpp>

namespace {

using Clock = std::chrono::steady_clock;

double ms_since(Clock::time_point t0) { return std::chrono::duration<double, std::milli>(Clock::now() - t0).count(); }

std::string inflate(const char* path) {
  int err = 0;
  zip_t* zip = zip_open(path, ZIP_RDONLY, &err);
  if (!zip) {
    std::fprintf(stderr, "limit: cannot open %s\n", path);
    std::exit(2);
  }
  zip_stat_t st;
  zip_stat_init(&st);
  if (zip_stat(zip, "word/document.xml", 0, &st) != 0) {
    std::fprintf(stderr, "limit: no word/document.xml\n");
    std::exit(2);
  }
  std::string out(static_cast<std::size_t>(st.size), '\0');
  zip_file_t* file = zip_fopen_index(zip, st.index, 0);
  zip_int64_t got = file ? zip_fread(file, out.data(), st.size) : -1;
  if (got != static_cast<zip_int64_t>(st.size)) {
    std::fprintf(stderr, "limit: read failed\n");
    std::exit(2);
  }
  zip_fclose(file);
  zip_close(zip);
  return out;
}

// Appends the text of every w:t, iteratively, in document order.
void walk(const pugi::xml_node& root, std::string& text) {
  pugi::xml_node node = root;
  while (node) {
    if (node.type() == pugi::node_element && std::strcmp(node.name(), "w:t") == 0) {
      text += node.child_value();
    } else if (node.first_child()) {
      node = node.first_child();
      continue;
    } else if (node.type() == pugi::node_element && std::strcmp(node.name(), "w:p") == 0) {
      text += '\n';
    }
    while (node && !node.next_sibling() && node != root) node = node.parent();
    if (!node || node == root) break;
    node = node.next_sibling();
  }
}

struct Times {
  double inflate = 0, parse = 0, walk = 0, total = 0;
  std::size_t text = 0;
};

Times run_once(const char* path, bool floor) {
  Times t;
  auto t0 = Clock::now();
  std::string xml = inflate(path);
  t.inflate = ms_since(t0);
  auto t1 = Clock::now();
  if (floor) {
    // A scan with no tree: count the tags.
    std::size_t tags = static_cast<std::size_t>(std::count(xml.begin(), xml.end(), '<'));
    t.parse = ms_since(t1);
    t.text = tags;
  } else {
    pugi::xml_document doc;
    pugi::xml_parse_result ok = doc.load_buffer_inplace(xml.data(), xml.size(), pugi::parse_default);
    if (!ok) {
      std::fprintf(stderr, "limit: %s\n", ok.description());
      std::exit(2);
    }
    t.parse = ms_since(t1);
    auto t2 = Clock::now();
    std::string text;
    walk(doc.document_element(), text);
    t.walk = ms_since(t2);
    t.text = text.size();
  }
  t.total = ms_since(t0);
  return t;
}

// Peak resident set of this process (VmHWM), in KiB.
long peak_rss_kib() {
  std::FILE* f = std::fopen("/proc/self/status", "r");
  if (!f) return 0;
  char line[256];
  long kib = 0;
  while (std::fgets(line, sizeof line, f)) {
    if (std::strncmp(line, "VmHWM:", 6) == 0) kib = std::atol(line + 6);
  }
  std::fclose(f);
  return kib;
}

double median(std::vector<double> v) {
  std::sort(v.begin(), v.end());
  std::size_t n = v.size();
  return n % 2 ? v[n / 2] : (v[n / 2 - 1] + v[n / 2]) / 2;
}

}  // namespace

int main(int argc, char** argv) {
  if (argc < 2) {
    std::fprintf(stderr, "usage: limit FILE.docx [--reps N] [--floor]\n");
    return 2;
  }
  int reps = 1;
  bool floor = false;
  for (int i = 2; i < argc; ++i) {
    if (std::strcmp(argv[i], "--reps") == 0 && i + 1 < argc) reps = std::max(1, std::atoi(argv[++i]));
    else if (std::strcmp(argv[i], "--floor") == 0) floor = true;
  }
  run_once(argv[1], floor);  // warm-up: page cache, allocator
  std::vector<double> inf, parse, wlk, total;
  std::size_t text = 0;
  for (int i = 0; i < reps; ++i) {
    Times t = run_once(argv[1], floor);
    inf.push_back(t.inflate);
    parse.push_back(t.parse);
    wlk.push_back(t.walk);
    total.push_back(t.total);
    text = t.text;
  }
  std::printf(
      "{\"inflate_ms\": %.4f, \"parse_ms\": %.4f, \"walk_ms\": %.4f, \"total_ms\": %.4f, "
      "\"text_bytes\": %zu, \"peak_rss_kib\": %ld}\n",
      median(inf), median(parse), median(wlk), median(total), text, peak_rss_kib());
  return 0;
}
