#pragma once

#include "gradus/art16/candidatura.hpp"
#include "gradus/criteria/criteria.hpp"

#include <optional>
#include <string>
#include <variant>
#include <vector>

namespace gradus::art16 {

// The changes a riesame decision can make to one candidatura.
struct NewIsee {
    Isee isee;
};
struct AddDependant {
    Dependant dependant;
};
struct NewDid {
    Date did;
};
struct AnnulExclusion {
    std::string reason_code;  // the exclusion found unfounded, e.g. "scuola_obbligo", "fuori_termine"
};
struct Exclude {
    std::string reason;
};
using Change = std::variant<NewIsee, AddDependant, NewDid, AnnulExclusion, Exclude>;

// One decision on a candidate's request for riesame of a provisional graduatoria.
struct Rettifica {
    std::string protocol;       // the candidatura it changes
    Date request_date;          // when the candidate asked
    std::string decision;       // the decision's reference (e.g. "Det. 123/2026")
    Date decision_date;
    Change change;
    SourcePosition origin;
};

struct Rettifiche {
    std::string avviso_id;
    Date published;  // publication of the provisional graduatoria: the riesame window starts here
    std::vector<Rettifica> items;
};

struct RettificaVerdict {
    Rettifica rettifica;
    bool applied = false;
    std::string reason;  // why it was not applied (late, unknown protocol), or what it changed
};

// Applies the decisions that came within the criteria's riesame window (request date at most
// `riesame_days` after publication; every request when the window is unknown [N], said so) to
// the candidature they name. Late requests and unknown protocols are refused, never guessed.
std::vector<RettificaVerdict> apply_rettifiche(std::vector<Candidatura>& candidature, const Rettifiche& rettifiche,
                                               const criteria::Criteria& criteria);

std::string describe(const Change& change);  // Italian, for reports and explanations

}  // namespace gradus::art16
