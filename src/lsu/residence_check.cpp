#include "checks.hpp"

#include <algorithm>

namespace gradus::lsu::detail {

// Residence in the project's comune (D.Lgs. 150/2015 art. 26 c. 1), or in the area of the
// sezione circoscrizionale where the regime allows it (D.Lgs. 468/1997 art. 7 c. 1).
std::optional<Check> check_residence(const PersonContext& c, bool& resident_in_comune) {
    if (!c.rules.residence) return std::nullopt;
    const auto& rule = *c.rules.residence;
    Check check = make_check(Requirement::residence, rule);
    const std::string& home = c.candidate.residence;
    check.evidence.push_back("residenza " + home + ", comune del progetto " + c.project.comune);
    resident_in_comune = home == c.project.comune;
    if (!rule.known()) {
        check.result = CheckResult::unknown;
        check.reason = "l'ambito di residenza del regime non è noto [N]";
    } else if (resident_in_comune) {
        check.result = CheckResult::met;
        check.reason = "residente nel comune del progetto";
    } else if (rule.value() == ResidenceArea::comune_or_cpi_area &&
               std::find(c.project.cpi_area.begin(), c.project.cpi_area.end(), home) != c.project.cpi_area.end()) {
        check.result = CheckResult::met;
        check.reason = "residente nell'area del centro per l'impiego";
    } else {
        check.result = CheckResult::failed;
        check.reason = rule.value() == ResidenceArea::comune ? "non residente nel comune del progetto"
                                                             : "non residente nel comune né nell'area del centro per l'impiego";
    }
    return check;
}

}  // namespace gradus::lsu::detail
