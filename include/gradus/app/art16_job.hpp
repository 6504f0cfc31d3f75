#pragma once

#include "gradus/app/input_document.hpp"
#include "gradus/app/named_bytes.hpp"
#include "gradus/app/output_documents.hpp"
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
    std::vector<InputDocument> candidature;
    std::optional<NamedBytes> rettifiche;  // riesame decisions applied before ranking
};

// How the criteria were chosen: an explicit file (its bytes), or the version in force on the
// reference date among a catalogue.
struct Art16Settings {
    std::optional<criteria::LoadedCriteria> explicit_criteria;
    std::optional<Date> as_of;  // default: the avviso's graduatoria date
    bool allow_unknown = false;
    // The reports to write, among art16_report_names(); empty: all of them. scarti.csv (and
    // rettifiche.csv in a riesame) are always written.
    std::vector<std::string> reports;
    // Called as each stage ends ("parse", "rank"), so a caller can time them; the job
    // itself reads no clock.
    std::function<void(std::string_view stage)> stage_done;
    // Counts each candidature file, with its records, as it is read (for a progress display).
    Progress* progress = nullptr;
};

// Everything one ranking produced: the result, the criteria used, the refused records and the
// digest of each candidature file as it was read; art16_documents() renders the output files.
struct Art16Outcome {
    art16::Graduatoria graduatoria;
    criteria::LoadedCriteria criteria;
    bool criteria_explicit = false;
    Date as_of;
    IssueLog issues;
    std::size_t records_read = 0;  // good and refused
    bool riesame = false;  // rettifiche were applied: the run is a riesame
    std::vector<art16::RettificaVerdict> rettifiche;
    std::vector<std::string> candidature_sha256;  // in the order of Art16Inputs::candidature
    std::vector<std::string> reports;             // Art16Settings::reports
    std::string options;  // canonical text stored with the run
};

// Reads the inputs, chooses the criteria and ranks. Reads no clock and writes nothing: the same
// inputs and settings give the same result (replay relies on it).
Art16Outcome run_art16(const Art16Inputs& inputs, const Art16Settings& settings,
                       const std::vector<criteria::LoadedCriteria>& catalogue, const std::filesystem::path& schemas);

// The reports a ranking can write, in their fixed order.
const std::vector<std::string>& art16_report_names();

// The output files of a ranking in their fixed order, each rendered when asked for; they refer
// to `outcome`, which must outlive them.
std::vector<OutputDocument> art16_documents(const Art16Outcome& outcome);

}  // namespace gradus::app
