#include "record_handler.hpp"

#include <utility>

namespace gradus::xml::detail {

RecordHandler::RecordHandler(std::string_view root, std::string_view record, IssueLog& issues)
    : m_root(root), m_record_name(record), m_issues(issues) {}

void RecordHandler::start_element(std::string_view name, const std::vector<Attribute>& attributes,
                                  const SourcePosition& where) {
    const bool record_start = name == m_record_name && m_path.depth() == 1;
    if (!record_start) flush_pending();
    if (m_path.depth() == 0) {
        if (name != m_root) {
            throw InputError({where, {}, std::string(name), "documento",
                              "expected a <" + m_root + "> document, found <" + std::string(name) + ">"});
        }
        root(attributes);
    } else if (record_start) {
        m_in_record = true;
        m_record_issue = std::move(m_pending);  // an error in the record's own attributes
        m_pending.reset();
        if (m_record_issue) m_record_issue->field = m_record_name;
        begin(attributes, where);
    } else if (m_in_record) {
        nested_start(name);
    }
    m_path.push(name);
}

void RecordHandler::end_element(std::string_view name, std::string&& text, const SourcePosition& where) {
    const std::string parent(m_path.parent());
    m_path.pop();
    flush_pending();
    if (!m_in_record) return;
    if (name == m_record_name && m_path.depth() == 1) {
        m_in_record = false;
        if (m_record_issue) {
            if (m_record_issue->record.empty()) m_record_issue->record = record_key();  // known only now
            m_issues.add(std::move(*m_record_issue));
        } else {
            keep();
        }
        return;
    }
    try {
        assign(parent, name, std::move(text));
    } catch (const ParseError& e) {
        note(where, name, "valore", e.what());
    }
}

void RecordHandler::validation_error(const SourcePosition& where, std::string message) {
    if (m_in_record) {
        note(where, m_path.current(), "xsd", std::move(message));
    } else {
        // Xerces checks a start tag's attributes before reporting the element: hold the
        // error until it is known whether a record starts there.
        flush_pending();
        m_pending = InputIssue{where, {}, std::string(m_path.current()), "xsd", std::move(message)};
    }
}

void RecordHandler::stop(InputIssue issue) {
    flush_pending();
    if (m_in_record && issue.record.empty()) issue.record = record_key();
    m_issues.add(std::move(issue));
}

void RecordHandler::flush_pending() {
    if (m_pending) m_issues.add(std::move(*m_pending));
    m_pending.reset();
}

void RecordHandler::note(const SourcePosition& where, std::string_view field, std::string rule, std::string message) {
    if (!m_record_issue) {
        m_record_issue = InputIssue{where, record_key(), std::string(field), std::move(rule), std::move(message)};
    }
}

}  // namespace gradus::xml::detail
