#include "checks.hpp"

#include <algorithm>

namespace gradus::lsu::detail {

namespace {

// `code` lies under `prefix` in the ISTAT CP hierarchy: the same code or one of its sub-levels.
bool under(const std::string& code, const std::string& prefix) {
    return code == prefix || (code.size() > prefix.size() && code.compare(0, prefix.size(), prefix) == 0 &&
                              code[prefix.size()] == '.');
}

bool compatible(const std::string& qualifica, const Mansione& m, const CompatibilityTable& table) {
    if (qualifica == m.code) return true;
    return std::any_of(table.pairs.begin(), table.pairs.end(), [&](const Compatibility& p) {
        return under(qualifica, p.qualifica) && under(m.code, p.mansione);
    });
}

}  // namespace

// The qualifica must be compatible with the project's mansioni (D.Lgs. 468/1997 art. 7 c. 1;
// LEP L) "qualifica e mansioni"), by the office's compatibility table.
std::optional<Check> check_qualifica(const PersonContext& c) {
    if (!c.rules.qualifica) return std::nullopt;
    const auto& rule = *c.rules.qualifica;
    Check check = make_check(Requirement::qualifica, rule);
    if (!rule.known()) {
        check.result = CheckResult::unknown;
        check.reason = "la regola sulla qualifica non è nota [N]";
        return check;
    }
    if (!rule.value()) return std::nullopt;
    if (!c.candidate.qualifica) {
        check.result = CheckResult::unknown;
        check.reason = "qualifica non registrata nella SAP";
        return check;
    }
    const std::string& q = *c.candidate.qualifica;
    std::string mansioni;
    for (const Mansione& m : c.project.mansioni) {
        mansioni += (mansioni.empty() ? "" : ", ") + m.code;
        if (compatible(q, m, c.table)) {
            check.result = CheckResult::met;
            check.reason = "qualifica " + q + " compatibile con la mansione " + m.code;
            check.evidence.push_back("tabella " + c.table.id);
            return check;
        }
    }
    check.result = CheckResult::failed;
    check.reason = "qualifica " + q + " non compatibile con le mansioni " + mansioni;
    check.evidence.push_back("tabella " + c.table.id);
    return check;
}

}  // namespace gradus::lsu::detail
