#pragma once

#include "gradus/services/catalogue.hpp"

#include <filesystem>
#include <string>
#include <string_view>

namespace gradus::xml {

inline constexpr std::string_view lep_catalogue_namespace = "urn:gradus:lep-catalogo:1";
inline constexpr std::string_view lep_catalogue_schema_file = "lep-catalogo-1.xsd";

// Reads the LEP catalogue (format: docs/servizi.md) from `bytes`, validated against
// `schema_dir`/lep-catalogo-1.xsd and then by services::check_catalogue. Throws ConfigError
// naming `name` (the file) and every problem found.
services::Catalogue read_lep_catalogue(std::string_view bytes, const std::string& name,
                                       const std::filesystem::path& schema_dir);

}  // namespace gradus::xml
