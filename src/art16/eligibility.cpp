#include "eligibility.hpp"

#include "gradus/core/codice_fiscale.hpp"
#include "gradus/core/first_with_same.hpp"
#include "gradus/criteria/ranking_order.hpp"

#include <oneapi/tbb/parallel_for.h>

#include <algorithm>
#include <optional>

namespace gradus::art16 {
namespace {

constexpr const char* requirements_source = "DPR 487/1994 art. 2 c. 7 (requisiti alla scadenza del termine)";

Exclusion exclusion(std::size_t index, std::string code, std::string reason, std::string rule, std::string source,
                    std::vector<std::pair<std::string, std::string>> inputs) {
    Exclusion e{index, std::move(code), std::move(reason), {}};
    auto& step = e.explanation.add(std::move(rule), std::move(source), "escluso", e.reason);
    step.inputs = std::move(inputs);
    return e;
}

// A riesame decision found this reason for exclusion unfounded.
bool waived(const Candidatura& c, std::string_view code) {
    if (!c.riesame) return false;
    const auto& w = c.riesame->waived_exclusions;
    return std::find(w.begin(), w.end(), code) != w.end();
}

std::optional<Exclusion> check_window(const Avviso& a, const Candidatura& c, std::size_t i) {
    if (waived(c, "fuori_termine")) return std::nullopt;
    if (c.submission_date >= a.applications_open && c.submission_date <= a.applications_close) return std::nullopt;
    const bool early = c.submission_date < a.applications_open;
    return exclusion(i, "fuori_termine",
                     std::string("Candidatura presentata ") + (early ? "prima dell'apertura" : "dopo la chiusura") +
                         " dei termini (" + a.applications_open.to_italian() + " - " +
                         a.applications_close.to_italian() + ").",
                     "requisito.termini", "Avviso: termini di presentazione",
                     {{"presentata", c.submitted_at.str()},
                      {"apertura", a.applications_open.to_iso()},
                      {"chiusura", a.applications_close.to_iso()}});
}

std::optional<Exclusion> check_codice_fiscale(const Candidatura& c, std::size_t i) {
    if (waived(c, "codice_fiscale")) return std::nullopt;
    try {
        CodiceFiscale::parse(c.codice_fiscale);
        return std::nullopt;
    } catch (const ParseError& e) {
        return exclusion(i, "codice_fiscale", "Codice fiscale non valido: " + std::string(e.what()) + ".",
                         "requisito.codice_fiscale", "DM 23/12/1976 (codice fiscale)",
                         {{"codicefiscale", c.codice_fiscale.str()}});
    }
}

// The avviso's requirements, in the order a reviewer reads them; the first failure is the reason.
std::optional<Exclusion> check_requirements(const Avviso& a, const Candidatura& c, std::size_t i) {
    const Date at = a.applications_close;
    if (c.birth > at) {
        return exclusion(i, "requisito_eta", "Data di nascita successiva alla chiusura dei termini.",
                         "requisito.eta", requirements_source, {{"nascita", c.birth.to_iso()}});
    }
    const int age = age_on(c.birth, at);
    const bool age_waived = waived(c, "requisito_eta");
    if (!age_waived && age < a.minimum_age) {
        return exclusion(i, "requisito_eta",
                         "Età " + std::to_string(age) + " anni alla chiusura dei termini, inferiore al minimo di " +
                             std::to_string(a.minimum_age) + ".",
                         "requisito.eta_minima", requirements_source,
                         {{"nascita", c.birth.to_iso()}, {"data", at.to_iso()}, {"eta", std::to_string(age)}});
    }
    if (!age_waived && a.maximum_age && age > *a.maximum_age) {
        return exclusion(i, "requisito_eta",
                         "Età " + std::to_string(age) + " anni alla chiusura dei termini, superiore al massimo di " +
                             std::to_string(*a.maximum_age) + ".",
                         "requisito.eta_massima", requirements_source,
                         {{"nascita", c.birth.to_iso()}, {"data", at.to_iso()}, {"eta", std::to_string(age)}});
    }
    if (a.requires_scuola_obbligo && !c.scuola_obbligo && !waived(c, "scuola_obbligo")) {
        return exclusion(i, "scuola_obbligo", "Non dichiara l'assolvimento della scuola dell'obbligo.",
                         "requisito.scuola_obbligo", "DPR 487/1994 art. 23 c. 1",
                         {{"scuola_obbligo", "false"}});
    }
    if (!c.general_requirements && !waived(c, "requisiti_generali")) {
        return exclusion(i, "requisiti_generali",
                         "Non dichiara i requisiti generali per l'accesso al pubblico impiego.",
                         "requisito.requisiti_generali", "DPR 487/1994 art. 2",
                         {{"requisiti_generali", "false"}});
    }
    if (!a.required_statuses.empty() && !waived(c, "stato_occupazionale")) {
        const std::string status = c.status.value_or("");
        if (std::find(a.required_statuses.begin(), a.required_statuses.end(), status) == a.required_statuses.end()) {
            std::string wanted;
            for (const auto& s : a.required_statuses) wanted += (wanted.empty() ? "" : ", ") + s;
            return exclusion(i, "stato_occupazionale",
                             "Stato occupazionale '" + (status.empty() ? std::string("non noto") : status) +
                                 "' diverso da quelli richiesti (" + wanted + ").",
                             "requisito.stato_occupazionale", "Avviso: requisiti",
                             {{"stato", status}, {"richiesti", wanted}});
        }
    }
    return std::nullopt;
}

// Later submission first; equal timestamps fall back on the greater protocol, compared as the
// ranking compares protocols (as numbers when both are), so the choice is total.
bool submitted_later(const Candidatura& a, const Candidatura& b) {
    if (a.submitted_at != b.submitted_at) return a.submitted_at > b.submitted_at;
    return criteria::compare_protocols(a.protocol, b.protocol) > 0;
}

}  // namespace

Eligibility check_eligibility(const Avviso& avviso, const std::vector<Candidatura>& candidature) {
    std::vector<std::optional<Exclusion>> verdict(candidature.size());

    std::vector<std::size_t> all(candidature.size());
    for (std::size_t i = 0; i < all.size(); ++i) all[i] = i;
    const auto first_with_protocol = first_with_same(
        all, [&](std::size_t i) -> const std::string& { return candidature[i].protocol; }, candidature.size());
    // Each record's checks read only that record and write only its verdict: in parallel.
    tbb::parallel_for(std::size_t{0}, candidature.size(), [&](std::size_t i) {
        const auto& c = candidature[i];
        if (first_with_protocol[i] != i) {
            verdict[i] = exclusion(i, "protocollo_duplicato",
                                   "Numero di protocollo già assegnato a un'altra candidatura (riga " +
                                       std::to_string(candidature[first_with_protocol[i]].origin.line) + ").",
                                   "requisito.protocollo", "Avviso: protocollo unico per candidatura",
                                   {{"protocollo", c.protocol}});
            return;
        }
        if ((verdict[i] = check_window(avviso, c, i))) return;
        verdict[i] = check_codice_fiscale(c, i);
    });

    // One application per person: the latest submitted inside the window counts.
    std::vector<std::size_t> valid;
    for (std::size_t i = 0; i < candidature.size(); ++i) {
        if (!verdict[i]) valid.push_back(i);
    }
    const auto first_of_person = first_with_same(
        valid, [&](std::size_t i) { return candidature[i].codice_fiscale.view(); }, candidature.size());
    std::vector<std::size_t> latest_of_first(candidature.size());
    for (const std::size_t i : valid) {
        std::size_t& latest = latest_of_first[first_of_person[i]];
        if (first_of_person[i] == i || submitted_later(candidature[i], candidature[latest])) latest = i;
    }
    tbb::parallel_for(std::size_t{0}, valid.size(), [&](std::size_t v) {
        const std::size_t i = valid[v];
        const std::size_t kept = latest_of_first[first_of_person[i]];
        if (kept != i) {
            const auto& k = candidature[kept];
            verdict[i] = exclusion(i, "duplicato",
                                   "Sostituita dalla candidatura successiva della stessa persona (protocollo " +
                                       k.protocol + ", presentata " + k.submitted_at.str() + ").",
                                   "requisito.candidatura_unica", "Avviso: vale l'ultima candidatura presentata",
                                   {{"codicefiscale", candidature[i].codice_fiscale.str()},
                                    {"presentata", candidature[i].submitted_at.str()},
                                    {"protocollo_valido", k.protocol}});
            return;
        }
        verdict[i] = check_requirements(avviso, candidature[i], i);
        if (!verdict[i] && candidature[i].riesame && candidature[i].riesame->exclusion) {
            verdict[i] = exclusion(i, "esclusione_riesame", "Esclusa in riesame: " + *candidature[i].riesame->exclusion + ".",
                                   "riesame.esclusione", "Decisione sul riesame", {});
        }
    });

    Eligibility result;
    for (std::size_t i = 0; i < candidature.size(); ++i) {
        if (verdict[i]) {
            if (const auto& decided = candidature[i].riesame) {
                for (const auto& note : decided->notes) {
                    verdict[i]->explanation.add("riesame", "Decisione sul riesame", "applicato", note);
                }
            }
            result.excluded.push_back(std::move(*verdict[i]));
        } else {
            result.admitted.push_back(i);
        }
    }
    return result;
}

}  // namespace gradus::art16
