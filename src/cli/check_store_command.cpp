#include "check_store_command.hpp"

#include "gradus/cli/files.hpp"
#include "gradus/core/errors.hpp"
#include "gradus/core/sha256.hpp"
#include "gradus/store/run_transaction.hpp"
#include "gradus/store/store.hpp"
#include "gradus/version.hpp"

#include <ostream>

namespace gradus::cli {

std::string CheckStoreCommand::summary() const {
    return "check that the store opens, migrates and keeps a run with its files intact";
}

void CheckStoreCommand::declare(boost::program_options::options_description& options,
                                boost::program_options::positional_options_description&) {
    m_common.declare(options);
}

void CheckStoreCommand::validate(const boost::program_options::variables_map&) { m_common.validate(); }

int CheckStoreCommand::run(std::ostream& out, std::ostream&) {
    store::Store db(m_common.db);
    const std::string input = "gradus store check: input\n";
    const std::string output = "gradus store check: output \xC3\xA0\xC3\xA8\n";
    std::int64_t id = 0;
    {
        store::RunSpec spec{"store-check", engine_version, Date::from_ymd(2000, 1, 1), "check=1\n", {}};
        store::RunTransaction run(db, spec, utc_timestamp_now());
        run.add_input("check", "input.txt", input);
        run.add_output("check", "output.txt", output);
        run.commit(utc_timestamp_now());
        id = run.run_id();
    }
    const auto record = db.get_run(id);
    if (!record || record->status != store::RunStatus::succeeded) throw InternalError("the check run was not recorded as succeeded");
    for (const auto& file : db.run_files(id)) {
        const auto bytes = db.get_blob(file.sha256);
        if (!bytes || sha256_hex(*bytes) != file.sha256) throw InternalError("blob " + file.sha256 + " does not match its hash");
    }
    if (db.get_blob(sha256_hex(output)) != output) throw InternalError("the output blob did not come back intact");
    m_result.run_id = id;
    m_result.count("schema_version", db.schema_version());
    if (!m_common.quiet) {
        out << "store ok: " << m_common.db << " (schema version " << db.schema_version() << ", check run " << id
            << ", outputs hash " << record->outputs_hash.value_or("-") << ")\n";
    }
    return exit_ok;
}

}  // namespace gradus::cli
