// docxsift._core: the version and the ordered bind_* calls, nothing else.
#include "bindings.hpp"

PYBIND11_MODULE(_core, m) {
  m.doc() = "docxsift C++ core (pybind11). Use the docxsift package, not this module.";
  m.attr("__version__") = DOCXSIFT_VERSION_STRING;
  using namespace docxsift::bindings;
  bind_exceptions(m);
  bind_limits(m);
  declare_document(m);
  declare_formatting(m);
  // Types that others return are registered first.
  bind_meta(m);
  bind_effective(m);
  bind_paragraph(m);
  bind_table(m);
  bind_story(m);
  bind_document(m);
  bind_outline(m);
  bind_render(m);
  bind_images(m);
  bind_text(m);
  bind_chunks(m);
  bind_batch(m);
}
