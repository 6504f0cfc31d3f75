#pragma once

#include "gradus/app/input_document.hpp"
#include "gradus/app/named_bytes.hpp"
#include "gradus/app/output_documents.hpp"
#include "gradus/cm/graduatoria.hpp"
#include "gradus/core/errors.hpp"
#include "gradus/criteria/catalogue.hpp"

#include <filesystem>
#include <optional>
#include <string>
#include <vector>

namespace gradus::app {

// The lists of one province and, for a per-call graduatoria, the applications to one call.
struct MiratoInputs {
    InputDocument iscritti;
    std::optional<NamedBytes> adesioni;
};

// How the criteria were chosen (an explicit file, else the region's version in force on the
// reference date) and what the graduatoria is for.
struct MiratoSettings {
    std::optional<criteria::LoadedCriteria> explicit_criteria;
    std::optional<Date> reference_date;  // annual mode: required; call mode: the call's publication
    bool allow_unknown = false;
    bool public_employer = false;
};

struct MiratoOutcome {
    cm::Graduatoria graduatoria;
    criteria::LoadedCriteria criteria;
    bool criteria_explicit = false;
    std::string province;
    IssueLog issues;               // refused records and refused applications
    std::size_t records_read = 0;  // good and refused
    std::string iscritti_sha256;   // of the lists as they were parsed
    std::string options;           // canonical text stored with the run
};

// Criteria for the collocamento mirato live in this sub-folder of the criteria folder.
inline constexpr const char* mirato_criteria_folder = "mirato";

// Reads the inputs, chooses the criteria and ranks (annual without adesioni, per call with them).
// Pure of files, store and clock: the same inputs give the same outcome.
// Throws ConfigError for a missing reference date, unusable criteria or an unreadable call.
MiratoOutcome run_mirato(const MiratoInputs& inputs, const MiratoSettings& settings,
                         const std::vector<criteria::LoadedCriteria>& catalogue, const std::filesystem::path& schemas);

// The outputs of `outcome`, each rendered on demand piece by piece, in the order a run writes
// them: graduatoria.xml/.csv/.html, pubblica.csv/.html, scarti.csv. They point into `outcome`.
std::vector<OutputDocument> mirato_documents(const MiratoOutcome& outcome);

}  // namespace gradus::app
