#pragma once

#include <gradus/core/errors.hpp>

#include <soci/error.h>

#include <string>
#include <string_view>
#include <utility>

namespace gradus::store {

// Runs `work`, turning a SOCI error into gradus::Error that keeps the database's own message,
// prefixed by `what` the store was doing. Internal to the store.
template <class Work>
decltype(auto) database_call(std::string_view what, Work&& work) {
    try {
        return std::forward<Work>(work)();
    } catch (const soci::soci_error& error) {
        throw Error(std::string(what) + ": " + error.what());
    }
}

}  // namespace gradus::store
