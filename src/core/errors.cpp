#include "gradus/core/errors.hpp"

namespace gradus {

std::string SourcePosition::to_string() const {
    std::string text = file.str();
    if (line != 0) {
        text += ':' + std::to_string(line);
        if (column != 0) {
            text += ':' + std::to_string(column);
        }
    }
    return text;
}

std::string InputIssue::to_string() const {
    std::string text = where.to_string();
    const auto part = [&text](std::string_view label, const std::string& value) {
        if (value.empty()) {
            return;
        }
        if (!text.empty()) {
            text += ": ";
        }
        text += label;
        text += value;
    };
    part("record ", record);
    part("field ", field);
    part("rule ", rule);
    part("", message);
    return text;
}

InputError::InputError(InputIssue issue) : Error(issue.to_string()), m_issue(std::move(issue)) {}

void IssueLog::append(const IssueLog& other) {
    m_issues.insert(m_issues.end(), other.m_issues.begin(), other.m_issues.end());
}

}  // namespace gradus
