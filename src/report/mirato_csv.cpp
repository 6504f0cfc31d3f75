#include "gradus/report/mirato_reports.hpp"

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

std::string mirato_graduatoria_csv(const cm::Graduatoria& g, const ReportContext&) {
    const auto ids = component_ids(g);
    CsvWriter csv;
    csv.text("lista").text("posizione").text("numero_iscrizione").text("codice_fiscale").text("cognome").text("nome");
    csv.text("nascita").text("iscrizione").text("punteggio");
    for (const auto& id : ids) csv.text(id);
    csv.text("deciso_da").text("esito").text("spiegazione").end_row();
    for (const auto& r : g.ranked) {
        const cm::Iscritto& p = g.iscritti[r.iscritto];
        csv.text(cm::to_string(r.lista)).integer(r.position).text(p.registration_number).text(p.codice_fiscale);
        csv.text(p.surname).text(p.name).text(p.birth.to_iso()).text(p.registration_date.to_iso()).number(r.score);
        for (const auto& id : ids) {
            const auto it = std::find_if(r.components.begin(), r.components.end(),
                                         [&](const cm::ScoreComponent& c) { return c.id == id; });
            if (it == r.components.end()) csv.empty(); else csv.number(it->points);
        }
        csv.text(r.decided_by).text("in graduatoria").text(explanation_text(r.explanation)).end_row();
    }
    for (const auto& e : g.excluded) {
        const cm::Iscritto& p = g.iscritti[e.iscritto];
        csv.text(cm::to_string(p.lista)).empty().text(p.registration_number).text(p.codice_fiscale);
        csv.text(p.surname).text(p.name).text(p.birth.to_iso()).text(p.registration_date.to_iso()).empty();
        for (std::size_t i = 0; i < ids.size(); ++i) csv.empty();
        csv.empty().text("escluso: " + e.reason_code).text(e.reason).end_row();
    }
    return csv.bytes();
}

std::string mirato_pubblica_csv(const cm::Graduatoria& g) {
    CsvWriter csv;
    csv.text("lista").text("posizione").text("numero_iscrizione").text("punteggio").end_row();
    for (const auto& r : g.ranked) {
        csv.text(cm::to_string(r.lista))
            .integer(r.position)
            .text(g.iscritti[r.iscritto].registration_number)
            .number(r.score)
            .end_row();
    }
    return csv.bytes();
}

}  // namespace gradus::report
