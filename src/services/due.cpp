#include "gradus/services/due.hpp"

#include "gradus/services/deadlines.hpp"

#include <algorithm>

namespace gradus::services {

namespace {

struct Registered {
    Date on;
    Registration kind;
};

std::optional<Registered> latest_registration(const PersonFacts& p, const Date& as_of) {
    std::optional<Registered> latest;
    auto consider = [&](const Date& d, Registration kind) {
        if (d <= as_of && (!latest || latest->on < d)) latest = Registered{d, kind};
    };
    for (const Date& d : p.dids) consider(d, Registration::did);
    for (const Date& d : p.benefit_claims) consider(d, Registration::benefit_claim);
    return latest;
}

bool given_since(const std::vector<Delivered>& delivered, std::initializer_list<std::string_view> services,
                 const Date& since, const Date& as_of) {
    return std::any_of(delivered.begin(), delivered.end(), [&](const Delivered& d) {
        return counts_as_given(d.event) && since <= d.on && d.on <= as_of &&
               std::find(services.begin(), services.end(), d.service) != services.end();
    });
}

}  // namespace

std::string_view to_string(DueState s) {
    switch (s) {
        case DueState::due: return "dovuto";
        case DueState::overdue: return "scaduto";
        case DueState::delivered: return "erogato";
    }
    throw InternalError("unknown due state");
}

bool counts_as_given(SapEvent e) {
    return e == SapEvent::iniziata || e == SapEvent::terminata || e == SapEvent::rendicontata;
}

std::vector<DueItem> due_items(const RuleParameters& parameters, const PersonFacts& person,
                               const std::vector<Delivered>& delivered, const Date& as_of) {
    std::vector<DueItem> items;
    const std::optional<Registered> reg = latest_registration(person, as_of);
    if (!reg) {
        return items;
    }
    // Art. 20 c. 1 (DID) and art. 21 c. 2 (benefit claim) D.Lgs. 150/2015.
    DueItem patto{"D", "patto di servizio personalizzato", reg->on, contact_deadline(parameters, reg->kind, reg->on),
                  DueState::due,
                  reg->kind == Registration::did ? "D.Lgs. 150/2015 art. 20 c. 1" : "D.Lgs. 150/2015 art. 21 c. 2"};
    if (given_since(delivered, {"D", "M3"}, reg->on, as_of)) {
        patto.state = DueState::delivered;
    } else if (*patto.deadline < as_of) {
        patto.state = DueState::overdue;
    }
    items.push_back(patto);
    // Art. 23 c. 1: NASpI recipients unemployed for more than 4 months.
    if (reg->kind == Registration::benefit_claim) {
        const Date from = adr_eligible_from(parameters, reg->on, 0);
        if (from <= as_of) {
            DueItem adr{"G", "assegno di ricollocazione", from, std::nullopt, DueState::due, "D.Lgs. 150/2015 art. 23 c. 1"};
            if (given_since(delivered, {"G"}, reg->on, as_of)) adr.state = DueState::delivered;
            items.push_back(adr);
        }
    }
    return items;
}

std::vector<Sanction> person_sanctions(const RuleParameters& parameters, const PersonFacts& person) {
    std::vector<BreachEvent> breaches;
    for (const Appointment& a : person.appointments) {
        if (is_breach(a.outcome)) breaches.push_back({a.on, a.kind});
    }
    return apply_sanctions(parameters, person.benefit_claims, std::move(breaches));
}

}  // namespace gradus::services
