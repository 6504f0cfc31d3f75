#pragma once

#include "gradus/cm/iscritto.hpp"
#include "gradus/core/errors.hpp"

#include <filesystem>
#include <string>
#include <string_view>
#include <vector>

namespace gradus::xml {

class HashedFile;

inline constexpr std::string_view mirato_namespace = "urn:gradus:mirato-iscritti:1";
inline constexpr std::string_view mirato_schema_file = "mirato-iscritti-1.xsd";

// The lists of one province as one <iscritti> document holds them.
struct ElencoIscritti {
    std::string region_code;  // ISTAT, two digits: chooses the criteria
    std::string province;     // sigla, e.g. "LC"
    std::vector<cm::Iscritto> iscritti;
};

// Reads an <iscritti> document (format: docs/mirato.md) validated against
// `schema_dir`/mirato-iscritti-1.xsd. A record that breaks the schema or holds a value that does
// not convert is left out with one InputIssue in `issues` (record = numero di iscrizione, field =
// element, rule "xsd" or "valore"); a document that cannot be read on keeps the records completed
// before the problem and adds an issue naming its place. Throws only ConfigError (no schema).
ElencoIscritti read_iscritti_bytes(std::string_view bytes, const std::string& name,
                                   const std::filesystem::path& schema_dir, IssueLog& issues);
// The same from a file read and hashed as it is parsed, never held whole; `sha256` gets the
// digest of all its bytes. A file that cannot be opened or read is an InputError (rule "file").
ElencoIscritti read_iscritti_file(const std::filesystem::path& file, const std::string& name,
                                  const std::filesystem::path& schema_dir, IssueLog& issues, std::string& sha256);
// The same for a file opened by the caller, perhaps from another source than the disk (a stored
// run's copy, pulled from the store as the parse goes).
ElencoIscritti read_iscritti_file(HashedFile& input, const std::filesystem::path& schema_dir, IssueLog& issues,
                                  std::string& sha256);

// Reads an <adesioni> document: one call and the applications to it, with the same quarantine of
// bad records (record = the person named, or the line).
cm::Chiamata read_adesioni_bytes(std::string_view bytes, const std::string& name,
                                 const std::filesystem::path& schema_dir, IssueLog& issues);

}  // namespace gradus::xml
