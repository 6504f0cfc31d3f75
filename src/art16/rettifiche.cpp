#include "gradus/art16/rettifica.hpp"

#include <map>

namespace gradus::art16 {
namespace {

// Records a riesame decision about c: its decisions are shared and immutable, so a changed copy
// replaces them.
template <class Decide>
void decide(Candidatura& c, Decide&& change) {
    RiesameDecisions decisions = c.riesame ? *c.riesame : RiesameDecisions{};
    change(decisions);
    c.riesame = std::make_shared<const RiesameDecisions>(std::move(decisions));
}

struct Applier {
    Candidatura& c;
    void operator()(const NewIsee& n) const { c.isee = n.isee; }
    void operator()(const AddDependant& a) const { c.dependants.push_back(a.dependant); }
    void operator()(const NewDid& d) const { c.did_date = d.did; }
    void operator()(const AnnulExclusion& a) const {
        decide(c, [&](RiesameDecisions& d) { d.waived_exclusions.push_back(a.reason_code); });
    }
    void operator()(const Exclude& e) const {
        decide(c, [&](RiesameDecisions& d) { d.exclusion = e.reason; });
    }
};

}  // namespace

std::string describe(const Change& change) {
    struct Describer {
        std::string operator()(const NewIsee& n) const {
            return "ISEE rettificato a " + n.isee.value.to_italian() + " euro (rilascio " + n.isee.attestation.to_italian() +
                   ", scadenza " + n.isee.expiry.to_italian() + ")";
        }
        std::string operator()(const AddDependant& a) const {
            return "aggiunto familiare a carico (" + a.dependant.relationship + ", nato il " +
                   a.dependant.birth.to_italian() + ", invalidità " + std::to_string(a.dependant.invalidity_pct) + "%)";
        }
        std::string operator()(const NewDid& d) const { return "data della DID rettificata al " + d.did.to_italian(); }
        std::string operator()(const AnnulExclusion& a) const { return "annullata l'esclusione per " + a.reason_code; }
        std::string operator()(const Exclude& e) const { return "esclusa in riesame: " + e.reason; }
    };
    return std::visit(Describer{}, change);
}

// Windows from the criteria (Lombardia 8 days, Veneto 10: domain file §4).
std::vector<RettificaVerdict> apply_rettifiche(std::vector<Candidatura>& candidature, const Rettifiche& rettifiche,
                                               const criteria::Criteria& criteria) {
    std::map<std::string, std::size_t> by_protocol;
    for (std::size_t i = 0; i < candidature.size(); ++i) by_protocol.emplace(candidature[i].protocol, i);

    std::vector<RettificaVerdict> verdicts;
    for (const auto& r : rettifiche.items) {
        RettificaVerdict v{r, false, {}};
        const auto found = by_protocol.find(r.protocol);
        if (found == by_protocol.end()) {
            v.reason = "nessuna candidatura con protocollo " + r.protocol;
        } else if (criteria.riesame_days.known() &&
                   r.request_date > rettifiche.published.plus_days(*criteria.riesame_days.value)) {
            v.reason = "richiesta del " + r.request_date.to_italian() + " oltre i " +
                       std::to_string(*criteria.riesame_days.value) + " giorni dalla pubblicazione del " +
                       rettifiche.published.to_italian() + ": tardiva, non applicata";
        } else {
            Candidatura& c = candidature[found->second];
            std::visit(Applier{c}, r.change);
            v.applied = true;
            v.reason = describe(r.change);
            std::string note = "Riesame: " + v.reason + " (decisione " + r.decision + " del " + r.decision_date.to_italian() +
                               ", richiesta del " + r.request_date.to_italian() + ")";
            if (!criteria.riesame_days.known()) note += "; termine per il riesame non noto nei criteri [N]";
            decide(c, [&](RiesameDecisions& d) { d.notes.push_back(note + "."); });
        }
        verdicts.push_back(std::move(v));
    }
    return verdicts;
}

}  // namespace gradus::art16
