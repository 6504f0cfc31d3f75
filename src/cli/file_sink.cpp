#include "gradus/cli/file_sink.hpp"

#include "gradus/core/errors.hpp"

#include <system_error>

namespace gradus::cli {

AtomicFileSink::AtomicFileSink(const std::filesystem::path& file, FileAccess access)
    : m_file(file), m_temporary(std::filesystem::path(file).concat(".tmp")) {
    using std::filesystem::perms;
    const perms mode = access == FileAccess::owner_only
                           ? perms::owner_read | perms::owner_write
                           : perms::owner_read | perms::owner_write | perms::group_read | perms::others_read;
    // Restricted from its creation, so personal data is never readable by others.
    create_file_with_mode(m_temporary, mode);
    m_out.open(m_temporary, std::ios::binary | std::ios::trunc);
    if (!m_out) throw Error("cannot write " + m_temporary.string());
}

AtomicFileSink::~AtomicFileSink() {
    if (m_committed) return;
    m_out.close();
    std::error_code ec;
    std::filesystem::remove(m_temporary, ec);
}

void AtomicFileSink::write(std::string_view bytes) {
    m_out.write(bytes.data(), static_cast<std::streamsize>(bytes.size()));
    if (!m_out) throw Error("cannot write " + m_temporary.string());
}

void AtomicFileSink::commit() {
    m_out.close();
    if (!m_out) throw Error("cannot write " + m_temporary.string());
    std::error_code ec;
    std::filesystem::rename(m_temporary, m_file, ec);
    if (ec) throw Error("cannot rename " + m_temporary.string() + " to " + m_file.string() + ": " + ec.message());
    m_committed = true;
}

}  // namespace gradus::cli
