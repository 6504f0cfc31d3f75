#pragma once

#include "element_path.hpp"

#include "gradus/core/errors.hpp"
#include "gradus/xml/sax_parser.hpp"

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace gradus::xml::detail {

// Shared record bookkeeping for readers that quarantine bad records: the document's root is
// checked, a record with a problem keeps only its first issue and is left out when it ends, the
// others are kept; problems outside any record are logged and reading goes on.
class RecordHandler : public Handler {
public:
    RecordHandler(std::string_view root, std::string_view record, IssueLog& issues);

    void start_element(std::string_view name, const std::vector<Attribute>& attributes,
                       const SourcePosition& where) override;
    void end_element(std::string_view name, std::string&& text, const SourcePosition& where) override;
    void validation_error(const SourcePosition& where, std::string message) override;

    // A fatal problem: the record being read, if any, is lost with the rest of the file.
    void stop(InputIssue issue);

protected:
    virtual void root(const std::vector<Attribute>& attributes) = 0;
    virtual void begin(const std::vector<Attribute>& attributes, const SourcePosition& where) = 0;
    virtual void nested_start(std::string_view) {}
    virtual void assign(const std::string& parent, std::string_view name, std::string&& text) = 0;
    virtual void keep() = 0;
    virtual std::string record_key() const = 0;

private:
    void flush_pending();
    void note(const SourcePosition& where, std::string_view field, std::string rule, std::string message);

    std::string m_root;
    std::string m_record_name;
    IssueLog& m_issues;
    ElementPath m_path;
    bool m_in_record = false;
    std::optional<InputIssue> m_record_issue;
    std::optional<InputIssue> m_pending;
};

}  // namespace gradus::xml::detail
