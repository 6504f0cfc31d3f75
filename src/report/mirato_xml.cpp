#include "gradus/report/mirato_reports.hpp"

#include "gradus/cm/ranking.hpp"
#include "gradus/report/block_stream.hpp"
#include "gradus/report/xml_writer.hpp"

namespace gradus::report {
namespace {

void write_explanation(XmlWriter& xml, const Explanation& explanation) {
    xml.open("spiegazione");
    for (const ExplanationStep& step : explanation.steps()) {
        const XmlAttributes attributes = {
            {"regola", step.rule}, {"fonte", step.source}, {"valore", step.value}, {"nota", step.note}};
        if (step.inputs.empty()) {
            xml.leaf("passo", attributes);
            continue;
        }
        xml.open("passo", attributes);
        for (const auto& [name, value] : step.inputs) xml.leaf("input", {{"nome", name}, {"valore", value}});
        xml.close();
    }
    xml.close();
}

void write_ranked(XmlWriter& xml, const cm::Graduatoria& g, const cm::RankedIscritto& r) {
    const cm::Iscritto& p = g.iscritti[r.iscritto];
    xml.open("iscritto", {{"lista", std::string(cm::to_string(r.lista))},
                          {"posizione", std::to_string(r.position)},
                          {"numero", p.registration_number},
                          {"codicefiscale", p.codice_fiscale},
                          {"cognome", p.surname},
                          {"nome", p.name},
                          {"nascita", p.birth.to_iso()},
                          {"iscrizione", p.registration_date.to_iso()},
                          {"punteggio", r.score.to_string()},
                          {"decisoDa", r.decided_by}});
    for (const cm::ScoreComponent& c : r.components) {
        xml.leaf("componente", {{"id", c.id}, {"punti", c.points.to_string()}});
    }
    write_explanation(xml, cm::explanation_of(g, r));
    xml.close();
}

void write_excluded(XmlWriter& xml, const cm::Graduatoria& g, const cm::Exclusion& e) {
    const cm::Iscritto& p = g.iscritti[e.iscritto];
    xml.leaf("escluso", {{"lista", std::string(cm::to_string(p.lista))},
                         {"numero", p.registration_number},
                         {"codicefiscale", p.codice_fiscale},
                         {"cognome", p.surname},
                         {"nome", p.name},
                         {"motivo", e.reason_code},
                         {"descrizione", e.reason}});
}

}  // namespace

void mirato_graduatoria_xml(const cm::Graduatoria& g, const ReportContext& context, ByteSink& sink) {
    XmlAttributes root = {{"xmlns", std::string(mirato_xml_namespace)},
                          {"criteri", g.criteria.id},
                          {"fileCriteri", context.criteria_file},
                          {"sha256Criteri", context.criteria_sha256},
                          {"modalita", std::string(cm::to_string(g.mode))},
                          {"dataRiferimento", g.reference_date.to_iso()},
                          {"datoriPubblici", g.public_employer ? "true" : "false"},
                          {"versioneMotore", context.engine_version}};
    if (g.call) root.emplace_back("chiamata", g.call->id);
    if (!context.run_label.empty()) root.emplace_back("esecuzione", context.run_label);
    std::string head(xml_declaration);
    XmlWriter(head, 0).open("graduatoria_mirato", root);
    sink.write(head);
    write_in_blocks(sink, g.ranked.size(), [&g](std::size_t first, std::size_t last, std::string& out) {
        XmlWriter xml(out, 1);
        for (std::size_t i = first; i < last; ++i) write_ranked(xml, g, g.ranked[i]);
    });
    write_in_blocks(sink, g.excluded.size(), [&g](std::size_t first, std::size_t last, std::string& out) {
        XmlWriter xml(out, 1);
        for (std::size_t i = first; i < last; ++i) write_excluded(xml, g, g.excluded[i]);
    });
    sink.write("</graduatoria_mirato>\n");
}

}  // namespace gradus::report
