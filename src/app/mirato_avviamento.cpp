#include "gradus/app/mirato_avviamento.hpp"

#include "gradus/cm/richieste_from_prospetto.hpp"
#include "gradus/report/avviamento_reports.hpp"
#include "gradus/report/issues_csv.hpp"
#include "gradus/xml/prospetto_reader.hpp"
#include "gradus/xml/richieste_reader.hpp"

#include <algorithm>
#include <array>
#include <utility>

namespace gradus::app {
namespace {

// Codes of the functional notes (docs/mirato.md) that name a condition of the post under
// another word; the others are read as the condition of the same name.
constexpr std::array<std::pair<std::string_view, cm::Condizione>, 3> contraindication_aliases{{
    {"carichi_pesanti", cm::Condizione::movimentazione_carichi},
    {"esposizione_polveri", cm::Condizione::agenti_nocivi},
    {"posture_fisse", cm::Condizione::stazione_eretta},
}};

std::optional<cm::Condizione> condition_of(std::string_view code) {
    for (const auto& [alias, condition] : contraindication_aliases) {
        if (alias == code) return condition;
    }
    try {
        return cm::parse_condizione(code);
    } catch (const ParseError&) {
        return std::nullopt;
    }
}

void add_condition(std::vector<cm::Condizione>& to, cm::Condizione c) {
    if (std::find(to.begin(), to.end(), c) == to.end()) to.push_back(c);
}

}  // namespace

std::vector<cm::AvviamentoCandidate> avviamento_candidates(const cm::Graduatoria& g, const Date& as_of) {
    std::vector<cm::AvviamentoCandidate> out;
    out.reserve(g.ranked.size());
    for (const cm::RankedIscritto& r : g.ranked) {
        const cm::Iscritto& p = g.iscritti[r.iscritto];
        cm::AvviamentoCandidate c;
        c.registration = p.registration_number;
        c.codice_fiscale = p.codice_fiscale;
        c.surname = p.surname;
        c.name = p.name;
        c.position = r.position;
        c.lista = r.lista;
        c.qualifiche = p.qualifiche;
        for (const std::string& code : p.functional.contraindications) {
            if (const auto condition = condition_of(code)) {
                add_condition(c.contraindications, *condition);
            } else {
                c.unmatched_contraindications.push_back(code);
            }
        }
        if (p.functional.locomotion_difficulty) add_condition(c.contraindications, cm::Condizione::barriere_architettoniche);
        std::sort(c.contraindications.begin(), c.contraindications.end());
        c.driving_licence = !p.functional.driving_licences.empty();
        c.residence = p.residence_belfiore;
        c.already_placed = p.placed_on && *p.placed_on <= as_of;
        out.push_back(std::move(c));
    }
    return out;
}

AvviamentoOutcome run_avviamento(const AvviamentoInputs& inputs, const cm::Graduatoria& g, const Date& as_of,
                                 const std::filesystem::path& schemas, const std::string& run_label) {
    AvviamentoOutcome outcome;
    outcome.as_of = as_of;
    const cm::AvviamentoTerms terms = cm::AvviamentoTerms::parse(inputs.termini.bytes, inputs.termini.name);
    for (const NamedBytes& file : inputs.richieste) {
        xml::read_richieste_bytes(file.bytes, file.name, schemas, outcome.requests, outcome.issues);
    }
    for (const NamedBytes& file : inputs.prospetti) {
        auto p = xml::read_prospetto_bytes(file.bytes, file.name, schemas, outcome.issues);
        if (!p) continue;
        p->file = file.name;
        for (cm::Richiesta& r : cm::richieste_from_prospetto(*p)) {
            const bool repeated = std::any_of(outcome.requests.begin(), outcome.requests.end(),
                                              [&](const cm::Richiesta& q) { return q.id == r.id; });
            if (repeated) {
                outcome.issues.add({r.origin, r.id, "postilavoro", "duplicato", "request id " + r.id + " already read"});
                continue;
            }
            outcome.requests.push_back(std::move(r));
        }
    }
    outcome.candidates = avviamento_candidates(g, as_of);
    outcome.results = cm::propose_avviamenti(outcome.requests, outcome.candidates, as_of, terms);

    const report::AvviamentoReportInput in{outcome.requests, outcome.candidates, outcome.results, as_of, run_label};
    outcome.outputs = {
        {"avviamento-richieste.csv", report::avviamento_richieste_csv(in)},
        {"avviamento.csv", report::avviamento_csv(in)},
        {"avviamento.xml", report::avviamento_xml(in)},
        {"avviamento.html", report::avviamento_html(in)},
        {"pubblica-avviamento.csv", report::avviamento_pubblico_csv(in)},
        {"pubblica-avviamento.html", report::avviamento_pubblico_html(in)},
        {"avviamento-scarti.csv", report::issues_csv(outcome.issues)},
    };
    return outcome;
}

void add_avviamento_options(RunOptions& options, const AvviamentoInputs& inputs, const Date& as_of) {
    options.set("data_avviamento", as_of.to_iso());
    for (const NamedBytes& f : inputs.richieste) options.add("richieste", f.name);
    for (const NamedBytes& f : inputs.prospetti) options.add("prospetti", f.name);
    options.set("termini", inputs.termini.name);
}

}  // namespace gradus::app
