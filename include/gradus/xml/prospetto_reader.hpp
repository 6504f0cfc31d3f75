#pragma once

#include "gradus/core/errors.hpp"
#include "gradus/l68/prospetto.hpp"
#include "gradus/xml/sax_parser.hpp"

#include <filesystem>
#include <optional>
#include <string>
#include <string_view>

namespace gradus::xml {

// The Ministry's namespace for the prospetto informativo (UNIPI, PIDISABILI001600) and the
// project's schema for the part of it gradus reads (schemas/unipi-pid-1.xsd).
inline constexpr std::string_view unipi_namespace = "http://servizi.lavoro.gov.it/UNIPI";
inline constexpr std::string_view unipi_schema_file = "unipi-pid-1.xsd";
// The SHA-256 of the unipi-pid-1.xsd that gradus's own check of the schema was written for: with
// any other file in the schema folder, every prospetto is validated by Xerces.
inline constexpr std::string_view prospetto_shape_schema_sha256 =
    "a03c15e95607431efc5cb02b435ea7c1712a0f02e6c3cc0a78f4139abf9e5e11";

// The prospetto schema, `schema_dir`/unipi-pid-1.xsd, checked once for a batch of prospetti.
// Throws ConfigError when the file is missing.
CheckedSchema prospetto_schema(const std::filesystem::path& schema_dir);

// Reads one prospetto, validated against `schema_dir`/unipi-pid-1.xsd (see SchemaCheck). A file that
// breaks the schema, cannot be read on (not well formed, DOCTYPE, a limit) or holds a value that
// does not convert is refused whole: nullopt, and one InputIssue in `issues` (record =
// codicecomunicazione when known). `file` and `sha256` of the result are left to the caller.
// Throws only ConfigError (the schema cannot be loaded).
std::optional<l68::Prospetto> read_prospetto_bytes(std::string_view bytes, const std::string& name,
                                                   const std::filesystem::path& schema_dir, IssueLog& issues);

// The same against a schema checked once for the batch (prospetto_schema).
std::optional<l68::Prospetto> read_prospetto_bytes(std::string_view bytes, const std::string& name,
                                                   const CheckedSchema& schema, IssueLog& issues,
                                                   SchemaCheck check = SchemaCheck::shape_first);

// Whether gradus's own reading of unipi-pid-1.xsd documents (a plain XML scanner and a check of the
// schema) vouches for `bytes`, so that `shape_first` reads them without Xerces. It must never vouch
// for a document Xerces' validation refuses, nor read one otherwise: the tests and a fuzz target
// hold it to that.
bool prospetto_shape_vouches(std::string_view bytes, const std::filesystem::path& schema_dir);

}  // namespace gradus::xml
