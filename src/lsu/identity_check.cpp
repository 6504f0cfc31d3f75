#include "checks.hpp"

#include "gradus/core/codice_fiscale.hpp"

namespace gradus::lsu::detail {

// The person must be identified by a valid codice fiscale (DM 23/12/1976) so that the BDP and
// CO records can be matched to them.
Check check_identity(const PersonContext& c) {
    Check check;
    check.requirement = Requirement::identity;
    check.article = "DM 23/12/1976 (codice fiscale)";
    check.evidence.push_back("codice fiscale " + c.candidate.codice_fiscale);
    try {
        CodiceFiscale::parse(c.candidate.codice_fiscale);
        check.result = CheckResult::met;
        check.reason = "codice fiscale valido";
    } catch (const ParseError& e) {
        check.result = CheckResult::failed;
        check.reason = std::string("codice fiscale non valido: ") + e.what();
    }
    return check;
}

}  // namespace gradus::lsu::detail
