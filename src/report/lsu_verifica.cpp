#include "gradus/report/lsu_reports.hpp"

#include "gradus/report/csv_writer.hpp"
#include "gradus/report/html_escape.hpp"
#include "gradus/report/html_page.hpp"
#include "gradus/report/html_table.hpp"

namespace gradus::report {

namespace {

std::string joined(const std::vector<std::string>& items) {
    std::string text;
    for (const auto& i : items) text += (text.empty() ? "" : " | ") + i;
    return text;
}

std::string person_label(const lsu::Candidate& c) { return c.surname + " " + c.name + " (" + c.codice_fiscale + ")"; }

void summary(std::string& body, const LsuReportInput& in) {
    const lsu::Project& p = in.project;
    const std::pair<std::string, std::string> facts[] = {
        {"Ente", p.body_name + " (" + p.body_codice_fiscale + ")"},
        {"Regime", std::string(lsu::to_string(p.regime)) + ": " + in.rules.act},
        {"Regole", in.rules.id + " (" + in.rules_file + ", sha256 " + in.rules_sha256 + ")"},
        {"Comune del progetto", p.comune},
        {"Periodo", p.start.to_italian() + " - " + p.end.to_italian() + ", dopo le proroghe ammesse " +
                        in.verification.effective_end.to_italian()},
        {"Orario", p.weekly_hours.to_italian(false) + " h settimanali, " + p.daily_hours.to_italian(false) + " h giornaliere"},
        {"Durata", std::string(lsu::to_string(in.verification.duration.result)) + ": " + in.verification.duration.reason},
        {"Verifica del", in.as_of.to_italian()},
        {"Run", in.run_label.empty() ? "non registrato" : in.run_label},
    };
    body += "<dl class=\"summary\">\n";
    for (const auto& [k, v] : facts) body += "<dt>" + escape_html(k) + "</dt><dd>" + escape_html(v) + "</dd>\n";
    body += "</dl>\n";
}

}  // namespace

std::string lsu_verifica_csv(const LsuReportInput& in) {
    CsvWriter csv;
    for (const char* h : {"codicefiscale", "cognome", "nome", "esito", "base", "requisito", "risultato", "articolo",
                          "stato_regola", "motivo", "evidenze"}) {
        csv.text(h);
    }
    csv.end_row();
    for (const auto& r : in.verification.results) {
        const auto& c = in.records.candidates[r.candidate];
        for (const auto& check : r.checks) {
            csv.text(c.codice_fiscale).text(c.surname).text(c.name).text(lsu::to_string(r.outcome)).text(r.basis);
            csv.text(lsu::to_string(check.requirement)).text(lsu::to_string(check.result)).text(check.article);
            csv.text(criteria::to_tag(check.status)).text(check.reason).text(joined(check.evidence)).end_row();
        }
    }
    return csv.bytes();
}

std::string lsu_verifica_html(const LsuReportInput& in) {
    std::string body = "<h1>" + escape_html("Verifica dei requisiti LSU: progetto " + in.project.id) + "</h1>\n";
    summary(body, in);
    if (!in.verification.proroghe.empty()) {
        HtmlTable proroghe({{"N.", true}, {"Nuova fine"}, {"Esito"}, {"Articolo"}, {"Motivo"}});
        for (const auto& p : in.verification.proroghe) {
            proroghe.add_row({std::to_string(p.number), p.new_end.to_italian(), std::string(lsu::to_string(p.result)),
                              p.article, p.reason});
        }
        body += "<h2>Proroghe</h2>\n" + proroghe.html();
    }
    for (const auto& r : in.verification.results) {
        const auto& c = in.records.candidates[r.candidate];
        body += "<h2>" + escape_html(person_label(c) + ": " + std::string(lsu::to_string(r.outcome))) + "</h2>\n";
        HtmlTable checks({{"Requisito"}, {"Risultato"}, {"Articolo"}, {"Stato regola"}, {"Motivo"}, {"Evidenze"}});
        for (const auto& check : r.checks) {
            checks.add_row({std::string(lsu::to_string(check.requirement)), std::string(lsu::to_string(check.result)),
                            check.article, std::string(criteria::to_tag(check.status)), check.reason,
                            joined(check.evidence)});
        }
        body += checks.html();
    }
    return html_page("Verifica requisiti LSU " + in.project.id + " (uso interno)", body);
}

std::string lsu_proroghe_csv(const LsuReportInput& in) {
    CsvWriter csv;
    for (const char* h : {"voce", "fine", "esito", "articolo", "motivo"}) csv.text(h);
    csv.end_row();
    const auto& d = in.verification.duration;
    csv.text("durata").text(in.project.end.to_iso()).text(lsu::to_string(d.result)).text(d.article).text(d.reason);
    csv.end_row();
    for (const auto& p : in.verification.proroghe) {
        csv.text("proroga " + std::to_string(p.number)).text(p.new_end.to_iso()).text(lsu::to_string(p.result));
        csv.text(p.article).text(p.reason).end_row();
    }
    return csv.bytes();
}

// One C06 record per verified person (DM 4/2018 All. B, LEP L): "SAP implementata").
std::string lsu_servizi_csv(const LsuReportInput& in) {
    CsvWriter csv;
    for (const char* h : {"codicefiscale", "lep", "codice_sap", "data", "esito", "progetto", "run"}) csv.text(h);
    csv.end_row();
    const std::string sap = in.rules.service.sap_code.known() ? in.rules.service.sap_code.value() : "";
    for (const auto& r : in.verification.results) {
        const auto& c = in.records.candidates[r.candidate];
        csv.text(c.codice_fiscale).text(in.rules.service.lep).text(sap).text(in.as_of.to_iso());
        csv.text(lsu::to_string(r.outcome)).text(in.project.id).text(in.run_label).end_row();
    }
    return csv.bytes();
}

}  // namespace gradus::report
