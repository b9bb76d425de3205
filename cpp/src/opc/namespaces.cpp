#include <array>
#include <string_view>

#include "opc/detail_namespaces.hpp"

namespace docxsift::opc::detail {
namespace {

struct UriNs {
  std::string_view uri;
  Ns ns;
};

constexpr std::array kUris{
    UriNs{"http://schemas.openxmlformats.org/wordprocessingml/2006/main", Ns::W},
    UriNs{"http://purl.oclc.org/ooxml/wordprocessingml/main", Ns::W},
    UriNs{"http://schemas.openxmlformats.org/officeDocument/2006/relationships", Ns::R},
    UriNs{"http://purl.oclc.org/ooxml/officeDocument/relationships", Ns::R},
    UriNs{"http://schemas.openxmlformats.org/markup-compatibility/2006", Ns::MC},
    UriNs{"http://schemas.microsoft.com/office/word/2010/wordprocessingShape", Ns::WPS},
    UriNs{"http://schemas.microsoft.com/office/word/2010/wordprocessingGroup", Ns::WPG},
    UriNs{"http://schemas.microsoft.com/office/word/2010/wordprocessingCanvas", Ns::WPC},
    UriNs{"http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing", Ns::WP},
    UriNs{"http://purl.oclc.org/ooxml/drawingml/wordprocessingDrawing", Ns::WP},
    UriNs{"http://schemas.openxmlformats.org/drawingml/2006/main", Ns::A},
    UriNs{"http://purl.oclc.org/ooxml/drawingml/main", Ns::A},
    UriNs{"http://schemas.openxmlformats.org/drawingml/2006/picture", Ns::PIC},
    UriNs{"http://purl.oclc.org/ooxml/drawingml/picture", Ns::PIC},
    UriNs{"urn:schemas-microsoft-com:vml", Ns::V},
    UriNs{"urn:schemas-microsoft-com:office:office", Ns::O},
    UriNs{"http://schemas.openxmlformats.org/officeDocument/2006/math", Ns::M},
    UriNs{"http://purl.oclc.org/ooxml/officeDocument/math", Ns::M},
    UriNs{"http://schemas.microsoft.com/office/word/2010/wordml", Ns::W14},
    UriNs{"http://schemas.microsoft.com/office/word/2012/wordml", Ns::W15},
    UriNs{"http://schemas.microsoft.com/office/word/2006/wordml", Ns::WNE},
    UriNs{"http://www.w3.org/XML/1998/namespace", Ns::Xml},
    UriNs{"http://schemas.openxmlformats.org/drawingml/2006/chart", Ns::C},
    UriNs{"http://purl.oclc.org/ooxml/drawingml/chart", Ns::C},
    UriNs{"http://schemas.openxmlformats.org/drawingml/2006/diagram", Ns::DGM},
    UriNs{"http://purl.oclc.org/ooxml/drawingml/diagram", Ns::DGM},
};

}  // namespace

Ns namespace_of_uri(std::string_view uri) {
  for (const auto& u : kUris) {
    if (u.uri == uri) return u.ns;
  }
  return Ns::Other;
}

bool understood(Ns ns) {
  switch (ns) {
    case Ns::W:
    case Ns::R:
    case Ns::MC:
    case Ns::WPS:
    case Ns::WPG:
    case Ns::WPC:
    case Ns::WP:
    case Ns::A:
    case Ns::PIC:
    case Ns::V:
    case Ns::O:
    case Ns::M:
    case Ns::W14:
    case Ns::W15:
    case Ns::WNE:
    case Ns::Xml: return true;
    default: return false;
  }
}

}  // namespace docxsift::opc::detail
