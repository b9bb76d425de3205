// W3CDTF timestamps (docProps/core.xml dcterms:created, w:comment/@w:date).
#pragma once

#include <cstdint>
#include <optional>
#include <string_view>

namespace docxsift::model {

struct DateTime {
  int year = 1, month = 1, day = 1;
  int hour = 0, minute = 0, second = 0, microsecond = 0;
  int offset_minutes = 0;  // east of UTC; 0 for "Z" and for times written without a zone
};

// "2003", "2003-12", "2003-12-31", "2003-12-31T10:14:55Z",
// "2003-12-31T10:14:55.25-08:00" (also a space for "T", "+0800", "+08").
// A missing zone means UTC, as python-docx reads it. nullopt when malformed
// or out of range.
std::optional<DateTime> parse_w3cdtf(std::string_view text);

}  // namespace docxsift::model
