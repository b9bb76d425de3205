// Documents made from one template store the same styles.xml, theme and often
// settings.xml and numbering.xml, byte for byte. What a reader makes of such a
// part depends only on its stored bytes and the limits, so it is kept, shared
// by every thread (the batch's workers take a template's files in turn), for
// the next document that stores the part alike. Entries are compared in full
// (the deflated bytes too): no hash is trusted, so a crafted file cannot pass
// its own reading off as another document's.
#pragma once

#include <algorithm>
#include <cstdint>
#include <memory>
#include <mutex>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "docxsift/archive.hpp"
#include "docxsift/limits.hpp"
#include "docxsift/opc.hpp"

namespace docxsift::wml::detail {

template <typename Value>
class PartMemo {
 public:
  // What was made of a part stored as `entry`, read under `limits`; null
  // when nothing was. A hit becomes the most recently used.
  std::shared_ptr<const Value> find(const archive::StoredEntry& entry, const Limits& limits) {
    std::lock_guard<std::mutex> lock(mutex_);
    const std::size_t i = index_of(entry, limits);
    if (i == entries_.size()) return nullptr;
    std::rotate(entries_.begin() + static_cast<std::ptrdiff_t>(i),
                entries_.begin() + static_cast<std::ptrdiff_t>(i) + 1, entries_.end());
    return entries_.back().value;
  }

  // Keeps `value`, made of a part stored as `entry`; `cost` estimates the
  // bytes it holds. The least recently used entries go to stay within budget.
  void keep(const archive::StoredEntry& entry, const Limits& limits, std::shared_ptr<const Value> value,
            std::size_t cost) {
    cost += entry.deflated.size();
    if (cost > kMaxBytes / 4) return;  // one huge part must not flush the rest
    std::lock_guard<std::mutex> lock(mutex_);
    if (index_of(entry, limits) != entries_.size()) return;  // another thread kept it
    while (!entries_.empty() && (entries_.size() >= kMaxEntries || bytes_ + cost > kMaxBytes)) {
      bytes_ -= entries_.front().cost;
      entries_.erase(entries_.begin());
    }
    entries_.push_back(Entry{std::string(entry.deflated), entry.size, entry.crc, limits, std::move(value), cost});
    bytes_ += cost;
  }

  void clear() {
    std::lock_guard<std::mutex> lock(mutex_);
    entries_.clear();
    bytes_ = 0;
  }

 private:
  // Per kind of part: a corpus mostly alternates between a few templates, and
  // eight entries keep nearly every repeat of the shared one.
  static constexpr std::size_t kMaxEntries = 8;
  static constexpr std::size_t kMaxBytes = std::size_t{4} << 20;

  struct Entry {
    std::string deflated;
    std::uint64_t size = 0;
    std::uint32_t crc = 0;
    Limits limits;
    std::shared_ptr<const Value> value;
    std::size_t cost = 0;
  };
  // The entry stored as `entry`, or entries_.size(). Called under mutex_.
  std::size_t index_of(const archive::StoredEntry& entry, const Limits& limits) const {
    for (std::size_t i = entries_.size(); i-- > 0;) {
      const Entry& e = entries_[i];
      if (e.size == entry.size && e.crc == entry.crc && e.deflated == entry.deflated && e.limits == limits) {
        return i;
      }
    }
    return entries_.size();
  }

  std::mutex mutex_;
  std::vector<Entry> entries_;  // the most recently used last
  std::size_t bytes_ = 0;
};

// Reads `part` of `package` through `memo`: what was made of a part stored
// alike before (the part counted as read, with read's checks), or
// make(bytes) on the bytes read now, kept for the next document. `make`
// returns the value and an estimate of its bytes; what it throws goes to the
// caller and nothing is kept. Null when the part is missing.
template <typename Value, typename Make>
std::shared_ptr<const Value> read_through(PartMemo<Value>& memo, opc::Package& package, const std::string& part,
                                          Make&& make) {
  auto stored = package.stored(part);
  if (stored) {
    if (auto hit = memo.find(*stored, package.limits())) {
      package.count_as_read(part);
      return hit;
    }
  }
  auto bytes = package.read(part);
  if (!bytes) return nullptr;
  const std::size_t inflated = bytes->size();
  std::pair<std::shared_ptr<const Value>, std::size_t> made = make(*bytes);
  // Kept only when read to exactly its declared size: count_as_read counts that.
  if (stored && inflated == stored->size) {
    memo.keep(*stored, package.limits(), made.first, made.second);
  }
  return std::move(made.first);
}

}  // namespace docxsift::wml::detail
