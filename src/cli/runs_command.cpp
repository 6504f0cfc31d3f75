#include "runs_command.hpp"

#include "gradus/store/store.hpp"

#include <ostream>

namespace gradus::cli {

void RunsCommand::declare(boost::program_options::options_description& options,
                          boost::program_options::positional_options_description&) {
    m_common.declare(options);
}

void RunsCommand::validate(const boost::program_options::variables_map&) { m_common.validate(); }

int RunsCommand::run(std::ostream& out, std::ostream&) {
    store::Store db(m_common.db);
    out << "id\tkind\tstatus\treference\tstarted\tengine\toutputs\n";
    const auto runs = db.list_runs();
    m_result.count("runs", static_cast<std::int64_t>(runs.size()));
    for (const auto& r : runs) {
        out << r.id << '\t' << r.kind << '\t' << store::to_string(r.status) << '\t' << r.reference_date.to_iso()
            << '\t' << r.started_at << '\t' << r.engine_version << '\t' << r.outputs_hash.value_or("-");
        if (r.message) out << '\t' << *r.message;
        out << '\n';
    }
    return exit_ok;
}

}  // namespace gradus::cli
