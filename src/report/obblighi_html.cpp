#include "gradus/report/html_escape.hpp"
#include "gradus/report/html_page.hpp"
#include "gradus/report/html_table.hpp"
#include "gradus/report/obblighi_report.hpp"

#include <algorithm>
#include <map>
#include <tuple>

namespace gradus::report {
namespace {

struct ProvinceTotals {
    std::int64_t prospetti = 0, quota_disabled = 0, disabled = 0, exempted = 0, shortfall_disabled = 0;
    std::int64_t quota_protected = 0, shortfall_protected = 0;
    Decimal contributo, sanction;
};

std::string n(std::int64_t v) { return std::to_string(v); }
std::string euro(const Decimal& d) { return d.to_italian(true); }

std::string totals_table(const std::vector<ObblighiRow>& rows) {
    std::map<std::string, ProvinceTotals> by_province;
    for (const ObblighiRow& r : rows) {
        const l68::Figures& f = *r.figures;
        ProvinceTotals& t = by_province[f.provincia];
        t.prospetti += 1;
        t.quota_disabled += f.quota_disabled;
        t.disabled += f.disabled;
        t.exempted += f.exempted;
        t.shortfall_disabled += f.shortfall_disabled;
        t.quota_protected += f.quota_protected;
        t.shortfall_protected += f.shortfall_protected;
        t.contributo += r.amounts->contributo.euro;
        t.sanction += r.amounts->sanction.euro;
    }
    HtmlTable table({{"Provincia", false}, {"Prospetti", true}, {"Quota disabili", true}, {"Disabili in forza", true},
                     {"Esonerati", true}, {"Scoperture disabili", true}, {"Quota art. 18", true},
                     {"Scoperture art. 18", true}, {"Contributo esonerativo €", true}, {"Sanzione stimata €", true}});
    for (const auto& [provincia, t] : by_province) {
        table.add_row({provincia == l68::national_code ? "Nazionale (NAZ)" : provincia, n(t.prospetti), n(t.quota_disabled),
                       n(t.disabled), n(t.exempted), n(t.shortfall_disabled), n(t.quota_protected),
                       n(t.shortfall_protected), euro(t.contributo), euro(t.sanction)});
    }
    return table.html();
}

std::string top_shortfalls(std::vector<ObblighiRow> rows) {
    std::erase_if(rows, [](const ObblighiRow& r) {
        return r.figures->provincia == l68::national_code || r.figures->shortfall_disabled == 0;
    });
    std::sort(rows.begin(), rows.end(), [](const ObblighiRow& a, const ObblighiRow& b) {
        return std::make_tuple(-a.figures->shortfall_disabled, a.prospetto->codice_fiscale, a.figures->provincia) <
               std::make_tuple(-b.figures->shortfall_disabled, b.prospetto->codice_fiscale, b.figures->provincia);
    });
    if (rows.size() > 20) rows.resize(20);
    HtmlTable table({{"Provincia", false}, {"Codice fiscale", false}, {"Denominazione", false},
                     {"Quota disabili", true}, {"Scoperture disabili", true}, {"Sanzione stimata €", true}});
    for (const ObblighiRow& r : rows) {
        table.add_row({r.figures->provincia, r.prospetto->codice_fiscale, r.prospetto->denominazione,
                       n(r.figures->quota_disabled), n(r.figures->shortfall_disabled), euro(r.amounts->sanction.euro)});
    }
    return table.html();
}

std::string discrepancy_table(const ObblighiReport& report) {
    HtmlTable table({{"Codice fiscale", false}, {"Comunicazione", false}, {"Provincia", false}, {"Campo", false},
                     {"Dichiarato", true}, {"Ricalcolato", true}, {"Regola", false}});
    for (const ObblighiEntry& e : report.entries) {
        for (const l68::Discrepancy* d : shown_discrepancies(report, e)) {
            table.add_row({e.prospetto->codice_fiscale, e.prospetto->codice_comunicazione, d->provincia, d->field,
                           d->declared, d->recomputed, d->rule});
        }
    }
    return table.empty() ? "<p>Nessuna discrepanza.</p>" : table.html();
}

std::string late_table(const ObblighiReport& report) {
    HtmlTable table({{"Codice fiscale", false}, {"Comunicazione", false}, {"Inviato", false},
                     {"Giorni di ritardo", true}, {"Sanzione €", true}});
    for (const ObblighiEntry& e : report.entries) {
        if (const auto& late = e.assessment->late) {
            table.add_row({e.prospetto->codice_fiscale, e.prospetto->codice_comunicazione, e.prospetto->data_invio,
                           n(late->days_late), late->sanction ? euro(*late->sanction) : "non disponibile"});
        }
    }
    return table.empty() ? "<p>Nessun prospetto in ritardo.</p>" : table.html();
}

std::string scarti_table(const ObblighiReport& report) {
    HtmlTable table({{"File", false}, {"Comunicazione", false}, {"Motivo", false}});
    for (const InputIssue& i : report.scarti.issues()) table.add_row({i.where.file, i.record, i.message});
    return table.empty() ? "<p>Nessun file scartato.</p>" : table.html();
}

}  // namespace

std::string obblighi_html(const ObblighiReport& report) {
    const std::vector<ObblighiRow> rows = obblighi_rows(report);
    std::string title = "Obblighi L. 68/1999 al " + report.as_of.to_italian();
    if (report.provincia) title += " - provincia " + *report.provincia;
    std::string body = "<h1>" + escape_html(title) + "</h1>";
    body += "<p>Prospetti considerati: " + n(static_cast<std::int64_t>(report.entries.size())) +
            "; scartati o superati: " + n(static_cast<std::int64_t>(report.scarti.size())) +
            ". Importi dal giorno dopo la data di riferimento al " + escape_html(report.as_of.to_italian()) +
            " (gradus " + escape_html(report.engine_version) + ").</p>";
    body += "<h2>Totali per provincia</h2>" + totals_table(rows);
    body += "<h2>Maggiori scoperture</h2>" + top_shortfalls(rows);
    body += "<h2>Discrepanze rispetto al quadro 3</h2>" + discrepancy_table(report);
    body += "<h2>Prospetti in ritardo</h2>" + late_table(report);
    body += "<h2>File scartati e prospetti superati</h2>" + scarti_table(report);
    return html_page(title, body);
}

}  // namespace gradus::report
