#include "gradus/report/graduatoria_html.hpp"

#include "gradus/report/block_stream.hpp"
#include "gradus/report/candidatura_of.hpp"
#include "gradus/report/esito_text.hpp"
#include "gradus/report/graduatoria_summary.hpp"
#include "gradus/report/html_escape.hpp"
#include "gradus/report/html_page.hpp"
#include "gradus/report/html_table.hpp"

namespace gradus::report {

namespace {

const std::vector<HtmlColumn>& ranked_columns() {
    static const std::vector<HtmlColumn> columns = {
        {"Posizione", true}, {"Protocollo", false}, {"Punteggio", true}, {"Esito", false}};
    return columns;
}

const std::vector<HtmlColumn>& excluded_columns() {
    static const std::vector<HtmlColumn> columns = {{"Protocollo", false}, {"Esito", false}};
    return columns;
}

void write_ranked_rows(std::string& out, const art16::Graduatoria& g, std::size_t first, std::size_t last) {
    for (std::size_t i = first; i < last; ++i) {
        const art16::RankedCandidate& ranked = g.ranked[i];
        HtmlRowWriter(out, ranked_columns())
            .cell(ranked.position)
            .cell(candidatura_of(g, ranked.candidatura).protocol)
            .cell(ranked.score.to_italian(false))
            .cell(esito_label(ranked.esito))
            .end();
    }
}

void write_excluded_rows(std::string& out, const art16::Graduatoria& g, std::size_t first, std::size_t last) {
    for (std::size_t i = first; i < last; ++i) {
        HtmlRowWriter(out, excluded_columns())
            .cell(candidatura_of(g, g.excluded[i].candidatura).protocol)
            .cell(esito_label(art16::Esito::escluso))
            .end();
    }
}

}  // namespace

void pubblica_html(const art16::Graduatoria& graduatoria, const ReportContext& context, ByteSink& sink) {
    const std::string title = "Graduatoria art. 16 L. 56/1987 - avviso " + graduatoria.avviso.id;

    std::string head = html_page_head(title);
    head += "<h1>" + escape_html(title) + "</h1>\n";
    head += "<p class=\"note\">I candidati sono identificati dal solo numero di protocollo della candidatura.</p>\n";
    head += graduatoria_summary_html(graduatoria, context, Audience::published);
    head += "<h2>Graduatoria</h2>\n";
    head += graduatoria.ranked.empty() ? "<p>Nessun candidato in graduatoria.</p>\n" : html_table_head(ranked_columns());
    sink.write(head);
    write_in_blocks(sink, graduatoria.ranked.size(), [&graduatoria](std::size_t first, std::size_t last,
                                                                     std::string& out) {
        write_ranked_rows(out, graduatoria, first, last);
    });

    std::string middle(graduatoria.ranked.empty() ? "" : html_table_tail);
    middle += "<h2>Candidature escluse</h2>\n";
    middle += graduatoria.excluded.empty() ? "<p>Nessuna candidatura esclusa.</p>\n"
                                           : html_table_head(excluded_columns());
    sink.write(middle);
    write_in_blocks(sink, graduatoria.excluded.size(), [&graduatoria](std::size_t first, std::size_t last,
                                                                       std::string& out) {
        write_excluded_rows(out, graduatoria, first, last);
    });

    std::string tail(graduatoria.excluded.empty() ? "" : html_table_tail);
    tail += html_page_tail;
    sink.write(tail);
}

std::string pubblica_html(const art16::Graduatoria& graduatoria, const ReportContext& context) {
    StringSink sink;
    pubblica_html(graduatoria, context, sink);
    return sink.take();
}

}  // namespace gradus::report
