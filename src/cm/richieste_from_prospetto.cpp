#include "gradus/cm/richieste_from_prospetto.hpp"

namespace gradus::cm {
namespace {

EmployerKind employer_kind(const std::optional<char>& type) {
    if (type == 'B') return EmployerKind::ente_pubblico_economico;
    if (type == 'C') return EmployerKind::pubblico;
    return EmployerKind::privato;
}

Richiesta from_post(const l68::Prospetto& p, const l68::ProvincialDetail& province, const l68::JobPost& post, int n) {
    Richiesta r;
    r.id = p.codice_comunicazione + "-" + province.provincia + "-" + std::to_string(n);
    r.employer_code = p.codice_fiscale;
    r.employer_name = p.denominazione;
    r.employer_kind = employer_kind(p.declarant_type);
    r.qualifica_code = post.qualifica;
    r.qualifica_description = post.mansione;
    r.posts = post.count;
    r.comune = post.comune;
    if (post.hiring) {
        r.modalita = *post.hiring == l68::HiringKind::numerica ? Modalita::numerica : Modalita::nominativa;
    } else {
        r.modalita = r.employer_kind == EmployerKind::pubblico ? Modalita::numerica : Modalita::nominativa;
    }
    r.lista = post.beneficiary == l68::Beneficiary::disabled ? Lista::disabili : Lista::categorie_protette;
    r.obligation_date = p.reference_date;
    r.request_date = p.data_invio_day;
    if (post.night_shifts) r.conditions.push_back(Condizione::turni_notturni);
    if (post.architectural_barriers) r.conditions.push_back(Condizione::barriere_architettoniche);
    if (!post.public_transport) r.conditions.push_back(Condizione::sede_senza_mezzi_pubblici);
    r.notes = post.capacities;
    r.origin = SourcePosition{p.file, post.line, 0};
    return r;
}

}  // namespace

std::vector<Richiesta> richieste_from_prospetto(const l68::Prospetto& prospetto) {
    std::vector<Richiesta> out;
    int n = 0;
    for (const auto& province : prospetto.provinces) {
        for (const auto& post : province.posts) out.push_back(from_post(prospetto, province, post, ++n));
    }
    return out;
}

}  // namespace gradus::cm
