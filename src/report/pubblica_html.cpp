#include "gradus/report/graduatoria_html.hpp"

#include "gradus/report/candidatura_of.hpp"
#include "gradus/report/esito_text.hpp"
#include "gradus/report/graduatoria_summary.hpp"
#include "gradus/report/html_escape.hpp"
#include "gradus/report/html_page.hpp"
#include "gradus/report/html_table.hpp"

namespace gradus::report {

namespace {

std::string ranked_table(const art16::Graduatoria& g) {
    HtmlTable table({{"Posizione", true}, {"Protocollo", false}, {"Punteggio", true}, {"Esito", false}});
    for (const art16::RankedCandidate& ranked : g.ranked) {
        table.add_row({std::to_string(ranked.position), candidatura_of(g, ranked.candidatura).protocol,
                       ranked.score.to_italian(false), std::string(esito_label(ranked.esito))});
    }
    return table.html();
}

std::string excluded_table(const art16::Graduatoria& g) {
    HtmlTable table({{"Protocollo", false}, {"Esito", false}});
    for (const art16::Exclusion& exclusion : g.excluded) {
        table.add_row({candidatura_of(g, exclusion.candidatura).protocol,
                       std::string(esito_label(art16::Esito::escluso))});
    }
    return table.html();
}

}  // namespace

std::string pubblica_html(const art16::Graduatoria& graduatoria, const ReportContext& context) {
    const std::string title = "Graduatoria art. 16 L. 56/1987 - avviso " + graduatoria.avviso.id;

    std::string body = "<h1>" + escape_html(title) + "</h1>\n";
    body += "<p class=\"note\">I candidati sono identificati dal solo numero di protocollo della candidatura.</p>\n";
    body += graduatoria_summary_html(graduatoria, context, Audience::published);
    body += "<h2>Graduatoria</h2>\n";
    body += graduatoria.ranked.empty() ? "<p>Nessun candidato in graduatoria.</p>\n" : ranked_table(graduatoria);
    body += "<h2>Candidature escluse</h2>\n";
    body += graduatoria.excluded.empty() ? "<p>Nessuna candidatura esclusa.</p>\n" : excluded_table(graduatoria);
    return html_page(title, body);
}

}  // namespace gradus::report
