#pragma once

#include "gradus/core/errors.hpp"
#include "gradus/services/person_facts.hpp"

#include <filesystem>
#include <string>
#include <string_view>
#include <vector>

namespace gradus::xml {

inline constexpr std::string_view servizi_eventi_namespace = "urn:gradus:servizi-eventi:1";
inline constexpr std::string_view servizi_eventi_schema_file = "servizi-eventi-1.xsd";

// Reads the person events of one document (format: docs/servizi.md) held in `bytes`, validated
// against `schema_dir`/servizi-eventi-1.xsd, appending each good <persona> to `out`. A record that
// breaks the schema or has a bad codice fiscale is left out with one InputIssue (record = codice
// fiscale, rule "xsd" or "codice_fiscale"); a document that cannot be read on keeps the records
// completed before the problem. Throws only ConfigError (the schema cannot be loaded).
void read_servizi_eventi(std::string_view bytes, const std::string& name, const std::filesystem::path& schema_dir,
                         std::vector<services::PersonFacts>& out, IssueLog& issues);

}  // namespace gradus::xml
