#pragma once

#include "gradus/art16/graduatoria.hpp"
#include "gradus/core/byte_sink.hpp"
#include "gradus/report/report_context.hpp"

#include <string>

namespace gradus::report {

// graduatoria.html, for the office: one printable page with the avviso and criteria summary, the
// ranked candidates with every score component, the excluded with their reasons and a legend of
// the components with the criteria's sources. Written to `sink` piece by piece, the rows in blocks
// rendered in parallel (block_stream.hpp).
void graduatoria_html(const art16::Graduatoria& graduatoria, const ReportContext& context, ByteSink& sink);
std::string graduatoria_html(const art16::Graduatoria& graduatoria, const ReportContext& context);

// pubblica.html, for publication: the same page shape with position, protocol number, score and
// esito only. Streamed the same way.
void pubblica_html(const art16::Graduatoria& graduatoria, const ReportContext& context, ByteSink& sink);
std::string pubblica_html(const art16::Graduatoria& graduatoria, const ReportContext& context);

}  // namespace gradus::report
