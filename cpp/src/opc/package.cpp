#include <pugixml.hpp>

#include <algorithm>
#include <stdexcept>

#include "docxsift/errors.hpp"
#include "docxsift/opc.hpp"
#include "opc/detail_xml.hpp"

namespace docxsift::opc {
namespace {

std::string lowercase(std::string_view s) {
  std::string out(s);
  for (char& c : out) {
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
  }
  return out;
}

std::string strip_slash(std::string_view name) {
  while (!name.empty() && name.front() == '/') name.remove_prefix(1);
  return std::string(name);
}

std::string rels_part_for(const std::string& part) {
  if (part.empty()) return "_rels/.rels";
  auto slash = part.rfind('/');
  std::string dir = slash == std::string::npos ? std::string() : part.substr(0, slash + 1);
  std::string file = slash == std::string::npos ? part : part.substr(slash + 1);
  return dir + "_rels/" + file + ".rels";
}

bool is_main_content_type(std::string_view type) {
  // document, template, macro-enabled document and template.
  return type.starts_with("application/vnd.openxmlformats-officedocument.wordprocessingml.") ||
         type.starts_with("application/vnd.ms-word.document.macroEnabled.main") ||
         type.starts_with("application/vnd.ms-word.template.macroEnabledTemplate.main");
}

bool is_main_document_type(std::string_view type) { return is_main_content_type(type) && type.ends_with(".main+xml"); }

}  // namespace

Package::Package(std::unique_ptr<archive::Archive> archive, const Limits& limits)
    : archive_(std::move(archive)), limits_(limits) {
  read_content_types();
  find_main_part();
}

void Package::read_content_types() {
  auto bytes = archive_->read("[Content_Types].xml");
  if (!bytes) return;  // tolerated: Word itself needs it, but the parts can still be read
  pugi::xml_document doc;
  try {
    detail::parse_part(doc, *bytes, "[Content_Types].xml", limits_);
  } catch (const XmlError&) {
    return;
  }
  for (pugi::xml_node node : doc.document_element().children()) {
    std::string_view local = detail::local_name(node.name());
    if (local == "Default") {
      default_types_[lowercase(node.attribute("Extension").value())] = node.attribute("ContentType").value();
    } else if (local == "Override") {
      override_types_[lowercase(strip_slash(node.attribute("PartName").value()))] =
          node.attribute("ContentType").value();
    }
  }
}

void Package::find_main_part() {
  for (const Relationship& rel : relationships("")) {
    if (relationship_kind(rel.type) != "officeDocument" || rel.external || rel.part.empty()) continue;
    if (!has_part(rel.part)) continue;
    main_part_ = rel.part;
    strict_ = rel.type.starts_with("http://purl.oclc.org/ooxml/");
    break;
  }
  if (main_part_.empty()) {
    // _rels/.rels missing or broken: the content types still name the main part.
    for (const auto& entry : override_types_) {
      const std::string& lower_part = entry.first;
      if (is_main_document_type(entry.second) && has_part(lower_part)) {
        // Keep the name as stored in the archive (override keys are lowercased).
        main_part_ = archive_->names()[*archive_->find(lower_part)];
        break;
      }
    }
  }
  if (main_part_.empty()) {
    bool looks_like_other_office = has_part("xl/workbook.xml") || has_part("ppt/presentation.xml");
    throw PackageError(looks_like_other_office ? "not a Word document: the package is a spreadsheet or presentation"
                                               : "no main document part (no officeDocument relationship in _rels/.rels "
                                                 "names an existing part)");
  }
  std::string type = content_type(main_part_);
  if (!type.empty() && !is_main_document_type(type) && type != "application/xml" &&
      type.find("wordprocessingml") == std::string::npos) {
    throw PackageError("not WordprocessingML: the main part " + main_part_ + " has content type " + type);
  }
}

const std::vector<Relationship>& Package::relationships(const std::string& part) {
  auto found = relationships_.find(part);
  if (found != relationships_.end()) return found->second;
  std::vector<Relationship>& rels = relationships_[part];
  std::string rels_name = rels_part_for(part);
  auto bytes = archive_->read(rels_name);
  if (!bytes) return rels;
  pugi::xml_document doc;
  try {
    detail::parse_part(doc, *bytes, rels_name, limits_);
  } catch (const XmlError&) {
    return rels;  // a broken .rels part loses its links, not the document
  }
  for (pugi::xml_node node : doc.document_element().children()) {
    if (detail::local_name(node.name()) != "Relationship") continue;
    Relationship rel;
    rel.id = node.attribute("Id").value();
    rel.type = node.attribute("Type").value();
    rel.target = node.attribute("Target").value();
    rel.external = std::string_view(node.attribute("TargetMode").value()) == "External";
    if (!rel.external) rel.part = resolve_part_name(part, rel.target);
    rels.push_back(std::move(rel));
  }
  return rels;
}

const Relationship* Package::find_relationship(const std::string& part, std::string_view kind) {
  for (const Relationship& rel : relationships(part)) {
    if (relationship_kind(rel.type) == kind) return &rel;
  }
  return nullptr;
}

const std::string& Package::related_part(const std::string& part, std::string_view kind) {
  static const std::string kNoPart;
  const Relationship* rel = find_relationship(part, kind);
  return rel == nullptr || rel->external ? kNoPart : rel->part;
}

const Relationship* Package::relationship_by_id(const std::string& part, std::string_view id) {
  for (const Relationship& rel : relationships(part)) {
    if (rel.id == id) return &rel;
  }
  return nullptr;
}

std::string Package::content_type(std::string_view part) const {
  std::string key = lowercase(strip_slash(part));
  if (auto o = override_types_.find(key); o != override_types_.end()) return o->second;
  auto dot = key.rfind('.');
  if (dot != std::string::npos) {
    if (auto d = default_types_.find(key.substr(dot + 1)); d != default_types_.end()) return d->second;
  }
  return {};
}

std::optional<std::string> Package::read(std::string_view part) {
  if (part.empty()) return std::nullopt;
  return archive_->read(part);
}

std::optional<archive::StoredEntry> Package::stored(std::string_view part) const {
  auto index = part.empty() ? std::nullopt : archive_->find(part);
  return index ? archive_->stored(*index) : std::nullopt;
}

void Package::count_as_read(std::string_view part) {
  auto index = archive_->find(part);
  if (!index) throw std::logic_error("count_as_read: no part " + std::string(part));
  archive_->count_as_read(*index);
}

bool Package::has_part(std::string_view part) const { return !part.empty() && archive_->find(part).has_value(); }

}  // namespace docxsift::opc
