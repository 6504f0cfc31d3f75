#pragma once

#include "gradus/cm/iscritto.hpp"
#include "gradus/core/date.hpp"
#include "gradus/core/errors.hpp"

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace gradus::cm {

// Who asks: private employers and enti pubblici economici hire by richiesta nominativa
// (L. 68/1999 art. 7 c. 1), public employers by chiamata numerica (art. 7 c. 2).
enum class EmployerKind { privato, ente_pubblico_economico, pubblico };
enum class Modalita { nominativa, numerica };

// A condition of the post. A candidate's contraindication uses the same code: the person
// cannot work under that condition.
enum class Condizione {
    turni_notturni,             // night shifts (UNIPI postilavoro/turninotturni)
    barriere_architettoniche,   // the workplace has architectural barriers (barrierearchitettoniche)
    sede_senza_mezzi_pubblici,  // not reachable by public transport (mezzipubblici = N)
    movimentazione_carichi,     // lifting or carrying loads
    stazione_eretta,            // standing for long periods
    lavoro_in_quota,            // work at heights
    guida_automezzi,            // driving vehicles
    videoterminale,             // screen work
    agenti_nocivi,              // dust, fumes, noise, chemicals
};

std::string_view to_string(EmployerKind k);
std::string_view to_string(Modalita m);
std::string_view to_string(Condizione c);
// Parse the codes above; each throws ParseError naming the text.
EmployerKind parse_employer_kind(std::string_view text);
Modalita parse_modalita(std::string_view text);
Condizione parse_condizione(std::string_view text);

// Someone already avviato on this request: skipped, and one post fewer to cover.
struct PlacedPerson {
    std::string codice_fiscale;
    std::optional<Date> date;
};

// An employer's request for avviamento of workers from the collocamento mirato lists.
struct Richiesta {
    std::string id;
    std::string employer_code;  // codice fiscale or partita IVA
    std::string employer_name;
    EmployerKind employer_kind = EmployerKind::privato;
    std::string qualifica_code;  // ISTAT CP 2011, e.g. "8.1.4.2.0.1"
    std::string qualifica_description;
    std::int64_t posts = 0;
    std::string comune;  // Belfiore code of the place of work
    Modalita modalita = Modalita::nominativa;
    Lista lista = Lista::disabili;  // the list drawn from (art. 1 or art. 18 c. 2)
    Date obligation_date;  // when the obligation to hire arose (art. 9 c. 1 term starts here)
    Date request_date;
    std::vector<Condizione> conditions;  // sorted, no repeats
    bool driving_licence_required = false;
    std::string notes;  // capacities and contraindications as the employer wrote them
    std::vector<PlacedPerson> already_placed;
    SourcePosition origin;  // file and line of the request, or the prospetto it came from
};

}  // namespace gradus::cm
