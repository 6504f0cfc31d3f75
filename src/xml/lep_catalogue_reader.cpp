#include "gradus/xml/lep_catalogue_reader.hpp"

#include "lep_elements.hpp"

namespace gradus::xml {

namespace {

using detail::attribute_or_empty;
using detail::Element;
using detail::text_of;
using detail::texts_of;
using services::Lep;
using services::Service;

services::SapListing listing(const std::string& stato) {
    if (stato == "elencati") return services::SapListing::listed;
    if (stato == "da_definire") return services::SapListing::to_define;
    return services::SapListing::absent;
}

Service service_of(const Element& e) {
    Service s;
    s.id = attribute_or_empty(e, "id");
    s.title = attribute_or_empty(e, "titolo");
    s.refers_to = attribute_or_empty(e, "rinvio");
    s.legal_references = texts_of(e, "riferimento");
    s.activities = texts_of(e, "attivita");
    s.description = text_of(e, "descrizione");
    s.output = text_of(e, "output");
    s.outcome = text_of(e, "outcome");
    const Element& sap = *e.child("sap");
    s.sap_listing = listing(attribute_or_empty(sap, "stato"));
    for (const Element* t : sap.children_named("tipo_attivita")) {
        s.sap_codes.push_back({attribute_or_empty(*t, "codice"), attribute_or_empty(*t, "descrizione"),
                               attribute_or_empty(*t, "nel_seme")});
    }
    for (const Element* co : sap.children_named("co")) {
        s.co_outcomes.push_back(attribute_or_empty(*co, "rapporto"));
    }
    return s;
}

Lep lep_of(const Element& e) {
    Lep l;
    l.letter = attribute_or_empty(e, "lettera").front();
    l.title = text_of(e, "titolo");
    l.recipient = attribute_or_empty(e, "destinatario") == "impresa" ? services::Recipient::firm
                                                                      : services::Recipient::person;
    l.legal_references = texts_of(e, "riferimento");
    for (const Element* s : e.children_named("prestazione")) {
        l.services.push_back(service_of(*s));
    }
    return l;
}

}  // namespace

services::Catalogue read_lep_catalogue(std::string_view bytes, const std::string& name,
                                       const std::filesystem::path& schema_dir) {
    const Schema schema{schema_dir / lep_catalogue_schema_file, std::string(lep_catalogue_namespace)};
    const Element root = detail::read_element_tree(bytes, name, schema);
    std::vector<Lep> leps;
    for (const Element* e : root.children_named("lep")) {
        leps.push_back(lep_of(*e));
    }
    services::Catalogue catalogue(attribute_or_empty(root, "id"), std::move(leps));
    detail::refuse_problems(name, "the LEP catalogue is not usable", services::check_catalogue(catalogue));
    return catalogue;
}

}  // namespace gradus::xml
