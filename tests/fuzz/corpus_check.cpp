// Reads paths from stdin, one per line; opens each and walks every view.
// A docxsift::Error is an accepted outcome; anything else (a crash, a
// sanitizer report, another exception) fails the run.
#include <iostream>
#include <string>
#include <system_error>

#include "docxsift/errors.hpp"
#include "exercise.hpp"

int main() {
  std::size_t opened = 0, refused = 0, checksum = 0;
  std::string path;
  while (std::getline(std::cin, path)) {
    if (path.empty()) continue;
    try {
      auto doc = docxsift::open_file(path);
      checksum += docxsift::testing::exercise(*doc);
      ++opened;
    } catch (const docxsift::Error& e) {
      ++refused;
    } catch (const std::system_error& e) {
      std::cerr << path << ": " << e.what() << "\n";
      return 1;
    }
  }
  std::cout << opened << " opened, " << refused << " refused with a DocxError (checksum " << checksum << ")\n";
  return 0;
}
