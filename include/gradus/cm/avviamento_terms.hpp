#pragma once

#include "gradus/core/date.hpp"

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace gradus::cm {

// The days an employer has to hire from the day the obligation arises before the office
// avvia d'ufficio (L. 68/1999 art. 9 c. 1 and art. 7 c. 1-bis), with the period it applies to.
struct TermRow {
    Date from;
    std::optional<Date> to;  // last obligation day it applies to; none: still in force
    long days = 0;
    std::string act;
    std::string status;  // [V], [S], [C], [I], [N]
};

class AvviamentoTerms {
public:
    // Text of data/l68/avviamento-termini.csv: "parametro;dal;al;giorni;atto;stato" with
    // parametro "termine_assunzione"; '#' lines are comments. Throws ConfigError naming `name`
    // and the line, also when two periods overlap.
    static AvviamentoTerms parse(std::string_view text, const std::string& name);
    // The row for an obligation that arose on `day`, or nullptr.
    const TermRow* in_force(const Date& day) const;
    const std::vector<TermRow>& rows() const { return m_rows; }

private:
    std::vector<TermRow> m_rows;
};

}  // namespace gradus::cm
