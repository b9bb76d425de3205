// A small generic tree of plain data (JSON's value model): doc.to_dict() is
// built as one in C++, then either written as JSON or converted to Python
// objects by the bindings, so both outputs agree by construction.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace docxsift::render {

class Value {
 public:
  enum class Kind : std::uint8_t { Null, Bool, Int, Double, String, Array, Object };

  Value() = default;
  static Value boolean(bool b);
  static Value integer(std::int64_t i);
  static Value number(double d);
  static Value string(std::string_view s);
  static Value array();
  static Value object();

  Kind kind() const { return kind_; }
  bool as_bool() const { return bool_; }
  std::int64_t as_int() const { return int_; }
  double as_double() const { return double_; }
  const std::string& as_string() const { return string_; }
  // Array elements, or object member values (parallel to keys()).
  const std::vector<Value>& items() const { return items_; }
  const std::vector<std::string>& keys() const { return keys_; }

  // Appends to an array; returns the new element, valid until this value
  // grows again.
  Value& push(Value v);
  // Adds an object member (keys are not checked for uniqueness); returns its
  // value, valid until this value grows again.
  Value& set(std::string_view key, Value v);

 private:
  Kind kind_ = Kind::Null;
  bool bool_ = false;
  std::int64_t int_ = 0;
  double double_ = 0;
  std::string string_;
  std::vector<std::string> keys_;
  std::vector<Value> items_;
};

// JSON text (RFC 8259): UTF-8, control characters escaped. indent < 0 writes
// one line; otherwise members go one per line, indented by `indent` spaces.
std::string to_json(const Value& value, int indent = -1);

}  // namespace docxsift::render
