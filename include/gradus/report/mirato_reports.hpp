#pragma once

#include "gradus/cm/graduatoria.hpp"
#include "gradus/core/byte_sink.hpp"
#include "gradus/report/report_context.hpp"

#include <string>
#include <string_view>

namespace gradus::report {

inline constexpr std::string_view mirato_xml_namespace = "urn:gradus:mirato-graduatoria:1";

// Internal files for staff review (personal, health and income data; written owner-only):
// every person with name, codice fiscale, each component and the whole explanation trail, then
// the excluded records with their reason. Every report, public ones too, goes to `sink` in blocks
// of people rendered side by side (report/block_stream.hpp), never whole.
void mirato_graduatoria_xml(const cm::Graduatoria& g, const ReportContext& context, ByteSink& sink);
void mirato_graduatoria_csv(const cm::Graduatoria& g, const ReportContext& context, ByteSink& sink);
void mirato_graduatoria_html(const cm::Graduatoria& g, const ReportContext& context, ByteSink& sink);

// Public lists: list, position, registration number and score only; no name, no codice fiscale,
// no invalidity, income, ISEE or family data.
void mirato_pubblica_csv(const cm::Graduatoria& g, ByteSink& sink);
void mirato_pubblica_html(const cm::Graduatoria& g, const ReportContext& context, ByteSink& sink);

// "Disabili (art. 1 L. 68/1999)" or "Categorie protette (art. 18 L. 68/1999)".
std::string_view lista_label(cm::Lista l);

}  // namespace gradus::report
