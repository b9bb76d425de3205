#include "docx_builder.hpp"

#include <zip.h>

#include <stdexcept>

namespace docxsift::testing {
namespace {

const char* kNamespaces =
    "xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\" "
    "xmlns:r=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships\" "
    "xmlns:mc=\"http://schemas.openxmlformats.org/markup-compatibility/2006\" "
    "xmlns:wps=\"http://schemas.microsoft.com/office/word/2010/wordprocessingShape\" "
    "xmlns:v=\"urn:schemas-microsoft-com:vml\" "
    "xmlns:o=\"urn:schemas-microsoft-com:office:office\" "
    "xmlns:wp=\"http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing\" "
    "xmlns:a=\"http://schemas.openxmlformats.org/drawingml/2006/main\" "
    "xmlns:pic=\"http://schemas.openxmlformats.org/drawingml/2006/picture\" "
    "xmlns:c=\"http://schemas.openxmlformats.org/drawingml/2006/chart\" "
    "xmlns:w14=\"http://schemas.microsoft.com/office/word/2010/wordml\"";

const char* kStrictNamespaces =
    "xmlns:w=\"http://purl.oclc.org/ooxml/wordprocessingml/main\" "
    "xmlns:r=\"http://purl.oclc.org/ooxml/officeDocument/relationships\"";

std::string content_type_defaults(const DocxParts& parts) {
  std::string out;
  for (const auto& [ext, type] : parts.content_types) {
    out += "<Default Extension=\"" + ext + "\" ContentType=\"" + type + "\"/>";
  }
  return out;
}

}  // namespace

std::string make_zip(const std::vector<std::pair<std::string, std::string>>& entries) {
  zip_error_t error;
  zip_error_init(&error);
  zip_source_t* buffer = zip_source_buffer_create(nullptr, 0, 0, &error);
  if (buffer == nullptr) throw std::runtime_error("zip_source_buffer_create");
  zip_source_keep(buffer);
  zip_t* archive = zip_open_from_source(buffer, ZIP_TRUNCATE, &error);
  if (archive == nullptr) throw std::runtime_error("zip_open_from_source");
  for (const auto& [name, content] : entries) {
    zip_source_t* data = zip_source_buffer(archive, content.data(), content.size(), 0);
    if (data == nullptr || zip_file_add(archive, name.c_str(), data, ZIP_FL_ENC_UTF_8) < 0) {
      throw std::runtime_error("zip_file_add " + name);
    }
  }
  if (zip_close(archive) != 0) throw std::runtime_error("zip_close");
  std::string out;
  zip_stat_t st;
  zip_source_stat(buffer, &st);
  out.resize(static_cast<std::size_t>(st.size));
  zip_source_open(buffer);
  zip_source_read(buffer, out.data(), out.size());
  zip_source_close(buffer);
  zip_source_free(buffer);
  zip_error_fini(&error);
  return out;
}

std::string make_docx(const DocxParts& parts) {
  std::string rt = parts.strict ? "http://purl.oclc.org/ooxml/officeDocument/relationships"
                                : "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
  std::string ns = parts.strict ? kStrictNamespaces : kNamespaces;
  std::map<std::string, std::string> files;
  files["[Content_Types].xml"] =
      "<?xml version=\"1.0\"?><Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
      "<Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/>"
      "<Default Extension=\"xml\" ContentType=\"application/xml\"/>" +
      content_type_defaults(parts) + "<Override PartName=\"/" + parts.main +
      "\" ContentType=\"application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml\"/>"
      "</Types>";
  files["_rels/.rels"] =
      "<?xml version=\"1.0\"?><Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
      "<Relationship Id=\"rId1\" Type=\"" +
      rt + "/officeDocument\" Target=\"" + parts.main + "\"/></Relationships>";
  files[parts.main] = "<?xml version=\"1.0\" encoding=\"UTF-8\"?><w:document " + ns + "><w:body>" + parts.body +
                      "</w:body></w:document>";
  std::string rels = parts.document_rels;
  std::string dir = parts.main.substr(0, parts.main.rfind('/') + 1);
  if (!parts.styles.empty()) {
    rels += "<Relationship Id=\"rIdS\" Type=\"" + rt + "/styles\" Target=\"styles.xml\"/>";
    files[dir + "styles.xml"] = "<?xml version=\"1.0\"?><w:styles " + ns + ">" + parts.styles + "</w:styles>";
  }
  if (!parts.footnotes.empty()) {
    rels += "<Relationship Id=\"rIdF\" Type=\"" + rt + "/footnotes\" Target=\"footnotes.xml\"/>";
    files[dir + "footnotes.xml"] =
        "<?xml version=\"1.0\"?><w:footnotes " + ns + ">" + parts.footnotes + "</w:footnotes>";
  }
  if (!parts.theme.empty()) {
    rels += "<Relationship Id=\"rIdT\" Type=\"" + rt + "/theme\" Target=\"theme/theme1.xml\"/>";
    files[dir + "theme/theme1.xml"] =
        "<?xml version=\"1.0\"?><a:theme xmlns:a=\"http://schemas.openxmlformats.org/drawingml/2006/main\">"
        "<a:themeElements>" +
        parts.theme + "</a:themeElements></a:theme>";
  }
  if (!parts.settings.empty()) {
    rels += "<Relationship Id=\"rIdSet\" Type=\"" + rt + "/settings\" Target=\"settings.xml\"/>";
    files[dir + "settings.xml"] = "<?xml version=\"1.0\"?><w:settings " + ns + ">" + parts.settings + "</w:settings>";
  }
  if (!rels.empty()) {
    std::string file = parts.main.substr(parts.main.rfind('/') + 1);
    files[dir + "_rels/" + file + ".rels"] =
        "<?xml version=\"1.0\"?><Relationships "
        "xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">" +
        rels + "</Relationships>";
  }
  for (const auto& [name, content] : parts.extra) files[name] = content;
  return make_zip({files.begin(), files.end()});
}

std::string make_docx(const std::string& body) {
  DocxParts parts;
  parts.body = body;
  return make_docx(parts);
}

DocumentPtr open_all_runs(const DocxParts& parts) {
  Options options;
  options.include_hidden = true;
  return open_buffer(make_docx(parts), options);
}

std::string para(const std::string& text) {
  return "<w:p><w:r><w:t xml:space=\"preserve\">" + text + "</w:t></w:r></w:p>";
}

}  // namespace docxsift::testing
