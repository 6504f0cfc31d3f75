#include <gradus/store/sqlite_native.hpp>

#include <fcntl.h>
#include <unistd.h>

#include <system_error>
#include <thread>

namespace gradus::store {
namespace {

// sync_file_range(SYNC_FILE_RANGE_WRITE) hands the file's dirty pages to the disk and returns
// without waiting for them to be written; it may still block while the disk's queue is full, so it
// runs on a thread of its own and the run's writer never waits for it. The kernel may write those
// pages at any moment anyway: SQLite's journal, not their timing, keeps the transaction whole, and
// the commit still syncs.
class SqliteWriteback final : public Writeback {
public:
    explicit SqliteWriteback(int fd)
        : m_fd(fd), m_thread([fd] { ::sync_file_range(fd, 0, 0, SYNC_FILE_RANGE_WRITE); }) {}
    ~SqliteWriteback() override {
        m_thread.join();
        ::close(m_fd);
    }
    SqliteWriteback(const SqliteWriteback&) = delete;
    SqliteWriteback& operator=(const SqliteWriteback&) = delete;

private:
    int m_fd;
    std::thread m_thread;
};

}  // namespace

std::unique_ptr<Writeback> start_sqlite_writeback(sqlite_api::sqlite3* db) {
    const char* path = sqlite_api::sqlite3_db_filename(db, "main");
    if (path == nullptr || *path == '\0') return nullptr;  // an in-memory or temporary database
    // The pages SQLite still holds in its cache go to the file first. Only a hint: an error here
    // would come back at the commit, which writes them all.
    sqlite_api::sqlite3_db_cacheflush(db);
    const int fd = ::open(path, O_RDONLY | O_CLOEXEC);
    if (fd < 0) return nullptr;
    try {
        return std::make_unique<SqliteWriteback>(fd);
    } catch (const std::system_error&) {
        ::close(fd);  // no thread to spare: the commit will write it all, as without the hint
        return nullptr;
    } catch (...) {
        ::close(fd);
        throw;
    }
}

}  // namespace gradus::store
