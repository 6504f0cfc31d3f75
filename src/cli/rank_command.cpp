#include "rank_command.hpp"

#include "gradus/art16/ranking.hpp"
#include "gradus/cli/files.hpp"
#include "gradus/core/errors.hpp"
#include "gradus/core/sha256.hpp"
#include "gradus/criteria/catalogue.hpp"
#include "gradus/report/graduatoria_csv.hpp"
#include "gradus/report/graduatoria_html.hpp"
#include "gradus/report/graduatoria_xml.hpp"
#include "gradus/report/issues_csv.hpp"
#include "gradus/store/run_transaction.hpp"
#include "gradus/store/store.hpp"
#include "gradus/version.hpp"
#include "gradus/xml/avviso_reader.hpp"
#include "gradus/xml/candidature_reader.hpp"
#include "gradus/xml/criteria_reader.hpp"

#include <oneapi/tbb/global_control.h>
#include <oneapi/tbb/parallel_for.h>

#include <ostream>

namespace po = boost::program_options;

namespace gradus::cli {
namespace {

struct CandidatureInput {
    std::vector<art16::Candidatura> records;
    IssueLog issues;
};

// Records answering another avviso are refused, each with an issue, so a misplaced file cannot
// slip candidates into the wrong graduatoria.
void refuse_other_avvisi(CandidatureInput& input, const std::string& avviso_id) {
    std::vector<art16::Candidatura> kept;
    for (auto& c : input.records) {
        if (c.avviso_id == avviso_id) {
            kept.push_back(std::move(c));
        } else {
            input.issues.add({c.origin, c.protocol, "avviso", "avviso",
                              "the candidatura answers avviso '" + c.avviso_id + "', not '" + avviso_id + "'"});
        }
    }
    input.records = std::move(kept);
}

// One parser per file, files in parallel; records and issues come back in the order of the files.
CandidatureInput read_all_candidature(const std::vector<std::string>& files, const std::filesystem::path& schemas,
                                      const std::string& avviso_id) {
    std::vector<CandidatureInput> per_file(files.size());
    tbb::parallel_for(std::size_t{0}, files.size(), [&](std::size_t i) {
        xml::read_candidature(files[i], schemas, per_file[i].records, per_file[i].issues);
        refuse_other_avvisi(per_file[i], avviso_id);
    });
    CandidatureInput all;
    for (auto& f : per_file) {
        all.records.insert(all.records.end(), std::make_move_iterator(f.records.begin()),
                           std::make_move_iterator(f.records.end()));
        all.issues.append(f.issues);
    }
    return all;
}

std::string canonical_options(const RankCommand::Options& o, const criteria::LoadedCriteria& chosen, const Date& as_of) {
    std::string text = "avviso=" + std::filesystem::path(o.avviso).filename().string() + "\n";
    for (const auto& c : o.candidature) text += "candidature=" + std::filesystem::path(c).filename().string() + "\n";
    text += "criteria=" + chosen.criteria.id + "\n";
    text += "criteria_selection=" + std::string(o.criteria_file.empty() ? "in_force" : "explicit") + "\n";
    text += "as_of=" + as_of.to_iso() + "\n";
    text += std::string("allow_unknown=") + (o.allow_unknown ? "1" : "0") + "\n";
    return text;
}

void store_rows(store::RunTransaction& run, const art16::Graduatoria& g) {
    auto writer = run.bulk_writer("art16_graduatoria", {"run_id", "posizione", "protocollo", "codice_fiscale",
                                                        "punteggio", "esito", "riserva", "deciso_da", "motivo"});
    const std::int64_t id = run.run_id();
    for (const auto& r : g.ranked) {
        const auto& c = g.candidature[r.candidatura];
        writer.add_row({id, std::int64_t{r.position}, c.protocol, c.codice_fiscale, r.score.to_string(),
                        std::string(art16::to_string(r.esito)),
                        r.reserve_kind ? store::Cell{*r.reserve_kind} : store::Cell{}, r.decided_by,
                        store::Cell{}});
    }
    for (const auto& e : g.excluded) {
        const auto& c = g.candidature[e.candidatura];
        writer.add_row({id, store::Cell{}, c.protocol, c.codice_fiscale, store::Cell{},
                        std::string(art16::to_string(art16::Esito::escluso)), store::Cell{}, store::Cell{},
                        e.reason});
    }
    writer.finish();
}

}  // namespace

std::string RankCommand::summary() const {
    return "rank the candidature of an art. 16 avviso (L. 56/1987) and write the graduatoria";
}

std::string RankCommand::usage_line() const {
    return "gradus rank --avviso FILE --candidature FILE... [--criteria FILE] [--as-of DATE] --out DIR";
}

void RankCommand::declare(po::options_description& options, po::positional_options_description&) {
    options.add_options()
        ("avviso", po::value(&m_options.avviso)->required(), "the avviso XML")
        ("candidature", po::value(&m_options.candidature)->multitoken()->required(), "one or more candidature XML files")
        ("criteria", po::value(&m_options.criteria_file), "criteria file to apply (default: the region's version in force on the reference date)")
        ("as-of", po::value(&m_as_of_text), "reference date YYYY-MM-DD for choosing the criteria (default: the avviso's graduatoria date)")
        ("out", po::value(&m_options.out)->required(), "folder for the outputs (created if missing)")
        ("allow-unknown", po::bool_switch(&m_options.allow_unknown), "rank even if the criteria mark a needed parameter unknown [N]")
        ("no-store", po::bool_switch(&m_options.no_store), "do not record the run in the store");
    m_common.declare(options);
}

void RankCommand::validate(const po::variables_map&) {
    m_common.validate();
    if (!m_as_of_text.empty()) {
        const auto d = Date::try_parse_iso(m_as_of_text);
        if (!d) throw UsageError("--as-of must be a date YYYY-MM-DD, not '" + m_as_of_text + "'");
        m_options.as_of = *d;
    }
}

int RankCommand::run(std::ostream& out, std::ostream& err) {
    const unsigned threads = m_common.threads ? m_common.threads : tbb::info::default_concurrency();
    tbb::global_control parallelism(tbb::global_control::max_allowed_parallelism, threads);
    const std::string started_at = utc_timestamp_now();
    const auto schemas = m_common.schema_dir();

    const art16::Avviso avviso = xml::read_avviso(m_options.avviso, schemas);
    CandidatureInput input = read_all_candidature(m_options.candidature, schemas, avviso.id);
    const Date as_of = m_options.as_of.value_or(avviso.ranking_date);

    std::vector<criteria::LoadedCriteria> catalogue;
    if (!m_options.criteria_file.empty()) {
        catalogue.push_back(xml::read_criteria_file(m_options.criteria_file, schemas));
    } else {
        catalogue = xml::read_criteria_dir(m_common.criteria_dir(), schemas);
    }
    const criteria::LoadedCriteria& chosen =
        !m_options.criteria_file.empty() ? catalogue.front()
        : avviso.criteria_id ? criteria::select_criteria_by_id(catalogue, *avviso.criteria_id)
                             : criteria::select_criteria(catalogue, avviso.region_code, "art16", as_of);

    art16::RankOptions rank_options;
    rank_options.allow_unknown_parameters = m_options.allow_unknown;
    const std::size_t read = input.records.size();
    const art16::Graduatoria g = art16::rank(avviso, chosen.criteria, std::move(input.records), rank_options);

    const report::ReportContext context{chosen.file_name, chosen.sha256, engine_version, ""};
    const std::vector<std::pair<std::string, std::string>> outputs = {
        {"graduatoria.xml", report::graduatoria_xml(g, context)},
        {"graduatoria.csv", report::graduatoria_csv(g, context)},
        {"graduatoria.html", report::graduatoria_html(g, context)},
        {"pubblica.csv", report::pubblica_csv(g, context)},
        {"pubblica.html", report::pubblica_html(g, context)},
        {"scarti.csv", report::issues_csv(input.issues)},
    };

    std::optional<std::int64_t> run_id;
    if (!m_options.no_store) {
        store::Store db(m_common.db);
        store::RunSpec spec{"art16-rank", engine_version, as_of, canonical_options(m_options, chosen, as_of), {}};
        store::RunTransaction run(db, spec, started_at);
        run.add_input("avviso", std::filesystem::path(m_options.avviso).filename().string(), read_file(m_options.avviso));
        for (const auto& c : m_options.candidature) {
            run.add_input("candidature", std::filesystem::path(c).filename().string(), read_file(c));
        }
        run.add_input("criteria", chosen.file_name, chosen.bytes);
        for (const auto& [name, bytes] : outputs) run.add_output("report", name, bytes);
        store_rows(run, g);
        run.commit(utc_timestamp_now());
        run_id = run.run_id();
    }

    std::filesystem::create_directories(m_options.out);
    for (const auto& [name, bytes] : outputs) {
        // Internal lists hold names, ISEE and family data: owner-only; the public ones are readable.
        const bool personal = name.rfind("pubblica", 0) != 0;
        write_file_atomically(std::filesystem::path(m_options.out) / name, bytes,
                              personal ? FileAccess::owner_only : FileAccess::shared);
    }

    if (!m_common.quiet) {
        out << "graduatoria " << avviso.id << ": " << g.ranked.size() << " ranked, " << g.excluded.size()
            << " excluded, " << input.issues.size() << " records rejected (of " << read + input.issues.size()
            << " read)\n"
            << "criteria: " << chosen.criteria.id << " (" << chosen.file_name << ", sha256 " << chosen.sha256 << ")\n";
        if (run_id) out << "run: " << *run_id << " in " << m_common.db << "\n";
        out << "outputs: " << (std::filesystem::path(m_options.out) / "graduatoria.html").string() << " and "
            << outputs.size() - 1 << " more in " << m_options.out << "\n";
    }
    for (const auto& issue : input.issues.issues()) err << "rejected: " << issue.to_string() << "\n";
    return input.issues.empty() ? exit_ok : exit_input_error;
}

}  // namespace gradus::cli
