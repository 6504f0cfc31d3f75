#include "gradus/cm/ranking.hpp"

#include "gradus/core/codice_fiscale.hpp"

#include <oneapi/tbb/parallel_for.h>
#include <oneapi/tbb/parallel_sort.h>

#include <map>
#include <set>

namespace gradus::cm {
namespace {

void check_criteria_usable(const criteria::Criteria& criteria, const RankOptions& options) {
    if (criteria.procedure != criteria::procedure_collocamento_mirato) {
        throw ConfigError("criteria " + criteria.id + " are for procedure '" + criteria.procedure +
                          "', not collocamento_mirato");
    }
    if (!criteria.base.known()) throw ConfigError("criteria " + criteria.id + ": the base score is unknown");
    const auto unknown = criteria.unknown_parameters();
    if (!unknown.empty() && !options.allow_unknown_parameters) {
        std::string names;
        for (const auto& n : unknown) names += (names.empty() ? "" : ", ") + n;
        throw ConfigError("criteria " + criteria.id + " mark as unknown [N] parameters the ranking needs (" + names +
                          "); refusing to rank (use --allow-unknown to rank without them, marked in every explanation)");
    }
}

// Why a person cannot be ranked at all, whatever the score; nothing when they can.
std::optional<Exclusion> identity_problem(const Iscritto& p, std::size_t i, std::set<std::string>& numbers,
                                          std::set<std::string>& codes) {
    if (!CodiceFiscale::is_valid(p.codice_fiscale)) {
        return Exclusion{i, "codice_fiscale", "Codice fiscale '" + p.codice_fiscale + "' non valido."};
    }
    if (!numbers.insert(p.registration_number).second) {
        return Exclusion{i, "duplicato", "Numero di iscrizione " + p.registration_number + " già presente nell'elenco."};
    }
    if (!codes.insert(p.codice_fiscale).second) {
        return Exclusion{i, "duplicato", "Codice fiscale " + p.codice_fiscale + " già iscritto con un altro numero."};
    }
    return std::nullopt;
}

// L. 68/1999 art. 8: the graduatoria holds the registered people not yet placed.
std::optional<Exclusion> standing_problem(const Iscritto& p, std::size_t i, const Graduatoria& g) {
    if (g.mode == Mode::annual && p.registration_date > g.reference_date) {
        return Exclusion{i, "iscrizione_successiva",
                         "Iscrizione del " + p.registration_date.to_italian() + ", successiva alla data di riferimento del " +
                             g.reference_date.to_italian() + "."};
    }
    // DGR Piemonte 7-6435/2023: registered by the day before the call's publication.
    if (g.mode == Mode::call && !(p.registration_date < g.reference_date)) {
        return Exclusion{i, "iscrizione_successiva",
                         "Iscrizione del " + p.registration_date.to_italian() +
                             ", non anteriore al giorno di pubblicazione della chiamata (" +
                             g.reference_date.to_italian() + ")."};
    }
    if (p.placed_on && *p.placed_on <= g.reference_date) {
        return Exclusion{i, "gia_avviato", "Già avviato il " + p.placed_on->to_italian() + "."};
    }
    return std::nullopt;
}

struct Entry {
    std::size_t iscritto;
    Lista lista;
    Scored* scored;
};

// The application that brought a person into a per-call graduatoria, first in their explanation.
void explain_application(Explanation& trail, const Adesione& a, const Chiamata& call,
                         const criteria::Criteria& criteria) {
    Explanation e;
    auto& step = e.add("adesione", criteria.act, a.date.to_iso(),
                       "Adesione del " + a.date.to_italian() + " alla chiamata " + call.id + " pubblicata il " +
                           call.publication.to_italian() + ".");
    step.inputs.push_back({"origine", a.origin.to_string()});
    e.append(trail);
    trail = std::move(e);
}

// The tie-break that placed a person after the one before, last in their explanation.
void explain_tie(Explanation& trail, const RankedIscritto& r, const criteria::Criteria& criteria) {
    if (r.position == 1 || r.decided_by == "punteggio") return;
    trail.add("ordine.parita", criteria.act, r.decided_by,
              "A parità di punteggio con la posizione " + std::to_string(r.position - 1) +
                  ", decide il criterio '" + r.decided_by + "'.");
}

// `applications[i]`: the application of person i in call mode (nullptr: not an applicant).
Graduatoria rank(Graduatoria g, const std::vector<const Adesione*>& applications, const RankOptions& options) {
    check_criteria_usable(g.criteria, options);
    std::set<std::string> numbers, codes;
    std::vector<std::size_t> admitted;
    for (std::size_t i = 0; i < g.iscritti.size(); ++i) {
        if (g.mode == Mode::call && applications[i] == nullptr) continue;
        const Iscritto& p = g.iscritti[i];
        auto problem = identity_problem(p, i, numbers, codes);
        if (!problem) problem = standing_problem(p, i, g);
        if (problem) {
            g.excluded.push_back(std::move(*problem));
        } else {
            admitted.push_back(i);
        }
    }

    g.trails_kept = options.keep_trails;
    std::vector<Scored> scored(admitted.size());
    tbb::parallel_for(std::size_t{0}, admitted.size(), [&](std::size_t k) {
        scored[k] = score_iscritto(g.criteria, g.iscritti[admitted[k]], g.reference_date, g.public_employer);
        if (!options.keep_trails) {
            scored[k].explanation = Explanation();  // explanation_of() rebuilds it
        } else if (g.call) {
            explain_application(scored[k].explanation, *applications[admitted[k]], *g.call, g.criteria);
        }
    });

    std::vector<Entry> order;
    order.reserve(admitted.size());
    for (std::size_t k = 0; k < admitted.size(); ++k) {
        order.push_back({admitted[k], g.iscritti[admitted[k]].lista, &scored[k]});
    }
    // Each list apart (disabili first), then a total order: any thread count gives the same result.
    const criteria::RankingOrder by_rank(g.criteria);
    tbb::parallel_sort(order.begin(), order.end(), [&](const Entry& a, const Entry& b) {
        if (a.lista != b.lista) return a.lista < b.lista;
        return by_rank(a.scored->facts, b.scored->facts);
    });

    g.ranked.reserve(order.size());
    int position = 0;
    for (std::size_t p = 0; p < order.size(); ++p) {
        const bool first_of_list = p == 0 || order[p - 1].lista != order[p].lista;
        position = first_of_list ? 1 : position + 1;
        Scored& s = *order[p].scored;
        RankedIscritto r;
        r.iscritto = order[p].iscritto;
        r.lista = order[p].lista;
        r.position = position;
        r.score = s.score;
        r.components = std::move(s.components);
        r.decided_by = first_of_list ? std::string() : std::string(by_rank.deciding_key(order[p - 1].scored->facts, s.facts));
        if (g.call) r.application = static_cast<std::size_t>(applications[r.iscritto] - g.call->applications.data());
        if (options.keep_trails) {
            r.explanation = std::move(s.explanation);
            explain_tie(r.explanation, r, g.criteria);
        }
        g.ranked.push_back(std::move(r));
    }
    return g;
}

}  // namespace

Explanation explanation_of(const Graduatoria& g, const RankedIscritto& r) {
    if (g.trails_kept) return r.explanation;
    Explanation trail = score_iscritto(g.criteria, g.iscritti[r.iscritto], g.reference_date, g.public_employer).explanation;
    if (g.call && r.application) explain_application(trail, g.call->applications[*r.application], *g.call, g.criteria);
    explain_tie(trail, r, g.criteria);
    return trail;
}

std::string_view to_string(Lista l) { return l == Lista::disabili ? "disabili" : "art18"; }

std::optional<Lista> parse_lista(std::string_view name) {
    if (name == "disabili") return Lista::disabili;
    if (name == "art18") return Lista::categorie_protette;
    return std::nullopt;
}

std::string_view to_string(Mode m) { return m == Mode::annual ? "annuale" : "chiamata"; }

Graduatoria rank_annual(const criteria::Criteria& criteria, std::vector<Iscritto> iscritti, const Date& reference,
                        const RankOptions& options) {
    Graduatoria g;
    g.criteria = criteria;
    g.mode = Mode::annual;
    g.reference_date = reference;
    g.public_employer = options.public_employer;
    g.iscritti = std::move(iscritti);
    return rank(std::move(g), {}, options);
}

Graduatoria rank_call(const criteria::Criteria& criteria, std::vector<Iscritto> iscritti, const Chiamata& call,
                      const RankOptions& options) {
    Graduatoria g;
    g.criteria = criteria;
    g.mode = Mode::call;
    g.reference_date = call.publication;
    g.call = call;
    g.public_employer = options.public_employer;
    g.iscritti = std::move(iscritti);

    std::map<std::string, std::size_t> by_key;  // registration numbers and codici fiscali
    for (std::size_t i = g.iscritti.size(); i-- > 0;) {  // the first record wins a shared key
        by_key[g.iscritti[i].registration_number] = i;
        by_key[g.iscritti[i].codice_fiscale] = i;
    }
    std::vector<const Adesione*> applied(g.iscritti.size(), nullptr);
    for (const Adesione& a : g.call->applications) {
        const auto it = by_key.find(a.person);
        if (it == by_key.end()) {
            g.refused_applications.push_back({a, "non_iscritto", "Nessun iscritto con numero o codice fiscale '" + a.person + "'."});
        } else if (applied[it->second]) {
            g.refused_applications.push_back({a, "adesione_duplicata", "Adesione ripetuta della stessa persona: conta la prima."});
        } else {
            applied[it->second] = &a;
        }
    }
    return rank(std::move(g), applied, options);
}

}  // namespace gradus::cm
