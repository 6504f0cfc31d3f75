#include "gradus/report/servizi_sap_xml.hpp"

#include "gradus/report/xml_writer.hpp"

namespace gradus::report {

namespace {

void add_date(XmlAttributes& attributes, std::string_view name, const std::optional<Date>& d) {
    if (d) attributes.emplace_back(name, d->to_iso());
}

void add_text(XmlAttributes& attributes, std::string_view name, const std::string& text) {
    if (!text.empty()) attributes.emplace_back(name, text);
}

void write_policy(XmlWriter& xml, const services::SapPolicy& p) {
    XmlAttributes attributes{{"tipo_attivita", p.tipo_attivita}, {"data_proposta", p.proposed.to_iso()}};
    add_date(attributes, "data_inizio", p.started);
    add_date(attributes, "data_fine", p.ended);
    if (p.duration) {
        attributes.emplace_back("durata", std::to_string(*p.duration));
        attributes.emplace_back("tipologia_durata", p.duration_unit);
    }
    add_text(attributes, "denominazione", p.denominazione);
    add_text(attributes, "descrizione", p.description);
    attributes.emplace_back("codice_ente_promotore", p.promoter_code);
    add_text(attributes, "identificativo_politica", p.identificativo);
    if (!p.last_event) {
        xml.leaf("politica_attiva", attributes);
        return;
    }
    xml.open("politica_attiva", attributes);
    XmlAttributes event{{"evento", services::to_code(*p.last_event)},
                        {"descrizione", std::string(services::label(*p.last_event))}};
    add_date(event, "data_evento", p.last_event_date);
    xml.leaf("ultimo_evento", event);
    xml.close();
}

}  // namespace

std::string sap_section6_xml(const std::vector<services::SubjectPolicy>& policies, const Date& as_of) {
    XmlWriter xml;
    xml.open("sezione6", {{"xmlns", std::string(sap_section6_namespace)}, {"alla_data", as_of.to_iso()}});
    std::string open_subject;
    for (const services::SubjectPolicy& sp : policies) {
        if (sp.subject_code != open_subject) {
            if (!open_subject.empty()) xml.close();
            xml.open("lavoratore", {{"codice_fiscale", sp.subject_code}});
            open_subject = sp.subject_code;
        }
        write_policy(xml, sp.policy);
    }
    if (!open_subject.empty()) xml.close();
    xml.close();
    return xml.bytes();
}

}  // namespace gradus::report
