// Core properties from the \005SummaryInformation and
// \005DocumentSummaryInformation property sets ([MS-OLEPS]).
#pragma once

#include <string_view>

#include "model/detail_builder.hpp"

namespace docxsift::doc::detail {

// Fills Document::core from the streams (either may be empty).
void read_summary(model::Builder& builder, std::string_view summary, std::string_view document_summary);

}  // namespace docxsift::doc::detail
