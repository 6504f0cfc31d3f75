#include "obblighi_store.hpp"

namespace gradus::cli {

void store_obblighi_rows(store::RunTransaction& run, const report::ObblighiReport& report) {
    auto writer = run.bulk_writer("l68_obblighi",
                                  {"run_id", "codice_fiscale", "codice_comunicazione", "provincia", "categoria",
                                   "base_art3", "base_art18", "quota_disabili", "quota_cat_protette", "esonerati",
                                   "disabili", "cat_protette", "scoperture_disabili", "scoperture_cat_protette",
                                   "sospensioni", "contributo_esonerativo", "sanzione_stimata"});
    const std::int64_t id = run.run_id();
    for (const report::ObblighiRow& r : report::obblighi_rows(report)) {
        const l68::Figures& f = *r.figures;
        writer.add_row({id, r.prospetto->codice_fiscale, r.prospetto->codice_comunicazione, f.provincia,
                        std::string(l68::to_string(r.obligation->category)), f.bases.art3.base, f.bases.art18.base,
                        f.quota_disabled, f.quota_protected, f.exempted, f.disabled, f.protected_category,
                        f.shortfall_disabled, f.shortfall_protected, std::string(f.suspension ? "S" : "N"),
                        r.amounts->contributo.euro.to_string(), r.amounts->sanction.euro.to_string()});
    }
    writer.finish();
}

}  // namespace gradus::cli
