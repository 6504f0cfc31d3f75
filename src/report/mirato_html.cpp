#include "gradus/report/mirato_reports.hpp"

#include "gradus/report/html_escape.hpp"
#include "gradus/report/html_page.hpp"
#include "gradus/report/html_table.hpp"

namespace gradus::report {
namespace {

std::string title_of(const cm::Graduatoria& g) {
    std::string t = "Graduatoria collocamento mirato (L. 68/1999 art. 8) - ";
    t += g.call ? "chiamata " + g.call->id + " pubblicata il " + g.reference_date.to_italian()
                : "annuale al " + g.reference_date.to_italian();
    return t;
}

std::string summary(const cm::Graduatoria& g, const ReportContext& context) {
    std::string s = "<p>Criteri: " + escape_html(g.criteria.act) + " (" + escape_html(context.criteria_file) +
                    ", sha256 " + escape_html(context.criteria_sha256) + "). Ordine: " +
                    (g.criteria.direction == criteria::Direction::higher_first ? "punteggio più alto primo"
                                                                               : "punteggio più basso primo") +
                    ". Graduatoria per datori " + (g.public_employer ? "pubblici" : "privati") + ".</p>\n";
    if (!context.run_label.empty()) s += "<p>Esecuzione: " + escape_html(context.run_label) + ".</p>\n";
    return s;
}

// One table per list; `internal` adds names, components and the explanation of ties.
std::string list_tables(const cm::Graduatoria& g, bool internal) {
    std::string body;
    for (const cm::Lista l : {cm::Lista::disabili, cm::Lista::categorie_protette}) {
        std::vector<HtmlColumn> columns = {{"Posizione", true}, {"Numero di iscrizione", false}};
        if (internal) {
            columns.push_back({"Cognome e nome", false});
            columns.push_back({"Codice fiscale", false});
            columns.push_back({"Componenti", false});
        }
        columns.push_back({"Punteggio", true});
        if (internal) columns.push_back({"Deciso da", false});
        HtmlTable table(columns);
        for (const auto& r : g.ranked) {
            if (r.lista != l) continue;
            const cm::Iscritto& p = g.iscritti[r.iscritto];
            std::vector<std::string> row = {std::to_string(r.position), p.registration_number};
            if (internal) {
                std::string parts;
                for (const auto& c : r.components) parts += (parts.empty() ? "" : ", ") + c.id + " " + c.points.to_italian(false);
                row.push_back(p.surname + " " + p.name);
                row.push_back(p.codice_fiscale);
                row.push_back(parts);
            }
            row.push_back(r.score.to_italian(false));
            if (internal) row.push_back(r.decided_by);
            table.add_row(row);
        }
        body += "<h2>" + escape_html(lista_label(l)) + "</h2>\n";
        body += table.empty() ? "<p>Nessun iscritto in graduatoria.</p>\n" : table.html();
    }
    return body;
}

}  // namespace

std::string mirato_graduatoria_html(const cm::Graduatoria& g, const ReportContext& context) {
    const std::string title = title_of(g);
    std::string body = "<h1>" + escape_html(title) + "</h1>\n<p class=\"note\">Documento interno: contiene dati "
                       "personali, sanitari e reddituali.</p>\n";
    body += summary(g, context) + list_tables(g, true);
    HtmlTable excluded({{"Numero di iscrizione", false}, {"Cognome e nome", false}, {"Motivo", false}});
    for (const auto& e : g.excluded) {
        const cm::Iscritto& p = g.iscritti[e.iscritto];
        excluded.add_row({p.registration_number, p.surname + " " + p.name, e.reason});
    }
    body += "<h2>Esclusi</h2>\n";
    body += excluded.empty() ? "<p>Nessuno escluso.</p>\n" : excluded.html();
    return html_page(title, body);
}

std::string mirato_pubblica_html(const cm::Graduatoria& g, const ReportContext& context) {
    const std::string title = title_of(g);
    std::string body = "<h1>" + escape_html(title) + "</h1>\n<p class=\"note\">Gli iscritti sono identificati dal "
                       "solo numero di iscrizione.</p>\n";
    body += summary(g, context) + list_tables(g, false);
    return html_page(title, body);
}

}  // namespace gradus::report
