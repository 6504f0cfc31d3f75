#include "gradus/report/art16_explain.hpp"

#include "gradus/art16/ranking.hpp"
#include "gradus/report/xml_writer.hpp"

namespace gradus::report {
namespace {

const art16::RankedCandidate* ranked_at(const art16::Graduatoria& g, std::size_t candidatura) {
    for (const auto& r : g.ranked) {
        if (r.candidatura == candidatura) return &r;
    }
    return nullptr;
}

const art16::Exclusion* excluded_at(const art16::Graduatoria& g, std::size_t candidatura) {
    for (const auto& e : g.excluded) {
        if (e.candidatura == candidatura) return &e;
    }
    return nullptr;
}

std::string step_text(const ExplanationStep& s) {
    std::string text = "  - " + s.rule + " = " + s.value + "\n";
    if (!s.note.empty()) text += "      " + s.note + "\n";
    text += "      fonte: " + s.source + "\n";
    for (const auto& [name, value] : s.inputs) text += "      dato usato: " + name + " = " + value + "\n";
    return text;
}

std::string neighbour(const art16::Graduatoria& g, const art16::RankedCandidate& r) {
    const auto& c = g.candidature[r.candidatura];
    return "posizione " + std::to_string(r.position) + ", protocollo " + c.protocol + ", punteggio " + r.score.to_string();
}

void steps_xml(XmlWriter& xml, const Explanation& e) {
    for (const auto& s : e.steps()) {
        xml.open("passo", {{"regola", s.rule}, {"fonte", s.source}, {"valore", s.value}, {"nota", s.note}});
        for (const auto& [name, value] : s.inputs) xml.leaf("input", {{"nome", name}, {"valore", value}});
        xml.close();
    }
}

}  // namespace

std::optional<std::size_t> find_candidatura(const art16::Graduatoria& g, const std::string& protocol,
                                            const std::string& codice_fiscale) {
    std::optional<std::size_t> found;
    for (std::size_t i = 0; i < g.candidature.size(); ++i) {
        const auto& c = g.candidature[i];
        if (!protocol.empty() && c.protocol == protocol) return i;
        if (!codice_fiscale.empty() && c.codice_fiscale == codice_fiscale) {
            if (ranked_at(g, i)) return i;  // the counted application wins over superseded ones
            if (!found) found = i;
        }
    }
    return found;
}

std::string explain_text(const art16::Graduatoria& g, std::size_t candidatura) {
    const auto& c = g.candidature.at(candidatura);
    std::string text = "Avviso " + g.avviso.id + ", criteri " + g.criteria.id + " (" + g.criteria.act + ")\n";
    text += "Candidatura protocollo " + c.protocol + " di " + c.surname + " " + c.name + " (" + c.codice_fiscale.str() +
            "), presentata " + c.submitted_at.str() + ", letta da " + c.origin.to_string() + "\n\n";
    if (const auto* e = excluded_at(g, candidatura)) {
        text += "ESCLUSA: " + e->reason + "\n\nPassi:\n";
        for (const auto& s : e->explanation.steps()) text += step_text(s);
        return text;
    }
    const auto* r = ranked_at(g, candidatura);
    if (!r) return text + "La candidatura non compare nella graduatoria.\n";
    text += "Posizione " + std::to_string(r->position) + " su " + std::to_string(g.ranked.size()) + ", punteggio " +
            r->score.to_string() + ", esito " + std::string(art16::to_string(r->esito)) +
            (r->reserve_kind ? " (riserva " + *r->reserve_kind + ")" : "") + "\n\nPassi del calcolo:\n";
    const Explanation trail = art16::explanation_of(g, *r);
    for (const auto& s : trail.steps()) text += step_text(s);
    const auto index = static_cast<std::size_t>(r->position - 1);
    text += "\nRispetto ai vicini:\n";
    if (index > 0) {
        text += "  sotto la " + neighbour(g, g.ranked[index - 1]) + ": decide '" + r->decided_by + "'\n";
    } else {
        text += "  prima posizione\n";
    }
    if (index + 1 < g.ranked.size()) {
        const auto& below = g.ranked[index + 1];
        text += "  sopra la " + neighbour(g, below) + ": decide '" + below.decided_by + "'\n";
    } else {
        text += "  ultima posizione\n";
    }
    return text;
}

std::string explain_xml(const art16::Graduatoria& g, std::size_t candidatura) {
    const auto& c = g.candidature.at(candidatura);
    XmlWriter xml;
    xml.open("spiegazione", {{"xmlns", "urn:gradus:spiegazione:1"}, {"avviso", g.avviso.id}, {"criteri", g.criteria.id},
                             {"protocollo", c.protocol}, {"codicefiscale", c.codice_fiscale.str()},
                             {"origine", c.origin.to_string()}});
    if (const auto* e = excluded_at(g, candidatura)) {
        xml.open("escluso", {{"codice", e->reason_code}, {"motivo", e->reason}});
        steps_xml(xml, e->explanation);
        xml.close();
    } else if (const auto* r = ranked_at(g, candidatura)) {
        const auto index = static_cast<std::size_t>(r->position - 1);
        XmlAttributes attributes = {{"posizione", std::to_string(r->position)},
                                    {"punteggio", r->score.to_string()},
                                    {"esito", std::string(art16::to_string(r->esito))}};
        xml.open("graduato", attributes);
        steps_xml(xml, art16::explanation_of(g, *r));
        if (index > 0) {
            const auto& above = g.ranked[index - 1];
            xml.leaf("sopra", {{"protocollo", g.candidature[above.candidatura].protocol},
                               {"punteggio", above.score.to_string()}, {"decisoDa", r->decided_by}});
        }
        if (index + 1 < g.ranked.size()) {
            const auto& below = g.ranked[index + 1];
            xml.leaf("sotto", {{"protocollo", g.candidature[below.candidatura].protocol},
                               {"punteggio", below.score.to_string()}, {"decisoDa", below.decided_by}});
        }
        xml.close();
    }
    xml.close();
    return xml.bytes();
}

}  // namespace gradus::report
