#include "wml/detail_styles_fragment.hpp"

#include <utility>

namespace docxsift::wml::detail {
namespace {

// Every string field must be remapped below: a new field changes the size.
static_assert(sizeof(model::RunProps) == 60, "remap the new RunProps field in merge_styles");
static_assert(sizeof(model::Style) == 48, "remap the new Style field in merge_styles");

}  // namespace

std::size_t StylesFragment::bytes() const {
  std::size_t total = sizeof(*this) + run_props.size() * sizeof(model::RunProps) +
                      paragraph_formats.size() * sizeof(model::ParagraphFormat) + styles.size() * sizeof(model::Style);
  for (const std::string& s : strings) total += sizeof(std::string) + s.size();
  return total;
}

StylesFragment detach_styles(model::Builder& scratch) {
  model::Document& doc = scratch.doc();
  StylesFragment fragment;
  fragment.strings = scratch.take_interned_keys();
  fragment.run_props = std::move(doc.run_props);
  fragment.paragraph_formats = std::move(doc.paragraph_formats);
  fragment.styles = std::move(doc.styles);
  fragment.default_run_props = doc.default_run_props;
  return fragment;
}

void merge_styles(model::Builder& builder, const StylesFragment& fragment) {
  std::vector<model::Index> strings(fragment.strings.size());
  for (std::size_t i = 0; i < strings.size(); ++i) strings[i] = builder.intern(fragment.strings[i]);
  auto str = [&strings](model::Index i) { return i == model::kNone ? i : strings.at(i); };

  std::vector<model::Index> props(fragment.run_props.size());
  for (std::size_t i = 0; i < props.size(); ++i) {
    model::RunProps p = fragment.run_props[i];
    for (model::Index* field :
         {&p.style, &p.font_ascii, &p.font_hansi, &p.font_east_asia, &p.font_cs, &p.color, &p.highlight,
          &p.underline_style, &p.font_ascii_theme, &p.font_hansi_theme, &p.font_east_asia_theme}) {
      *field = str(*field);
    }
    props[i] = builder.intern_props(p);
  }

  // Paragraph formats hold no strings: only their row numbers change.
  std::vector<model::Index> formats(fragment.paragraph_formats.size());
  for (std::size_t i = 0; i < formats.size(); ++i)
    formats[i] = builder.intern_paragraph_format(fragment.paragraph_formats[i]);

  model::Document& doc = builder.doc();
  doc.styles.reserve(doc.styles.size() + fragment.styles.size());
  for (model::Style style : fragment.styles) {
    style.style_id = str(style.style_id);
    style.name = str(style.name);
    style.base = str(style.base);
    style.run_props = props.at(style.run_props);
    style.paragraph_format = formats.empty() ? 0 : formats.at(style.paragraph_format);
    doc.styles.push_back(style);
  }
  doc.default_run_props = props.at(fragment.default_run_props);
}

}  // namespace docxsift::wml::detail
