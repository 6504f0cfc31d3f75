#pragma once

#include "gradus/art16/graduatoria.hpp"
#include "gradus/core/byte_sink.hpp"
#include "gradus/report/report_context.hpp"

#include <string>

namespace gradus::report {

// graduatoria.csv, for the office: every ranked candidate in position order with name, codice
// fiscale, score, each component, esito, reserve and deciding key, then the excluded with their
// reason. UTF-8 with BOM, ';' separated, CRLF, decimal comma. Written to `sink` piece by piece,
// the rows in blocks rendered in parallel (block_stream.hpp).
void graduatoria_csv(const art16::Graduatoria& graduatoria, const ReportContext& context, ByteSink& sink);
std::string graduatoria_csv(const art16::Graduatoria& graduatoria, const ReportContext& context);

// pubblica.csv, for publication: position, protocol number, score and esito only; the excluded
// show just "escluso". No names, codici fiscali, ISEE, dependants or reasons. Streamed the same way.
void pubblica_csv(const art16::Graduatoria& graduatoria, const ReportContext& context, ByteSink& sink);
std::string pubblica_csv(const art16::Graduatoria& graduatoria, const ReportContext& context);

}  // namespace gradus::report
