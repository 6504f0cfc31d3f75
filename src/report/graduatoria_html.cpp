#include "gradus/report/graduatoria_html.hpp"

#include "gradus/report/block_stream.hpp"
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

std::vector<HtmlColumn> ranked_columns(const std::vector<art16::Component>& components) {
    std::vector<HtmlColumn> columns = {{"Posizione", true}, {"Protocollo", false}, {"Cognome", false},
                                       {"Nome", false},     {"Codice fiscale", false}, {"Punteggio", true}};
    for (const art16::Component kind : components) {
        columns.push_back({std::string(art16::to_string(kind)), true});
    }
    columns.insert(columns.end(), {{"Esito", false}, {"Riserva", false}, {"Deciso da", false}});
    return columns;
}

void write_ranked_rows(std::string& out, const art16::Graduatoria& g, const std::vector<art16::Component>& components,
                       const std::vector<HtmlColumn>& columns, std::size_t first, std::size_t last) {
    std::vector<const Decimal*> points;
    for (std::size_t i = first; i < last; ++i) {
        const art16::RankedCandidate& ranked = g.ranked[i];
        const art16::Candidatura& person = candidatura_of(g, ranked.candidatura);
        HtmlRowWriter row(out, columns);
        row.cell(ranked.position)
            .cell(person.protocol)
            .cell(person.surname)
            .cell(person.name)
            .cell(person.codice_fiscale)
            .cell(ranked.score.to_italian(false));
        points_by_column(ranked, components, points);
        for (const Decimal* column : points) {
            row.cell(column != nullptr ? column->to_italian(false) : std::string());
        }
        row.cell(esito_label(ranked.esito))
            .cell(ranked.reserve_kind ? std::string_view(*ranked.reserve_kind) : std::string_view())
            .cell(ranked.decided_by)
            .end();
    }
}

const std::vector<HtmlColumn>& excluded_columns() {
    static const std::vector<HtmlColumn> columns = {{"Protocollo", false}, {"Cognome", false},
                                                    {"Nome", false},       {"Codice fiscale", false},
                                                    {"Codice", false},     {"Motivo", false}};
    return columns;
}

void write_excluded_rows(std::string& out, const art16::Graduatoria& g, std::size_t first, std::size_t last) {
    for (std::size_t i = first; i < last; ++i) {
        const art16::Exclusion& exclusion = g.excluded[i];
        const art16::Candidatura& person = candidatura_of(g, exclusion.candidatura);
        HtmlRowWriter(out, excluded_columns())
            .cell(person.protocol)
            .cell(person.surname)
            .cell(person.name)
            .cell(person.codice_fiscale)
            .cell(exclusion.reason_code)
            .cell(exclusion.reason)
            .end();
    }
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

std::string legend_table(const art16::Graduatoria& g, const std::vector<art16::Component>& components) {
    HtmlTable table({{"Colonna", false}, {"Significato", false}, {"Fonti dei criteri", false}});
    for (const ComponentLegend& entry : component_legend(g.criteria, components)) {
        std::string sources;
        for (const criteria::Source& source : entry.sources) {
            sources += (sources.empty() ? "" : "; ") + source_text(source);
        }
        table.add_row({std::string(art16::to_string(entry.kind)), entry.description, sources});
    }
    table.add_row({"Deciso da", "la chiave che colloca il candidato dopo il precedente: gruppo, punteggio o il "
                                "criterio di parità indicato",
                   ""});
    return table.html();
}

}  // namespace

void graduatoria_html(const art16::Graduatoria& graduatoria, const ReportContext& context, ByteSink& sink) {
    const std::vector<art16::Component> components = component_columns(graduatoria.ranked);
    const std::vector<HtmlColumn> columns = ranked_columns(components);
    const std::string title = "Graduatoria art. 16 L. 56/1987 - avviso " + graduatoria.avviso.id;

    std::string head = html_page_head(title);
    head += "<h1>" + escape_html(title) + "</h1>\n";
    head += "<p class=\"note\">Documento ad uso interno dell'ufficio: contiene dati personali e non va "
            "pubblicato.</p>\n";
    head += graduatoria_summary_html(graduatoria, context, Audience::internal);
    head += "<h2>Candidati in graduatoria</h2>\n";
    head += graduatoria.ranked.empty() ? "<p>Nessun candidato in graduatoria.</p>\n" : html_table_head(columns);
    sink.write(head);
    write_in_blocks(sink, graduatoria.ranked.size(), [&](std::size_t first, std::size_t last, std::string& out) {
        write_ranked_rows(out, graduatoria, components, columns, first, last);
    });

    std::string middle(graduatoria.ranked.empty() ? "" : html_table_tail);
    middle += "<h2>Candidati esclusi</h2>\n";
    middle += graduatoria.excluded.empty() ? "<p>Nessun candidato escluso.</p>\n" : html_table_head(excluded_columns());
    sink.write(middle);
    write_in_blocks(sink, graduatoria.excluded.size(), [&](std::size_t first, std::size_t last, std::string& out) {
        write_excluded_rows(out, graduatoria, first, last);
    });

    std::string tail(graduatoria.excluded.empty() ? "" : html_table_tail);
    tail += "<h2>Legenda</h2>\n";
    tail += legend_table(graduatoria, components);
    tail += html_page_tail;
    sink.write(tail);
}

std::string graduatoria_html(const art16::Graduatoria& graduatoria, const ReportContext& context) {
    StringSink sink;
    graduatoria_html(graduatoria, context, sink);
    return sink.take();
}

}  // namespace gradus::report
