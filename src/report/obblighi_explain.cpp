#include "gradus/report/obblighi_explain.hpp"

namespace gradus::report {
namespace {

std::string line(const std::string& label, std::int64_t value, const std::string& source) {
    return "    " + label + ": " + std::to_string(value) + "  [" + source + "]\n";
}

std::string base_text(const char* title, const l68::BaseTerms& b, const char* source) {
    std::string t = "  " + std::string(title) + " = " + std::to_string(b.base) + "  [" + source + "]\n";
    t += line("dipendenti (nlavoratori)", b.employees, "quadro 2");
    t += line("- disabili in forza (teste)", b.disabled_in_service, "L. 68/1999 art. 4 c. 1");
    t += line("- categorie escluse per questa base", b.excluded, "L. 68/1999 art. 4 c. 1, art. 5 c. 2; data/l68/categorie-escluse.csv");
    t += line("- categorie protette fino al 1% (oltre 0,50)", b.protected_deducted, "L. 68/1999 art. 18 c. 2");
    t += line("- riduzione part-time (arrotondata una volta sul totale)", b.part_time_reduction, "DPR 333/2000 art. 3");
    t += line("- riduzione intermittenti", b.intermittent_reduction, "D.Lgs. 81/2015 art. 18");
    t += line("- riduzione telelavoro", b.telework_reduction, "L. 68/1999 art. 4 c. 1; PRODIS");
    t += line("- sospesi (sospensione approvata in corso)", b.suspended, "L. 68/1999 art. 3 c. 5");
    return t;
}

std::string figures_text(const l68::Figures& f, const l68::RowAmounts& amounts) {
    std::string t = "Provincia " + f.provincia + (f.suspension ? " (sospensione in corso)" : "") + "\n";
    t += base_text("base di computo art. 3", f.bases.art3, "L. 68/1999 art. 4 c. 1");
    t += base_text("base di computo art. 18", f.bases.art18, "L. 68/1999 art. 18 c. 2");
    t += line("quota di riserva disabili", f.quota_disabled, "L. 68/1999 art. 3 c. 1; frazioni oltre 0,50 art. 4 c. 2");
    t += line("quota categorie protette", f.quota_protected, "L. 68/1999 art. 18 c. 2");
    t += line("disabili computabili (copertura, arrotondata una volta)", f.disabled, "L. 68/1999 art. 4; DPR 333/2000 art. 3");
    t += line("categorie protette in forza", f.protected_category, "L. 68/1999 art. 18");
    t += line("esonerati", f.exempted, "L. 68/1999 art. 5 c. 3");
    t += line("compensazione disabili", f.compensation_disabled, "L. 68/1999 art. 5 c. 8");
    t += line("compensazione categorie protette", f.compensation_protected, "L. 68/1999 art. 5 c. 8");
    t += line("eccedenza art. 18 portata sui disabili", f.art18_offset, "prassi (vedi docs/obblighi.md) [I]");
    t += line("scopertura disabili", f.shortfall_disabled, "quota - copertura - esoneri +/- compensazioni, mai sotto 0");
    t += line("scopertura categorie protette", f.shortfall_protected, "idem");
    t += "    contributo esonerativo: " + amounts.contributo.euro.to_italian() + " euro su " +
         std::to_string(amounts.contributo.working_days) + " giorni lavorativi" +
         (amounts.contributo.complete ? "" : " (importo mancante per alcuni giorni)") +
         "  [L. 68/1999 art. 5 c. 3; DM 30/9/2021 n. 193]\n";
    t += "    sanzione stimata per la scopertura: " + amounts.sanction.euro.to_italian() + " euro  [L. 68/1999 art. 15 c. 4]\n";
    return t;
}

}  // namespace

std::string explain_obligations_text(const ObblighiReport& report, const std::string& codice_fiscale) {
    std::string text;
    for (const auto& entry : report.entries) {
        const auto& p = *entry.prospetto;
        if (p.codice_fiscale != codice_fiscale) continue;
        const auto& a = *entry.assessment;
        text += "Datore " + p.denominazione + " (" + p.codice_fiscale + "), prospetto " + p.codice_comunicazione +
                " inviato il " + p.data_invio + ", dati al " + p.reference_date.to_italian() + "\n";
        text += "letto da " + p.file + " (sha256 " + p.sha256 + "); obblighi calcolati al " + report.as_of.to_italian() + "\n";
        const auto category = l68::to_string(a.obligation.category);
        text += "Fascia " + (category.empty() ? std::string("nessuna (base nazionale sotto 15)") : std::string(category)) +
                " sulla base nazionale  [L. 68/1999 art. 3 c. 1]\n\n";
        for (std::size_t i = 0; i < a.obligation.provinces.size(); ++i) {
            text += figures_text(a.obligation.provinces[i], a.province_amounts[i]) + "\n";
        }
        text += figures_text(a.obligation.national, a.national_amounts);
        for (const auto& d : a.discrepancies) {
            text += "Discrepanza " + d.provincia + " " + std::string(d.field) + ": dichiarato " + d.declared +
                    ", ricalcolato " + d.recomputed + "  [" + std::string(d.rule) + "]\n";
        }
        if (a.late) {
            text += "Invio tardivo: " + std::to_string(a.late->days_late) + " giorni dopo il " + a.late->deadline.to_italian() +
                    (a.late->sanction ? ", sanzione " + a.late->sanction->to_italian() + " euro" : "") +
                    "  [L. 68/1999 art. 15 c. 1; DM 194/2021]\n";
        }
        text += "\n";
    }
    return text;
}

}  // namespace gradus::report
