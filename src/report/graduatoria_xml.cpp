#include "gradus/report/graduatoria_xml.hpp"

#include "gradus/art16/ranking.hpp"
#include "gradus/report/block_stream.hpp"
#include "gradus/report/candidatura_of.hpp"
#include "gradus/report/esito_text.hpp"
#include "gradus/report/xml_writer.hpp"

namespace gradus::report {

namespace {

constexpr std::string_view root_element = "graduatoria";

// The XML declaration, the root's start tag with the avviso, the reserves and the criteria.
std::string head(const art16::Graduatoria& g, const ReportContext& context) {
    const art16::Avviso& a = g.avviso;
    std::string bytes(xml_declaration);
    XmlWriter xml(bytes, 0);
    xml.start(root_element);
    xml.attribute("xmlns", graduatoria_xml_namespace);
    xml.attribute("avviso", a.id);
    xml.attribute("ente", a.body_name);
    xml.attribute("enteCodiceFiscale", a.body_codice_fiscale);
    xml.attribute("regione", a.region_code);
    xml.attribute("profilo", a.profile_code);
    xml.attribute("descrizioneProfilo", a.profile_description);
    xml.attribute("posti", a.posts);
    xml.attribute("postiRiservatiCoperti", g.posts_reserved_filled);
    xml.attribute("postiRiservatiRestituiti", g.posts_returned_to_general);
    xml.attribute("dataPubblicazione", a.publication.to_iso());
    xml.attribute("aperturaCandidature", a.applications_open.to_iso());
    xml.attribute("chiusuraCandidature", a.applications_close.to_iso());
    xml.attribute("dataRiferimento", a.ranking_date.to_iso());
    xml.attribute("versioneMotore", context.engine_version);
    if (!context.run_label.empty()) {
        xml.attribute("esecuzione", context.run_label);
    }
    xml.end_open();
    for (const art16::ReservedPosts& reserve : a.reserved) {
        xml.start("riserva");
        xml.attribute("tipo", reserve.kind);
        xml.attribute("posti", reserve.count);
        xml.end_leaf();
    }
    xml.start("criteri");
    xml.attribute("id", g.criteria.id);
    xml.attribute("atto", g.criteria.act);
    xml.attribute("file", context.criteria_file);
    xml.attribute("sha256", context.criteria_sha256);
    xml.end_leaf();
    return bytes;
}

void write_explanation(XmlWriter& xml, const Explanation& explanation) {
    xml.open("spiegazione");
    for (const ExplanationStep& step : explanation.steps()) {
        xml.start("passo");
        xml.attribute("regola", step.rule);
        xml.attribute("fonte", step.source);
        xml.attribute("valore", step.value);
        xml.attribute("nota", step.note);
        if (step.inputs.empty()) {
            xml.end_leaf();
            continue;
        }
        xml.end_open();
        for (const auto& [name, value] : step.inputs) {
            xml.start("input");
            xml.attribute("nome", name);
            xml.attribute("valore", value);
            xml.end_leaf();
        }
        xml.close();
    }
    xml.close();
}

// The only read of a ranked candidate's explanation trail: rebuilt on demand when the ranking
// kept none (art16::explanation_of is pure, safe from the parallel blocks).
void write_ranked_explanation(XmlWriter& xml, const art16::Graduatoria& g, const art16::RankedCandidate& ranked) {
    write_explanation(xml, art16::explanation_of(g, ranked));
}

void write_ranked(XmlWriter& xml, const art16::Graduatoria& g, const art16::RankedCandidate& ranked) {
    const art16::Candidatura& person = candidatura_of(g, ranked.candidatura);
    xml.start("candidato");
    xml.attribute("posizione", ranked.position);
    xml.attribute("protocollo", person.protocol);
    xml.attribute("codicefiscale", person.codice_fiscale);
    xml.attribute("cognome", person.surname);
    xml.attribute("nome", person.name);
    xml.attribute("punteggio", ranked.score.to_string());
    xml.attribute("esito", esito_token(ranked.esito));
    if (ranked.reserve_kind) {
        xml.attribute("riserva", *ranked.reserve_kind);
    }
    if (ranked.group >= 0 && static_cast<std::size_t>(ranked.group) < g.criteria.groups.size()) {
        xml.attribute("gruppo", g.criteria.groups[static_cast<std::size_t>(ranked.group)].id);
    }
    xml.attribute("decisoDa", ranked.decided_by);
    xml.end_open();
    for (const art16::ScoreComponent& component : ranked.components) {
        xml.start("componente");
        xml.attribute("id", art16::to_string(component.kind));
        xml.attribute("punti", component.points.to_string());
        xml.end_leaf();
    }
    write_ranked_explanation(xml, g, ranked);
    xml.close();
}

void write_excluded(XmlWriter& xml, const art16::Graduatoria& g, const art16::Exclusion& exclusion) {
    const art16::Candidatura& person = candidatura_of(g, exclusion.candidatura);
    xml.start("escluso");
    xml.attribute("protocollo", person.protocol);
    xml.attribute("codicefiscale", person.codice_fiscale);
    xml.attribute("cognome", person.surname);
    xml.attribute("nome", person.name);
    xml.attribute("codice", exclusion.reason_code);
    xml.attribute("motivo", exclusion.reason);
    xml.end_open();
    write_explanation(xml, exclusion.explanation);
    xml.close();
}

}  // namespace

void graduatoria_xml(const art16::Graduatoria& graduatoria, const ReportContext& context, ByteSink& sink) {
    sink.write(head(graduatoria, context));
    write_in_blocks(sink, graduatoria.ranked.size(), [&graduatoria](std::size_t first, std::size_t last, std::string& out) {
        XmlWriter xml(out, 1);
        for (std::size_t i = first; i < last; ++i) {
            write_ranked(xml, graduatoria, graduatoria.ranked[i]);
        }
    });
    write_in_blocks(sink, graduatoria.excluded.size(),
                    [&graduatoria](std::size_t first, std::size_t last, std::string& out) {
                        XmlWriter xml(out, 1);
                        for (std::size_t i = first; i < last; ++i) {
                            write_excluded(xml, graduatoria, graduatoria.excluded[i]);
                        }
                    });
    sink.write("</" + std::string(root_element) + ">\n");
}

std::string graduatoria_xml(const art16::Graduatoria& graduatoria, const ReportContext& context) {
    StringSink sink;
    graduatoria_xml(graduatoria, context, sink);
    return sink.take();
}

}  // namespace gradus::report
