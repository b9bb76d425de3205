// docxsift.Limits: the C++ Limits struct, immutable from Python.
#include "docxsift/limits.hpp"
#include "bindings.hpp"

#include <string>
#include <tuple>

namespace docxsift::bindings {
namespace {

std::string value_repr(std::uint64_t value) { return std::to_string(value); }
std::string value_repr(double value) { return py::str(py::float_(value)).cast<std::string>(); }

}  // namespace

void bind_limits(py::module_& m) {
  const Limits defaults;
  py::class_<Limits> limits(m, "Limits", R"doc(Safety limits for untrusted documents.

Pass as ``limits=`` to :func:`docxsift.open` and :func:`docxsift.extract`.
Every check fires before the work it protects; hitting one raises
:class:`docxsift.LimitError` naming the limit. Immutable: build a new one
with different keywords to change a value.)doc");
  limits
      .def(py::init([](std::uint64_t max_file_size, std::uint64_t max_total_uncompressed,
                       std::uint64_t max_part_uncompressed, double max_compression_ratio,
                       std::uint64_t ratio_check_after, std::uint64_t max_entries, std::uint64_t max_xml_depth,
                       std::uint64_t max_xml_nodes, std::uint64_t max_text_size, double max_seconds) {
             if (max_compression_ratio <= 0 || max_seconds < 0) {
               throw std::invalid_argument("max_compression_ratio must be > 0 and max_seconds >= 0");
             }
             return Limits{
                 max_file_size, max_total_uncompressed, max_part_uncompressed, max_compression_ratio, ratio_check_after,
                 max_entries,   max_xml_depth,          max_xml_nodes,         max_text_size,         max_seconds};
           }),
           py::kw_only(), py::arg("max_file_size") = defaults.max_file_size,
           py::arg("max_total_uncompressed") = defaults.max_total_uncompressed,
           py::arg("max_part_uncompressed") = defaults.max_part_uncompressed,
           py::arg("max_compression_ratio") = defaults.max_compression_ratio,
           py::arg("ratio_check_after") = defaults.ratio_check_after, py::arg("max_entries") = defaults.max_entries,
           py::arg("max_xml_depth") = defaults.max_xml_depth, py::arg("max_xml_nodes") = defaults.max_xml_nodes,
           py::arg("max_text_size") = defaults.max_text_size, py::arg("max_seconds") = defaults.max_seconds)
      .def("__repr__", [](const Limits& l) {
        std::string out = "Limits(";
        std::apply(
            [&](const auto&... field) {
              std::string_view separator;
              ((out += std::string(separator) + std::string(field.name) + "=" + value_repr(l.*field.member),
                separator = ", "),
               ...);
            },
            kLimitFields);
        return out + ")";
      });
  // The attributes, one per field of the one list (docxsift/limits.hpp).
  std::apply(
      [&](const auto&... field) {
        (limits.def_readonly(std::string(field.name).c_str(), field.member, std::string(field.doc).c_str()), ...);
      },
      kLimitFields);
  m.attr("_LIMIT_FIELDS") = std::apply(
      [](const auto&... field) { return py::make_tuple(py::str(std::string(field.name))...); }, kLimitFields);
}

}  // namespace docxsift::bindings
