#pragma once

#include "gradus/app/named_bytes.hpp"
#include "gradus/app/output_documents.hpp"
#include "gradus/app/progress.hpp"
#include "gradus/core/byte_sink.hpp"
#include "gradus/core/date.hpp"
#include "gradus/core/errors.hpp"
#include "gradus/l68/assessment.hpp"
#include "gradus/report/obblighi_report.hpp"

#include <filesystem>
#include <functional>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace gradus::app {

struct ObblighiInputs {
    std::vector<NamedBytes> prospetti;  // named by the path they were found at
    std::vector<NamedBytes> reference;  // categorie-escluse.csv, importi.csv, comuni.csv
    IssueLog unreadable;                // files that could not be read at all
    // When set, the prospetti's bytes are not held here (they stay empty): read(i) returns those
    // of prospetti[i] while it is parsed, or throws InputError (the file joins the unreadable),
    // so a batch holds only the files being parsed at that moment.
    std::function<std::string(std::size_t)> read;
};

struct ObblighiSettings {
    Date as_of;
    std::optional<std::string> provincia;
    Progress* progress = nullptr;  // counts each prospetto file as it is read (for a progress display)
    // The reports to write, among obblighi_report_names(); empty: all of them. scarti.csv is
    // always written. A name that is none of them is a ConfigError.
    std::vector<std::string> reports;
    // Called as each stage ends ("parse", "assess"), so a caller can time them; the job itself
    // reads no clock.
    std::function<void(std::string_view stage)> stage_done;
};

// The reports an obligations batch can write, besides scarti.csv, in the order they are written.
const std::vector<std::string>& obblighi_report_names();

// Everything one obligations batch produced. The report's entries point into `prospetti` and
// `assessments`, so the outcome stays where compute_obblighi() put it (it is returned by pointer).
struct ObblighiOutcome {
    ObblighiOutcome() = default;
    ObblighiOutcome(const ObblighiOutcome&) = delete;
    ObblighiOutcome& operator=(const ObblighiOutcome&) = delete;
    // Frees the prospetti and assessments on every worker: freeing 100,000 on one thread took
    // 0.18 s, about 4 % of an unstored batch.
    ~ObblighiOutcome();

    std::vector<l68::Prospetto> prospetti;  // the counted ones keep only their header once assessed
    std::vector<std::optional<l68::Assessment>> assessments;  // parallel to prospetti; set for the counted
    // Parallel to the inputs' prospetti: the SHA-256 of each file as it was read (parsed or
    // refused), empty for one that could not be read. A run records exactly these bytes.
    std::vector<std::string> file_sha256;
    report::ObblighiReport report;
    std::size_t superseded = 0;
    std::size_t refused = 0;  // files refused (read, schema, computation)
    std::string options;  // canonical text stored with the run
    std::vector<std::string> reports;  // ObblighiSettings::reports
};

// Reads the prospetti (in parallel, one parser per file), chooses which count and recomputes each.
// Pure of files, store and clock: the same inputs give the same outcome.
std::unique_ptr<ObblighiOutcome> compute_obblighi(const ObblighiInputs& inputs, const ObblighiSettings& settings,
                                                  const std::filesystem::path& schemas);

// The outputs of `outcome`, each rendered on demand piece by piece, in the order a run writes
// them: the chosen reports and scarti.csv. They point into `outcome`.
std::vector<OutputDocument> obblighi_documents(const ObblighiOutcome& outcome);

}  // namespace gradus::app
