// The w:body of a large main part, parsed in pieces on two threads while the
// story reader walks the pieces already parsed: parsing is half of reading a
// large document, and the walk and the parse no longer wait for each other.
#pragma once

#include <atomic>
#include <condition_variable>
#include <cstddef>
#include <memory>
#include <mutex>
#include <pugixml.hpp>
#include <string>
#include <string_view>
#include <thread>
#include <vector>

#include "docxsift/options.hpp"

namespace docxsift::wml::detail {

// Thrown when a piece does not parse on its own. The part is then read again
// and parsed whole, which gives the answer or the error a whole parse gives.
// Never leaves the reader: it is not a docxsift::Error.
struct PieceParseFailed {};

class BodyPieces {
 public:
  // Takes `bytes` (a main part, replace_invalid_char_refs done) when it is long enough
  // and splits cleanly; otherwise leaves them and returns nullptr. Parses the
  // part without its body at once (XmlError as for a whole part) and starts
  // parsing the pieces.
  static std::unique_ptr<BodyPieces> make(std::string& bytes, std::string_view part, const Options& options);

  BodyPieces(const BodyPieces&) = delete;
  BodyPieces& operator=(const BodyPieces&) = delete;
  ~BodyPieces();  // stops the helper thread and waits for it

  // The part with an empty body: the walk starts here.
  const pugi::xml_document& head() const { return head_; }
  // The body element of head(), whose children are those of the pieces.
  pugi::xml_node body() const { return body_; }
  std::size_t size() const { return pieces_.size(); }
  // Piece i, parsed: here, if no thread has taken it yet, else when the
  // helper is done with it. Throws PieceParseFailed.
  pugi::xml_node piece(std::size_t i);
  // Whether every piece parses (parsing those not parsed yet). An error met
  // while the pieces are read is the whole parse's only if they all do: a
  // whole parse reports its own errors first.
  bool all_parse();

 private:
  struct Piece {
    std::size_t begin = 0;
    std::size_t end = 0;
    pugi::xml_document xml;
    enum class State { Waiting, Parsed, Failed } state = State::Waiting;  // guarded by mutex_
  };

  BodyPieces() = default;
  void start_helper();
  // Takes the next piece nobody has taken and parses it; false when none is left.
  bool parse_next();

  std::string bytes_;       // the part, parsed in place piece by piece
  std::string head_bytes_;  // the part without the body's content
  pugi::xml_document head_;
  pugi::xml_node body_;
  std::vector<std::unique_ptr<Piece>> pieces_;
  std::atomic<std::size_t> next_{0};
  std::atomic<bool> stop_{false};
  std::mutex mutex_;
  std::condition_variable parsed_;
  std::thread helper_;
};

}  // namespace docxsift::wml::detail
