#include <gradus/store/dialect.hpp>

#include <gradus/core/errors.hpp>

namespace gradus::store {

std::unique_ptr<Dialect> make_dialect(Backend backend) {
    switch (backend) {
        case Backend::sqlite: return make_sqlite_dialect();
        case Backend::postgresql: return make_postgresql_dialect();
    }
    throw InternalError("unknown store backend");
}

}  // namespace gradus::store
