// The style sheet (STSH, [MS-DOC] 2.9.271), the font table (SttbfFfn) and the
// translation of character sprms into model::RunProps.
#pragma once

#include <cstdint>
#include <string_view>
#include <vector>

#include "docxsift/model.hpp"
#include "model/detail_builder.hpp"

namespace docxsift::doc::detail {

struct StyleInfo {
  model::Index id = model::kNone;  // style id (strings); kNone for an empty slot
  std::int8_t outline_level = -1;
  std::string_view chpx;  // the style's own character sprms
  std::uint16_t base = 0x0FFF;
  std::int32_t ilfo = 0;   // the style's list (sprmPIlfo), 0: none
  std::int32_t ilvl = -1;  // its level (sprmPIlvl), -1: not given
};

// Reads the STSH into Document::styles; returns the styles by istd.
std::vector<StyleInfo> read_styles(model::Builder& builder, std::string_view stsh,
                                   const std::vector<model::Index>& fonts);

// Font names by ftc (strings), from the SttbfFfn.
std::vector<model::Index> read_fonts(model::Builder& builder, std::string_view sttbf_ffn);

// What a CHPX grpprl sets, beyond the model's run properties.
struct CharFlags {
  bool deleted = false;         // sprmCFRMarkDel
  bool inserted = false;        // sprmCFRMarkIns
  bool special = false;         // sprmCFSpec: 0x01, 0x08, ... are objects, not text
  bool hidden = false;          // sprmCFVanish on
  std::uint16_t istd = 0x0FFF;  // sprmCIstd: the character style
  // sprmCSymbol: the run's character is symbol_char of font symbol_font (strings).
  model::Index symbol_font = model::kNone;
  char32_t symbol_char = 0;
};

// Applies the character sprms of grpprl on top of props.
void apply_chpx(std::string_view grpprl, const std::vector<model::Index>& fonts, model::Builder& builder,
                model::RunProps& props, CharFlags& flags);

}  // namespace docxsift::doc::detail
