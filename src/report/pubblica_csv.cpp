#include "gradus/report/graduatoria_csv.hpp"

#include "gradus/report/block_stream.hpp"
#include "gradus/report/candidatura_of.hpp"
#include "gradus/report/csv_writer.hpp"
#include "gradus/report/esito_text.hpp"

namespace gradus::report {

void pubblica_csv(const art16::Graduatoria& graduatoria, const ReportContext&, ByteSink& sink) {
    CsvWriter header;
    header.text("posizione").text("protocollo").text("punteggio").text("esito").end_row();
    sink.write(header.bytes());

    write_in_blocks(sink, graduatoria.ranked.size(), [&graduatoria](std::size_t first, std::size_t last,
                                                                     std::string& out) {
        CsvWriter csv(out);
        for (std::size_t i = first; i < last; ++i) {
            const art16::RankedCandidate& ranked = graduatoria.ranked[i];
            csv.integer(ranked.position)
                .text(candidatura_of(graduatoria, ranked.candidatura).protocol)
                .number(ranked.score)
                .text(esito_label(ranked.esito))
                .end_row();
        }
    });
    write_in_blocks(sink, graduatoria.excluded.size(), [&graduatoria](std::size_t first, std::size_t last,
                                                                       std::string& out) {
        CsvWriter csv(out);
        for (std::size_t i = first; i < last; ++i) {
            csv.empty()
                .text(candidatura_of(graduatoria, graduatoria.excluded[i].candidatura).protocol)
                .empty()
                .text(esito_label(art16::Esito::escluso))
                .end_row();
        }
    });
}

std::string pubblica_csv(const art16::Graduatoria& graduatoria, const ReportContext& context) {
    StringSink sink;
    pubblica_csv(graduatoria, context, sink);
    return sink.take();
}

}  // namespace gradus::report
