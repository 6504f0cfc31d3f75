#pragma once

#include "gradus/core/date.hpp"
#include "gradus/core/decimal.hpp"

#include <map>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <vector>

namespace gradus::criteria {

// How far a number in a criteria file is established (tags of shared/domain/README.md).
enum class Verification {
    verified,   // [V] read in the legal text or an official page
    secondary,  // [S] secondary source
    code,       // [C] read in a regional production system's code
    inferred,   // [I] inferred by us
    unknown,    // [N] not found: the value is absent and must not be invented
};
std::string_view to_tag(Verification v);  // "V", "S", "C", "I", "N"
std::optional<Verification> parse_verification(std::string_view tag);

// A parameter with its value (absent exactly when unknown), verification status and source id.
template <class T>
struct Parameter {
    std::optional<T> value;
    Verification status = Verification::unknown;
    std::string source;  // id of a Source of the file, e.g. "S5"

    bool known() const { return value.has_value(); }
};

// Status and source of a setting that is not a number (a reference date, the direction, the
// tie-break list, a validity date): the choice always exists, but may be inferred.
struct Provenance {
    Verification status = Verification::unknown;
    std::string source;
};

inline constexpr std::string_view procedure_art16 = "art16";
inline constexpr std::string_view procedure_collocamento_mirato = "collocamento_mirato";

struct Source {
    std::string id;     // "S5"
    std::string title;
    std::string url;
};

// The dates of an avviso that a rule can be measured at.
enum class ReferenceDate {
    publication,         // pubblicazione dell'avviso
    applications_open,   // apertura delle candidature
    applications_close,  // chiusura delle candidature
    submission,          // the candidate's own submission date
    ranking,             // data della graduatoria (the avviso's "riferimento" date)
};
// The names of the criteria files: "pubblicazione", "apertura", "chiusura", "presentazione",
// "graduatoria".
std::string_view to_string(ReferenceDate r);
std::optional<ReferenceDate> parse_reference_date(std::string_view name);

enum class Direction { higher_first, lower_first };
std::string_view to_string(Direction d);  // "piu_alto_primo", "piu_basso_primo"
std::optional<Direction> parse_direction(std::string_view name);

// ISEE (or income) points: steps = ISEE / step rounded by `rounding`; points = steps x
// points_per_step (signed), limited to `cap` in absolute value. In `allowance` form the points
// are `start` + steps x points_per_step, never below 0 (ER collocamento mirato style).
struct IseeRule {
    enum class Form { deduction, allowance };
    Form form = Form::deduction;
    Parameter<Decimal> step;             // euro, e.g. 1000.00
    Parameter<Decimal> points_per_step;  // signed, e.g. -1
    Parameter<Decimal> cap;              // absolute limit of the points, e.g. 25; no value and no source: no cap
    Parameter<Decimal> start;            // allowance form only
    Parameter<Decimal> missing_points;   // signed points when no valid ISEE, e.g. -25
    Parameter<Rounding> rounding;        // over_half on ISEE/1000 = "thousands rounded down up to 500.00"
    bool below_one_step_free = false;    // SIL: ISEE below one step costs nothing (off by default)
    bool omissions_as_missing = true;    // an ISEE with omissioni/difformita counts as missing
    ReferenceDate valid_at = ReferenceDate::submission;  // the ISEE must be valid on this date
};

// Fixed bonus for a DID made strictly before the reference date and still in force then.
struct DidBonusRule {
    Parameter<Decimal> points;
    ReferenceDate before = ReferenceDate::publication;
};

// Points per whole month of unemployment (months supplied by the regional system, else counted
// from the DID date to the reference date), with a cap on the months counted.
struct UnemploymentRule {
    Parameter<Decimal> points_per_month;  // signed
    Parameter<int> max_months;            // no value and no source: no cap
    ReferenceDate at = ReferenceDate::publication;
};

struct AgeBracket {
    int from_age = 0;  // reached on the reference date
    Decimal points;
};
// Non-cumulative: the highest bracket reached counts.
struct AgeRule {
    Parameter<std::vector<AgeBracket>> brackets;
    ReferenceDate at = ReferenceDate::publication;
    bool only_with_did = false;  // ER: age points go "al disoccupato"
};

struct DependantRule {
    Parameter<Decimal> points;              // per dependant, signed
    Parameter<Decimal> disabled_points;     // instead of `points`, for invalidity above the threshold
    Parameter<int> disabled_threshold_pct;  // strictly above this percentage
    ReferenceDate at = ReferenceDate::publication;
};

// Collocamento mirato (L. 68/1999 art. 8): months of registration in the list, counted in whole
// months up to the graduatoria's reference date, capped at `max_months`; above `flat_above_months`
// the component is `flat_points` instead (Piemonte: 2 per month, more than 24 months -> 50). With a
// `conventional_date` the months are signed instead, counted from that date to the registration
// date: negative for a registration before it, positive after (Lecco: -1 per month before 30 April
// 1988, +1 per month after, with points_per_month +1).
struct SeniorityRule {
    Parameter<Decimal> points_per_month;  // signed
    Parameter<int> max_months;            // no value and no source: no cap
    Parameter<int> flat_above_months;     // optional, with flat_points
    Parameter<Decimal> flat_points;
    Parameter<Date> conventional_date;    // optional: signed months from this date
};

// Points for the invalidity percentage: the percentage itself times `points_per_pct` up to
// `max_pct` (Piemonte), or the points of the band holding the percentage (Lecco). With
// `public_employers_only` the component counts only in a graduatoria for public employers.
struct InvalidityBand {
    int from_pct = 0;  // inclusive
    int to_pct = 0;    // inclusive
    Decimal points;
};
struct InvalidityRule {
    enum class Form { percentage, bands };
    Form form = Form::percentage;
    Parameter<Decimal> points_per_pct;                  // percentage form
    Parameter<int> max_pct;                             // percentage form; optional
    Parameter<std::vector<InvalidityBand>> bands;       // bands form
    bool public_employers_only = false;
};

// Personal income blocks (Lecco): income up to `threshold` gives 0; above it `points_above`, plus
// `points_per_block` for each further `block` of euro beyond the threshold (whole blocks only,
// unless `partial_blocks_count`). An income of a year before (reference year - max_years_back),
// or none, counts as missing: `missing_points`.
struct IncomeRule {
    Parameter<Decimal> threshold;        // euro
    Parameter<Decimal> points_above;     // signed
    Parameter<Decimal> block;            // euro
    Parameter<Decimal> points_per_block; // signed
    Parameter<Decimal> missing_points;   // signed
    Parameter<int> max_years_back;       // the income year must be >= reference year - this
    bool partial_blocks_count = false;
};

// Ordering groups before the score (Valle d'Aosta style): a candidate belongs to the first group
// whose conditions all hold; candidates in no group come after every group.
struct GroupRule {
    std::string id;
    std::string label;
    std::vector<std::string> statuses;  // occupational status codes; empty: any
    std::vector<std::string> flags;     // declarations that must be true, e.g. "familiare_deceduto_lavoro"
};

enum class TieBreak {
    younger_first,
    older_first,
    more_dependants,
    more_dependant_points,
    longer_unemployment,
    earlier_did,
    lower_isee,
    earlier_submission,
    earlier_registration,  // collocamento mirato: longer registration (earlier date) first
    higher_invalidity,     // collocamento mirato: higher invalidity percentage first
    protocol,  // always last, added by the loader when the file omits it
};
// The Italian names of the criteria files and of the reports ("deciso da"): "piu_giovane",
// "piu_anziano", "piu_carichi", "piu_punti_carichi", "piu_disoccupazione", "did_anteriore",
// "isee_inferiore", "presentazione_anteriore", "iscrizione_anteriore", "invalidita_maggiore",
// "protocollo" (for the collocamento mirato the registration number).
std::string_view to_string(TieBreak t);
std::optional<TieBreak> parse_tie_break(std::string_view name);
std::span<const TieBreak> all_tie_breaks();  // in declaration order

// One region's criteria for one procedure, as adopted by one act, in force for a period.
struct Criteria {
    std::string id;         // e.g. "emilia-romagna-art16-2017"
    std::string procedure;  // "art16" or "collocamento_mirato"
    std::string region_code;  // ISTAT 2 digits, "08"; "00" for national
    std::string region_name;
    std::string act;          // e.g. "DGR 1219/2021 Allegato A"
    std::optional<Date> act_date;
    Date valid_from;
    std::optional<Date> valid_to;  // inclusive; absent: still in force
    std::vector<Source> sources;

