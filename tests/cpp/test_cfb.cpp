#include "catch_compat.hpp"
#include "doc_builder.hpp"
#include "docxsift/cfb.hpp"
#include "docxsift/errors.hpp"

using docxsift::Limits;
using docxsift::cfb::CompoundFile;
using docxsift::testing::make_cfb;

namespace {

void set32(std::string& s, std::size_t at, std::uint32_t v) {
  for (int i = 0; i < 4; ++i) s[at + i] = static_cast<char>((v >> (8 * i)) & 0xFF);
}
// The message of the PackageError `f` throws ("" when it throws none).
template <typename F>
std::string package_error(F&& f) {
  try {
    f();
  } catch (const docxsift::PackageError& e) {
    return e.what();
  }
  return {};
}

std::uint32_t get32(const std::string& s, std::size_t at) {
  std::uint32_t v = 0;
  for (int i = 3; i >= 0; --i) v = (v << 8) | static_cast<unsigned char>(s[at + i]);
  return v;
}

}  // namespace

TEST_CASE("cfb: reads streams by name in version 3 and 4 files", "[cfb]") {
  for (int shift : {9, 12}) {
    std::string a(5000, 'a'), b(9000, 'b');
    b[8999] = 'z';
    std::string file = make_cfb({{"WordDocument", a}, {"1Table", b}}, shift);
    CompoundFile cfb(file, Limits{});
    CHECK(cfb.has("WordDocument"));
    CHECK(cfb.has("1table"));  // names compare case-insensitively
    CHECK_FALSE(cfb.has("0Table"));
    CHECK(cfb.read("WordDocument").value() == a);
    CHECK(cfb.read("1Table").value() == b);
    CHECK_FALSE(cfb.read("missing").has_value());
  }
}

TEST_CASE("cfb: a FAT chain with a cycle is a PackageError", "[cfb][errors]") {
  std::string file = make_cfb({{"WordDocument", std::string(5000, 'a')}});
  // FAT sector 0 is at 512; the stream's second sector links back to its first.
  std::uint32_t dir_start = get32(file, 48);
  std::uint32_t first = dir_start + 1;
  set32(file, 512 + (first + 1) * 4, first);
  CompoundFile cfb(file, Limits{});
  CHECK(package_error([&] { cfb.read("WordDocument"); }).find("cycle") != std::string::npos);
}

TEST_CASE("cfb: sectors out of range are a PackageError", "[cfb][errors]") {
  std::string file = make_cfb({{"WordDocument", std::string(5000, 'a')}});
  std::uint32_t first = get32(file, 48) + 1;
  set32(file, 512 + first * 4, 0x00FFFFFF);
  CompoundFile cfb(file, Limits{});
  CHECK_THROWS_AS(cfb.read("WordDocument"), docxsift::PackageError);
  std::string bad_dir = make_cfb({{"WordDocument", std::string(5000, 'a')}});
  set32(bad_dir, 48, 0x7FFFFFFF);
  CHECK_THROWS_AS(CompoundFile(bad_dir, Limits{}), docxsift::PackageError);
}

TEST_CASE("cfb: declared sizes past the limits are a LimitError before allocating", "[cfb][limits]") {
  std::string file = make_cfb({{"WordDocument", std::string(5000, 'a')}});
  std::uint32_t dir_start = get32(file, 48);
  std::size_t entry = (dir_start + 1) * 512 + 128;  // the directory's second entry
  set32(file, entry + 120, 0xFFFFFF00u);
  CompoundFile cfb(file, Limits{});
  CHECK_THROWS_AS(cfb.read("WordDocument"), docxsift::LimitError);
  Limits small;
  small.max_total_uncompressed = 1000;
  CompoundFile ok(make_cfb({{"WordDocument", std::string(5000, 'a')}}), small);
  CHECK_THROWS_AS(ok.read("WordDocument"), docxsift::LimitError);
}

TEST_CASE("cfb: truncated and bad headers are a PackageError", "[cfb][errors]") {
  std::string file = make_cfb({{"WordDocument", std::string(5000, 'a')}});
  CHECK_THROWS_AS(CompoundFile(file.substr(0, 100), Limits{}), docxsift::PackageError);
  std::string bad_shift = file;
  bad_shift[30] = 20;
  CHECK_THROWS_AS(CompoundFile(bad_shift, Limits{}), docxsift::PackageError);
  std::string many_fat = file;
  set32(many_fat, 44, 0x10000000);
  CHECK_THROWS_AS(CompoundFile(many_fat, Limits{}), docxsift::PackageError);
  // Cut inside the stream: its chain runs past the end of the file.
  CompoundFile cut(file.substr(0, 512 * 4), Limits{});
  CHECK_THROWS_AS(cut.read("WordDocument"), docxsift::PackageError);
}
