#pragma once

#include "scoring.hpp"

#include <string>

namespace gradus::art16 {

// One admitted candidate as the ordering sees it.
struct OrderEntry {
    std::size_t candidatura;
    const Candidatura* c;
    const Scored* s;
};

// The total order of a graduatoria: group, score in the criteria's direction, the criteria's
// tie-breaks in order, and the protocol number last (DPR 487/1994 leaves the final key to the
// procedure; domain decision: always the protocol).
class RankingOrder {
public:
    explicit RankingOrder(const criteria::Criteria& criteria) : m_criteria(criteria) {}

    bool operator()(const OrderEntry& a, const OrderEntry& b) const { return compare(a, b) < 0; }
    // Negative when a comes first; never 0 for two different candidatures.
    int compare(const OrderEntry& a, const OrderEntry& b) const { return compare(a, b, nullptr); }
    // The key that puts `later` after `earlier`: "gruppo", "punteggio" or a tie-break name.
    std::string deciding_key(const OrderEntry& earlier, const OrderEntry& later) const;

private:
    int compare(const OrderEntry& a, const OrderEntry& b, std::string* key) const;
    const criteria::Criteria& m_criteria;
};

// Protocol numbers compare as numbers when both are all digits, else as text.
int compare_protocols(const std::string& a, const std::string& b);

}  // namespace gradus::art16
