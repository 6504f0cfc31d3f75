#pragma once

#include "gradus/core/errors.hpp"

#include <string>

namespace gradus::report {

// scarti.csv: every record a reader refused, with where (file, line, column), which record and
// field, the rule it breaks and the message. Same CSV conventions as the graduatoria.
std::string issues_csv(const IssueLog& issues);

}  // namespace gradus::report
