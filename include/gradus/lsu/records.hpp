#pragma once

#include "gradus/core/date.hpp"
#include "gradus/core/decimal.hpp"
#include "gradus/core/errors.hpp"

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace gradus::lsu {

// The kind of an income-support record in the INPS Banca Dati Percettori extract.
enum class BenefitKind {
    cig,                       // cassa integrazione ordinaria
    cigs,                      // cassa integrazione straordinaria
    fondo_solidarieta,         // assegno of a fondo di solidarietà
    mobilita_indennita,        // mobility list with indemnity
    mobilita_senza_indennita,  // mobility list without indemnity
    disoccupazione_speciale,   // special unemployment benefit
    naspi,
    dis_coll,
    assegno_utilizzo,          // assegno di utilizzo LSU (D.Lgs. 81/2000 art. 4)
};
// The names used in the files, e.g. "cigs", "mobilita_indennita".
std::string_view to_string(BenefitKind k);
std::optional<BenefitKind> parse_benefit_kind(std::string_view name);
bool is_wage_integration(BenefitKind k);  // cig, cigs, fondo_solidarieta: paid during an employment

// One record of the Banca Dati Percettori extract, as the office received it.
struct BenefitRecord {
    std::string id;              // the record's key in the extract
    std::string codice_fiscale;
    BenefitKind kind = BenefitKind::naspi;
    Date start;
    std::optional<Date> end;     // data di cessazione; absent: not given
    std::optional<Decimal> monthly_amount;  // euro
    SourcePosition origin;

    bool in_force_on(const Date& d) const { return start <= d && (!end || d <= *end); }
};

// A CIGS period that the employer communicated for one employment relationship.
struct CigsPeriod {
    Date start;
    Date end;
    bool zero_hours = false;  // sospensione a zero ore

    bool covers(const Date& d) const { return start <= d && d <= end; }
};

// One employment relationship from the Comunicazioni Obbligatorie extract.
struct EmploymentRecord {
    std::string id;  // codice comunicazione
    std::string codice_fiscale;
    std::string employer_codice_fiscale;
    std::string employer_name;
    Date start;
    std::optional<Date> end;  // absent: still in force
    std::vector<CigsPeriod> cigs;
    SourcePosition origin;

    bool in_force_on(const Date& d) const { return start <= d && (!end || d <= *end); }
};

// A person who applied for the project.
struct Candidate {
    std::string codice_fiscale;  // upper case; its check character is verified by the checks
    std::string surname;
    std::string name;
    Date birth;
    std::string residence;                  // Belfiore code of the comune of residence
    std::optional<std::string> qualifica;   // ISTAT CP code as registered in the SAP
    std::optional<Date> did;                // dichiarazione di immediata disponibilità
    std::optional<bool> pension_right;      // has a right to an old-age or early pension; absent: unknown
    SourcePosition origin;
};

// Everything the office holds about the candidates of one project.
struct Records {
    std::vector<Candidate> candidates;
    std::vector<BenefitRecord> benefits;
    std::vector<EmploymentRecord> employments;
};

}  // namespace gradus::lsu
