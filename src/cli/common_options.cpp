#include "gradus/cli/common_options.hpp"

#include "gradus/core/errors.hpp"
#include "gradus/version.hpp"

#include <oneapi/tbb/info.h>

#include <cstdlib>

namespace po = boost::program_options;

namespace gradus::cli {

void CommonOptions::declare(po::options_description& options) {
    options.add_options()
        ("db", po::value(&db)->default_value(db), "store: sqlite:PATH or postgresql://CONNINFO")
        ("threads", po::value(&threads)->default_value(threads), "worker threads (0: all cores); results do not depend on it")
        ("data-dir", po::value(&data_dir), "folder holding schemas/ and criteria/ (default: $GRADUS_DATA_DIR or the source tree)")
        ("quiet,q", po::bool_switch(&quiet), "print only errors");
}

void CommonOptions::validate() const {
    if (db.rfind("sqlite:", 0) != 0 && db.rfind("postgresql://", 0) != 0) {
        throw UsageError("--db must be sqlite:PATH or postgresql://CONNINFO, not '" + db + "'");
    }
    if (threads > 256) throw UsageError("--threads must be between 0 and 256");
}

void OutputOptions::declare(po::options_description& options) {
    options.add_options()
        ("json", po::bool_switch(&json), "print a one-line JSON summary (run id, counts, outputs, exit status) instead of the text")
        ("log", po::value(&log), "append structured log lines (JSON) to this file");
}

tbb::global_control CommonOptions::parallelism() const {
    const auto workers = threads ? threads : static_cast<unsigned>(tbb::info::default_concurrency());
    return tbb::global_control(tbb::global_control::max_allowed_parallelism, workers);
}

std::filesystem::path CommonOptions::resolved_data_dir() const {
    if (!data_dir.empty()) return data_dir;
    if (const char* env = std::getenv("GRADUS_DATA_DIR"); env && *env) return env;
    return default_data_dir;
}

}  // namespace gradus::cli
