#include "priority.hpp"

#include <algorithm>

namespace gradus::lsu::detail {

namespace {

// <0 when a comes first, >0 when b does, 0 when the key does not separate them.
int compare(PriorityKey key, const CandidateResult& a, const CandidateResult& b) {
    switch (key) {
        case PriorityKey::residents_first:
            return a.resident_in_comune == b.resident_in_comune ? 0 : (a.resident_in_comune ? -1 : 1);
        case PriorityKey::longest_residual: {
            const long ra = a.residual_days.value_or(-1);
            const long rb = b.residual_days.value_or(-1);
            return ra == rb ? 0 : (ra > rb ? -1 : 1);
        }
    }
    return 0;
}

}  // namespace

// Residents of the comune first, then the longest residual benefit (D.Lgs. 468/1997 art. 7 c. 1)
// where the regime ranks; the codice fiscale is always the last key, so the order is total.
std::vector<ListEntry> priority_list(const RuleSet& rules, const std::vector<CandidateResult>& results,
                                     const std::vector<Candidate>& candidates) {
    std::vector<PriorityKey> keys;
    if (rules.priority && rules.priority->known()) keys = rules.priority->value();
    std::vector<std::size_t> order;
    for (std::size_t i = 0; i < results.size(); ++i) {
        if (results[i].outcome == Outcome::eligible) order.push_back(i);
    }
    const auto cf = [&](std::size_t i) -> const std::string& {
        return candidates[results[i].candidate].codice_fiscale;
    };
    // The first key that separates a from b, with its verdict; "codice_fiscale" when none does.
    const auto decide = [&](std::size_t a, std::size_t b) -> std::pair<std::string, int> {
        for (const PriorityKey k : keys) {
            if (const int r = compare(k, results[a], results[b]); r != 0) return {std::string(to_string(k)), r};
        }
        return {"codice_fiscale", cf(a).compare(cf(b))};
    };
    std::sort(order.begin(), order.end(), [&](std::size_t a, std::size_t b) { return decide(a, b).second < 0; });
    std::vector<ListEntry> list;
    for (std::size_t n = 0; n < order.size(); ++n) {
        list.push_back({order[n], static_cast<int>(n + 1), n == 0 ? std::string() : decide(order[n - 1], order[n]).first});
    }
    return list;
}

}  // namespace gradus::lsu::detail
