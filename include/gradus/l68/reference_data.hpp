#pragma once

#include "gradus/core/date.hpp"
#include "gradus/core/decimal.hpp"

#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace gradus::l68 {

// Which base di computo an excluded category leaves out (L. 68/1999 art. 4 c. 1 and art. 5 c. 2:
// sector exclusions "per i soli disabili" reduce only the art. 3 base).
enum class ExclusionScope { both, art3_only, art18_only };

class ExcludedCategories {
public:
    // Text of data/l68/categorie-escluse.csv: "codice;ambito;descrizione;fonte;stato", ambito
    // E (both), D (art. 3 only) or C (art. 18 only); '#' lines are comments. Throws ConfigError
    // naming `name` and the line.
    static ExcludedCategories parse(std::string_view text, const std::string& name);
    std::optional<ExclusionScope> scope_of(std::string_view code) const;

private:
    std::map<std::string, ExclusionScope, std::less<>> m_scopes;
};

// The amounts that change by decree, each with its validity period.
enum class AmountKind {
    contributo_esonerativo,     // euro per working day per exempted unit (L. 68/1999 art. 5 c. 3)
    multiplo_sanzione_scopertura,  // times the contributo, per working day per uncovered unit (art. 15 c. 4)
    sanzione_ritardo_base,      // euro, late or missing prospetto (art. 15 c. 1)
    sanzione_ritardo_giorno,    // euro per further day of delay (art. 15 c. 1)
};

struct AmountRow {
    AmountKind kind;
    Date from;
    std::optional<Date> to;  // last day in force; none: still in force
    Decimal value;
    std::string act;
    std::string status;  // [V], [S], [I]
};

class Amounts {
public:
    // Text of data/l68/importi.csv: "voce;dal;al;importo;atto;stato", dates YYYY-MM-DD ("al"
    // may be empty), amounts with a dot. Throws ConfigError naming `name` and the line, also when
    // two rows of one voce overlap.
    static Amounts parse(std::string_view text, const std::string& name);
    const AmountRow* in_force(AmountKind kind, const Date& day) const;
    const std::vector<AmountRow>& rows() const { return m_rows; }

private:
    std::vector<AmountRow> m_rows;
};

// Belfiore code of a comune -> 3-digit ISTAT code of its province.
class Comuni {
public:
    // Text of data/l68/comuni.csv: "belfiore;provincia;sigla;nome".
    static Comuni parse(std::string_view text, const std::string& name);
    std::optional<std::string> provincia_of(std::string_view belfiore) const;
    std::size_t size() const { return m_provinces.size(); }

private:
    std::map<std::string, std::string, std::less<>> m_provinces;
};

}  // namespace gradus::l68
