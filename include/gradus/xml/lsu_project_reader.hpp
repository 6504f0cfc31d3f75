#pragma once

#include "gradus/core/errors.hpp"
#include "gradus/lsu/project.hpp"
#include "gradus/lsu/records.hpp"

#include <filesystem>
#include <string>
#include <string_view>

namespace gradus::xml {

inline constexpr std::string_view lsu_project_namespace = "urn:gradus:lsu-progetto:1";
inline constexpr std::string_view lsu_project_schema_file = "lsu-progetto-1.xsd";

// Reads one project document (format: docs/lsu.md), validated against
// `schema_dir`/lsu-progetto-1.xsd. The project itself is one record: any problem in it (schema,
// value, proroghe out of sequence, an end before the start) throws InputError naming its place.
// Each <candidato>, <prestazione> and <rapporto> is a record of its own: a bad one is left out
// of `records` with one InputIssue in `issues` (record = codice fiscale or id), and reading goes
// on. Throws ConfigError when the schema cannot be loaded. `name` stands for the file in messages.
lsu::Project read_lsu_project(std::string_view bytes, const std::string& name, const std::filesystem::path& schema_dir,
                              lsu::Records& records, IssueLog& issues);

}  // namespace gradus::xml
