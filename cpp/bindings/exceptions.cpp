// The exception hierarchy and the one translator from C++ to Python.
#include <system_error>

#include "bindings.hpp"
#include "docxsift/errors.hpp"

namespace docxsift::bindings {
namespace {

PyObject* docx_error = nullptr;
PyObject* package_error = nullptr;
PyObject* encrypted_error = nullptr;
PyObject* xml_error = nullptr;
PyObject* limit_error = nullptr;

// `attributes` are the ones the translator sets on each instance, declared
// as the class's annotations for type checkers (and so in _core.pyi).
PyObject* new_exception(py::module_& m, const char* name, PyObject* base, const char* doc,
                        const py::dict& attributes = py::dict()) {
  std::string qualified = std::string("docxsift.") + name;
  py::dict body;
  if (!attributes.empty()) body["__annotations__"] = attributes;
  PyObject* type = PyErr_NewExceptionWithDoc(qualified.c_str(), doc, base, body.ptr());
  if (type == nullptr) throw py::error_already_set();
  m.attr(name) = py::reinterpret_borrow<py::object>(type);
  return type;
}

void set_error(PyObject* type, const std::exception& e, py::dict attributes) {
  py::object instance = py::reinterpret_borrow<py::object>(type)(to_py_str(e.what()));
  for (auto item : attributes) py::setattr(instance, item.first, item.second);
  PyErr_SetObject(type, instance.ptr());
}

void raise_test_error(const std::string& kind) {
  if (kind == "package") throw PackageError("test package error");
  if (kind == "encrypted") throw EncryptedError("test encrypted error");
  if (kind == "xml") throw XmlError("word/document.xml", 12, "mismatched end tag");
  if (kind == "limit") throw LimitError("max_entries", "test limit error");
  if (kind == "docx") throw Error("test error");
  throw std::invalid_argument("unknown error kind: " + kind);
}

}  // namespace

void bind_exceptions(py::module_& m) {
  const py::handle str_type(reinterpret_cast<PyObject*>(&PyUnicode_Type));
  const py::handle int_type(reinterpret_cast<PyObject*>(&PyLong_Type));
  docx_error = new_exception(m, "DocxError", PyExc_Exception, "Base class of every problem with an input document.");
  package_error = new_exception(m, "PackageError", docx_error,
                                "Not a ZIP, a corrupt or truncated ZIP, no main document part, "
                                "not WordprocessingML, or a legacy .doc file.");
  encrypted_error = new_exception(m, "EncryptedError", docx_error, "A password-protected (encrypted) document.");
  xml_error = new_exception(m, "XmlError", docx_error, "A part that is not well-formed XML; .part and .line say where.",
                            py::dict(py::arg("part") = str_type, py::arg("line") = int_type));
  limit_error = new_exception(m, "LimitError", docx_error, "A safety limit (docxsift.Limits) was hit; .limit names it.",
                              py::dict(py::arg("limit") = str_type));

  py::register_exception_translator([](std::exception_ptr p) {
    try {
      if (p) std::rethrow_exception(p);
    } catch (const XmlError& e) {
      py::dict attrs;
      attrs["part"] = to_py_str(e.part());
      attrs["line"] = e.line();
      set_error(xml_error, e, attrs);
    } catch (const LimitError& e) {
      py::dict attrs;
      attrs["limit"] = to_py_str(e.limit());
      set_error(limit_error, e, attrs);
    } catch (const EncryptedError& e) {
      set_error(encrypted_error, e, py::dict());
    } catch (const PackageError& e) {
      set_error(package_error, e, py::dict());
    } catch (const Error& e) {
      set_error(docx_error, e, py::dict());
    } catch (const std::system_error& e) {
      // OSError(errno, strerror) becomes FileNotFoundError etc. by itself.
      py::object error = py::reinterpret_borrow<py::object>(PyExc_OSError)(e.code().value(), e.code().message());
      PyErr_SetObject(PyExc_OSError, error.ptr());
    }
  });

  py::module_ test = m.def_submodule("_test", "Hooks for docxsift's own tests.");
  test.def("raise_error", &raise_test_error, py::arg("kind"), "Raises the C++ error of `kind` through the translator.");
}

}  // namespace docxsift::bindings
