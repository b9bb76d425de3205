// The one place ICU status codes become C++ exceptions (STYLE §5).
#pragma once

#include <unicode/utypes.h>

namespace docxsift::text::detail {

// Throws when `status` is a failure: std::bad_alloc for memory errors,
// std::invalid_argument for argument errors, std::runtime_error otherwise
// (missing ICU data, an ICU bug) naming `what` and ICU's error name.
// Warnings (U_USING_DEFAULT_WARNING, ...) pass.
void check_icu(UErrorCode status, const char* what);

}  // namespace docxsift::text::detail
