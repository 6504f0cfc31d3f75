#include "gradus/report/lsu_reports.hpp"

#include "gradus/report/csv_writer.hpp"
#include "gradus/report/html_escape.hpp"
#include "gradus/report/html_page.hpp"
#include "gradus/report/html_table.hpp"

namespace gradus::report {

namespace {

std::string priority_label(const lsu::CandidateResult& r) {
    return r.resident_in_comune ? "residente nel comune" : "residente nell'area del centro per l'impiego";
}

std::string decided_label(const std::string& key) {
    if (key.empty()) return "";
    if (key == "codice_fiscale") return "codice fiscale (ordine tecnico)";
    if (key == "residenti_prima") return "residenza nel comune";
    if (key == "residuo_piu_lungo") return "periodo residuo di sostegno più lungo";
    return key;
}

}  // namespace

std::string lsu_ente_csv(const LsuReportInput& in) {
    CsvWriter csv;
    for (const char* h : {"posizione", "codicefiscale", "cognome", "nome", "residenza", "deciso_da"}) csv.text(h);
    csv.end_row();
    for (const auto& entry : in.verification.list) {
        const auto& r = in.verification.results[entry.result];
        const auto& c = in.records.candidates[r.candidate];
        csv.integer(entry.position).text(c.codice_fiscale).text(c.surname).text(c.name).text(priority_label(r));
        csv.text(decided_label(entry.decided_by)).end_row();
    }
    return csv.bytes();
}

std::string lsu_ente_html(const LsuReportInput& in) {
    HtmlTable table({{"Posizione", true}, {"Codice fiscale"}, {"Cognome"}, {"Nome"}, {"Residenza"}, {"Deciso da"}});
    for (const auto& entry : in.verification.list) {
        const auto& r = in.verification.results[entry.result];
        const auto& c = in.records.candidates[r.candidate];
        table.add_row({std::to_string(entry.position), c.codice_fiscale, c.surname, c.name, priority_label(r),
                       decided_label(entry.decided_by)});
    }
    const lsu::Project& p = in.project;
    std::string body = "<h1>" + escape_html("Esito della verifica dei requisiti: progetto " + p.id) + "</h1>\n";
    body += "<dl class=\"summary\">\n";
    const std::pair<std::string, std::string> facts[] = {
        {"Ente utilizzatore", p.body_name + " (" + p.body_codice_fiscale + ")"},
        {"Regime", in.rules.act},
        {"Periodo", p.start.to_italian() + " - " + in.verification.effective_end.to_italian()},
        {"Verifica del", in.as_of.to_italian()},
        {"Persone convocabili", std::to_string(in.verification.list.size())},
    };
    for (const auto& [k, v] : facts) body += "<dt>" + escape_html(k) + "</dt><dd>" + escape_html(v) + "</dd>\n";
    body += "</dl>\n<h2>Persone che possono essere convocate, in ordine di priorità</h2>\n";
    body += table.empty() ? "<p class=\"note\">Nessuna persona ha tutti i requisiti.</p>\n" : table.html();
    return html_page("Verifica requisiti LSU " + p.id, body);
}

}  // namespace gradus::report
