#include "gradus/report/graduatoria_xml.hpp"

#include "gradus/art16/ranking.hpp"
#include "gradus/report/candidatura_of.hpp"
#include "gradus/report/esito_text.hpp"
#include "gradus/report/xml_writer.hpp"

namespace gradus::report {

namespace {

XmlAttributes avviso_attributes(const art16::Graduatoria& g, const ReportContext& context) {
    const art16::Avviso& a = g.avviso;
    XmlAttributes attributes = {
        {"xmlns", graduatoria_xml_namespace},
        {"avviso", a.id},
        {"ente", a.body_name},
        {"enteCodiceFiscale", a.body_codice_fiscale},
        {"regione", a.region_code},
        {"profilo", a.profile_code},
        {"descrizioneProfilo", a.profile_description},
        {"posti", std::to_string(a.posts)},
        {"postiRiservatiCoperti", std::to_string(g.posts_reserved_filled)},
        {"postiRiservatiRestituiti", std::to_string(g.posts_returned_to_general)},
        {"dataPubblicazione", a.publication.to_iso()},
        {"aperturaCandidature", a.applications_open.to_iso()},
        {"chiusuraCandidature", a.applications_close.to_iso()},
        {"dataRiferimento", a.ranking_date.to_iso()},
        {"versioneMotore", context.engine_version},
    };
    if (!context.run_label.empty()) {
        attributes.emplace_back("esecuzione", context.run_label);
    }
    return attributes;
}

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
        for (const auto& [name, value] : step.inputs) {
            xml.leaf("input", {{"nome", name}, {"valore", value}});
        }
        xml.close();
    }
    xml.close();
}

void write_ranked(XmlWriter& xml, const art16::Graduatoria& g, const art16::RankedCandidate& ranked) {
    const art16::Candidatura& person = candidatura_of(g, ranked.candidatura);
    XmlAttributes attributes = {
        {"posizione", std::to_string(ranked.position)},
        {"protocollo", person.protocol},
        {"codicefiscale", person.codice_fiscale},
        {"cognome", person.surname},
        {"nome", person.name},
        {"punteggio", ranked.score.to_string()},
        {"esito", std::string(esito_token(ranked.esito))},
    };
    if (ranked.reserve_kind) {
        attributes.emplace_back("riserva", *ranked.reserve_kind);
    }
    if (ranked.group >= 0 && static_cast<std::size_t>(ranked.group) < g.criteria.groups.size()) {
        attributes.emplace_back("gruppo", g.criteria.groups[static_cast<std::size_t>(ranked.group)].id);
    }
    attributes.emplace_back("decisoDa", ranked.decided_by);

    xml.open("candidato", attributes);
    for (const art16::ScoreComponent& component : ranked.components) {
        xml.leaf("componente", {{"id", component.id}, {"punti", component.points.to_string()}});
    }
    write_explanation(xml, art16::explanation_of(g, ranked));
    xml.close();
}

void write_excluded(XmlWriter& xml, const art16::Graduatoria& g, const art16::Exclusion& exclusion) {
    const art16::Candidatura& person = candidatura_of(g, exclusion.candidatura);
    xml.open("escluso", {{"protocollo", person.protocol},
                         {"codicefiscale", person.codice_fiscale},
                         {"cognome", person.surname},
                         {"nome", person.name},
                         {"codice", exclusion.reason_code},
                         {"motivo", exclusion.reason}});
    write_explanation(xml, exclusion.explanation);
    xml.close();
}

}  // namespace

std::string graduatoria_xml(const art16::Graduatoria& graduatoria, const ReportContext& context) {
    XmlWriter xml;
    xml.open("graduatoria", avviso_attributes(graduatoria, context));
    for (const art16::ReservedPosts& reserve : graduatoria.avviso.reserved) {
        xml.leaf("riserva", {{"tipo", reserve.kind}, {"posti", std::to_string(reserve.count)}});
    }
    xml.leaf("criteri", {{"id", graduatoria.criteria.id},
                         {"atto", graduatoria.criteria.act},
                         {"file", context.criteria_file},
                         {"sha256", context.criteria_sha256}});
    for (const art16::RankedCandidate& ranked : graduatoria.ranked) {
        write_ranked(xml, graduatoria, ranked);
    }
    for (const art16::Exclusion& exclusion : graduatoria.excluded) {
        write_excluded(xml, graduatoria, exclusion);
    }
    xml.close();
    return xml.bytes();
}

}  // namespace gradus::report
