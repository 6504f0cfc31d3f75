#pragma once

#include "scoring.hpp"

#include "gradus/criteria/ranking_order.hpp"

namespace gradus::art16 {

// One admitted candidate as the ordering sees it.
struct OrderEntry {
    std::size_t candidatura;
    criteria::RankFacts facts;
};

// The facts the criteria's order compares for one scored candidatura.
criteria::RankFacts rank_facts(const Candidatura& c, const Scored& s);

// The step that says which tie-break placed a candidate after the one before, when the score did not.
void explain_tie(const criteria::Criteria& criteria, const RankedCandidate& rc, Explanation& trail);

// The ordering of art. 16 entries: criteria::RankingOrder on their facts.
class RankingOrder {
public:
    explicit RankingOrder(const criteria::Criteria& criteria) : m_order(criteria) {}

    bool operator()(const OrderEntry& a, const OrderEntry& b) const { return m_order(a.facts, b.facts); }
    std::string_view deciding_key(const OrderEntry& earlier, const OrderEntry& later) const {
        return m_order.deciding_key(earlier.facts, later.facts);
    }

private:
    criteria::RankingOrder m_order;
};

}  // namespace gradus::art16
