// List labels from the LST/LFO tables ([MS-DOC] 2.9.147 PlfLst, 2.9.132
// PlfLfo, 2.9.150 LVL): Word's drawn label of every numbered paragraph.
#pragma once

#include <cstdint>
#include <string_view>
#include <utility>
#include <vector>

#include "model/detail_builder.hpp"

namespace docxsift::doc::detail {

// A paragraph's list: the 1-based LFO index (sprmPIlfo) and level (sprmPIlvl).
struct ListRef {
  model::Index paragraph = model::kNone;
  std::int32_t ilfo = 0;
  std::int32_t ilvl = 0;
};

// Fills Document::list_labels for the numbered paragraphs, counting in the
// order given (reading order). plf_lst is the PlfLst with the LVLs that
// follow it in the Table stream (from fcPlfLst to the stream's end).
void compute_list_labels(model::Builder& builder, std::string_view plf_lst_and_lvls, std::string_view plf_lfo,
                         const std::vector<ListRef>& numbered);

}  // namespace docxsift::doc::detail
