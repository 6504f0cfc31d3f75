#pragma once

#include <gradus/core/byte_sink.hpp>

#include <cstdint>
#include <memory>
#include <string>

namespace gradus::store {

class RunTransaction;

// Streams one file of a run into the store: obtained from RunTransaction::input_writer() or
// output_writer(), fed with write() piece by piece, closed with finish(), which records the file
// and returns its SHA-256. It buffers at most one chunk (Store::blob_chunk_size()): a blob that
// fits in one chunk is kept whole, a larger one goes into the run's transaction chunk by chunk as
// the bytes arrive. Content addressing holds: when the store already has a blob with the same
// SHA-256, finish() rolls the chunks just written back to a savepoint. Until it finishes nothing
// else may write through the store's connection (that work would roll back with them). After an
// error, or when destroyed unfinished, the run can only fail (so its chunks roll back with it).
// Must not outlive its RunTransaction.
class BlobWriter final : public ByteSink {
public:
    BlobWriter(BlobWriter&& other) noexcept;
    BlobWriter& operator=(BlobWriter&&) = delete;
    BlobWriter(const BlobWriter&) = delete;
    BlobWriter& operator=(const BlobWriter&) = delete;
    ~BlobWriter() override;

    void write(std::string_view bytes) override;
    std::string finish();  // the blob's SHA-256, 64 lower-case hex digits

private:
    friend class RunTransaction;
    struct State;
    BlobWriter(RunTransaction& run, std::uint64_t id, std::unique_ptr<State> state);

    RunTransaction* m_run;  // null once moved from
    std::uint64_t m_id;     // which of the run's writers this is
    std::unique_ptr<State> m_state;
};

}  // namespace gradus::store
