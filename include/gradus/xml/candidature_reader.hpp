#pragma once

#include "gradus/art16/candidatura.hpp"
#include "gradus/core/errors.hpp"
#include "gradus/xml/sax_parser.hpp"

#include <filesystem>
#include <string>
#include <string_view>
#include <vector>

namespace gradus::xml {

class HashedFile;

inline constexpr std::string_view candidature_namespace = "urn:gradus:candidature:1";
inline constexpr std::string_view candidature_schema_file = "candidature-1.xsd";
// The SHA-256 of the candidature-1.xsd that gradus's own check of the schema was written for: with
// any other file in the schema folder, every candidature file is validated by Xerces.
inline constexpr std::string_view candidature_shape_schema_sha256 =
    "ebaa2e5dab3490bbf695e2f2f5bae33f6a6d999b616312d4669ed320780e0e6d";


// Reads the candidature of one file (format: docs/formats.md), validated against
// `schema_dir`/candidature-1.xsd, appending each good <candidatura> to `out`.
// A record that breaks the schema or holds a value that does not convert is left out, with one
// InputIssue in `issues` (record = protocollo, field = element, rule "xsd" or "valore").
// A document that cannot be read on (not well formed, DOCTYPE, truncated, a limit) keeps the
// records completed before the problem and adds an issue naming its place. Throws only
// ConfigError (the schema cannot be loaded).
// The avviso the candidature answer is the file's (its root's attribute `avviso`), not each
// record's: when `avviso_id` is given it receives it (empty when the root was never read).
void read_candidature(const std::filesystem::path& file, const std::filesystem::path& schema_dir,
                      std::vector<art16::Candidatura>& out, IssueLog& issues, std::string* avviso_id = nullptr);

// The same, hashing `file` as it is read (`name` stands for it in messages), and returning the hex
// SHA-256 of all of the file's bytes, read to the end even when the document is refused early.
// The file is read whole into memory for the first reading, and streamed again through Xerces
// only when that reading cannot vouch for it.
// Throws InputError (rule "file") when the file cannot be opened or read.
std::string read_candidature_file(const std::filesystem::path& file, const std::string& name,
                                  const std::filesystem::path& schema_dir, std::vector<art16::Candidatura>& out,
                                  IssueLog& issues, std::string* avviso_id = nullptr);

// The same for a file opened by the caller, perhaps from another source than the disk (a stored
// run's copy, pulled from the store a chunk at a time), read the same way.
std::string read_candidature_file(HashedFile& input, const std::filesystem::path& schema_dir,
                                  std::vector<art16::Candidatura>& out, IssueLog& issues,
                                  std::string* avviso_id = nullptr);

// The same for a document held in memory (a stored run's copy); `name` stands for the file in messages.
void read_candidature_bytes(std::string_view bytes, const std::string& name, const std::filesystem::path& schema_dir,
                            std::vector<art16::Candidatura>& out, IssueLog& issues, std::string* avviso_id = nullptr,
                            SchemaCheck check = SchemaCheck::shape_first);

// Whether gradus's own check of candidature-1.xsd vouches for `bytes`, so that `shape_first` reads
// them without Xerces' validation. It must never vouch for a document the validation refuses:
// the tests and a fuzz target hold it to that.
bool candidature_shape_vouches(std::string_view bytes, const std::filesystem::path& schema_dir);

}  // namespace gradus::xml
