#include <new>
#include <stdexcept>
#include <string>

#include "text/detail_icu.hpp"

namespace docxsift::text::detail {

void check_icu(UErrorCode status, const char* what) {
  if (U_SUCCESS(status)) return;
  if (status == U_MEMORY_ALLOCATION_ERROR) throw std::bad_alloc();
  std::string message = std::string("ICU ") + what + " failed: " + u_errorName(status);
  if (status == U_ILLEGAL_ARGUMENT_ERROR) throw std::invalid_argument(message);
  throw std::runtime_error(message);
}

}  // namespace docxsift::text::detail
