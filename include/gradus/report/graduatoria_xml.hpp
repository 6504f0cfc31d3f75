#pragma once

#include "gradus/art16/graduatoria.hpp"
#include "gradus/core/byte_sink.hpp"
#include "gradus/report/report_context.hpp"

#include <string>

namespace gradus::report {

inline constexpr const char* graduatoria_xml_namespace = "urn:gradus:graduatoria:1";

// graduatoria.xml, complete: avviso, criteria and run, every ranked candidate with components and
// explanation, every excluded record with its reason and explanation. Valid against
// schemas/graduatoria-1.xsd; decimals in canonical dot form, dates ISO. Written to `sink` piece by
// piece, the candidates in blocks rendered in parallel (block_stream.hpp).
void graduatoria_xml(const art16::Graduatoria& graduatoria, const ReportContext& context, ByteSink& sink);

// The same document whole.
std::string graduatoria_xml(const art16::Graduatoria& graduatoria, const ReportContext& context);

}  // namespace gradus::report
