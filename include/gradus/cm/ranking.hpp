#pragma once

#include "gradus/cm/graduatoria.hpp"
#include "gradus/criteria/ranking_order.hpp"

namespace gradus::cm {

struct RankOptions {
    // Rank even when the criteria mark a needed parameter unknown ([N]): the component is left out
    // and every explanation says so. Off by default: an incomplete rule refuses to rank.
    bool allow_unknown_parameters = false;
    // The graduatoria serves avviamenti to public employers: components the criteria reserve to
    // them count (Lecco: invalidity only for public employers).
    bool public_employer = false;
    // Keep each ranked person's explanation trail in the result. Off for a large province, where
    // the trails would cost a few KB a person: explanation_of() rebuilds the same steps.
    bool keep_trails = true;
};

// A person's score with its components and explanation, and the facts the tie-breaks compare.
struct Scored {
    Decimal score;
    std::vector<ScoreComponent> components;
    Explanation explanation;
    criteria::RankFacts facts;
};

// Scores one person at `reference` (pure). Components whose parameters are unknown ([N]) are left
// out and the explanation says so. The facts view `person`'s text: `person` must outlive them.
Scored score_iscritto(const criteria::Criteria& criteria, const Iscritto& person, const Date& reference,
                      bool public_employer);

// Annual graduatoria at `reference` (L. 68/1999 art. 8): everyone registered on or before that day
// and not already placed, each list ranked on its own. Throws ConfigError when the criteria are
// not for the collocamento mirato or mark a needed parameter unknown (unless allowed).
Graduatoria rank_annual(const criteria::Criteria& criteria, std::vector<Iscritto> iscritti, const Date& reference,
                        const RankOptions& options = {});

// Per-call graduatoria (Piemonte DGR 7-6435/2023): among the people who applied to `call`, those
// registered by the day before its publication, scored at the publication date.
Graduatoria rank_call(const criteria::Criteria& criteria, std::vector<Iscritto> iscritti, const Chiamata& call,
                      const RankOptions& options = {});

// A ranked person's explanation trail: the application (call mode), the score's steps and the
// tie-break that placed them. Read from the result when the ranking kept it, otherwise rebuilt
// from the person and the ranking (pure, the same steps either way).
Explanation explanation_of(const Graduatoria& g, const RankedIscritto& r);

}  // namespace gradus::cm
