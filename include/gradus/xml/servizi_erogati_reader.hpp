#pragma once

#include "gradus/core/errors.hpp"
#include "gradus/services/service_event.hpp"

#include <filesystem>
#include <string>
#include <string_view>
#include <vector>

namespace gradus::xml {

inline constexpr std::string_view servizi_erogati_namespace = "urn:gradus:servizi-erogati:1";
inline constexpr std::string_view servizi_erogati_schema_file = "servizi-erogati-1.xsd";

// Reads the services given of one document (format: docs/servizi.md) held in `bytes`, validated
// against `schema_dir`/servizi-erogati-1.xsd, appending each good <servizio> to `out` (no run id:
// the caller records them in its run). A record that breaks the schema or holds a bad value is
// left out with one InputIssue (record = codice, rule "xsd" or "valore"). Throws only ConfigError.
void read_servizi_erogati(std::string_view bytes, const std::string& name, const std::filesystem::path& schema_dir,
                          std::vector<services::ServiceEvent>& out, IssueLog& issues);

}  // namespace gradus::xml
