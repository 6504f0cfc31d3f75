#include "gradus/report/graduatoria_csv.hpp"

#include "gradus/art16/candidatura_prefetch.hpp"
#include "gradus/report/block_stream.hpp"
#include "gradus/report/candidatura_of.hpp"
#include "gradus/report/component_columns.hpp"
#include "gradus/report/csv_writer.hpp"
#include "gradus/report/esito_text.hpp"

namespace gradus::report {

namespace {

std::string header(const std::vector<art16::Component>& components) {
    CsvWriter csv;
    for (const char* column : {"posizione", "protocollo", "codicefiscale", "cognome", "nome", "punteggio", "esito",
                               "motivo"}) {
        csv.text(column);
    }
    for (const art16::Component kind : components) {
        csv.text(art16::to_string(kind));
    }
    csv.text("riserva").text("deciso_da").end_row();
    return csv.bytes();
}

void write_ranked(std::string& out, const art16::Graduatoria& g, const std::vector<art16::Component>& components,
                  std::size_t first, std::size_t last) {
    CsvWriter csv(out);
    std::vector<const Decimal*> points;
    for (std::size_t i = first; i < last; ++i) {
        if (i + art16::prefetch_lead < last) {
            art16::prefetch_identity(candidatura_of(g, g.ranked[i + art16::prefetch_lead].candidatura));
        }
        const art16::RankedCandidate& ranked = g.ranked[i];
        const art16::Candidatura& person = candidatura_of(g, ranked.candidatura);
        csv.integer(ranked.position)
            .text(person.protocol)
            .text(person.codice_fiscale)
            .text(person.surname)
            .text(person.name)
            .number(ranked.score)
            .text(esito_label(ranked.esito))
            .empty();
        points_by_column(ranked, components, points);
        for (const Decimal* column : points) {
            if (column != nullptr) {
                csv.number(*column);
            } else {
                csv.empty();
            }
        }
        csv.text(ranked.reserve_kind ? std::string_view(*ranked.reserve_kind) : std::string_view())
            .text(ranked.decided_by)
            .end_row();
    }
}

void write_excluded(std::string& out, const art16::Graduatoria& g, std::size_t component_count, std::size_t first,
                    std::size_t last) {
    CsvWriter csv(out);
    for (std::size_t i = first; i < last; ++i) {
        const art16::Exclusion& exclusion = g.excluded[i];
        const art16::Candidatura& person = candidatura_of(g, exclusion.candidatura);
        csv.empty()
            .text(person.protocol)
            .text(person.codice_fiscale)
            .text(person.surname)
            .text(person.name)
            .empty()
            .text(esito_label(art16::Esito::escluso))
            .text(exclusion.reason);
        for (std::size_t c = 0; c < component_count; ++c) {
            csv.empty();
        }
        csv.empty().empty().end_row();
    }
}

}  // namespace

void graduatoria_csv(const art16::Graduatoria& graduatoria, const ReportContext&, ByteSink& sink) {
    const std::vector<art16::Component> components = component_columns(graduatoria.ranked);
    sink.write(header(components));
    write_in_blocks(sink, graduatoria.ranked.size(), [&](std::size_t first, std::size_t last, std::string& out) {
        write_ranked(out, graduatoria, components, first, last);
    });
    write_in_blocks(sink, graduatoria.excluded.size(), [&](std::size_t first, std::size_t last, std::string& out) {
        write_excluded(out, graduatoria, components.size(), first, last);
    });
}

std::string graduatoria_csv(const art16::Graduatoria& graduatoria, const ReportContext& context) {
    StringSink sink;
    graduatoria_csv(graduatoria, context, sink);
    return sink.take();
}

}  // namespace gradus::report
