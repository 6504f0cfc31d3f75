#include "gradus/report/mirato_reports.hpp"

#include "gradus/core/errors.hpp"
#include "gradus/report/block_stream.hpp"
#include "gradus/report/html_escape.hpp"
#include "gradus/report/html_page.hpp"
#include "gradus/report/html_table.hpp"

#include <algorithm>

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

// `internal` adds names, components and the explanation of ties.
std::vector<HtmlColumn> list_columns(bool internal) {
    std::vector<HtmlColumn> columns = {{"Posizione", true}, {"Numero di iscrizione", false}};
    if (internal) columns.insert(columns.end(), {{"Cognome e nome", false}, {"Codice fiscale", false}, {"Componenti", false}});
    columns.push_back({"Punteggio", true});
    if (internal) columns.push_back({"Deciso da", false});
    return columns;
}

void write_list_rows(std::string& out, const cm::Graduatoria& g, const std::vector<HtmlColumn>& columns, bool internal,
                     std::size_t first, std::size_t last) {
    std::string parts;
    for (std::size_t i = first; i < last; ++i) {
        const cm::RankedIscritto& r = g.ranked[i];
        const cm::Iscritto& p = g.iscritti[r.iscritto];
        HtmlRowWriter row(out, columns);
        row.cell(r.position).cell(p.registration_number);
        if (internal) {
            parts.clear();
            for (const auto& c : r.components) {
                if (!parts.empty()) parts += ", ";
                parts += c.id + " " + c.points.to_italian(false);
            }
            row.cell(p.surname + " " + p.name).cell(p.codice_fiscale).cell(parts);
        }
        row.cell(r.score.to_italian(false));
        if (internal) row.cell(r.decided_by);
        row.end();
    }
}

// How many of g.ranked are disabili: they come first, then art. 18. Checked before a page is
// begun, so that a broken order writes nothing.
std::size_t disabili_count(const cm::Graduatoria& g) {
    const auto is_disabili = [](const cm::RankedIscritto& r) { return r.lista == cm::Lista::disabili; };
    if (!std::is_partitioned(g.ranked.begin(), g.ranked.end(), is_disabili)) {
        throw InternalError("mirato graduatoria: the art. 18 list is not after the disabili");
    }
    return static_cast<std::size_t>(std::partition_point(g.ranked.begin(), g.ranked.end(), is_disabili) -
                                    g.ranked.begin());
}

// One table per list, each streamed in blocks; `split` = disabili_count(g).
void write_lists(ByteSink& sink, const cm::Graduatoria& g, std::size_t split, bool internal) {
    const std::vector<HtmlColumn> columns = list_columns(internal);
    for (const cm::Lista l : {cm::Lista::disabili, cm::Lista::categorie_protette}) {
        const std::size_t first = l == cm::Lista::disabili ? 0 : split;
        const std::size_t last = l == cm::Lista::disabili ? split : g.ranked.size();
        std::string head = "<h2>" + escape_html(lista_label(l)) + "</h2>\n";
        head += first == last ? "<p>Nessun iscritto in graduatoria.</p>\n" : html_table_head(columns);
        sink.write(head);
        write_in_blocks(sink, last - first, [&](std::size_t from, std::size_t to, std::string& out) {
            write_list_rows(out, g, columns, internal, first + from, first + to);
        });
        if (first != last) sink.write(html_table_tail);
    }
}

const std::vector<HtmlColumn>& excluded_columns() {
    static const std::vector<HtmlColumn> columns = {{"Numero di iscrizione", false}, {"Cognome e nome", false}, {"Motivo", false}};
    return columns;
}

}  // namespace

void mirato_graduatoria_html(const cm::Graduatoria& g, const ReportContext& context, ByteSink& sink) {
    const std::size_t split = disabili_count(g);
    const std::string title = title_of(g);
    sink.write(html_page_head(title) + "<h1>" + escape_html(title) +
               "</h1>\n<p class=\"note\">Documento interno: contiene dati personali, sanitari e reddituali.</p>\n" +
               summary(g, context));
    write_lists(sink, g, split, true);
    sink.write(std::string("<h2>Esclusi</h2>\n") +
               (g.excluded.empty() ? "<p>Nessuno escluso.</p>\n" : html_table_head(excluded_columns())));
    write_in_blocks(sink, g.excluded.size(), [&g](std::size_t first, std::size_t last, std::string& out) {
        for (std::size_t i = first; i < last; ++i) {
            const cm::Iscritto& p = g.iscritti[g.excluded[i].iscritto];
            HtmlRowWriter(out, excluded_columns()).cell(p.registration_number).cell(p.surname + " " + p.name).cell(g.excluded[i].reason).end();
        }
    });
    sink.write(std::string(g.excluded.empty() ? "" : html_table_tail) + std::string(html_page_tail));
}

void mirato_pubblica_html(const cm::Graduatoria& g, const ReportContext& context, ByteSink& sink) {
    const std::size_t split = disabili_count(g);
    const std::string title = title_of(g);
    sink.write(html_page_head(title) + "<h1>" + escape_html(title) +
               "</h1>\n<p class=\"note\">Gli iscritti sono identificati dal solo numero di iscrizione.</p>\n" +
               summary(g, context));
    write_lists(sink, g, split, false);
    sink.write(html_page_tail);
}

}  // namespace gradus::report
