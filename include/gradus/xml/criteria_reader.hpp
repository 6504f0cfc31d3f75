#pragma once

#include "gradus/criteria/catalogue.hpp"
#include "gradus/criteria/criteria.hpp"

#include <filesystem>
#include <string>
#include <string_view>
#include <vector>

namespace gradus::xml {

inline constexpr std::string_view criteria_namespace = "urn:gradus:criteri:1";
inline constexpr std::string_view criteria_schema_file = "criteri-1.xsd";

// Reads one criteria file (format: docs/criteria.md), validated against
// `schema_dir`/criteri-1.xsd and then checked fully (criteria::validate). Throws ConfigError
// naming the file, line, column, element and parameter of every problem found.
criteria::Criteria read_criteria(const std::filesystem::path& file, const std::filesystem::path& schema_dir);

// The same for criteria held in memory (a stored run's copy); `name` stands for the file in messages.
criteria::Criteria read_criteria_bytes(std::string_view bytes, const std::string& name,
                                       const std::filesystem::path& schema_dir);

// One file with its name, hash and bytes, as a run records it.
criteria::LoadedCriteria read_criteria_file(const std::filesystem::path& file, const std::filesystem::path& schema_dir);

// Every *.xml file of `dir`, sorted by file name, each with its hash and bytes; then refuses
// duplicate ids and overlapping versions (criteria::check_catalogue).
std::vector<criteria::LoadedCriteria> read_criteria_dir(const std::filesystem::path& dir,
                                                        const std::filesystem::path& schema_dir);

}  // namespace gradus::xml
