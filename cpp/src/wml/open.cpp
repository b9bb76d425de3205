// Opening a document: archive -> opc -> one reader per part -> model.
#include <map>
#include <system_error>

#include "docxsift/archive.hpp"
#include "docxsift/effective.hpp"
#include "docxsift/errors.hpp"
#include "docxsift/opc.hpp"
#include "docxsift/options.hpp"
#include "docxsift/parts.hpp"
#include "model/detail_builder.hpp"
#include "opc/detail_xml.hpp"
#include "wml/detail_body_pieces.hpp"
#include "wml/detail_names.hpp"
#include "wml/detail_numbering.hpp"
#include "wml/detail_open.hpp"
#include "wml/detail_pages.hpp"
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
void read_headers_footers(model::Builder& builder, opc::Package& package,
                          std::vector<wml::detail::PendingHeaderFooter>& pending, const Options& options) {
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

void read_notes_part(model::Builder& builder, opc::Package& package, const std::string& main, std::string_view kind,
                     model::StoryKind story_kind, const Options& options) {
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
  model::Builder builder(options.limits);
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
  wml::detail::compute_pages(doc, reader.page_log());  // needs the body's sections
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

}  // namespace

DocumentPtr wml::open_docx_file(const std::string& path, const Options& options) {
  // The source is made first: it remembers the file as it was when opened.
  auto source = PartSource::file(path, options.limits);
  try {
    return read_package(archive::Archive::open_file(path, options.limits), options, source);
  } catch (const wml::detail::PieceParseFailed&) {
    return read_package(archive::Archive::open_file(path, options.limits), parsed_whole(options), std::move(source));
  }
}

DocumentPtr wml::open_docx_buffer(std::string_view data, const Options& options) {
  // One copy of the bytes, shared by the archive now and Image.blob later.
  auto shared = std::make_shared<const std::string>(data);
  auto source = PartSource::buffer(shared, options.limits);
  try {
    return read_package(archive::Archive::open_shared(shared, options.limits), options, source);
  } catch (const wml::detail::PieceParseFailed&) {
    return read_package(archive::Archive::open_shared(std::move(shared), options.limits), parsed_whole(options),
                        std::move(source));
  }
}

void wml::forget_reused_parts() {
  wml::detail::forget_reused_styles();
  wml::detail::forget_reused_numbering();
}

}  // namespace docxsift
