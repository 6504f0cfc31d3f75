#include "gradus/cm/avviamento.hpp"

#include <algorithm>
#include <numeric>
#include <tuple>

namespace gradus::cm {
namespace {

constexpr std::string_view art7_1bis = "L. 68/1999 art. 7 c. 1-bis";
constexpr std::string_view mirato = "L. 68/1999 art. 2 e art. 8 c. 1";

std::string yes_no(bool b) { return b ? "sì" : "no"; }

// `group` is a group of the classification that contains `code` ("8.1.4" contains "8.1.4.2.0.1").
bool contains(const std::string& group, const std::string& code) {
    return code.size() > group.size() && code.compare(0, group.size(), group) == 0 && code[group.size()] == '.';
}

// The candidate's qualifica that fits the requested one: the same code first, else a group that
// contains it or a code within the requested group.
std::optional<std::string> covering_qualifica(const AvviamentoCandidate& c, const std::string& requested) {
    for (const std::string& q : c.qualifiche) {
        if (q == requested) return q;
    }
    for (const std::string& q : c.qualifiche) {
        if (contains(q, requested) || contains(requested, q)) return q;
    }
    return std::nullopt;
}

const PlacedPerson* placed_on_request(const Richiesta& r, const std::string& codice_fiscale) {
    for (const PlacedPerson& p : r.already_placed) {
        if (p.codice_fiscale == codice_fiscale) return &p;
    }
    return nullptr;
}

struct Check {
    Motivo motivo;
    bool passed = true;
    std::string detail;
};

// Every check on one person, recorded in `trail` in order; the first failed one decides.
std::optional<Check> first_failure(const Richiesta& r, const AvviamentoCandidate& c,
                                   const std::vector<std::string>& taken, Explanation& trail) {
    std::vector<Check> checks;

    Check placed{Motivo::gia_avviato, true, ""};
    if (const PlacedPerson* p = placed_on_request(r, c.codice_fiscale)) {
        placed = {Motivo::gia_avviato, false,
                  "già avviato su questa richiesta" + (p->date ? " il " + p->date->to_italian() : std::string())};
    } else if (c.already_placed) {
        placed = {Motivo::gia_avviato, false, "già avviato o occupato: non disponibile"};
    }
    trail.add("avviamento.disponibile", std::string(mirato), yes_no(placed.passed), placed.passed ? "disponibile" : placed.detail);
    checks.push_back(placed);

    const bool is_taken = std::find(taken.begin(), taken.end(), c.codice_fiscale) != taken.end();
    Check other{Motivo::gia_proposto, !is_taken, is_taken ? "proposto per una richiesta precedente dello stesso turno" : ""};
    trail.add("avviamento.non_proposto", std::string(mirato), yes_no(other.passed), other.detail);
    checks.push_back(other);

    const auto covering = covering_qualifica(c, r.qualifica_code);
    Check qualifica{Motivo::qualifica, covering.has_value(),
                    !covering ? "non disponibile per la qualifica " + r.qualifica_code
                    : *covering == r.qualifica_code ? "qualifica " + *covering
                    : contains(*covering, r.qualifica_code) ? "gruppo " + *covering + " comprende " + r.qualifica_code
                                                            : "qualifica " + *covering + " nel gruppo richiesto " + r.qualifica_code};
    trail.add("avviamento.qualifica", std::string(art7_1bis), yes_no(qualifica.passed), qualifica.detail)
        .inputs.emplace_back("qualifica richiesta", r.qualifica_code);
    checks.push_back(qualifica);

    const bool licence_ok = !r.driving_licence_required || c.driving_licence;
    Check licence{Motivo::patente, licence_ok, licence_ok ? "" : "il posto richiede la patente di guida"};
    trail.add("avviamento.patente", std::string(mirato), yes_no(licence_ok), licence.detail)
        .inputs.emplace_back("patente richiesta", yes_no(r.driving_licence_required));
    checks.push_back(licence);

    std::string clashes;
    for (Condizione k : r.conditions) {
        if (std::find(c.contraindications.begin(), c.contraindications.end(), k) != c.contraindications.end()) {
            clashes += (clashes.empty() ? "" : ", ") + std::string(to_string(k));
        }
    }
    Check contra{Motivo::controindicazione, clashes.empty(),
                 clashes.empty() ? "" : "condizioni del posto controindicate: " + clashes};
    auto& step = trail.add("avviamento.controindicazioni", std::string(mirato), yes_no(contra.passed), contra.detail);
    for (const std::string& code : c.unmatched_contraindications) {
        step.inputs.emplace_back("non confrontabile con le condizioni del posto", code);
    }
    checks.push_back(contra);

    for (const Check& check : checks) {
        if (!check.passed) return check;
    }
    return std::nullopt;
}

// Decides the procedure and whether the office proposes anyone; false when it does not.
bool decide_procedure(const Richiesta& r, const Date& as_of, const AvviamentoTerms& terms, AvviamentoResult& out) {
    if (as_of < r.request_date) {
        out.procedura = r.modalita == Modalita::numerica ? Procedura::numerica : Procedura::nominativa;
        out.stato = Stato::non_ancora_presentata;
        out.explanation.add("avviamento.procedura", "", std::string(to_string(out.stato)),
                            "richiesta presentata il " + r.request_date.to_italian() + ", dopo la data di riferimento " +
                                as_of.to_italian());
        return false;
    }
    if (r.modalita == Modalita::numerica) {
        out.procedura = Procedura::numerica;
        const bool pubblico = r.employer_kind == EmployerKind::pubblico;
        out.explanation.add("avviamento.procedura", pubblico ? "L. 68/1999 art. 7 c. 2" : "L. 68/1999 art. 7 c. 1",
                            "numerica",
                            pubblico ? "datore pubblico: chiamata numerica in ordine di graduatoria"
                                     : "il datore chiede l'avviamento in ordine di graduatoria");
        return true;
    }
    out.procedura = Procedura::nominativa;
    if (r.employer_kind == EmployerKind::pubblico) {
        out.stato = Stato::non_dovuta;
        out.explanation.add("avviamento.procedura", "L. 68/1999 art. 7 c. 2 e art. 11", "nominativa",
                            "datore pubblico: assunzione nominativa solo in convenzione; l'avviamento d'ufficio "
                            "dell'art. 7 c. 1-bis riguarda i datori privati e gli enti pubblici economici");
        return false;
    }
    const TermRow* term = terms.in_force(r.obligation_date);
    if (!term) {
        out.stato = Stato::termine_non_definito;
        out.explanation.add("avviamento.termine", std::string(art7_1bis), "non definito",
                            "nessun termine in vigore per un obbligo sorto il " + r.obligation_date.to_italian());
        return false;
    }
    out.term_end = r.obligation_date.plus_days(term->days);
    out.due_from = out.term_end->plus_days(1);
    auto& step = out.explanation.add("avviamento.termine", term->act + " " + term->status, out.term_end->to_iso(),
                                     "obbligo sorto il " + r.obligation_date.to_italian() + ": assunzione nominativa entro il " +
                                         out.term_end->to_italian() + " (" + std::to_string(term->days) + " giorni)");
    step.inputs.emplace_back("obbligo_dal", r.obligation_date.to_iso());
    step.inputs.emplace_back("giorni", std::to_string(term->days));
    if (as_of <= *out.term_end) {
        out.stato = Stato::non_dovuta;
        out.explanation.add("avviamento.procedura", std::string(art7_1bis), "nominativa",
                            "alla data di riferimento " + as_of.to_italian() +
                                " il termine non è scaduto: l'avviamento numerico d'ufficio non è dovuto prima del " +
                                out.due_from->to_italian());
        return false;
    }
    out.procedura = Procedura::numerica_d_ufficio;
    out.explanation.add("avviamento.procedura", std::string(art7_1bis), "numerica_d_ufficio",
                        "termine scaduto il " + out.term_end->to_italian() +
                            " senza assunzione: avviamento d'ufficio secondo l'ordine di graduatoria per la qualifica " +
                            r.qualifica_code);
    return true;
}

}  // namespace

std::string_view to_string(Procedura p) {
    switch (p) {
        case Procedura::numerica: return "numerica";
        case Procedura::numerica_d_ufficio: return "numerica_d_ufficio";
        case Procedura::nominativa: return "nominativa";
    }
    return "?";
}

std::string_view to_string(Stato s) {
    switch (s) {
        case Stato::proposta: return "proposta";
        case Stato::non_dovuta: return "non_dovuta";
        case Stato::posti_coperti: return "posti_coperti";
        case Stato::termine_non_definito: return "termine_non_definito";
        case Stato::non_ancora_presentata: return "non_ancora_presentata";
    }
    return "?";
}

std::string_view to_string(Motivo m) {
    switch (m) {
        case Motivo::gia_avviato: return "gia_avviato";
        case Motivo::gia_proposto: return "gia_proposto";
        case Motivo::qualifica: return "qualifica";
        case Motivo::patente: return "patente";
        case Motivo::controindicazione: return "controindicazione";
    }
    return "?";
}

std::vector<std::size_t> avviamento_order(const std::vector<AvviamentoCandidate>& candidates) {
    std::vector<std::size_t> order(candidates.size());
    std::iota(order.begin(), order.end(), std::size_t{0});
    std::sort(order.begin(), order.end(), [&](std::size_t a, std::size_t b) {
        const auto& x = candidates[a];
        const auto& y = candidates[b];
        return std::tie(x.position, x.registration, x.codice_fiscale, a) <
               std::tie(y.position, y.registration, y.codice_fiscale, b);
    });
    return order;
}

AvviamentoResult propose_avviamento(const Richiesta& request, std::size_t request_index,
                                    const std::vector<AvviamentoCandidate>& candidates, const Date& as_of,
                                    const AvviamentoTerms& terms, std::vector<std::string>& taken) {
    AvviamentoResult out;
    out.request = request_index;
    out.open_posts = std::max<std::int64_t>(0, request.posts - static_cast<std::int64_t>(request.already_placed.size()));
    auto& posts = out.explanation.add("avviamento.posti", "", std::to_string(out.open_posts),
                                      "posti richiesti meno le persone già avviate sulla richiesta");
    posts.inputs.emplace_back("posti", std::to_string(request.posts));
    posts.inputs.emplace_back("gia_avviati", std::to_string(request.already_placed.size()));
    if (!decide_procedure(request, as_of, terms, out)) return out;
    if (out.open_posts == 0) {
        out.stato = Stato::posti_coperti;
        return out;
    }
    out.stato = Stato::proposta;
    for (std::size_t index : avviamento_order(candidates)) {
        if (static_cast<std::int64_t>(out.proposed.size()) == out.open_posts) break;
        const AvviamentoCandidate& c = candidates[index];
        if (c.lista != request.lista) continue;  // another list, another graduatoria (art. 8 c. 2, art. 18 c. 2)
        Explanation trail;
        trail.add("avviamento.posizione", "graduatoria L. 68/1999 art. 8", std::to_string(c.position),
                  "lista " + std::string(to_string(c.lista)));
        if (auto failure = first_failure(request, c, taken, trail)) {
            out.skipped.push_back(Scarto{index, failure->motivo, failure->detail, std::move(trail)});
            continue;
        }
        const std::int64_t post = static_cast<std::int64_t>(out.proposed.size()) + 1;
        trail.add("avviamento.posto", std::string(to_string(out.procedura)), std::to_string(post),
                  "proposto per il posto " + std::to_string(post) + " di " + std::to_string(out.open_posts));
        out.proposed.push_back(Proposta{index, post, std::move(trail)});
        taken.push_back(c.codice_fiscale);
    }
    if (out.uncovered() > 0) {
        out.explanation.add("avviamento.scoperti", "", std::to_string(out.uncovered()),
                            "persone compatibili in graduatoria meno dei posti");
    }
    return out;
}

std::vector<AvviamentoResult> propose_avviamenti(const std::vector<Richiesta>& requests,
                                                 const std::vector<AvviamentoCandidate>& candidates,
                                                 const Date& as_of, const AvviamentoTerms& terms) {
    std::vector<std::size_t> order(requests.size());
    std::iota(order.begin(), order.end(), std::size_t{0});
    std::sort(order.begin(), order.end(), [&](std::size_t a, std::size_t b) {
        return std::tie(requests[a].request_date, requests[a].id, a) < std::tie(requests[b].request_date, requests[b].id, b);
    });
    std::vector<std::string> taken;
    std::vector<AvviamentoResult> results;
    results.reserve(requests.size());
    for (std::size_t index : order) {
        results.push_back(propose_avviamento(requests[index], index, candidates, as_of, terms, taken));
    }
    return results;
}

}  // namespace gradus::cm
