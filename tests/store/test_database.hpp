#pragma once

#include <gradus/core/errors.hpp>
#include <gradus/store/database_url.hpp>
#include <gradus/store/store.hpp>

#include <catch2/catch.hpp>

#include <string>

namespace gradus::store::test {

// An empty database for the running test case, as a URL for Store. GRADUS_TEST_DB chooses the
// backend: "sqlite:PATH" gives a fresh file per test case beside PATH; "postgresql://..." gives
// that database with its public schema dropped and created again.
std::string fresh_database_url();

Backend test_backend();

// The one number a query such as "SELECT COUNT(*) FROM ..." returns.
long long count_of(Store& db, const std::string& sql);

// The text expected from the backend under test.
std::string by_backend(std::string sqlite, std::string postgresql);

// The message of the gradus::Error that `work` throws; the test fails when it throws none.
template <class Work>
std::string error_message(Work&& work) {
    try {
        work();
    } catch (const Error& error) {
        return error.what();
    }
    FAIL("no gradus::Error was thrown");
    return {};
}

}  // namespace gradus::store::test
