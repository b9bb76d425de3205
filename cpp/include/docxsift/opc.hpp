// Open Packaging Conventions: content types, relationships and part names.
// Knows nothing of WordprocessingML beyond the content types that mark a main part.
#pragma once

#include <map>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "docxsift/archive.hpp"

namespace docxsift::opc {

struct Relationship {
  std::string id;
  std::string type;    // full relationship type URI
  std::string target;  // as written
  bool external = false;
  // For an internal target: the part name it resolves to ("word/media/a.png"),
  // without leading '/'. Empty when the target does not name a part.
  std::string part;
};

// The last path segment of a relationship type ("officeDocument", "styles",
// "header", "core-properties"): transitional and strict URIs share it.
std::string_view relationship_kind(std::string_view type);

// Resolves `target` relative to the part `source` ("" for the package root):
// backslashes, "./" and "../", percent-escapes and fragments are handled;
// returns "" for targets that cannot name a part.
std::string resolve_part_name(std::string_view source, std::string_view target);

class Package {
 public:
  Package(std::unique_ptr<archive::Archive> archive, const Limits& limits);

  // The part name of the main document, found through _rels/.rels (and, if
  // that is unreadable, through [Content_Types].xml). Throws PackageError.
  const std::string& main_part() const { return main_part_; }
  bool strict() const { return strict_; }

  // Relationships of `part` ("" = the package), from its .rels part. Missing
  // or malformed .rels parts yield no relationships: a broken link must never
  // stop a document from opening.
  const std::vector<Relationship>& relationships(const std::string& part);
  // The first relationship of `part` with this kind, if any.
  const Relationship* find_relationship(const std::string& part, std::string_view kind);
  // The part inside the package that the first relationship of this kind
  // names, or "" when there is none, it is external or it names no part.
  const std::string& related_part(const std::string& part, std::string_view kind);
  const Relationship* relationship_by_id(const std::string& part, std::string_view id);

  std::string content_type(std::string_view part) const;
  std::optional<std::string> read(std::string_view part);
  // Archive::stored and Archive::count_as_read by part name.
  std::optional<archive::StoredEntry> stored(std::string_view part) const;
  void count_as_read(std::string_view part);
  bool has_part(std::string_view part) const;
  archive::Archive& archive() { return *archive_; }
  const Limits& limits() const { return limits_; }

 private:
  void read_content_types();
  void find_main_part();

  std::unique_ptr<archive::Archive> archive_;
  Limits limits_;
  std::map<std::string, std::string> default_types_;   // extension (lowercase) -> type
  std::map<std::string, std::string> override_types_;  // part name (lowercase) -> type
  std::map<std::string, std::vector<Relationship>> relationships_;
  std::string main_part_;
  bool strict_ = false;
};

}  // namespace docxsift::opc
