#pragma once

#include <gradus/store/database_url.hpp>

#include <string>
#include <string_view>
#include <vector>

namespace gradus::store {

// One schema change. Its version is its 1-based position in migrations(). Each statement is a
// single SQL statement (SOCI silently drops whatever follows a ';'), written once for both
// backends; the words that differ are spelled {id} (an auto-assigned 64-bit primary key) and
// {bytes} (binary data), see render_statement(). A statement that starts with {sqlite} or
// {postgresql} runs on that backend only.
struct Migration {
    std::string name;
    std::vector<std::string> statements;
};

// Every migration, oldest first. Append only: a released migration never changes.
const std::vector<Migration>& migrations();

// The statement with the dialect words replaced for `backend`; empty when it is for the other one.
std::string render_statement(std::string_view statement, Backend backend);

}  // namespace gradus::store
