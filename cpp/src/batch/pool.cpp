// The worker pool: a FIFO of submitted paths, a ring of result slots indexed
// by sequence number. A worker may finish file k+1 before file k; the ring
// lets the consumer take records in input order without a sort, and since at
// most window() files are in flight, slot k % window() is free when k arrives.
#include <algorithm>
#include <stdexcept>

#include "docxsift/batch.hpp"

namespace docxsift::batch {

BatchExtractor::BatchExtractor(BatchOptions options) : options_(std::move(options)) {
  const unsigned hardware = std::max(1u, std::thread::hardware_concurrency());
  const unsigned workers = options_.workers != 0 ? options_.workers : hardware;
  const std::size_t window = options_.window != 0 ? options_.window : std::size_t{4} * workers;
  // Several workers keep the cores busy already: a helper thread per large
  // document would only take turns with them.
  if (workers > 1) options_.open.parallel_parse_min_bytes = 0;
  slots_.resize(window);
  threads_.reserve(workers);
  try {
    for (unsigned i = 0; i < workers; ++i) threads_.emplace_back([this] { work(); });
  } catch (...) {
    // The destructor does not run for a half-built object: join what started.
    {
      std::lock_guard lock(mutex_);
      stopping_ = true;
    }
    work_ready_.notify_all();
    for (std::thread& t : threads_) t.join();
    throw;
  }
}

BatchExtractor::~BatchExtractor() {
  {
    std::lock_guard lock(mutex_);
    stopping_ = true;
    closed_ = true;
    pending_.clear();
  }
  work_ready_.notify_all();
  for (std::thread& t : threads_) t.join();
}

bool BatchExtractor::has_room() const {
  std::lock_guard lock(mutex_);
  return !closed_ && submitted_ - taken_ < slots_.size();
}

void BatchExtractor::submit(std::string path) {
  {
    std::lock_guard lock(mutex_);
    if (closed_) throw std::logic_error("BatchExtractor::submit after close");
    if (submitted_ - taken_ >= slots_.size()) {
      throw std::logic_error("BatchExtractor::submit with the window full");
    }
    pending_.emplace_back(submitted_++, std::move(path));
  }
  work_ready_.notify_one();
}

void BatchExtractor::close() {
  {
    std::lock_guard lock(mutex_);
    closed_ = true;
  }
  result_ready_.notify_all();
}

void BatchExtractor::cancel() {
  {
    std::lock_guard lock(mutex_);
    closed_ = true;
    // Workers take files in order, so the queued ones are the newest: dropping
    // them leaves the running ones as the last records.
    if (!pending_.empty()) submitted_ = pending_.front().first;
    pending_.clear();
  }
  result_ready_.notify_all();
}

BatchExtractor::Wait BatchExtractor::wait_next(Record& out, std::chrono::milliseconds timeout) {
  std::unique_lock lock(mutex_);
  auto settled = [&] {
    if (taken_ < submitted_) return slots_[taken_ % slots_.size()].ready;
    return closed_;
  };
  if (!result_ready_.wait_for(lock, timeout, settled)) return Wait::Timeout;
  if (taken_ == submitted_) return Wait::Done;
  Slot& slot = slots_[taken_ % slots_.size()];
  ++taken_;
  slot.ready = false;
  std::exception_ptr failure = std::exchange(slot.failure, nullptr);
  Record record = std::exchange(slot.record, Record{});
  lock.unlock();
  if (failure) std::rethrow_exception(failure);
  out = std::move(record);
  return Wait::Ready;
}

void BatchExtractor::work() {
  for (;;) {
    std::pair<std::uint64_t, std::string> job;
    {
      std::unique_lock lock(mutex_);
      work_ready_.wait(lock, [&] { return stopping_ || !pending_.empty(); });
      if (stopping_) return;
      job = std::move(pending_.front());
      pending_.pop_front();
    }
    Slot result;
    try {
      result.record = extract_file(job.second, options_.fields, options_.open, options_.field_options);
    } catch (...) {
      result.record.path = job.second;
      result.failure = std::current_exception();
    }
    {
      std::lock_guard lock(mutex_);
      Slot& slot = slots_[job.first % slots_.size()];
      slot.record = std::move(result.record);
      slot.failure = result.failure;
      slot.ready = true;
    }
    result_ready_.notify_all();
  }
}

void extract_all(const std::function<std::optional<std::string>()>& next_path,
                 const std::function<void(Record&&)>& sink, const BatchOptions& options) {
  BatchExtractor extractor(options);
  bool more = true;
  for (;;) {
    while (more && extractor.has_room()) {
      std::optional<std::string> path = next_path();
      if (path) {
        extractor.submit(std::move(*path));
      } else {
        extractor.close();
        more = false;
      }
    }
    Record record;
    BatchExtractor::Wait wait;
    do {
      wait = extractor.wait_next(record, std::chrono::milliseconds(1000));
    } while (wait == BatchExtractor::Wait::Timeout);
    if (wait == BatchExtractor::Wait::Done) return;
    sink(std::move(record));
  }
}

}  // namespace docxsift::batch
