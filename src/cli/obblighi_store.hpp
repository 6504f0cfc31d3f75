#pragma once

#include "gradus/report/obblighi_report.hpp"
#include "gradus/store/run_transaction.hpp"

namespace gradus::cli {

// One l68_obblighi row per row of obblighi.csv, in the run's transaction.
void store_obblighi_rows(store::RunTransaction& run, const report::ObblighiReport& report);

}  // namespace gradus::cli
