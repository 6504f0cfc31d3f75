#pragma once

#include "gradus/art16/avviso.hpp"
#include "gradus/art16/candidatura.hpp"
#include "gradus/criteria/criteria.hpp"

namespace gradus::art16 {

// The date a rule is measured at, for one candidate of one avviso.
inline Date reference_date(criteria::ReferenceDate which, const Avviso& a, const Candidatura& c) {
    switch (which) {
        case criteria::ReferenceDate::publication: return a.publication;
        case criteria::ReferenceDate::applications_open: return a.applications_open;
        case criteria::ReferenceDate::applications_close: return a.applications_close;
        case criteria::ReferenceDate::submission: return c.submission_date;
        case criteria::ReferenceDate::ranking: return a.ranking_date;
    }
    return a.ranking_date;
}

}  // namespace gradus::art16
