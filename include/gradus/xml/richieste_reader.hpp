#pragma once

#include "gradus/cm/richiesta.hpp"
#include "gradus/core/errors.hpp"

#include <filesystem>
#include <string>
#include <string_view>
#include <vector>

namespace gradus::xml {

inline constexpr std::string_view richieste_namespace = "urn:gradus:mirato-richieste:1";
inline constexpr std::string_view richieste_schema_file = "mirato-richieste-1.xsd";

// Reads the employers' requests of one file (format: docs/formats.md), validated against
// `schema_dir`/mirato-richieste-1.xsd, appending each good <richiesta> to `out`. A request that
// breaks the schema, holds a value that does not convert, an invalid codice fiscale or partita
// IVA, or an id already in `out` is left out with one InputIssue (record = id, field = element or
// attribute, rule "xsd", "valore", "codice_fiscale" or "duplicato"). A document that cannot be
// read on keeps the requests completed before the problem. Throws only ConfigError.
void read_richieste(const std::filesystem::path& file, const std::filesystem::path& schema_dir,
                    std::vector<cm::Richiesta>& out, IssueLog& issues);
void read_richieste_bytes(std::string_view bytes, const std::string& name, const std::filesystem::path& schema_dir,
                          std::vector<cm::Richiesta>& out, IssueLog& issues);

}  // namespace gradus::xml
