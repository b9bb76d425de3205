// The dict renderer (render/tree*.cpp) on its own: the Value tree, its JSON,
// and to_tree's shape for a small document.
#include <string>

#include "catch_compat.hpp"
#include "docx_builder.hpp"
#include "docxsift/model.hpp"
#include "docxsift/reader.hpp"
#include "docxsift/render.hpp"
#include "docxsift/tree.hpp"

using docxsift::render::Value;

namespace {

const Value* member(const Value& object, const std::string& key) {
  for (std::size_t i = 0; i < object.keys().size(); ++i) {
    if (object.keys()[i] == key) return &object.items()[i];
  }
  return nullptr;
}

}  // namespace

TEST_CASE("tree: values write as JSON", "[tree]") {
  Value root = Value::object();
  root.set("s", Value::string("a\"b\\\n\x01中"));
  root.set("n", Value());
  Value& list = root.set("list", Value::array());
  list.push(Value::integer(-3));
  list.push(Value::boolean(true));
  list.push(Value::number(0.5));
  CHECK(docxsift::render::to_json(root) == "{\"s\":\"a\\\"b\\\\\\n\\u0001中\",\"n\":null,\"list\":[-3,true,0.5]}");
  CHECK(docxsift::render::to_json(Value::array(), 2) == "[]");
}

TEST_CASE("tree: a document's blocks and properties", "[tree]") {
  auto doc = docxsift::open_buffer(docxsift::testing::make_docx(
      docxsift::testing::para("one") + "<w:tbl><w:tblGrid><w:gridCol w:w=\"100\"/></w:tblGrid><w:tr><w:tc>" +
      docxsift::testing::para("cell") + "</w:tc></w:tr></w:tbl>"));
  Value tree = docxsift::render::to_tree(*doc);
  REQUIRE(tree.kind() == Value::Kind::Object);
  const Value* properties = member(tree, "properties");
  REQUIRE(properties != nullptr);
  REQUIRE(properties->keys().size() == std::size(docxsift::model::kCorePropertyFields));
  for (std::size_t i = 0; i < properties->keys().size(); ++i) {
    CHECK(properties->keys()[i] == docxsift::model::kCorePropertyFields[i].name);
  }
  const std::string json = docxsift::render::to_json(tree);
  CHECK(json.find("\"text\":\"one\"") != std::string::npos);
  CHECK(json.find("\"text\":\"cell\"") != std::string::npos);
}
