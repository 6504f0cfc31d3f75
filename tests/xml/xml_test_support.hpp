#pragma once

#include "gradus/xml/sax_parser.hpp"

#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>
#include <vector>

namespace gradus::xml::test {

inline std::filesystem::path source_dir() { return GRADUS_SOURCE_DIR; }
inline std::filesystem::path schema_dir() { return source_dir() / "schemas"; }
inline std::filesystem::path data_dir() { return source_dir() / "tests" / "xml" / "data"; }

inline Schema avviso_schema() { return Schema{schema_dir() / "avviso-1.xsd", "urn:gradus:avviso:1"}; }

inline std::string read_bytes(const std::filesystem::path& file) {
    std::ifstream in(file, std::ios::binary);
    std::ostringstream text;
    text << in.rdbuf();
    return text.str();
}

// Writes `bytes` to a file in the test's scratch folder and returns its path.
inline std::filesystem::path write_scratch(const std::string& name, const std::string& bytes) {
    const std::filesystem::path dir = std::filesystem::temp_directory_path() / "gradus-xml-tests";
    std::filesystem::create_directories(dir);
    const std::filesystem::path file = dir / name;
    std::ofstream(file, std::ios::binary) << bytes;
    return file;
}

// Every call with its full position (line and column), for comparing two readings call by call.
class PositionedCalls final : public Handler {
public:
    void start_element(std::string_view name, const std::vector<Attribute>& attributes,
                       const SourcePosition& where) override {
        std::string call = "<" + std::string(name) + " " + at(where);
        for (const Attribute& a : attributes) call += " " + a.name + "=[" + a.value + "]";
        calls.push_back(std::move(call));
    }
    void end_element(std::string_view name, std::string&& text, const SourcePosition& where) override {
        calls.push_back("</" + std::string(name) + " " + at(where) + " [" + text + "]");
    }
    void validation_error(const SourcePosition& where, std::string message) override {
        errors.push_back(at(where) + " " + message);
    }

    std::vector<std::string> calls;
    std::vector<std::string> errors;

private:
    static std::string at(const SourcePosition& where) {
        return std::to_string(where.line) + ":" + std::to_string(where.column);
    }
};

// A reading by Xerces: its calls, and whether it refused the document (its XML or, validating,
// its schema).
struct XercesReading {
    bool refused = false;
    std::vector<std::string> calls;
};

inline XercesReading read_with_xerces(const std::string& bytes, const std::string& name, const Schema& schema) {
    PositionedCalls calls;
    XercesReading r;
    try {
        parse_buffer(bytes, name, schema, calls);
    } catch (const InputError&) {
        r.refused = true;
    }
    r.refused = r.refused || !calls.errors.empty();
    r.calls = std::move(calls.calls);
    return r;
}

// `text` with `count` bytes from `at` replaced by `with`.
inline std::string replaced(const std::string& text, std::size_t at, std::size_t count, const std::string& with) {
    std::string out = text;
    out.replace(at, count, with);
    return out;
}

// Records every callback as one line of text, for comparisons.
class RecordingHandler : public Handler {
public:
    void start_element(std::string_view name, const std::vector<Attribute>& attributes,
                       const SourcePosition& where) override {
        std::string event = "start " + std::string(name) + "@" + std::to_string(where.line);
        for (const Attribute& a : attributes) {
            event += " " + a.name + "=" + a.value;
        }
        events.push_back(event);
    }
    void end_element(std::string_view name, std::string&& text, const SourcePosition& where) override {
        events.push_back("end " + std::string(name) + "@" + std::to_string(where.line) + " [" + text + "]");
    }
    void validation_error(const SourcePosition& where, std::string message) override {
        errors.push_back(std::to_string(where.line) + ": " + message);
    }

    std::vector<std::string> events;
    std::vector<std::string> errors;
};

}  // namespace gradus::xml::test
