#include "gradus/report/mirato_reports.hpp"

#include "gradus/cm/ranking.hpp"
#include "gradus/report/block_stream.hpp"
#include "gradus/report/csv_writer.hpp"

#include <algorithm>

namespace gradus::report {
namespace {

// The component ids in the order they first appear, so every row has the same columns.
std::vector<std::string> component_ids(const cm::Graduatoria& g) {
    std::vector<std::string> ids;
    for (const auto& r : g.ranked) {
        for (const auto& c : r.components) {
            if (std::find(ids.begin(), ids.end(), c.id) == ids.end()) ids.push_back(c.id);
        }
    }
    return ids;
}

std::string explanation_text(const Explanation& e) {
    std::string text;
    for (const auto& step : e.steps()) {
        text += (text.empty() ? "" : " | ") + step.rule + " = " + step.value + ": " + step.note;
    }
    return text;
}

}  // namespace

std::string_view lista_label(cm::Lista l) {
    return l == cm::Lista::disabili ? "Disabili (art. 1 L. 68/1999)" : "Categorie protette (art. 18 L. 68/1999)";
}

void mirato_graduatoria_csv(const cm::Graduatoria& g, const ReportContext&, ByteSink& sink) {
    const auto ids = component_ids(g);
    CsvWriter header;
    header.text("lista").text("posizione").text("numero_iscrizione").text("codice_fiscale").text("cognome").text("nome");
    header.text("nascita").text("iscrizione").text("punteggio");
    for (const auto& id : ids) header.text(id);
    header.text("deciso_da").text("esito").text("spiegazione").end_row();
    header.flush_to(sink);
    write_in_blocks(sink, g.ranked.size(), [&](std::size_t first, std::size_t last, std::string& out) {
        CsvWriter csv(out);
        for (std::size_t i = first; i < last; ++i) {
            const cm::RankedIscritto& r = g.ranked[i];
            const cm::Iscritto& p = g.iscritti[r.iscritto];
            csv.text(cm::to_string(r.lista)).integer(r.position).text(p.registration_number).text(p.codice_fiscale);
            csv.text(p.surname).text(p.name).text(p.birth.to_iso()).text(p.registration_date.to_iso()).number(r.score);
            for (const auto& id : ids) {
                const auto it = std::find_if(r.components.begin(), r.components.end(),
                                             [&](const cm::ScoreComponent& c) { return c.id == id; });
                if (it == r.components.end()) csv.empty(); else csv.number(it->points);
            }
            csv.text(r.decided_by).text("in graduatoria").text(explanation_text(cm::explanation_of(g, r))).end_row();
        }
    });
    write_in_blocks(sink, g.excluded.size(), [&](std::size_t first, std::size_t last, std::string& out) {
        CsvWriter csv(out);
        for (std::size_t i = first; i < last; ++i) {
            const cm::Exclusion& e = g.excluded[i];
            const cm::Iscritto& p = g.iscritti[e.iscritto];
            csv.text(cm::to_string(p.lista)).empty().text(p.registration_number).text(p.codice_fiscale);
            csv.text(p.surname).text(p.name).text(p.birth.to_iso()).text(p.registration_date.to_iso()).empty();
            for (std::size_t k = 0; k < ids.size(); ++k) csv.empty();
            csv.empty().text("escluso: " + e.reason_code).text(e.reason).end_row();
        }
    });
}

void mirato_pubblica_csv(const cm::Graduatoria& g, ByteSink& sink) {
    CsvWriter header;
    header.text("lista").text("posizione").text("numero_iscrizione").text("punteggio").end_row();
    header.flush_to(sink);
    write_in_blocks(sink, g.ranked.size(), [&g](std::size_t first, std::size_t last, std::string& out) {
        CsvWriter csv(out);
        for (std::size_t i = first; i < last; ++i) {
            const cm::RankedIscritto& r = g.ranked[i];
            csv.text(cm::to_string(r.lista)).integer(r.position).text(g.iscritti[r.iscritto].registration_number);
            csv.number(r.score).end_row();
        }
    });
}

}  // namespace gradus::report
