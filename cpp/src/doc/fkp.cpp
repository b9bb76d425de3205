// CHPX and PAPX FKPs. Each page ends with crun (its run count); rgfc (crun+1
// FCs) opens it, then one offset per run: a byte (CHPX, word offset of the
// Chpx) or a 13-byte BxPap (PAPX, first byte the word offset of the PapxInFkp).
#include <algorithm>

#include "doc/detail_bytes.hpp"
#include "doc/detail_fkp.hpp"
#include "docxsift/errors.hpp"

namespace docxsift::doc::detail {
namespace {

constexpr std::size_t kPage = 512;

template <typename F>
void each_page(std::string_view word_document, std::string_view plc_bte, F&& f) {
  Plc plc(plc_bte, 4);
  for (std::size_t i = 0; i < plc.count(); ++i) {
    std::uint32_t pn = u32(plc.data(i), 0) & 0x3FFFFF;
    std::string_view page = slice(word_document, static_cast<std::uint64_t>(pn) * kPage, kPage);
    if (page.size() != kPage) throw PackageError("corrupt Word .doc: a formatting page (FKP) lies outside the WordDocument stream");
    f(page);
  }
}

void sort_runs(std::vector<FkpRun>& runs) {
  std::stable_sort(runs.begin(), runs.end(), [](const FkpRun& a, const FkpRun& b) { return a.fc_begin < b.fc_begin; });
}

}  // namespace

std::vector<FkpRun> read_chpx_runs(std::string_view word_document, std::string_view plc_bte) {
  std::vector<FkpRun> runs;
  each_page(word_document, plc_bte, [&](std::string_view page) {
    std::size_t crun = std::min<std::size_t>(u8(page, 511), 0x65);
    for (std::size_t i = 0; i < crun; ++i) {
      FkpRun run{u32(page, i * 4), u32(page, (i + 1) * 4), 0, {}};
      std::size_t offset = static_cast<std::size_t>(u8(page, (crun + 1) * 4 + i)) * 2;
      if (offset != 0 && offset < 511) {
        std::size_t cb = u8(page, offset);
        run.grpprl = slice(page, offset + 1, std::min<std::size_t>(cb, 511 - offset - 1));
      }
      if (run.fc_end > run.fc_begin) runs.push_back(run);
    }
  });
  sort_runs(runs);
  return runs;
}

std::vector<FkpRun> read_papx_runs(std::string_view word_document, std::string_view plc_bte) {
  std::vector<FkpRun> runs;
  each_page(word_document, plc_bte, [&](std::string_view page) {
    std::size_t crun = std::min<std::size_t>(u8(page, 511), 0x1D);
    for (std::size_t i = 0; i < crun; ++i) {
      FkpRun run{u32(page, i * 4), u32(page, (i + 1) * 4), 0, {}};
      std::size_t offset = static_cast<std::size_t>(u8(page, (crun + 1) * 4 + i * 13)) * 2;
      if (offset != 0 && offset < 511) {
        // PapxInFkp: cb, or 0 then cb'; the istd and grpprl take 2*cb-1 (or 2*cb') bytes.
        std::size_t cb = u8(page, offset);
        std::size_t start = offset + 1;
        std::size_t size = cb == 0 ? 2 * static_cast<std::size_t>(u8(page, offset + 1)) : 2 * cb - 1;
        if (cb == 0) ++start;
        std::string_view body = slice(page, start, std::min<std::size_t>(size, start < 511 ? 511 - start : 0));
        if (body.size() >= 2) {
          run.istd = u16(body, 0);
          run.grpprl = body.substr(2);
        }
      }
      if (run.fc_end > run.fc_begin) runs.push_back(run);
    }
  });
  sort_runs(runs);
  return runs;
}

const FkpRun* find_run(const std::vector<FkpRun>& runs, std::uint32_t fc) {
  auto it = std::upper_bound(runs.begin(), runs.end(), fc,
                             [](std::uint32_t value, const FkpRun& r) { return value < r.fc_begin; });
  if (it == runs.begin()) return nullptr;
  --it;
  return fc < it->fc_end ? &*it : nullptr;
}

}  // namespace docxsift::doc::detail
