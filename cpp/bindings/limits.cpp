// docxsift.Limits: the C++ Limits struct, immutable from Python.
#include "bindings.hpp"
#include "docxsift/limits.hpp"

namespace docxsift::bindings {

void bind_limits(py::module_& m) {
  const Limits defaults;
  py::class_<Limits>(m, "Limits", R"doc(Safety limits for untrusted documents.

Pass as ``limits=`` to :func:`docxsift.open` and :func:`docxsift.extract`.
Every check fires before the work it protects; hitting one raises
:class:`docxsift.LimitError` naming the limit. Immutable: build a new one
with different keywords to change a value.)doc")
      .def(py::init([](std::uint64_t max_file_size, std::uint64_t max_total_uncompressed,
                       std::uint64_t max_part_uncompressed, double max_compression_ratio,
                       std::uint64_t ratio_check_after, std::uint64_t max_entries,
                       std::uint64_t max_xml_depth, std::uint64_t max_xml_nodes,
                       std::uint64_t max_text_size, double max_seconds) {
             if (max_compression_ratio <= 0 || max_seconds < 0) {
               throw std::invalid_argument("max_compression_ratio must be > 0 and max_seconds >= 0");
             }
             return Limits{max_file_size, max_total_uncompressed, max_part_uncompressed,
                           max_compression_ratio, ratio_check_after, max_entries, max_xml_depth,
                           max_xml_nodes, max_text_size, max_seconds};
           }),
           py::kw_only(), py::arg("max_file_size") = defaults.max_file_size,
           py::arg("max_total_uncompressed") = defaults.max_total_uncompressed,
           py::arg("max_part_uncompressed") = defaults.max_part_uncompressed,
           py::arg("max_compression_ratio") = defaults.max_compression_ratio,
           py::arg("ratio_check_after") = defaults.ratio_check_after,
           py::arg("max_entries") = defaults.max_entries,
           py::arg("max_xml_depth") = defaults.max_xml_depth,
           py::arg("max_xml_nodes") = defaults.max_xml_nodes,
           py::arg("max_text_size") = defaults.max_text_size,
           py::arg("max_seconds") = defaults.max_seconds)
      .def_readonly("max_file_size", &Limits::max_file_size, "Largest .docx file accepted, in bytes.")
      .def_readonly("max_total_uncompressed", &Limits::max_total_uncompressed,
                    "Bytes inflated over all parts of one document.")
      .def_readonly("max_part_uncompressed", &Limits::max_part_uncompressed,
                    "Bytes inflated for any one part.")
      .def_readonly("max_compression_ratio", &Limits::max_compression_ratio,
                    "Largest inflated:compressed ratio of a part (zip bombs).")
      .def_readonly("ratio_check_after", &Limits::ratio_check_after,
                    "Inflated bytes after which the ratio is checked.")
      .def_readonly("max_entries", &Limits::max_entries, "Entries in the ZIP directory.")
      .def_readonly("max_xml_depth", &Limits::max_xml_depth, "Element nesting depth of a part.")
      .def_readonly("max_xml_nodes", &Limits::max_xml_nodes, "Elements in one part.")
      .def_readonly("max_text_size", &Limits::max_text_size, "UTF-8 bytes of text in one document.")
      .def_readonly("max_seconds", &Limits::max_seconds,
                    "Wall-clock budget for reading one document (0 = none).")
      .def("__repr__", [](const Limits& l) {
        return "Limits(max_file_size=" + std::to_string(l.max_file_size) +
               ", max_total_uncompressed=" + std::to_string(l.max_total_uncompressed) +
               ", max_part_uncompressed=" + std::to_string(l.max_part_uncompressed) +
               ", max_compression_ratio=" + py::str(py::float_(l.max_compression_ratio)).cast<std::string>() +
               ", ratio_check_after=" + std::to_string(l.ratio_check_after) +
               ", max_entries=" + std::to_string(l.max_entries) +
               ", max_xml_depth=" + std::to_string(l.max_xml_depth) +
               ", max_xml_nodes=" + std::to_string(l.max_xml_nodes) +
               ", max_text_size=" + std::to_string(l.max_text_size) +
               ", max_seconds=" + py::str(py::float_(l.max_seconds)).cast<std::string>() + ")";
      });
}

}  // namespace docxsift::bindings
