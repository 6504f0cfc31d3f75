#include "gradus/report/servizi_csv.hpp"

#include "gradus/report/csv_writer.hpp"

namespace gradus::report {

namespace {

std::string service_title(const services::Catalogue& catalogue, const std::string& id) {
    const services::Service* s = catalogue.service(id);
    const services::Lep* l = catalogue.lep_of(id);
    if (s == nullptr || l == nullptr) return {};
    return s->title.empty() ? l->title : l->title + " - " + s->title;
}


}  // namespace

std::string joined(const std::vector<std::string>& people) {
    std::string text;
    for (const std::string& p : people) text += (text.empty() ? "" : " ") + p;
    return text;
}

std::vector<ServiziRow> servizi_rows(const std::vector<services::ServiceCount>& counts,
                                     const services::Catalogue& catalogue) {
    std::vector<ServiziRow> rows;
    for (const services::ServiceCount& c : counts) {
        rows.push_back({c.service.substr(0, 1), c.service, service_title(catalogue, c.service),
                        std::string(services::to_string(c.state)), c.people});
    }
    return rows;
}

std::string servizi_csv(const std::vector<services::ServiceCount>& counts, const services::Catalogue& catalogue) {
    CsvWriter csv;
    for (const char* h : {"ufficio", "lep", "servizio", "titolo", "stato", "persone", "codici_fiscali"}) csv.text(h);
    csv.end_row();
    const std::vector<ServiziRow> rows = servizi_rows(counts, catalogue);
    for (std::size_t i = 0; i < rows.size(); ++i) {
        const ServiziRow& r = rows[i];
        csv.text(counts[i].office).text(r.lep).text(r.service).text(r.title).text(r.state);
        csv.integer(static_cast<long long>(r.people.size())).text(joined(r.people));
        csv.end_row();
    }
    return csv.bytes();
}

std::string sap_controls_csv(const std::vector<PolicyProblems>& problems) {
    CsvWriter csv;
    for (const char* h : {"codice_fiscale", "servizio", "identificativo_politica", "gravita", "campo", "regola", "messaggio"}) {
        csv.text(h);
    }
    csv.end_row();
    for (const auto& [policy, list] : problems) {
        for (const services::PolicyProblem& p : list) {
            csv.text(policy.subject_code).text(policy.service).text(policy.policy.identificativo);
            csv.text(p.severity == services::Severity::blocking ? "vincolante" : "avviso");
            csv.text(p.field).text(p.rule).text(p.message);
            csv.end_row();
        }
    }
    return csv.bytes();
}

}  // namespace gradus::report
