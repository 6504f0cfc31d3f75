#pragma once

#include "gradus/cm/avviamento.hpp"
#include "gradus/core/date.hpp"

#include <string>
#include <string_view>
#include <vector>

namespace gradus::report {

inline constexpr std::string_view avviamento_xml_namespace = "urn:gradus:mirato-avviamento:1";

// What the avviamento reports show of one run: the requests, the graduatoria's people and the
// result of each request (results[i].request indexes `requests`).
struct AvviamentoReportInput {
    const std::vector<cm::Richiesta>& requests;
    const std::vector<cm::AvviamentoCandidate>& candidates;
    const std::vector<cm::AvviamentoResult>& results;
    Date as_of;
    std::string run_label;  // the store's run id, or empty
};

// avviamento-richieste.csv: one row per request (procedure, state, term, posts, proposed, uncovered).
std::string avviamento_richieste_csv(const AvviamentoReportInput& in);
// avviamento.csv, internal: one row per person proposed or passed over, per request, with codice
// fiscale, names and the reason in full (contraindications included).
std::string avviamento_csv(const AvviamentoReportInput& in);
// avviamento.xml, internal: every request with its explanation and every person's checks.
std::string avviamento_xml(const AvviamentoReportInput& in);
// avviamento.html, internal, for staff review.
std::string avviamento_html(const AvviamentoReportInput& in);
// pubblica-avviamento.csv and .html: people by registration number and graduatoria position only,
// reasons without health data (a contraindication or a missing licence read "requisiti del posto").
std::string avviamento_pubblico_csv(const AvviamentoReportInput& in);
std::string avviamento_pubblico_html(const AvviamentoReportInput& in);

}  // namespace gradus::report
