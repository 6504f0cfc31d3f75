#pragma once

#include "gradus/core/errors.hpp"
#include "gradus/lsu/project.hpp"
#include "gradus/lsu/records.hpp"
#include "gradus/lsu/rules.hpp"
#include "gradus/lsu/verification.hpp"

#include <string>

namespace gradus::report {

// What the LSU reports show of one verification run.
struct LsuReportInput {
    const lsu::Project& project;
    const lsu::RuleSet& rules;
    const lsu::Records& records;
    const lsu::ProjectVerification& verification;
    Date as_of;                 // the day of the checks
    std::string rules_file;     // file name and SHA-256 of the rule set applied
    std::string rules_sha256;
    std::string run_label;      // the store's run id, or empty when the run is not recorded
};

// lsu-ente.csv and lsu-ente.html, for the public body: the eligible people in priority order
// with the key that placed each one; no benefit, amount or health data.
std::string lsu_ente_csv(const LsuReportInput& in);
std::string lsu_ente_html(const LsuReportInput& in);

// lsu-verifica.csv, internal: one row per requirement checked per person, with the result, the
// article, how well the rule is established, the reason and the evidence (records and dates).
std::string lsu_verifica_csv(const LsuReportInput& in);
// lsu-verifica.html, internal: the project, its length and proroghe, then every person's checks.
std::string lsu_verifica_html(const LsuReportInput& in);

// lsu-proroghe.csv: the project's length and each proroga against the caps.
std::string lsu_proroghe_csv(const LsuReportInput& in);

// lsu-servizi.csv: one C06 record per verified person (codice fiscale, LEP, SAP code, date,
// outcome, run), for the person-service ledger to import.
std::string lsu_servizi_csv(const LsuReportInput& in);

}  // namespace gradus::report
