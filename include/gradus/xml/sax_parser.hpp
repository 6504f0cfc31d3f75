#pragma once

#include "gradus/core/errors.hpp"

#include <cstdint>
#include <filesystem>
#include <memory>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace gradus::xml {

class HashedFile;

// Initialises Xerces once for the process (and sets XERCES_DISABLE_DTD=1 first); terminated at
// exit after every parser is gone. Every entry point below calls it, so callers need not.
void ensure_runtime();

// A project schema: a local XSD file and the namespace it defines. Instance documents never
// choose their schema (xsi:schemaLocation is ignored).
struct Schema {
    std::filesystem::path xsd;
    std::string target_namespace;
    // False: the XSD is not loaded; the parse checks well-formedness, the limits, that every
    // element is in `target_namespace` and that no attribute is in a namespace, and the handler
    // answers for the rest of the schema. A CDATA section is refused too: the handler could not
    // tell it from text, and a schema refuses even an empty one in element-only content. Blanks that
    // begin an element's text (all of it, between elements) reach the handler as one blank.
    bool validate = true;
};

// A schema whose file was found, and its modification time read, once: a batch that parses many
// documents against one schema checks the file when it starts, not at each document (two `stat`
// calls per document were 0.3 s of CPU over 100,000 prospetti). Readers are kept per
// modification time, so a schema edited between two batches is loaded anew for the second.
// Throws ConfigError when the file is missing.
class CheckedSchema {
public:
    explicit CheckedSchema(Schema schema);
    const Schema& schema() const { return m_schema; }
    std::filesystem::file_time_type version() const { return m_version; }

private:
    Schema m_schema;
    std::filesystem::file_time_type m_version;
};

// How a document is checked against a schema that gradus also checks itself (candidature-1.xsd,
// unipi-pid-1.xsd). `shape_first`: a first reading without Xerces' validation, gradus's own check
// of the schema answering for documents plainly inside it (as generated files are); any other
// document is read again with Xerces' validation, which alone reports problems, so the results
// are those of `xsd_only` either way. The own check is used only when the schema file is the one it
// was written for (its SHA-256 is pinned next to the reader).
enum class SchemaCheck { shape_first, xsd_only };

struct Limits {
    std::uintmax_t max_file_bytes = std::uintmax_t{4} << 30;  // 4 GiB
    std::size_t max_depth = 64;
    std::size_t max_attribute_length = 4096;
    std::size_t max_text_length = 1 << 20;
};

struct Attribute {
    std::string name;  // local name
    std::string value; // UTF-8
};

// Receives a document as a stream of elements. Text is accumulated per element and handed over,
// whole and UTF-8, at its end. Positions are those of the element's start or end tag.
class Handler {
public:
    virtual ~Handler() = default;
    virtual void start_element(std::string_view name, const std::vector<Attribute>& attributes,
                               const SourcePosition& where) = 0;
    virtual void end_element(std::string_view name, std::string&& text, const SourcePosition& where) = 0;
    // A schema violation; parsing goes on so that the reader can quarantine the record it is in.
    virtual void validation_error(const SourcePosition& where, std::string message) = 0;
};

// Parses `file` with a hardened Xerces SAX2 reader (no DOCTYPE, no external entities, no network,
// entity expansion limited, schema preloaded from `schema.xsd`) and validates it, unless
// `schema.validate` is false (see Schema). Readers are reused: the schema is compiled once per
// concurrent parse, not once per document.
// Throws InputError naming file, line and column when the document cannot be read on: not well
// formed, DOCTYPE present, wrong root namespace, a limit exceeded, invalid UTF-8. A ParseError or
// OverflowError that a handler lets escape becomes an InputError (rule "valore") at the place the
// parser stands, so that a reader's oversight still names the file and the line.
void parse_file(const std::filesystem::path& file, const Schema& schema, Handler& handler,
                const Limits& limits = {});

// The same for a file read as the parse goes (`file.name()` is used in messages). The parser reads
// what it needs; the caller finishes the file, for its digest, whether the parse ended or threw.
void parse_file(HashedFile& file, const Schema& schema, Handler& handler, const Limits& limits = {});

// The same for a document held in memory (`name` is used as the file name in messages).
void parse_buffer(std::string_view bytes, const std::string& name, const Schema& schema, Handler& handler,
                  const Limits& limits = {});
void parse_buffer(std::string_view bytes, const std::string& name, const CheckedSchema& schema, Handler& handler,
                  const Limits& limits = {});

}  // namespace gradus::xml
