#include "ordering.hpp"

#include <algorithm>

namespace gradus::art16 {
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

bool all_digits(const std::string& s) {
    return !s.empty() && std::all_of(s.begin(), s.end(), [](char ch) { return ch >= '0' && ch <= '9'; });
}

}  // namespace

int compare_protocols(const std::string& a, const std::string& b) {
    if (all_digits(a) && all_digits(b)) {
        const auto strip = [](const std::string& s) {
            const auto nz = s.find_first_not_of('0');
            return nz == std::string::npos ? std::string() : s.substr(nz);
        };
        const std::string x = strip(a), y = strip(b);
        if (x.size() != y.size()) return x.size() < y.size() ? -1 : 1;
        if (int c = x.compare(y); c != 0) return c < 0 ? -1 : 1;
    }
    const int c = a.compare(b);
    return c < 0 ? -1 : (c > 0 ? 1 : 0);
}

int RankingOrder::compare(const OrderEntry& a, const OrderEntry& b, std::string* key) const {
    const auto decided = [key](int result, const std::string& name) {
        if (key && result != 0) *key = name;
        return result;
    };
    if (int c = three_way(a.s->group, b.s->group)) return decided(c, "gruppo");
    if (int c = three_way(a.s->score, b.s->score)) {
        return decided(m_criteria.direction == criteria::Direction::higher_first ? -c : c, "punteggio");
    }
    for (const auto tb : m_criteria.tie_breaks) {
        int c = 0;
        switch (tb) {
            case criteria::TieBreak::younger_first: c = -three_way(a.c->birth, b.c->birth); break;
            case criteria::TieBreak::older_first: c = three_way(a.c->birth, b.c->birth); break;
            case criteria::TieBreak::more_dependants:
                c = -three_way(a.s->dependants_counted, b.s->dependants_counted);
                break;
            case criteria::TieBreak::more_dependant_points:
                c = -three_way(a.s->dependant_points, b.s->dependant_points);
                break;
            case criteria::TieBreak::longer_unemployment:
                c = -three_way(a.s->unemployment_months, b.s->unemployment_months);
                break;
            case criteria::TieBreak::earlier_did: c = ascending_present_first(a.s->did, b.s->did); break;
            case criteria::TieBreak::lower_isee: c = ascending_present_first(a.s->valid_isee, b.s->valid_isee); break;
            case criteria::TieBreak::earlier_submission: c = three_way(a.c->submitted_at, b.c->submitted_at); break;
            case criteria::TieBreak::protocol: c = compare_protocols(a.c->protocol, b.c->protocol); break;
        }
        if (c != 0) return decided(c, std::string(criteria::to_string(tb)));
    }
    // Protocols are unique among admitted candidatures (eligibility), so this is a total order.
    return decided(compare_protocols(a.c->protocol, b.c->protocol), std::string(criteria::to_string(criteria::TieBreak::protocol)));
}

std::string RankingOrder::deciding_key(const OrderEntry& earlier, const OrderEntry& later) const {
    std::string key;
    compare(earlier, later, &key);
    return key;
}

}  // namespace gradus::art16
