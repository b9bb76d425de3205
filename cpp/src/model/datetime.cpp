#include "docxsift/datetime.hpp"

namespace docxsift::model {
namespace {

// Reads exactly `digits` ASCII digits at `pos`.
bool read_number(std::string_view s, std::size_t& pos, std::size_t digits, int& out) {
  if (pos + digits > s.size()) return false;
  int v = 0;
  for (std::size_t i = 0; i < digits; ++i) {
    char c = s[pos + i];
    if (c < '0' || c > '9') return false;
    v = v * 10 + (c - '0');
  }
  pos += digits;
  out = v;
  return true;
}

bool accept(std::string_view s, std::size_t& pos, char c) {
  if (pos < s.size() && s[pos] == c) {
    ++pos;
    return true;
  }
  return false;
}

int days_in_month(int year, int month) {
  static constexpr int kDays[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
  bool leap = (year % 4 == 0 && year % 100 != 0) || year % 400 == 0;
  return month == 2 && leap ? 29 : kDays[month - 1];
}

std::string_view trim(std::string_view s) {
  auto space = [](char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r'; };
  while (!s.empty() && space(s.front())) s.remove_prefix(1);
  while (!s.empty() && space(s.back())) s.remove_suffix(1);
  return s;
}

// "Z", "+hh:mm", "+hhmm" or "+hh" at pos, through to the end.
bool read_zone(std::string_view s, std::size_t pos, int& offset) {
  if (pos == s.size()) return true;
  if ((s[pos] == 'Z' || s[pos] == 'z') && pos + 1 == s.size()) return true;
  if (s[pos] != '+' && s[pos] != '-') return false;
  int sign = s[pos] == '-' ? -1 : 1;
  ++pos;
  int hours = 0, minutes = 0;
  if (!read_number(s, pos, 2, hours)) return false;
  accept(s, pos, ':');
  if (pos < s.size() && !read_number(s, pos, 2, minutes)) return false;
  if (pos != s.size() || hours > 23 || minutes > 59) return false;
  offset = sign * (hours * 60 + minutes);
  return true;
}

}  // namespace

std::optional<DateTime> parse_w3cdtf(std::string_view text) {
  std::string_view s = trim(text);
  DateTime out;
  std::size_t pos = 0;
  if (!read_number(s, pos, 4, out.year) || out.year < 1) return std::nullopt;
  if (accept(s, pos, '-')) {
    if (!read_number(s, pos, 2, out.month) || out.month < 1 || out.month > 12) return std::nullopt;
    if (accept(s, pos, '-')) {
      if (!read_number(s, pos, 2, out.day) || out.day < 1 || out.day > days_in_month(out.year, out.month)) {
        return std::nullopt;
      }
      if (accept(s, pos, 'T') || accept(s, pos, 't') || accept(s, pos, ' ')) {
        if (!read_number(s, pos, 2, out.hour) || !accept(s, pos, ':') || !read_number(s, pos, 2, out.minute) ||
            out.hour > 23 || out.minute > 59) {
          return std::nullopt;
        }
        if (accept(s, pos, ':')) {
          if (!read_number(s, pos, 2, out.second) || out.second > 60) return std::nullopt;
          if (out.second == 60) out.second = 59;  // a leap second has no datetime
          if (accept(s, pos, '.') || accept(s, pos, ',')) {
            // Fractions of any length; the first six digits are microseconds.
            std::size_t start = pos;
            int scale = 100000;
            while (pos < s.size() && s[pos] >= '0' && s[pos] <= '9') {
              out.microsecond += (s[pos] - '0') * scale;
              scale /= 10;
              ++pos;
            }
            if (pos == start) return std::nullopt;
          }
        }
        if (!read_zone(s, pos, out.offset_minutes)) return std::nullopt;
        return out;
      }
    }
  }
  // A date without a time may still carry a zone in the wild; accept and ignore nothing else.
  if (!read_zone(s, pos, out.offset_minutes)) return std::nullopt;
  return out;
}

}  // namespace docxsift::model
