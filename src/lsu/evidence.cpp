#include "checks.hpp"

namespace gradus::lsu::detail {

namespace {
std::string period(const Date& start, const std::optional<Date>& end) {
    return start.to_iso() + ".." + (end ? end->to_iso() : std::string("(senza fine)"));
}
}  // namespace

std::string describe(const BenefitRecord& b) {
    return "BDP " + b.id + " " + std::string(to_string(b.kind)) + " " + period(b.start, b.end);
}

std::string describe(const EmploymentRecord& e) {
    return "CO " + e.id + " rapporto con " + e.employer_codice_fiscale + " " + period(e.start, e.end);
}

std::string describe(const EmploymentRecord& e, const CigsPeriod& p) {
    return "CO " + e.id + " CIGS " + period(p.start, p.end) + (p.zero_hours ? " a zero ore" : " a orario ridotto");
}

std::string hours_text(const Decimal& d) { return d.to_italian(false); }

}  // namespace gradus::lsu::detail
