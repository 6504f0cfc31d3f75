#pragma once

#include "gradus/app/named_bytes.hpp"
#include "gradus/app/progress.hpp"
#include "gradus/art16/graduatoria.hpp"
#include "gradus/art16/rettifica.hpp"
#include "gradus/core/errors.hpp"
#include "gradus/criteria/catalogue.hpp"

#include <filesystem>
#include <functional>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace gradus::app {

struct Art16Inputs {
    NamedBytes avviso;
    std::vector<NamedBytes> candidature;
    std::optional<NamedBytes> rettifiche;  // riesame decisions applied before ranking
};

// How the criteria were chosen: an explicit file (its bytes), or the version in force on the
// reference date among a catalogue.
struct Art16Settings {
    std::optional<criteria::LoadedCriteria> explicit_criteria;
    std::optional<Date> as_of;  // default: the avviso's graduatoria date
    bool allow_unknown = false;
    // Called as each stage ends ("parse", "rank", "reports"), so a caller can time them; the job
    // itself reads no clock.
    std::function<void(std::string_view stage)> stage_done;
    // Counts each candidature file, with its records, as it is read (for a progress display).
    Progress* progress = nullptr;
};

// Everything one ranking produced: the result, the criteria used, the refused records, and the
// output files' bytes in a fixed order.
struct Art16Outcome {
    art16::Graduatoria graduatoria;
    criteria::LoadedCriteria criteria;
    bool criteria_explicit = false;
    Date as_of;
    IssueLog issues;
    std::size_t records_read = 0;  // good and refused
    std::vector<art16::RettificaVerdict> rettifiche;
    std::vector<NamedBytes> outputs;
    std::string options;  // canonical text stored with the run
};

// Reads the inputs, chooses the criteria, ranks and renders every output. Pure of files, store and
// clock: the same inputs and settings give the same bytes (replay relies on it).
Art16Outcome run_art16(const Art16Inputs& inputs, const Art16Settings& settings,
                       const std::vector<criteria::LoadedCriteria>& catalogue, const std::filesystem::path& schemas);

}  // namespace gradus::app
