#include "gradus/report/graduatoria_csv.hpp"

#include "gradus/report/candidatura_of.hpp"
#include "gradus/report/csv_writer.hpp"
#include "gradus/report/esito_text.hpp"

namespace gradus::report {

std::string pubblica_csv(const art16::Graduatoria& graduatoria, const ReportContext&) {
    CsvWriter csv;
    csv.text("posizione").text("protocollo").text("punteggio").text("esito").end_row();

    for (const art16::RankedCandidate& ranked : graduatoria.ranked) {
        csv.integer(ranked.position)
            .text(candidatura_of(graduatoria, ranked.candidatura).protocol)
            .number(ranked.score)
            .text(esito_label(ranked.esito))
            .end_row();
    }
    for (const art16::Exclusion& exclusion : graduatoria.excluded) {
        csv.empty()
            .text(candidatura_of(graduatoria, exclusion.candidatura).protocol)
            .empty()
            .text(esito_label(art16::Esito::escluso))
            .end_row();
    }
    return csv.bytes();
}

}  // namespace gradus::report
