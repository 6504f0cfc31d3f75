#pragma once

#include "gradus/cli/files.hpp"
#include "gradus/services/catalogue.hpp"
#include "gradus/services/parameters.hpp"
#include "gradus/xml/lep_catalogue_reader.hpp"
#include "gradus/xml/lep_parameters_reader.hpp"

#include <filesystem>

namespace gradus::services::test {

inline const std::filesystem::path source_dir{GRADUS_SOURCE_DIR};
inline const std::filesystem::path schema_dir = source_dir / "schemas";
inline const std::filesystem::path lep_dir = source_dir / "criteria" / "lep";

// The LEP catalogue the project ships, read once.
inline const Catalogue& shipped_catalogue() {
    static const Catalogue catalogue = [] {
        const auto file = lep_dir / "catalogo-dm4-2018.xml";
        return xml::read_lep_catalogue(cli::read_file(file), file.string(), schema_dir);
    }();
    return catalogue;
}

// The person-service parameters the project ships, read once.
inline const RuleParameters& shipped_parameters() {
    static const RuleParameters parameters = [] {
        const auto file = lep_dir / "parametri-dlgs150-2015.xml";
        return xml::read_lep_parameters(cli::read_file(file), file.string(), schema_dir);
    }();
    return parameters;
}

}  // namespace gradus::services::test
