#pragma once

#include "gradus/art16/graduatoria.hpp"
#include "gradus/report/report_context.hpp"

#include <string>

namespace gradus::report {

inline constexpr const char* graduatoria_xml_namespace = "urn:gradus:graduatoria:1";

// graduatoria.xml, complete: avviso, criteria and run, every ranked candidate with components and
// explanation, every excluded record with its reason and explanation. Valid against
// schemas/graduatoria-1.xsd; decimals in canonical dot form, dates ISO.
std::string graduatoria_xml(const art16::Graduatoria& graduatoria, const ReportContext& context);

}  // namespace gradus::report
