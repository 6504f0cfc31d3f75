#include "gradus/report/graduatoria_summary.hpp"

#include "gradus/report/html_escape.hpp"

#include <utility>
#include <vector>

namespace gradus::report {

namespace {

using Fields = std::vector<std::pair<std::string, std::string>>;

std::string reserves_by_kind(const art16::Graduatoria& g) {
    std::string text;
    for (const art16::ReservedPosts& reserve : g.avviso.reserved) {
        if (!text.empty()) {
            text += "; ";
        }
        text += reserve.kind + ": " + std::to_string(reserve.count);
    }
    return text.empty() ? "nessuno" : text;
}

std::string reserves_total(const art16::Graduatoria& g) {
    int total = 0;
    for (const art16::ReservedPosts& reserve : g.avviso.reserved) {
        total += reserve.count;
    }
    return std::to_string(total);
}

std::string criteria_text(const criteria::Criteria& c) {
    std::string text = c.id + " (" + c.act;
    if (c.act_date) {
        text += " del " + c.act_date->to_italian();
    }
    return text + ")";
}

}  // namespace

std::string graduatoria_summary_html(const art16::Graduatoria& graduatoria, const ReportContext& context,
                                     Audience audience) {
    const art16::Avviso& avviso = graduatoria.avviso;
    Fields fields = {
        {"Avviso", avviso.id},
        {"Ente richiedente", avviso.body_name + " (C.F. " + avviso.body_codice_fiscale + ")"},
        {"Profilo", avviso.profile_code + " - " + avviso.profile_description},
        {"Posti", std::to_string(avviso.posts)},
        {"Posti riservati",
         audience == Audience::internal ? reserves_by_kind(graduatoria) : reserves_total(graduatoria)},
        {"Posti riservati coperti", std::to_string(graduatoria.posts_reserved_filled)},
        {"Posti riservati restituiti ai posti ordinari", std::to_string(graduatoria.posts_returned_to_general)},
        {"Data di pubblicazione dell'avviso", avviso.publication.to_italian()},
        {"Apertura delle candidature", avviso.applications_open.to_italian()},
        {"Chiusura delle candidature", avviso.applications_close.to_italian()},
        {"Data di riferimento della graduatoria", avviso.ranking_date.to_italian()},
        {"Criteri", criteria_text(graduatoria.criteria)},
        {"File dei criteri", context.criteria_file},
        {"SHA-256 del file dei criteri", context.criteria_sha256},
        {"Versione di gradus", context.engine_version},
    };
    if (!context.run_label.empty()) {
        fields.emplace_back("Esecuzione", context.run_label);
    }

    std::string html = "<dl class=\"summary\">\n";
    for (const auto& [label, value] : fields) {
        html += "<dt>" + escape_html(label) + "</dt><dd>" + escape_html(value) + "</dd>\n";
    }
    html += "</dl>\n";
    return html;
}

}  // namespace gradus::report
