#pragma once

#include "gradus/core/date.hpp"
#include "gradus/core/decimal.hpp"
#include "gradus/criteria/criteria.hpp"

#include <optional>
#include <string>
#include <string_view>

namespace gradus::criteria {

// What the ordering of a graduatoria compares, as each procedure provides it: art. 16 from a
// candidatura and its score, the collocamento mirato from a registered person and theirs. A fact a
// procedure does not have keeps its default and never decides (the validation refuses a tie-break
// of the other procedure). The texts are views of the record's own: the record outlives its facts.
struct RankFacts {
    int group = 0;
    Decimal score;
    Date birth;
    int dependants_counted = 0;
    Decimal dependant_points;
    int unemployment_months = 0;
    std::optional<Date> did;
    std::optional<Decimal> valid_isee;
    std::string_view submitted_at;
    std::optional<Date> registration;  // data di iscrizione (collocamento mirato)
    int invalidity_pct = 0;            // collocamento mirato
    std::string_view protocol;         // art. 16 protocol; collocamento mirato registration number
};

// The total order of a graduatoria: group, score in the criteria's direction, the criteria's
// tie-breaks in order, and the protocol (or registration number) last (DPR 487/1994 leaves the
// final key to the procedure; domain decision: always the protocol).
class RankingOrder {
public:
    explicit RankingOrder(const Criteria& criteria) : m_criteria(criteria) {}

    bool operator()(const RankFacts& a, const RankFacts& b) const { return compare(a, b) < 0; }
    // Negative when a comes first; 0 only for equal protocols.
    int compare(const RankFacts& a, const RankFacts& b) const { return compare(a, b, nullptr); }
    // The key that puts `later` after `earlier`: "gruppo", "punteggio" or a tie-break name (static text).
    std::string_view deciding_key(const RankFacts& earlier, const RankFacts& later) const;

private:
    int compare(const RankFacts& a, const RankFacts& b, std::string_view* key) const;
    const Criteria& m_criteria;
};

// Protocol numbers compare as numbers when both are all digits, else as text.
int compare_protocols(std::string_view a, std::string_view b);

}  // namespace gradus::criteria
