#include <system_error>

#include "docxsift/errors.hpp"
#include "opc/detail_body_split.hpp"
#include "opc/detail_xml.hpp"
#include "wml/detail_body_pieces.hpp"

namespace docxsift::wml::detail {

std::unique_ptr<BodyPieces> BodyPieces::make(std::string& bytes, std::string_view part, const Options& options) {
  if (options.parallel_parse_min_bytes == 0 || bytes.size() < options.parallel_parse_min_bytes) {
    return nullptr;
  }
  auto split = opc::detail::split_body(bytes, options.parallel_parse_piece_bytes);
  if (!split) return nullptr;
  opc::detail::check_tag_total(split->tags, part, options.limits);

  // The part without the body's content, parsed first; `bytes` stay the
  // caller's until it parses and shows its body.
  std::unique_ptr<BodyPieces> pieces(new BodyPieces());
  pieces->head_bytes_.reserve(split->content_begin + (bytes.size() - split->content_end));
  pieces->head_bytes_.append(bytes, 0, split->content_begin).append(bytes, split->content_end);
  try {
    opc::detail::parse_prepared(pieces->head_, pieces->head_bytes_, part);
  } catch (const XmlError&) {
    return nullptr;  // the whole parse decides which error is reported (it may meet one in the body first)
  }
  // The body is the element whose name lies where the split found it.
  const char* body_name = pieces->head_bytes_.data() + split->body_name;
  for (pugi::xml_node child : pieces->head_.document_element().children()) {
    if (child.type() == pugi::node_element && child.name() == body_name) pieces->body_ = child;
  }
  if (!pieces->body_ || pieces->body_.first_child()) return nullptr;
  pieces->bytes_ = std::move(bytes);

  std::size_t begin = split->content_begin;
  split->cuts.push_back(split->content_end);
  for (std::size_t end : split->cuts) {
    auto piece = std::make_unique<Piece>();
    piece->begin = begin;
    piece->end = end;
    pieces->pieces_.push_back(std::move(piece));
    begin = end;
  }
  pieces->start_helper();
  return pieces;
}

void BodyPieces::start_helper() {
  try {
    helper_ = std::thread([this] {
      while (!stop_.load(std::memory_order_relaxed) && parse_next()) {
      }
    });
  } catch (const std::system_error&) {
    // No thread to be had: this thread parses every piece as it walks.
  }
}

BodyPieces::~BodyPieces() {
  stop_.store(true, std::memory_order_relaxed);
  if (helper_.joinable()) helper_.join();
}

bool BodyPieces::parse_next() {
  const std::size_t i = next_.fetch_add(1);
  if (i >= pieces_.size()) return false;
  Piece& piece = *pieces_[i];
  bool parsed = false;
  try {
    parsed = opc::detail::parse_piece(piece.xml, bytes_.data() + piece.begin, piece.end - piece.begin);
  } catch (...) {
    parsed = false;  // out of memory: the whole parse reports it
  }
  {
    std::lock_guard<std::mutex> lock(mutex_);
    piece.state = parsed ? Piece::State::Parsed : Piece::State::Failed;
  }
  parsed_.notify_all();
  return true;
}

pugi::xml_node BodyPieces::piece(std::size_t i) {
  Piece& piece = *pieces_.at(i);
  for (;;) {
    {
      std::lock_guard<std::mutex> lock(mutex_);
      if (piece.state == Piece::State::Parsed) return piece.xml;
      if (piece.state == Piece::State::Failed) throw PieceParseFailed{};
    }
    // Not parsed yet: parse another piece meanwhile (perhaps this one).
    if (parse_next()) continue;
    std::unique_lock<std::mutex> lock(mutex_);
    parsed_.wait(lock, [&piece] { return piece.state != Piece::State::Waiting; });
  }
}

bool BodyPieces::all_parse() {
  for (std::size_t i = 0; i < pieces_.size(); ++i) {
    try {
      piece(i);
    } catch (const PieceParseFailed&) {
      return false;
    }
  }
  return true;
}

}  // namespace docxsift::wml::detail
