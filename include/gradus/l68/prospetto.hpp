#pragma once

#include "gradus/core/date.hpp"

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace gradus::l68 {

// A weekly working time "HH:MM" of the UNIPI standard, in minutes.
struct WeeklyMinutes {
    std::int64_t minutes = 0;
    friend bool operator==(const WeeklyMinutes&, const WeeklyMinutes&) = default;
};

// n workers on `part_time` weekly minutes out of `contractual` (dettaglioparttime, parttime).
struct PartTimeGroup {
    std::int64_t count = 0;
    WeeklyMinutes contractual;
    WeeklyMinutes part_time;
};

// lavoratoritempopienoparttime: full-time head count plus part-time groups.
struct Workforce {
    std::int64_t full_time = 0;
    std::vector<PartTimeGroup> part_time;
    std::int64_t head_count() const;
};

struct ExcludedCount {
    std::string code;  // categorieescluse/categoria, 4 digits
    std::int64_t count = 0;
};

enum class Approval { approved, requested };  // statoconcessione E, F

enum class CompensationKind { surplus, reduction };  // categoriacompensazione E, R
enum class Beneficiary { disabled, protected_category };  // categoriasoggetto D, C

struct Compensation {
    std::string provincia;
    CompensationKind kind = CompensationKind::surplus;
    std::int64_t count = 0;
    Beneficiary beneficiary = Beneficiary::disabled;
    std::string group_company;  // codicefiscaleaziendagruppo, empty when within the employer
};

struct Suspension {
    Approval state = Approval::requested;
    std::string cause;
    std::optional<Date> ends;
    std::int64_t workers = 0;
};

struct Exemption {
    Approval state = Approval::requested;
    std::optional<Date> until;        // finoal
    std::optional<std::int64_t> percent;
    std::optional<std::int64_t> workers;
};

struct SelfCertifiedExemption {  // esoneri60permille
    Date certified_on;
    std::int64_t workers_60_per_mille = 0;
    std::int64_t exempted = 0;  // numerolavoratoriesonero
};

enum class HiringKind { numerica, nominativa };  // categoriaassunzione NU, NO

// postilavoro: posts the employer makes available for the people of the lists.
struct JobPost {
    std::string qualifica;  // qualificaprof, ISTAT CP 2011
    std::string mansione;
    std::int64_t count = 0;  // nposti
    Beneficiary beneficiary = Beneficiary::disabled;  // categoriasogg
    std::string comune;      // comuneass, Belfiore code
    std::string capacities;  // capacitacontroindicazioni, free text
    bool architectural_barriers = false;  // barrierearchitettoniche S
    bool night_shifts = false;            // turninotturni S
    bool public_transport = false;        // mezzipubblici S
    std::optional<HiringKind> hiring;     // categoriaass
    std::uint64_t line = 0;  // of the postilavoro element
};

// Quadro 2: one province of the employer.
struct ProvincialDetail {
    std::string provincia;  // 3-digit ISTAT code
    std::int64_t employees = 0;  // nlavoratori
    Workforce disabled, switchboard_blind, physiotherapist_blind, telework;
    std::vector<ExcludedCount> excluded;
    std::vector<PartTimeGroup> part_time;     // dettaglioparttime
    std::vector<PartTimeGroup> intermittent;  // dettagliointermittenti (part_time = hours worked)
    std::int64_t protected_category = 0;      // categorieprotette
    std::optional<std::int64_t> protected_in_service_17012000;
    Workforce agency_disabled;       // lavoratoridisabilisomministrati
    Workforce convention_disabled;   // lavoratoridisabiliconv12bis14
    std::vector<Compensation> compensations;
    std::vector<JobPost> posts;  // postilavoro
    std::optional<Suspension> suspension;
    std::optional<Exemption> exemption;
    std::optional<SelfCertifiedExemption> self_certified;
};

// Figures the employer declared in quadro 3 (national summary and one line per province).
struct DeclaredSummary {
    std::string provincia;  // empty for riepilogonazionale
    std::int64_t base_art3 = 0, base_art18 = 0;
    std::int64_t quota_disabled = 0, quota_protected = 0;
    std::int64_t exempted = 0;
    std::int64_t disabled = 0, protected_category = 0;
    std::int64_t shortfall_disabled = 0, shortfall_protected = 0;
    bool suspension = false;
    std::int64_t art18_offset = 0;  // quotaesuberiArt18, national only
    // categoriacompdisabili / numerocompdisabili and the same for art. 18, provinces only.
    std::optional<CompensationKind> compensation_disabled_kind;
    std::int64_t compensation_disabled_count = 0;
    std::optional<CompensationKind> compensation_protected_kind;
    std::int64_t compensation_protected_count = 0;
};

enum class CommunicationType { prospetto, rettifica, annullamento };  // tipocomunicazione 01, 02, 03

struct Prospetto {
    std::string codice_comunicazione;
    std::string codice_precedente;  // empty when absent
    std::string data_invio;         // xs:dateTime as sent
    Date data_invio_day;
    CommunicationType type = CommunicationType::prospetto;
    Date reference_date;            // datariferimento
    std::string codice_fiscale;
    std::string denominazione;
    std::optional<char> declarant_type;  // tipologiadichiarante A private, B ente pubblico economico, C public, D private in a group
    std::string comune_sede_legale;  // Belfiore code
    std::optional<char> declared_category;  // categoriaazienda A, B, C
    std::int64_t national_employees = 0;   // nlavoratorinazionali
    std::vector<ProvincialDetail> provinces;
    std::optional<DeclaredSummary> declared_national;
    std::vector<DeclaredSummary> declared_provinces;
    std::string file;    // where it was read
    std::string sha256;  // of the file's bytes
};

}  // namespace gradus::l68
