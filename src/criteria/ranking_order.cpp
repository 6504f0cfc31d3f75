#include "gradus/criteria/ranking_order.hpp"

#include <algorithm>

namespace gradus::criteria {
namespace {

template <class T>
int three_way(const T& a, const T& b) {
    return a < b ? -1 : (b < a ? 1 : 0);
}

// Present values first, in ascending order; absent ones last.
template <class T>
int ascending_present_first(const std::optional<T>& a, const std::optional<T>& b) {
    if (a && b) return three_way(*a, *b);
    if (a) return -1;
    if (b) return 1;
    return 0;
}

bool all_digits(std::string_view s) {
    return !s.empty() && std::all_of(s.begin(), s.end(), [](char ch) { return ch >= '0' && ch <= '9'; });
}

std::string_view without_leading_zeros(std::string_view s) {
    const auto nz = s.find_first_not_of('0');
    return nz == std::string_view::npos ? std::string_view() : s.substr(nz);
}

int sign_of(int c) { return c < 0 ? -1 : (c > 0 ? 1 : 0); }

}  // namespace

int compare_protocols(std::string_view a, std::string_view b) {
    if (all_digits(a) && all_digits(b)) {
        const std::string_view x = without_leading_zeros(a), y = without_leading_zeros(b);
        if (x.size() != y.size()) return x.size() < y.size() ? -1 : 1;
        if (int c = x.compare(y); c != 0) return sign_of(c);
    }
    return sign_of(a.compare(b));
}

int RankingOrder::compare(const RankFacts& a, const RankFacts& b, std::string_view* key) const {
    const auto decided = [key](int result, std::string_view name) {
        if (key && result != 0) *key = name;
        return result;
    };
    if (int c = three_way(a.group, b.group)) return decided(c, "gruppo");
    if (int c = three_way(a.score, b.score)) {
        return decided(m_criteria.direction == Direction::higher_first ? -c : c, "punteggio");
    }
    for (const auto tb : m_criteria.tie_breaks) {
        int c = 0;
        switch (tb) {
            case TieBreak::younger_first: c = -three_way(a.birth, b.birth); break;
            case TieBreak::older_first: c = three_way(a.birth, b.birth); break;
            case TieBreak::more_dependants: c = -three_way(a.dependants_counted, b.dependants_counted); break;
            case TieBreak::more_dependant_points: c = -three_way(a.dependant_points, b.dependant_points); break;
            case TieBreak::longer_unemployment: c = -three_way(a.unemployment_months, b.unemployment_months); break;
            case TieBreak::earlier_did: c = ascending_present_first(a.did, b.did); break;
            case TieBreak::lower_isee: c = ascending_present_first(a.valid_isee, b.valid_isee); break;
            case TieBreak::earlier_submission: c = three_way(a.submitted_at, b.submitted_at); break;
            case TieBreak::earlier_registration: c = ascending_present_first(a.registration, b.registration); break;
            case TieBreak::higher_invalidity: c = -three_way(a.invalidity_pct, b.invalidity_pct); break;
            case TieBreak::protocol: c = compare_protocols(a.protocol, b.protocol); break;
        }
        if (c != 0) return decided(c, to_string(tb));
    }
    // Protocols are unique among the ranked records, so this is a total order.
    return decided(compare_protocols(a.protocol, b.protocol), to_string(TieBreak::protocol));
}

std::string_view RankingOrder::deciding_key(const RankFacts& earlier, const RankFacts& later) const {
    std::string_view key;
    compare(earlier, later, &key);
    return key;
}

}  // namespace gradus::criteria
