#include "gradus/report/obblighi_report.hpp"
#include "gradus/report/xml_writer.hpp"

namespace gradus::report {
namespace {

void write_row(XmlWriter& xml, const ObblighiRow& r) {
    const l68::Figures& f = *r.figures;
    const auto n = [](std::int64_t v) { return std::to_string(v); };
    xml.leaf("riga", {{"provincia", f.provincia},
                      {"numLavBaseComputoArt3", n(f.bases.art3.base)},
                      {"numLavBaseComputoArt18", n(f.bases.art18.base)},
                      {"quotariservadisabili", n(f.quota_disabled)},
                      {"quotariservacatprotette", n(f.quota_protected)},
                      {"esonerati", n(f.exempted)},
                      {"disabili", n(f.disabled)},
                      {"catprotette", n(f.protected_category)},
                      {"compensazionidisabili", n(f.compensation_disabled)},
                      {"compensazionicatprotette", n(f.compensation_protected)},
                      {"quotaesuberiArt18", n(f.art18_offset)},
                      {"scoperturedisabili", n(f.shortfall_disabled)},
                      {"scoperturecatprotette", n(f.shortfall_protected)},
                      {"sospensioniincorso", f.suspension ? "S" : "N"},
                      {"giornilavorativicontributo", std::to_string(r.amounts->contributo.working_days)},
                      {"contributoesonerativo", r.amounts->contributo.euro.to_string()},
                      {"giornilavorativisanzione", std::to_string(r.amounts->sanction.working_days)},
                      {"sanzionescoperturastimata", r.amounts->sanction.euro.to_string()},
                      {"importicompleti", r.amounts->contributo.complete && r.amounts->sanction.complete ? "S" : "N"}});
}

}  // namespace

void obblighi_xml(const ObblighiReport& report, ByteSink& out) {
    XmlWriter xml;
    XmlAttributes root = {{"xmlns", "urn:gradus:obblighi:1"}, {"data", report.as_of.to_iso()},
                          {"versionemotore", report.engine_version}};
    if (report.provincia) root.emplace_back("provincia", *report.provincia);
    xml.open("obblighi", root);
    for (const ObblighiEntry& e : report.entries) {
        const l68::Prospetto& p = *e.prospetto;
        xml.open("prospetto", {{"codicefiscale", p.codice_fiscale},
                               {"denominazione", p.denominazione},
                               {"codicecomunicazione", p.codice_comunicazione},
                               {"datariferimento", p.reference_date.to_iso()},
                               {"categoriaazienda", std::string(l68::to_string(e.assessment->obligation.category))},
                               {"file", p.file}});
        visit_rows(report, e, [&](const ObblighiRow& r) { write_row(xml, r); });
        for (const l68::Discrepancy* d : shown_discrepancies(report, e)) {
            xml.leaf("discrepanza", {{"provincia", d->provincia}, {"campo", std::string(d->field)}, {"dichiarato", d->declared},
                                     {"ricalcolato", d->recomputed}, {"regola", std::string(d->rule)}});
        }
        if (const auto& late = e.assessment->late) {
            XmlAttributes a = {{"scadenza", late->deadline.to_iso()}, {"dataInvio", p.data_invio},
                               {"giorniritardo", std::to_string(late->days_late)}};
            if (late->sanction) a.emplace_back("sanzione", late->sanction->to_string());
            xml.leaf("ritardo", a);
        }
        xml.close();
        if (xml.held_bytes() >= report_piece_bytes) xml.flush_to(out);
    }
    for (const InputIssue& i : report.scarti.issues()) {
        xml.leaf("scarto", {{"file", i.where.file}, {"record", i.record}, {"regola", i.rule}, {"motivo", i.message}});
    }
    xml.close();
    out.write(xml.bytes());
}

}  // namespace gradus::report
