#pragma once

#include "gradus/core/shared_text.hpp"

#include <cstdint>
#include <stdexcept>
#include <string>
#include <vector>

namespace gradus {

// Where something is in an input: file, 1-based line and column (0 when unknown).
struct SourcePosition {
    SharedText file;  // shared by every position in one file
    std::uint64_t line = 0;
    std::uint64_t column = 0;

    std::string to_string() const;  // "file:12:7", "file:12", "file"
};

// One problem with one input record: where, which field, which rule it breaks, and why.
struct InputIssue {
    SourcePosition where;
    std::string record;  // the record's key when known (protocol number, codice fiscale, file name)
    std::string field;   // the element or attribute
    std::string rule;    // short id of the broken rule ("xsd", "codice_fiscale", "duplicate", ...)
    std::string message;

    std::string to_string() const;  // "file:12:7: record 123: field isee: rule xsd: message"
};

// The base of every error gradus reports to a person; the CLI maps each kind to an exit code.
class Error : public std::runtime_error {
public:
    using std::runtime_error::runtime_error;
};

// A value that does not parse (a date, a decimal, a codice fiscale); carries no position, the
// reader that caught it adds one.
class ParseError : public Error {
public:
    using Error::Error;
};

// Arithmetic beyond the range of the exact types: never a wrap.
class OverflowError : public Error {
public:
    using Error::Error;
};

// Bad input data, with its position (exit code 1).
class InputError : public Error {
public:
    explicit InputError(InputIssue issue);
    const InputIssue& issue() const { return m_issue; }

private:
    InputIssue m_issue;
};

// A bad criteria, parameter or job file, or options that do not fit together (exit code 1).
class ConfigError : public Error {
public:
    using Error::Error;
};

// A command line that cannot be understood (exit code 2).
class UsageError : public Error {
public:
    using Error::Error;
};

// A broken invariant: a bug in gradus, never the user's fault (exit code 3).
class InternalError : public Error {
public:
    using Error::Error;
};

// The problems of a batch, collected record by record so that good records go on.
class IssueLog {
public:
    void add(InputIssue issue) { m_issues.push_back(std::move(issue)); }
    void append(const IssueLog& other);
    const std::vector<InputIssue>& issues() const { return m_issues; }
    bool empty() const { return m_issues.empty(); }
    std::size_t size() const { return m_issues.size(); }

private:
    std::vector<InputIssue> m_issues;
};

}  // namespace gradus
