#pragma once

#include "gradus/art16/graduatoria.hpp"
#include "gradus/report/report_context.hpp"

#include <string>

namespace gradus::report {

enum class Audience {
    internal,   // staff of the office: the kinds of reserved posts are shown
    published,  // the public list: only how many posts are reserved
};

// The HTML block every graduatoria page opens with: avviso, ente, profile, posts and reserves,
// criteria (id, act, file, SHA-256), engine version, run and the avviso's dates.
std::string graduatoria_summary_html(const art16::Graduatoria& graduatoria, const ReportContext& context,
                                     Audience audience);

}  // namespace gradus::report
