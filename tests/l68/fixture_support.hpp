#pragma once

#include "gradus/core/sha256.hpp"
#include "gradus/l68/reference_data.hpp"
#include "gradus/xml/prospetto_reader.hpp"

#include <filesystem>
#include <fstream>
#include <map>
#include <sstream>
#include <string>

namespace gradus::l68::test {

inline std::filesystem::path source_dir() { return GRADUS_SOURCE_DIR; }
inline std::filesystem::path fixtures() { return source_dir() / "fixtures" / "l68"; }

inline std::string bytes_of(const std::filesystem::path& file) {
    std::ifstream in(file, std::ios::binary);
    std::ostringstream text;
    text << in.rdbuf();
    return text.str();
}

inline std::optional<Prospetto> read_fixture(const std::filesystem::path& file, IssueLog& issues) {
    const std::string bytes = bytes_of(file);
    auto p = xml::read_prospetto_bytes(bytes, file.filename().string(), source_dir() / "schemas", issues);
    if (p) {
        p->file = file.filename().string();
        p->sha256 = sha256_hex(bytes);
    }
    return p;
}

inline ExcludedCategories shipped_categories() {
    return ExcludedCategories::parse(bytes_of(source_dir() / "data/l68/categorie-escluse.csv"), "categorie-escluse.csv");
}
inline Comuni shipped_comuni() { return Comuni::parse(bytes_of(source_dir() / "data/l68/comuni.csv"), "comuni.csv"); }
inline Amounts shipped_amounts() { return Amounts::parse(bytes_of(source_dir() / "data/l68/importi.csv"), "importi.csv"); }

}  // namespace gradus::l68::test
