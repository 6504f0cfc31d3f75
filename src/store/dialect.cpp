#include <gradus/store/dialect.hpp>

#include <gradus/core/errors.hpp>

namespace gradus::store {

void missing_chunk(const std::string& sha256, std::int64_t seq, std::int64_t chunk_count) {
    throw Error("blob " + sha256 + ": chunk " + std::to_string(seq) + " of " + std::to_string(chunk_count) +
                " is missing");
}

std::unique_ptr<Dialect> make_dialect(Backend backend) {
    switch (backend) {
        case Backend::sqlite: return make_sqlite_dialect();
        case Backend::postgresql: return make_postgresql_dialect();
    }
    throw InternalError("unknown store backend");
}

}  // namespace gradus::store
