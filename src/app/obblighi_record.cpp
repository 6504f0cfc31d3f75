#include "gradus/app/obblighi_record.hpp"

#include "stored_files.hpp"

#include "gradus/app/stored_documents.hpp"

#include <algorithm>
#include <memory>
#include <mutex>

#include "gradus/core/codice_fiscale.hpp"
#include "gradus/store/ledger.hpp"
#include "gradus/store/run_transaction.hpp"
#include "gradus/version.hpp"

namespace gradus::app {
namespace {

void store_rows(store::RunTransaction& run, const report::ObblighiReport& report) {
    auto writer = run.bulk_writer("l68_obblighi",
                                  {"run_id", "codice_fiscale", "codice_comunicazione", "provincia", "categoria",
                                   "base_art3", "base_art18", "quota_disabili", "quota_cat_protette", "esonerati",
                                   "disabili", "cat_protette", "scoperture_disabili", "scoperture_cat_protette",
                                   "sospensioni", "contributo_esonerativo", "sanzione_stimata"});
    const std::int64_t id = run.run_id();
    for (const report::ObblighiRow& r : report::obblighi_rows(report)) {
        const l68::Figures& f = *r.figures;
        writer.add_row({id, r.prospetto->codice_fiscale, r.prospetto->codice_comunicazione, f.provincia,
                        std::string(l68::to_string(r.obligation->category)), f.bases.art3.base, f.bases.art18.base,
                        f.quota_disabled, f.quota_protected, f.exempted, f.disabled, f.protected_category,
                        f.shortfall_disabled, f.shortfall_protected, std::string(f.suspension ? "S" : "N"),
                        r.amounts->contributo.euro.to_string(), r.amounts->sanction.euro.to_string()});
    }
    writer.finish();
}

// Every file that was read, fetched again (a prospetto is a few KB) and stored: it must still have
// the digest it had when it was parsed.
void store_prospetti(store::RunTransaction& run, const ObblighiInputs& inputs, const ObblighiOutcome& outcome) {
    for (std::size_t i = 0; i < inputs.prospetti.size(); ++i) {
        const std::string& parsed = outcome.file_sha256.at(i);
        if (parsed.empty()) continue;  // it could not be read: a scarto, not an input of the run
        const auto& file = inputs.prospetti[i];
        check_unchanged(file.name, parsed, run.add_input("prospetto", file.name, inputs.read ? inputs.read(i) : file.bytes));
    }
}

std::string firm_outcome(const l68::Prospetto& p, const l68::Obligation& o) {
    const l68::Figures& f = o.national;
    return "computo obblighi L. 68/1999, prospetto " + p.codice_comunicazione + ": categoria " +
           std::string(l68::to_string(o.category)) + ", quota disabili " + std::to_string(f.quota_disabled) +
           ", esonerati " + std::to_string(f.exempted) + ", art. 18 " + std::to_string(f.quota_protected) + ", scoperture " + std::to_string(f.shortfall_disabled) +
           " + " + std::to_string(f.shortfall_protected);
}

}  // namespace

FirmServices firm_services(const report::ObblighiReport& report, std::int64_t run_id, const std::string& office) {
    FirmServices out;
    for (const report::ObblighiEntry& entry : report.entries) {
        const l68::Prospetto& p = *entry.prospetto;
        if (!out.events.empty() && out.events.back().subject_code == p.codice_fiscale) continue;
        if (!PartitaIva::is_valid(p.codice_fiscale) && !CodiceFiscale::is_valid(p.codice_fiscale)) {
            if (out.left_out.empty() || out.left_out.back() != p.codice_fiscale) out.left_out.push_back(p.codice_fiscale);
            continue;
        }
        services::ServiceEvent e;
        e.subject = services::Subject::firm;
        e.subject_code = p.codice_fiscale;
        e.office = office;
        e.service = "S";  // DM 4/2018 All. B, LEP S: computo del numero di soggetti da assumere
        e.event = services::SapEvent::terminata;
        e.event_date = report.as_of;
        e.proposed = std::min(p.data_invio_day, report.as_of);
        e.started = e.proposed;
        e.ended = report.as_of;
        e.outcome = firm_outcome(p, entry.assessment->obligation);
        e.run_id = run_id;
        out.events.push_back(std::move(e));
    }
    return out;
}

std::int64_t record_obblighi_run(store::Store& db, const ObblighiInputs& inputs, const ObblighiOutcome& outcome,
                                 std::string_view started_at, std::string_view finished_at,
                                 const std::optional<std::string>& office, DocumentCopies* copies,
                                 const std::function<void(std::string_view stage)>& stage_done) {
    const auto done = [&stage_done](std::string_view stage) {
        if (stage_done) stage_done(stage);
    };
    std::optional<store::Ledger> ledger;
    if (office) ledger.emplace(db);
    const store::RunSpec spec{"l68-obblighi", engine_version, outcome.report.as_of, outcome.options, {}};
    store::RunTransaction run(db, spec, started_at);
    store_prospetti(run, inputs, outcome);
    for (const auto& f : inputs.reference) run.add_input("dati", f.name, f.bytes);
    done("inputs");
    run.start_writeback();  // the prospetti go to disk while the reports are rendered
    store_documents(run, obblighi_documents(outcome), copies);
    done("reports");
    run.start_writeback();  // and the reports while the rows are stored
    store_rows(run, outcome.report);
    done("rows");
    if (ledger) {
        for (const auto& e : firm_services(outcome.report, run.run_id(), *office).events) ledger->append(e, finished_at);
    }
    run.commit(finished_at);
    done("commit");
    return run.run_id();
}

StoredObblighiRun load_obblighi_run(store::Store& db, std::int64_t run_id) {
    using namespace detail;
    StoredObblighiRun run;
    run.record = succeeded_run(db, run_id, "l68-obblighi", "an obligations batch");
    const RunOptions options = RunOptions::parse(run.record.options);
    const auto files = db.run_files(run_id);
    // Each prospetto is fetched from the store only when it is parsed (ObblighiInputs::read), one
    // fetch at a time on the store's one connection.
    std::vector<store::RunFile> stored;
    for (const auto& name : options.all("prospetto")) {
        run.inputs.prospetti.push_back({name, {}});
        stored.push_back(input_named(files, "prospetto", name));
    }
    run.inputs.read = [&db, one_at_a_time = std::make_shared<std::mutex>(), stored = std::move(stored)](std::size_t i) {
        const std::lock_guard<std::mutex> lock(*one_at_a_time);
        return blob(db, stored.at(i));
    };
    for (const auto& f : files) {
        if (f.direction == store::FileDirection::in && f.role == "dati") run.inputs.reference.push_back({f.name, blob(db, f)});
    }
    run.settings.as_of = Date::parse_iso(required_option(options, run_id, "as_of"));
    if (const auto p = required_option(options, run_id, "provincia"); !p.empty()) run.settings.provincia = p;
    run.settings.reports = options.all("report");
    run.output_hashes = output_hashes(files);
    return run;
}

}  // namespace gradus::app
