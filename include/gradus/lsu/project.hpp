#pragma once

#include "gradus/core/date.hpp"
#include "gradus/core/decimal.hpp"
#include "gradus/lsu/regime.hpp"

#include <optional>
#include <string>
#include <vector>

namespace gradus::lsu {

struct Mansione {
    std::string code;  // ISTAT CP code, e.g. "8.1.4.2.0"
    std::string description;
};

// An extension of the project that the body asks for: the new last day.
struct Proroga {
    int number = 0;  // 1, 2, ... in the order asked
    Date new_end;
};

// An approved project of a public body, as the office describes it when it asks for the checks.
struct Project {
    std::string id;
    std::string body_name;
    std::string body_codice_fiscale;
    Regime regime = Regime::art26_150_2015;
    std::string tipologia;  // D.Lgs. 468/1997 art. 1 c. 2 letter ("a".."d"); empty when not given
    std::string comune;     // Belfiore code of the comune where the work is done
    std::vector<std::string> cpi_area;  // Belfiore codes of the CPI's area (sezione circoscrizionale)
    std::vector<Mansione> mansioni;
    Date start;
    Date end;  // last day, before any proroga
    Decimal weekly_hours;
    Decimal daily_hours;
    std::optional<Decimal> comparable_net_pay;       // initial monthly net pay of PA staff doing similar work
    std::optional<Decimal> comparable_weekly_hours;  // their contractual weekly hours
    std::vector<Proroga> proroghe;
};

}  // namespace gradus::lsu
