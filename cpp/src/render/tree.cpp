// Value and its JSON writer.
#include <charconv>
#include <cmath>
#include <utility>

#include "docxsift/tree.hpp"

namespace docxsift::render {

Value Value::boolean(bool b) {
  Value v;
  v.kind_ = Kind::Bool;
  v.bool_ = b;
  return v;
}

Value Value::integer(std::int64_t i) {
  Value v;
  v.kind_ = Kind::Int;
  v.int_ = i;
  return v;
}

Value Value::number(double d) {
  Value v;
  v.kind_ = Kind::Double;
  v.double_ = d;
  return v;
}

Value Value::string(std::string_view s) {
  Value v;
  v.kind_ = Kind::String;
  v.string_ = std::string(s);
  return v;
}

Value Value::array() {
  Value v;
  v.kind_ = Kind::Array;
  return v;
}

Value Value::object() {
  Value v;
  v.kind_ = Kind::Object;
  return v;
}

Value& Value::push(Value v) {
  items_.push_back(std::move(v));
  return items_.back();
}

Value& Value::set(std::string_view key, Value v) {
  keys_.emplace_back(key);
  items_.push_back(std::move(v));
  return items_.back();
}

namespace {

void write_string(std::string& out, std::string_view s) {
  static const char* kHex = "0123456789abcdef";
  out.push_back('"');
  for (char c : s) {
    auto u = static_cast<unsigned char>(c);
    switch (c) {
      case '"': out += "\\\""; break;
      case '\\': out += "\\\\"; break;
      case '\n': out += "\\n"; break;
      case '\r': out += "\\r"; break;
      case '\t': out += "\\t"; break;
      default:
        if (u < 0x20 || u == 0x7F) {
          out += "\\u00";
          out.push_back(kHex[u >> 4]);
          out.push_back(kHex[u & 0xF]);
        } else {
          out.push_back(c);
        }
    }
  }
  out.push_back('"');
}

void new_line(std::string& out, int indent, int depth) {
  if (indent < 0) return;
  out.push_back('\n');
  out.append(static_cast<std::size_t>(indent) * static_cast<std::size_t>(depth), ' ');
}

// Recursion depth is the tree's depth, which the model's XML depth limit bounds.
void write(std::string& out, const Value& v, int indent, int depth) {
  switch (v.kind()) {
    case Value::Kind::Null: out += "null"; return;
    case Value::Kind::Bool: out += v.as_bool() ? "true" : "false"; return;
    case Value::Kind::Int: out += std::to_string(v.as_int()); return;
    case Value::Kind::Double: {
      if (!std::isfinite(v.as_double())) {
        out += "null";  // JSON has no NaN or infinity
        return;
      }
      char buffer[32];
      auto result = std::to_chars(buffer, buffer + sizeof buffer, v.as_double());
      out.append(buffer, result.ptr);
      return;
    }
    case Value::Kind::String: write_string(out, v.as_string()); return;
    case Value::Kind::Array:
    case Value::Kind::Object: {
      const bool object = v.kind() == Value::Kind::Object;
      out.push_back(object ? '{' : '[');
      const auto& items = v.items();
      for (std::size_t i = 0; i < items.size(); ++i) {
        if (i > 0) out.push_back(',');
        new_line(out, indent, depth + 1);
        if (object) {
          write_string(out, v.keys()[i]);
          out += indent < 0 ? ":" : ": ";
        }
        write(out, items[i], indent, depth + 1);
      }
      if (!items.empty()) new_line(out, indent, depth);
      out.push_back(object ? '}' : ']');
      return;
    }
  }
}

}  // namespace

std::string to_json(const Value& value, int indent) {
  std::string out;
  write(out, value, indent, 0);
  return out;
}

}  // namespace docxsift::render
