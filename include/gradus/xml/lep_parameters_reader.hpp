#pragma once

#include "gradus/services/parameters.hpp"

#include <filesystem>
#include <string>
#include <string_view>

namespace gradus::xml {

inline constexpr std::string_view lep_parameters_namespace = "urn:gradus:lep-parametri:1";
inline constexpr std::string_view lep_parameters_schema_file = "lep-parametri-1.xsd";

// Reads a person-service parameter file (format: docs/servizi.md) from `bytes`, validated against
// `schema_dir`/lep-parametri-1.xsd and then by services::check_parameters. Throws ConfigError
// naming `name` (the file) and every problem found.
services::RuleParameters read_lep_parameters(std::string_view bytes, const std::string& name,
                                             const std::filesystem::path& schema_dir);

}  // namespace gradus::xml