    Parameter<Decimal> base;
    Direction direction = Direction::higher_first;
    int score_scale = 0;  // decimals of the score (Campania: 1)

    std::optional<IseeRule> isee;
    std::optional<DidBonusRule> did_bonus;
    std::optional<UnemploymentRule> unemployment;
    std::optional<AgeRule> age;
    std::optional<DependantRule> dependants;
    std::vector<GroupRule> groups;
    std::optional<SeniorityRule> seniority;    // collocamento mirato only
    std::optional<InvalidityRule> invalidity;  // collocamento mirato only
    std::optional<IncomeRule> income;          // collocamento mirato only
    std::vector<TieBreak> tie_breaks;  // always ends with TieBreak::protocol
    Parameter<int> riesame_days;       // window for a riesame request

    // Status and source of each setting that is not a Parameter, by its name: "valid_from",
    // "valid_to", "direction", "tie_breaks", "groups", "isee.valid_at", "isee.below_one_step_free",
    // "isee.omissions_as_missing", "did_bonus.before", "unemployment.at", "age.at",
    // "age.only_with_did", "dependants.at", "invalidity.public_employers_only",
    // "income.partial_blocks_count". Only "tie_breaks" may be unknown: then no rule but
    // the protocol is known.
    std::map<std::string, Provenance> settings;

    bool in_force_on(const Date& d) const;
    // Names of the parameters the computation needs but the file marks unknown ([N]), e.g.
    // "did_bonus.points"; only for the components the criteria have.
    std::vector<std::string> unknown_parameters() const;
    // Names of the other rules the file marks unknown: "tie_breaks" (only the protocol decides
    // ties), "riesame_days".
    std::vector<std::string> unknown_settings() const;
};

}  // namespace gradus::criteria
