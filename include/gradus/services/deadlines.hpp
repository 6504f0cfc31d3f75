#pragma once

#include "gradus/core/date.hpp"
#include "gradus/services/parameters.hpp"

namespace gradus::services {

// How a person became disoccupato: an online DID, or a NASpI / DIS-COLL claim to INPS, which is
// a DID too (art. 21 c. 1 D.Lgs. 150/2015).
enum class Registration { did, benefit_claim };

// Terms in days leave out the day they run from (art. 2963 c. 1 c.c.) [I]: "within 30 days" of a
// DID of 1 March ends on 31 March, which is still in time.

// The last day on which the person may contact the CPI: 30 days from the DID (art. 20 c. 1), 15
// days from the benefit claim (art. 21 c. 2), as in force on the day of registration.
Date contact_deadline(const RuleParameters& parameters, Registration kind, const Date& registered);

// The first day on which a person never convoked may ask ANPAL for self-profiling credentials:
// the day after the 60 days from registration have run (art. 20 c. 4).
Date self_profiling_from(const RuleParameters& parameters, const Date& registered);

// The first day of eligibility for the assegno di ricollocazione (art. 23 c. 1): a NASpI
// recipient whose unemployment "ecceda i 4 mesi", counted from the DID and leaving out the days
// the stato was suspended [S] (DM 10/4/2018 counts unemployment that way): the day after 4
// months are complete (art. 2963 c.c.).
Date adr_eligible_from(const RuleParameters& parameters, const Date& did, long suspended_days);

// Eligible on `on`: a NASpI recipient on that day, and on or after adr_eligible_from().
bool adr_eligible(const RuleParameters& parameters, bool naspi_recipient, const Date& did, long suspended_days,
                  const Date& on);

}  // namespace gradus::services
