#include "gradus/report/csv_writer.hpp"
#include "gradus/report/obblighi_report.hpp"

namespace gradus::report {

namespace {

void write_row(CsvWriter& csv, const ObblighiRow& r) {
    const l68::Figures& f = *r.figures;
    csv.text(r.prospetto->codice_fiscale).text(r.prospetto->denominazione).text(r.prospetto->codice_comunicazione);
    csv.text(f.provincia).text(l68::to_string(r.obligation->category));
    for (const std::int64_t v : {f.bases.art3.base, f.bases.art18.base, f.quota_disabled, f.quota_protected,
                                 f.exempted, f.disabled, f.protected_category, f.compensation_disabled,
                                 f.compensation_protected, f.art18_offset, f.shortfall_disabled,
                                 f.shortfall_protected}) {
        csv.integer(v);
    }
    csv.text(f.suspension ? "S" : "N");
    csv.integer(r.amounts->contributo.working_days).number(r.amounts->contributo.euro);
    csv.integer(r.amounts->sanction.working_days).number(r.amounts->sanction.euro);
    csv.text(r.amounts->contributo.complete && r.amounts->sanction.complete ? "S" : "N");
    csv.end_row();
}

void flush_full(CsvWriter& csv, ByteSink& out) {
    if (csv.bytes().size() >= report_piece_bytes) csv.flush_to(out);
}

}  // namespace

void obblighi_csv(const ObblighiReport& report, ByteSink& out) {
    CsvWriter csv;
    for (const char* h : {"codicefiscale", "denominazione", "codicecomunicazione", "provincia", "categoriaazienda",
                          "numLavBaseComputoArt3", "numLavBaseComputoArt18", "quotariservadisabili",
                          "quotariservacatprotette", "esonerati", "disabili", "catprotette", "compensazionidisabili",
                          "compensazionicatprotette", "quotaesuberiArt18", "scoperturedisabili",
                          "scoperturecatprotette", "sospensioniincorso", "giornilavorativicontributo",
                          "contributoesonerativo", "giornilavorativisanzione", "sanzionescoperturastimata",
                          "importicompleti"}) {
        csv.text(h);
    }
    csv.end_row();
    for (const ObblighiEntry& e : report.entries) {
        visit_rows(report, e, [&](const ObblighiRow& r) { write_row(csv, r); });
        flush_full(csv, out);
    }
    csv.flush_to(out);
}

void discrepanze_csv(const ObblighiReport& report, ByteSink& out) {
    CsvWriter csv;
    for (const char* h : {"codicefiscale", "codicecomunicazione", "provincia", "campo", "dichiarato", "ricalcolato", "regola"}) {
        csv.text(h);
    }
    csv.end_row();
    for (const ObblighiEntry& e : report.entries) {
        for (const l68::Discrepancy* d : shown_discrepancies(report, e)) {
            csv.text(e.prospetto->codice_fiscale).text(e.prospetto->codice_comunicazione).text(d->provincia);
            csv.text(d->field).text(d->declared).text(d->recomputed).text(d->rule);
            csv.end_row();
        }
        flush_full(csv, out);
    }
    csv.flush_to(out);
}

void ritardi_csv(const ObblighiReport& report, ByteSink& out) {
    CsvWriter csv;
    for (const char* h : {"codicefiscale", "denominazione", "codicecomunicazione", "datariferimento", "scadenza",
                          "dataInvio", "giorniritardo", "sanzione", "fonte"}) {
        csv.text(h);
    }
    csv.end_row();
    for (const ObblighiEntry& e : report.entries) {
        const auto& late = e.assessment->late;
        if (!late) continue;
        const l68::Prospetto& p = *e.prospetto;
        csv.text(p.codice_fiscale).text(p.denominazione).text(p.codice_comunicazione);
        csv.text(p.reference_date.to_iso()).text(late->deadline.to_iso()).text(p.data_invio).integer(late->days_late);
        if (late->sanction) csv.number(*late->sanction);
        else csv.empty();
        csv.text(late->sanction ? "L. 68/1999 art. 15 c. 1; DM 194/2021" : "importo non in data/l68/importi.csv per la data");
        csv.end_row();
        flush_full(csv, out);
    }
    csv.flush_to(out);
}

}  // namespace gradus::report
