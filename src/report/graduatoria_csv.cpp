#include "gradus/report/graduatoria_csv.hpp"

#include "gradus/report/candidatura_of.hpp"
#include "gradus/report/component_columns.hpp"
#include "gradus/report/csv_writer.hpp"
#include "gradus/report/esito_text.hpp"

namespace gradus::report {

std::string graduatoria_csv(const art16::Graduatoria& graduatoria, const ReportContext&) {
    const std::vector<std::string> components = component_columns(graduatoria.ranked);

    CsvWriter csv;
    for (const char* column : {"posizione", "protocollo", "codicefiscale", "cognome", "nome", "punteggio", "esito",
                               "motivo"}) {
        csv.text(column);
    }
    for (const std::string& id : components) {
        csv.text(id);
    }
    csv.text("riserva").text("deciso_da").end_row();

    for (const art16::RankedCandidate& ranked : graduatoria.ranked) {
        const art16::Candidatura& person = candidatura_of(graduatoria, ranked.candidatura);
        csv.integer(ranked.position)
            .text(person.protocol)
            .text(person.codice_fiscale)
            .text(person.surname)
            .text(person.name)
            .number(ranked.score)
            .text(esito_label(ranked.esito))
            .empty();
        for (const std::string& id : components) {
            if (const auto points = component_points(ranked, id)) {
                csv.number(*points);
            } else {
                csv.empty();
            }
        }
        csv.text(ranked.reserve_kind.value_or("")).text(ranked.decided_by).end_row();
    }

    for (const art16::Exclusion& exclusion : graduatoria.excluded) {
        const art16::Candidatura& person = candidatura_of(graduatoria, exclusion.candidatura);
        csv.empty()
            .text(person.protocol)
            .text(person.codice_fiscale)
            .text(person.surname)
            .text(person.name)
            .empty()
            .text(esito_label(art16::Esito::escluso))
            .text(exclusion.reason);
        for (std::size_t i = 0; i < components.size(); ++i) {
            csv.empty();
        }
        csv.empty().empty().end_row();
    }
    return csv.bytes();
}

}  // namespace gradus::report
