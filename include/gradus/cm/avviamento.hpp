#pragma once

#include "gradus/cm/avviamento_candidate.hpp"
#include "gradus/cm/avviamento_terms.hpp"
#include "gradus/cm/richiesta.hpp"
#include "gradus/core/explanation.hpp"

#include <cstdint>
#include <optional>
#include <string_view>
#include <vector>

namespace gradus::cm {

// How the request is served at the reference date.
enum class Procedura {
    numerica,            // the employer asked for avviamento in graduatoria order
    numerica_d_ufficio,  // nominativa not honoured within the term: the office avvia d'ufficio (art. 7 c. 1-bis)
    nominativa,          // the employer names the people; nothing for the office to propose
};

enum class Stato {
    proposta,             // people proposed (possibly fewer than the posts)
    non_dovuta,           // nominativa within the term: no avviamento d'ufficio yet
    posti_coperti,        // the people already avviati cover every post
    termine_non_definito, // no term in force for the obligation date: nothing can be decided
    non_ancora_presentata,// the request is dated after the reference date
};

// Why a person in the graduatoria was passed over, in the order the checks run.
enum class Motivo {
    gia_avviato,        // already avviato on this request, or placed and no longer available
    gia_proposto,       // proposed for an earlier request of the same batch
    qualifica,          // not available for the requested qualifica
    patente,            // the post needs a driving licence the person does not have
    controindicazione,  // a condition of the post is one of the person's contraindications
};

std::string_view to_string(Procedura p);
std::string_view to_string(Stato s);
std::string_view to_string(Motivo m);

struct Proposta {
    std::size_t candidate = 0;  // index into the candidates given
    std::int64_t post = 0;      // 1..posts still open
    Explanation explanation;
};

struct Scarto {
    std::size_t candidate = 0;
    Motivo motivo = Motivo::qualifica;
    std::string detail;  // which qualifica, condition, request ...
    Explanation explanation;
};

struct AvviamentoResult {
    std::size_t request = 0;  // index into the requests given
    Procedura procedura = Procedura::nominativa;
    Stato stato = Stato::non_dovuta;
    std::optional<Date> term_end;  // last day the employer may hire by name
    std::optional<Date> due_from;  // first day of the avviamento d'ufficio
    std::int64_t open_posts = 0;   // posts less the people already avviati
    std::vector<Proposta> proposed;  // graduatoria order
    std::vector<Scarto> skipped;     // graduatoria order, only people before the last proposal
    std::int64_t uncovered() const { return open_posts - static_cast<std::int64_t>(proposed.size()); }
    Explanation explanation;  // the request-level steps
};

// The candidates in avviamento order: graduatoria position, then registration number, then
// codice fiscale (a total order whatever the input order). Returns indexes into `candidates`.
std::vector<std::size_t> avviamento_order(const std::vector<AvviamentoCandidate>& candidates);

// One request at `as_of`. Goes down the graduatoria of the request's list (people of the other
// list are not in it) and proposes the people whose qualifica, licence and contraindications
// fit, up to the open posts; `taken` holds codici fiscali
// proposed for earlier requests (those people are skipped) and receives this one's.
AvviamentoResult propose_avviamento(const Richiesta& request, std::size_t request_index,
                                    const std::vector<AvviamentoCandidate>& candidates, const Date& as_of,
                                    const AvviamentoTerms& terms, std::vector<std::string>& taken);

// Every request, in the order request date, then id; a person is proposed for one request at most.
std::vector<AvviamentoResult> propose_avviamenti(const std::vector<Richiesta>& requests,
                                                 const std::vector<AvviamentoCandidate>& candidates,
                                                 const Date& as_of, const AvviamentoTerms& terms);

}  // namespace gradus::cm
