#pragma once

#include "gradus/cm/iscritto.hpp"
#include "gradus/core/errors.hpp"
#include "gradus/xml/sax_parser.hpp"

#include <filesystem>
#include <string>
#include <string_view>
#include <vector>

namespace gradus::xml {

class HashedFile;

inline constexpr std::string_view mirato_namespace = "urn:gradus:mirato-iscritti:1";
inline constexpr std::string_view mirato_schema_file = "mirato-iscritti-1.xsd";
// The mirato-iscritti-1.xsd gradus's own check of <iscritti> documents was written for.
inline constexpr std::string_view mirato_shape_schema_sha256 =
    "e84718834e40e08cf8bdac024a7655e982548d208d7f357b81d90ade0a650fb5";

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
// With `shape_first`, a plain document is read first without Xerces (scan_plain() and gradus's own
// check of the schema, which only vouch for a document); the records and issues are those of
// `xsd_only` either way.
ElencoIscritti read_iscritti_bytes(std::string_view bytes, const std::string& name,
                                   const std::filesystem::path& schema_dir, IssueLog& issues,
                                   SchemaCheck check = SchemaCheck::shape_first);
// The same from a file read whole and hashed on the way, and streamed again through Xerces only
// when the first reading cannot vouch for it; `sha256` gets the digest of all its bytes. A file
// that cannot be opened or read is an InputError (rule "file").
ElencoIscritti read_iscritti_file(const std::filesystem::path& file, const std::string& name,
                                  const std::filesystem::path& schema_dir, IssueLog& issues, std::string& sha256);
// The same for a file opened by the caller, perhaps from another source than the disk (a stored
// run's copy, pulled from the store a chunk at a time), read the same way.
ElencoIscritti read_iscritti_file(HashedFile& input, const std::filesystem::path& schema_dir, IssueLog& issues,
                                  std::string& sha256);

// Reads an <adesioni> document: one call and the applications to it, with the same quarantine of
// bad records (record = the person named, or the line). Always read by Xerces: the documents are
// small, and the shape check answers for <iscritti> only.
cm::Chiamata read_adesioni_bytes(std::string_view bytes, const std::string& name,
                                 const std::filesystem::path& schema_dir, IssueLog& issues);

}  // namespace gradus::xml
