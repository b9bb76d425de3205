// Readers for the parts that are not stories.
#pragma once

#include <string>

#include "docxsift/opc.hpp"
#include "model/detail_builder.hpp"

namespace docxsift::wml::detail {

// word/styles.xml -> Document::styles (and docDefaults).
void read_styles(model::Builder& builder, opc::Package& package, const std::string& main_part);
// docProps/core.xml -> Document::core.
void read_core_properties(model::Builder& builder, opc::Package& package);

// Empties the store of what was read from styles, theme and settings
// (docxsift::forget_reused_parts).
void forget_reused_styles();

}  // namespace docxsift::wml::detail
