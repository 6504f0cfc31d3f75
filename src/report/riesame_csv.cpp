#include "gradus/report/riesame_csv.hpp"

#include "gradus/report/csv_writer.hpp"

namespace gradus::report {
namespace {

void standing(CsvWriter& csv, const art16::Standing& s) {
    if (s.position) {
        csv.integer(*s.position).number(*s.score);
    } else {
        csv.empty().empty();
    }
    csv.text(std::string(art16::to_string(s.esito)));
}

}  // namespace

std::string rettifiche_csv(const std::vector<art16::RettificaVerdict>& verdicts) {
    CsvWriter csv;
    for (const char* h : {"protocollo", "richiesta", "decisione", "data_decisione", "modifica", "esito", "motivo", "origine"}) {
        csv.text(h);
    }
    csv.end_row();
    for (const auto& v : verdicts) {
        const auto& r = v.rettifica;
        csv.text(r.protocol).text(r.request_date.to_iso()).text(r.decision).text(r.decision_date.to_iso());
        csv.text(art16::describe(r.change)).text(v.applied ? "applicata" : "non applicata").text(v.applied ? "" : v.reason);
        csv.text(r.origin.to_string());
        csv.end_row();
    }
    return csv.bytes();
}

std::string riesame_csv(const std::vector<art16::StandingChange>& changes,
                        const std::vector<art16::RettificaVerdict>& verdicts) {
    CsvWriter csv;
    for (const char* h : {"protocollo", "cognome", "nome", "movimento", "posti_guadagnati", "prima_posizione",
                          "prima_punteggio", "prima_esito", "dopo_posizione", "dopo_punteggio", "dopo_esito", "motivo"}) {
        csv.text(h);
    }
    csv.end_row();
    for (const auto& c : changes) {
        std::string reason;
        for (const auto& v : verdicts) {
            if (v.applied && v.rettifica.protocol == c.protocol) {
                reason += (reason.empty() ? "" : "; ") + v.reason + " (decisione " + v.rettifica.decision + ")";
            }
        }
        if (reason.empty()) reason = "effetto delle rettifiche di altri candidati";
        csv.text(c.protocol).text(c.surname).text(c.name).text(std::string(art16::to_string(c.movement)));
        csv.integer(c.places);
        standing(csv, c.before);
        standing(csv, c.after);
        csv.text(reason);
        csv.end_row();
    }
    return csv.bytes();
}

}  // namespace gradus::report
