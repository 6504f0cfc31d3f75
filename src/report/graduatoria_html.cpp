#include "gradus/report/graduatoria_html.hpp"

#include "gradus/report/candidatura_of.hpp"
#include "gradus/report/component_columns.hpp"
#include "gradus/report/component_legend.hpp"
#include "gradus/report/esito_text.hpp"
#include "gradus/report/graduatoria_summary.hpp"
#include "gradus/report/html_escape.hpp"
#include "gradus/report/html_page.hpp"
#include "gradus/report/html_table.hpp"

namespace gradus::report {

namespace {

std::string ranked_table(const art16::Graduatoria& g, const std::vector<std::string>& components) {
    std::vector<HtmlColumn> columns = {{"Posizione", true}, {"Protocollo", false}, {"Cognome", false},
                                       {"Nome", false},     {"Codice fiscale", false}, {"Punteggio", true}};
    for (const std::string& id : components) {
        columns.push_back({id, true});
    }
    columns.insert(columns.end(), {{"Esito", false}, {"Riserva", false}, {"Deciso da", false}});

    HtmlTable table(std::move(columns));
    for (const art16::RankedCandidate& ranked : g.ranked) {
        const art16::Candidatura& person = candidatura_of(g, ranked.candidatura);
        std::vector<std::string> cells = {std::to_string(ranked.position), person.protocol, person.surname,
                                          person.name, person.codice_fiscale, ranked.score.to_italian(false)};
        for (const std::string& id : components) {
            const auto points = component_points(ranked, id);
            cells.push_back(points ? points->to_italian(false) : std::string());
        }
        cells.insert(cells.end(), {std::string(esito_label(ranked.esito)), ranked.reserve_kind.value_or(""),
                                   ranked.decided_by});
        table.add_row(cells);
    }
    return table.html();
}

std::string excluded_table(const art16::Graduatoria& g) {
    HtmlTable table({{"Protocollo", false},
                     {"Cognome", false},
                     {"Nome", false},
                     {"Codice fiscale", false},
                     {"Codice", false},
                     {"Motivo", false}});
    for (const art16::Exclusion& exclusion : g.excluded) {
        const art16::Candidatura& person = candidatura_of(g, exclusion.candidatura);
        table.add_row({person.protocol, person.surname, person.name, person.codice_fiscale, exclusion.reason_code,
                       exclusion.reason});
    }
    return table.html();
}

std::string source_text(const criteria::Source& source) {
    std::string text = source.id;
    if (!source.title.empty()) {
        text += " - " + source.title;
    }
    if (!source.url.empty()) {
        text += " (" + source.url + ")";
    }
    return text;
}

std::string legend_table(const art16::Graduatoria& g, const std::vector<std::string>& components) {
    HtmlTable table({{"Colonna", false}, {"Significato", false}, {"Fonti dei criteri", false}});
    for (const ComponentLegend& entry : component_legend(g.criteria, components)) {
        std::string sources;
        for (const criteria::Source& source : entry.sources) {
            sources += (sources.empty() ? "" : "; ") + source_text(source);
        }
        table.add_row({entry.id, entry.description, sources});
    }
    table.add_row({"Deciso da", "la chiave che colloca il candidato dopo il precedente: gruppo, punteggio o il "
                                "criterio di parità indicato",
                   ""});
    return table.html();
}

}  // namespace

std::string graduatoria_html(const art16::Graduatoria& graduatoria, const ReportContext& context) {
    const std::vector<std::string> components = component_columns(graduatoria.ranked);
    const std::string title = "Graduatoria art. 16 L. 56/1987 - avviso " + graduatoria.avviso.id;

    std::string body = "<h1>" + escape_html(title) + "</h1>\n";
    body += "<p class=\"note\">Documento ad uso interno dell'ufficio: contiene dati personali e non va "
            "pubblicato.</p>\n";
    body += graduatoria_summary_html(graduatoria, context, Audience::internal);
    body += "<h2>Candidati in graduatoria</h2>\n";
    body += graduatoria.ranked.empty() ? "<p>Nessun candidato in graduatoria.</p>\n"
                                       : ranked_table(graduatoria, components);
    body += "<h2>Candidati esclusi</h2>\n";
    body += graduatoria.excluded.empty() ? "<p>Nessun candidato escluso.</p>\n" : excluded_table(graduatoria);
    body += "<h2>Legenda</h2>\n";
    body += legend_table(graduatoria, components);
    return html_page(title, body);
}

}  // namespace gradus::report
