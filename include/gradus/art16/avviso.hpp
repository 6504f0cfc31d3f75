#pragma once

#include "gradus/core/codice_fiscale.hpp"
#include "gradus/core/date.hpp"
#include "gradus/core/errors.hpp"

#include <optional>
#include <string>
#include <vector>

namespace gradus::art16 {

enum class ContractKind { indeterminato, determinato };

struct ReservedPosts {
    std::string kind;  // e.g. "volontari_ff_aa" (art. 1014 D.Lgs. 66/2010)
    int count = 0;
};

// An avviso pubblico for avviamento a selezione (art. 16 L. 56/1987; DPR 487/1994 artt. 23-25).
struct Avviso {
    std::string id;
    std::string body_name;             // ente richiedente
    std::string body_codice_fiscale;   // 11 digits (validated by the reader)
    std::string region_code;           // ISTAT 2 digits
    std::optional<std::string> criteria_id;  // explicit choice; absent: the region's in force
    std::string profile_code;          // ISTAT CP 2011 code, e.g. "8.1.4.2.0"
    std::string profile_description;
    int posts = 0;
    ContractKind contract = ContractKind::determinato;
    std::optional<int> weekly_hours;
    std::optional<int> months;         // for determinato
    // Requirements
    int minimum_age = 18;
    std::optional<int> maximum_age;
    bool requires_scuola_obbligo = true;
    std::vector<std::string> required_statuses;  // empty: any occupational status
    std::vector<ReservedPosts> reserved;
    // Dates
    Date publication;
    Date applications_open;
    Date applications_close;
    Date ranking_date;  // the avviso's reference date for the graduatoria
    SourcePosition origin;
};

}  // namespace gradus::art16
