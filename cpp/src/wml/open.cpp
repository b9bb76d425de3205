// Opening a document: archive -> opc -> one reader per part -> model.
#include <fstream>
#include <map>
#include <system_error>

#include "doc/detail_reader.hpp"
#include "docxsift/archive.hpp"
#include "docxsift/cfb.hpp"
#include "docxsift/effective.hpp"
#include "docxsift/errors.hpp"
#include "docxsift/opc.hpp"
#include "docxsift/parts.hpp"
#include "docxsift/reader.hpp"
#include "opc/detail_xml.hpp"
#include "wml/detail_body_pieces.hpp"
#include "wml/detail_builder.hpp"
#include "wml/detail_names.hpp"
#include "wml/detail_numbering.hpp"
#include "wml/detail_parts.hpp"
#include "wml/detail_story_reader.hpp"

namespace docxsift {
namespace {

using model::Index;
using model::kNone;

struct ParsedPart {
  std::string bytes;  // parsed in place: must outlive xml
  pugi::xml_document xml;
};

// Reads and parses one part; nullptr when the part is absent.
std::unique_ptr<ParsedPart> load_part(opc::Package& package, const std::string& part) {
  auto bytes = package.read(part);
  if (!bytes) return nullptr;
  auto parsed = std::make_unique<ParsedPart>();
  parsed->bytes = std::move(*bytes);
  opc::detail::parse_part(parsed->xml, parsed->bytes, part, package.limits());
  return parsed;
}

void require_wordprocessingml(const pugi::xml_document& xml, const std::string& part) {
  pugi::xml_node root = xml.document_element();
  wml::detail::Names names;
  names.enter(root);
  if (names.ns_of(root) != wml::detail::Ns::W || names.token(root) != wml::detail::El::Document) {
    throw PackageError("not WordprocessingML: the main part " + part + " has root element <" +
                       std::string(root.name()) + ">");
  }
}

// Headers and footers referenced by sections, each part read once.
void read_headers_footers(wml::detail::Builder& builder, opc::Package& package,
                          std::vector<wml::detail::PendingHeaderFooter>& pending,
                          const Options& options) {
  std::map<std::string, Index> story_of_part;
  model::Document& doc = builder.doc();
  for (const auto& ref : pending) {
    auto found = story_of_part.find(ref.part);
    Index story = kNone;
    if (found != story_of_part.end()) {
      story = found->second;
    } else {
      auto parsed = load_part(package, ref.part);
      if (parsed) {
        wml::detail::StoryReader reader(builder, package, ref.part, options);
        story = reader.read(parsed->xml.document_element(),
                            ref.footer ? model::StoryKind::Footer : model::StoryKind::Header);
      }
      story_of_part.emplace(ref.part, story);
    }
    auto kind = static_cast<std::size_t>(ref.kind);
    (ref.footer ? doc.sections[ref.section].footers : doc.sections[ref.section].headers)[kind] = story;
  }
}

void read_notes_part(wml::detail::Builder& builder, opc::Package& package, const std::string& main,
                     std::string_view kind, model::StoryKind story_kind, const Options& options) {
  const std::string& part = package.related_part(main, kind);
  if (part.empty()) return;
  auto parsed = load_part(package, part);
  if (!parsed) return;
  wml::detail::StoryReader reader(builder, package, part, options);
  reader.read(parsed->xml.document_element(), story_kind);
}

// Whether any picture or embedded object names a part whose bytes can be read
// later: only then does the document keep its source (for a buffer: the bytes).
bool has_lazy_parts(const model::Document& doc) {
  for (const model::Image& image : doc.images) {
    if (image.part != kNone) return true;
  }
  for (const model::Embedded& e : doc.embedded) {
    if (e.part != kNone) return true;
  }
  return false;
}

DocumentPtr read_package(std::unique_ptr<archive::Archive> archive, const Options& options,
                         std::shared_ptr<const PartSource> source) {
  opc::Package package(std::move(archive), options.limits);
  wml::detail::Builder builder(options.limits);
  model::Document& doc = builder.doc();
  const std::string main = package.main_part();
  doc.main_part = builder.intern(main);

  wml::detail::read_styles(builder, package, main);
  wml::detail::read_core_properties(builder, package);

  auto bytes = package.read(main);
  if (!bytes) throw PackageError("main document part " + main + " is missing");
  opc::detail::replace_invalid_char_refs(*bytes);
  // A large body is parsed in pieces, on two threads; any other part whole.
  auto pieces = wml::detail::BodyPieces::make(*bytes, main, options);
  std::unique_ptr<ParsedPart> parsed;
  if (!pieces) {
    opc::detail::check_tag_count(*bytes, main, options.limits);
    parsed = std::make_unique<ParsedPart>();
    parsed->bytes = std::move(*bytes);
    opc::detail::parse_prepared(parsed->xml, parsed->bytes, main);
  }
  const pugi::xml_document& xml = pieces ? pieces->head() : parsed->xml;
  wml::detail::StoryReader reader(builder, package, main, options);
  try {
    require_wordprocessingml(xml, main);
    doc.body = reader.read(xml.document_element(), model::StoryKind::Body, pieces.get());
  } catch (const Error&) {
    // A whole parse would have reported a broken piece before this error.
    if (pieces && !pieces->all_parse()) throw wml::detail::PieceParseFailed{};
    throw;
  }
  // Free the body's DOM before reading the other parts.
  pieces.reset();
  parsed.reset();
  read_headers_footers(builder, package, reader.pending_headers_footers(), options);
  read_notes_part(builder, package, main, "footnotes", model::StoryKind::Footnote, options);
  read_notes_part(builder, package, main, "endnotes", model::StoryKind::Endnote, options);
  read_notes_part(builder, package, main, "comments", model::StoryKind::Comment, options);
  wml::detail::compute_list_labels(builder, package, main);  // needs every story read
  model::link_styles(doc);
  if (has_lazy_parts(doc)) doc.source = std::move(source);
  return builder.finish();
}

// The options for a second reading after a body that would not parse in
// pieces: parsed whole, it gives the document or the error a whole parse gives.
Options parsed_whole(const Options& options) {
  Options whole = options;
  whole.parallel_parse_min_bytes = 0;
  return whole;
}

// The bytes of the file when it is an OLE compound file (a .doc), read
// whole: the .doc reader needs every stream. nullopt for any other file, and
// when the file cannot be read (the archive then reports why).
std::optional<std::string> read_if_compound_file(const std::string& path, const Limits& limits) {
  std::ifstream in(path, std::ios::binary);
  char head[8];
  if (!in || !in.read(head, sizeof head) || !cfb::is_compound_file(std::string_view(head, sizeof head))) {
    return std::nullopt;
  }
  in.seekg(0, std::ios::end);
  auto size = static_cast<std::uint64_t>(in.tellg());
  if (size > limits.max_file_size) {
    throw LimitError("max_file_size", "file is " + std::to_string(size) + " bytes, over max_file_size=" +
                                          std::to_string(limits.max_file_size) +
                                          " (raise it with docxsift.Limits(max_file_size=...))");
  }
  std::string bytes(static_cast<std::size_t>(size), '\0');
  in.seekg(0);
  if (!in.read(bytes.data(), static_cast<std::streamsize>(size))) return std::nullopt;
  return bytes;
}

}  // namespace

DocumentPtr open_file(const std::string& path, const Options& options) {
  // Detected by content: an OLE file is a .doc (or is refused saying what it is).
  if (auto ole = read_if_compound_file(path, options.limits)) return doc::read_doc(*ole, options);
  // The source is made first: it remembers the file as it was when opened.
  auto source = PartSource::file(path, options.limits);
  try {
    return read_package(archive::Archive::open_file(path, options.limits), options, source);
  } catch (const wml::detail::PieceParseFailed&) {
    return read_package(archive::Archive::open_file(path, options.limits), parsed_whole(options),
                        std::move(source));
  }
}

DocumentPtr open_buffer(std::string_view data, const Options& options) {
  if (cfb::is_compound_file(data)) return doc::read_doc(data, options);
  // One copy of the bytes, shared by the archive now and Image.blob later.
  auto shared = std::make_shared<const std::string>(data);
  auto source = PartSource::buffer(shared, options.limits);
  try {
    return read_package(archive::Archive::open_shared(shared, options.limits), options, source);
  } catch (const wml::detail::PieceParseFailed&) {
    return read_package(archive::Archive::open_shared(std::move(shared), options.limits),
                        parsed_whole(options), std::move(source));
  }
}

void forget_reused_parts() {
  wml::detail::forget_reused_styles();
  wml::detail::forget_reused_numbering();
}

}  // namespace docxsift
