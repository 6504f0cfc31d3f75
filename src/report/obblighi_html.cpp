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

// A table written row by row into `out`, in pieces, or `none` when it has no row.
class TableOut {
public:
    TableOut(ByteSink& out, HtmlTable table) : m_out(out), m_table(std::move(table)) {}

    void row(const std::vector<std::string>& cells) {
        if (!m_started) m_held = m_table.head();
        m_started = true;
        m_held += m_table.row(cells);
        if (m_held.size() >= report_piece_bytes) {
            m_out.write(m_held);
            m_held.clear();
        }
    }

    void finish(std::string_view none) {
        if (m_started) m_held += HtmlTable::tail();
        else m_held = none;
        m_out.write(m_held);
    }

private:
    ByteSink& m_out;
    HtmlTable m_table;
    std::string m_held;
    bool m_started = false;
};

std::string totals_table(const ObblighiReport& report) {
    std::map<std::string, ProvinceTotals> by_province;
    const auto add = [&](const ObblighiRow& r) {
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
    };
    for (const ObblighiEntry& e : report.entries) visit_rows(report, e, add);
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

std::string top_shortfalls(const ObblighiReport& report) {
    std::vector<ObblighiRow> rows;
    for (const ObblighiEntry& e : report.entries) {
        visit_rows(report, e, [&](const ObblighiRow& r) {
            if (r.figures->provincia != l68::national_code && r.figures->shortfall_disabled != 0) rows.push_back(r);
        });
    }
    std::sort(rows.begin(), rows.end(), [](const ObblighiRow& a, const ObblighiRow& b) {
        const std::int64_t a_short = -a.figures->shortfall_disabled;
        const std::int64_t b_short = -b.figures->shortfall_disabled;
        return std::tie(a_short, a.prospetto->codice_fiscale, a.figures->provincia) <
               std::tie(b_short, b.prospetto->codice_fiscale, b.figures->provincia);
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

void discrepancy_table(const ObblighiReport& report, ByteSink& out) {
    TableOut table(out, HtmlTable({{"Codice fiscale", false}, {"Comunicazione", false}, {"Provincia", false},
                                   {"Campo", false}, {"Dichiarato", true}, {"Ricalcolato", true}, {"Regola", false}}));
    for (const ObblighiEntry& e : report.entries) {
        for (const l68::Discrepancy* d : shown_discrepancies(report, e)) {
            table.row({e.prospetto->codice_fiscale, e.prospetto->codice_comunicazione, d->provincia,
                       std::string(d->field), d->declared, d->recomputed, std::string(d->rule)});
        }
    }
    table.finish("<p>Nessuna discrepanza.</p>");
}

void late_table(const ObblighiReport& report, ByteSink& out) {
    TableOut table(out, HtmlTable({{"Codice fiscale", false}, {"Comunicazione", false}, {"Inviato", false},
                                   {"Giorni di ritardo", true}, {"Sanzione €", true}}));
    for (const ObblighiEntry& e : report.entries) {
        if (const auto& late = e.assessment->late) {
            table.row({e.prospetto->codice_fiscale, e.prospetto->codice_comunicazione, e.prospetto->data_invio,
                       n(late->days_late), late->sanction ? euro(*late->sanction) : "non disponibile"});
        }
    }
    table.finish("<p>Nessun prospetto in ritardo.</p>");
}

void scarti_table(const ObblighiReport& report, ByteSink& out) {
    TableOut table(out, HtmlTable({{"File", false}, {"Comunicazione", false}, {"Motivo", false}}));
    for (const InputIssue& i : report.scarti.issues()) table.row({i.where.file, i.record, i.message});
    table.finish("<p>Nessun file scartato.</p>");
}

}  // namespace

void obblighi_html(const ObblighiReport& report, ByteSink& out) {
    std::string title = "Obblighi L. 68/1999 al " + report.as_of.to_italian();
    if (report.provincia) title += " - provincia " + *report.provincia;
    std::string head = html_page_head(title);
    head += "<h1>" + escape_html(title) + "</h1>";
    head += "<p>Prospetti considerati: " + n(static_cast<std::int64_t>(report.entries.size())) +
            "; scartati o superati: " + n(static_cast<std::int64_t>(report.scarti.size())) +
            ". Importi dal giorno dopo la data di riferimento al " + escape_html(report.as_of.to_italian()) +
            " (gradus " + escape_html(report.engine_version) + ").</p>";
    head += "<h2>Totali per provincia</h2>" + totals_table(report);
    head += "<h2>Maggiori scoperture</h2>" + top_shortfalls(report);
    head += "<h2>Discrepanze rispetto al quadro 3</h2>";
    out.write(head);
    discrepancy_table(report, out);
    out.write("<h2>Prospetti in ritardo</h2>");
    late_table(report, out);
    out.write("<h2>File scartati e prospetti superati</h2>");
    scarti_table(report, out);
    out.write(html_page_tail);
}

}  // namespace gradus::report
