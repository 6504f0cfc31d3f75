#pragma once

// The input formats the hostile corpus covers: one row per reader. A new reader joins the corpus
// with one more row: its name, a valid file to mutate, how to call it, whether a bad record is
// quarantined while the others are kept (batch), and where the mutations of a number and of a
// date go (the text right before the value; empty when the format has no such value).

#include "gradus/core/errors.hpp"
#include "gradus/xml/avviso_reader.hpp"
#include "gradus/xml/candidature_reader.hpp"
#include "gradus/xml/criteria_reader.hpp"
#include "gradus/xml/lep_catalogue_reader.hpp"
#include "gradus/xml/lep_parameters_reader.hpp"
#include "gradus/xml/lsu_project_reader.hpp"
#include "gradus/xml/lsu_rules_reader.hpp"
#include "gradus/xml/mirato_reader.hpp"
#include "gradus/xml/prospetto_reader.hpp"
#include "gradus/xml/rettifiche_reader.hpp"
#include "gradus/xml/richieste_reader.hpp"
#include "gradus/xml/servizi_erogati_reader.hpp"
#include "gradus/xml/servizi_eventi_reader.hpp"

#include <filesystem>
#include <functional>
#include <string>
#include <string_view>
#include <vector>

namespace gradus::xml::test {

// What one reader made of one document: the records it delivered and every problem it reported,
// as a person reads it ("file:line:column: ... rule R: message").
struct Outcome {
    std::size_t records = 0;
    std::vector<std::string> problems;
};

using ReadBytes = std::function<Outcome(std::string_view bytes, const std::string& name,
                                        const std::filesystem::path& schema_dir)>;

struct Format {
    std::string name;
    std::string valid_file;  // relative to the source tree
    ReadBytes read;
    bool batch = false;
    std::string number_at;
    std::string date_at;
};

namespace detail {

inline void add_issues(Outcome& outcome, const IssueLog& issues) {
    for (const InputIssue& issue : issues.issues()) {
        outcome.problems.push_back(issue.to_string());
    }
}

// Runs `read`, which returns the number of records, and turns the errors meant for a person into
// problems; anything else escapes and fails the test.
template <typename Read>
Outcome reading(Read read) {
    Outcome outcome;
    try {
        outcome.records = read(outcome);
    } catch (const InputError& e) {
        outcome.problems.push_back(e.what());
    } catch (const ConfigError& e) {
        outcome.problems.push_back(e.what());
    }
    return outcome;
}

// A reader that returns one object or throws.
template <auto Reader>
Outcome one(std::string_view bytes, const std::string& name, const std::filesystem::path& schemas) {
    return reading([&](Outcome&) {
        Reader(bytes, name, schemas);
        return std::size_t{1};
    });
}

// A reader that appends records to a vector and problems to an IssueLog.
template <typename Record, auto Reader>
Outcome batch(std::string_view bytes, const std::string& name, const std::filesystem::path& schemas) {
    return reading([&](Outcome& outcome) {
        std::vector<Record> out;
        IssueLog issues;
        Reader(bytes, name, schemas, out, issues);
        add_issues(outcome, issues);
        return out.size();
    });
}

inline Outcome prospetto(std::string_view bytes, const std::string& name, const std::filesystem::path& schemas) {
    return reading([&](Outcome& outcome) {
        IssueLog issues;
        const auto read = read_prospetto_bytes(bytes, name, schemas, issues);
        add_issues(outcome, issues);
        return std::size_t{read ? 1u : 0u};
    });
}

inline Outcome candidature(std::string_view bytes, const std::string& name, const std::filesystem::path& schemas) {
    return batch<art16::Candidatura, [](std::string_view b, const std::string& n, const std::filesystem::path& s,
                                        std::vector<art16::Candidatura>& out, IssueLog& issues) {
        read_candidature_bytes(b, n, s, out, issues);
    }>(bytes, name, schemas);
}

inline Outcome lsu_project(std::string_view bytes, const std::string& name, const std::filesystem::path& schemas) {
    return reading([&](Outcome& outcome) {
        lsu::Records records;
        IssueLog issues;
        read_lsu_project(bytes, name, schemas, records, issues);
        add_issues(outcome, issues);
        return records.candidates.size() + records.benefits.size() + records.employments.size();
    });
}

inline Outcome mirato_iscritti(std::string_view bytes, const std::string& name, const std::filesystem::path& schemas) {
    return reading([&](Outcome& outcome) {
        IssueLog issues;
        const ElencoIscritti read = read_iscritti_bytes(bytes, name, schemas, issues);
        add_issues(outcome, issues);
        return read.iscritti.size();
    });
}

inline Outcome mirato_adesioni(std::string_view bytes, const std::string& name, const std::filesystem::path& schemas) {
    return reading([&](Outcome& outcome) {
        IssueLog issues;
        const cm::Chiamata read = read_adesioni_bytes(bytes, name, schemas, issues);
        add_issues(outcome, issues);
        return read.applications.size();
    });
}

}  // namespace detail

inline const std::vector<Format>& formats() {
    using namespace detail;
    static const std::vector<Format> all = {
        {"avviso", "fixtures/art16/demo/avviso.xml", one<read_avviso_bytes>, false, "<posti>", "<pubblicazione>"},
        {"candidature", "fixtures/art16/demo/candidature-1.xml",
         candidature, true, "<mesi_disoccupazione>", "<nascita>"},
        {"criteria", "criteria/emilia-romagna-art16.xml", one<read_criteria_bytes>, false,
         "<base stato=\"V\" fonte=\"S5\">", "<dal stato=\"I\" fonte=\"S5-2017\">"},
        {"rettifiche", "fixtures/art16/demo/rettifiche.xml", one<read_rettifiche_bytes>, false, "<valore>",
         "pubblicazione=\""},
        {"prospetto", "fixtures/l68/prospetti/08-base-151.xml", prospetto, false, "<nlavoratorinazionali>",
         "<datariferimento>"},
        {"lsu-progetto", "fixtures/lsu/art26/progetto.xml", lsu_project, true, "<importo_mensile>", "<nascita>"},
        {"lsu-regole", "criteria/lsu/regole-art26-dlgs150-2015.xml", one<read_lsu_rules>, false,
         "articolo=\"D.Lgs. 150/2015 art. 26 c. 5\">", "<dal stato=\"I\" fonte=\"GU-150\">"},
        {"lsu-compatibilita", "criteria/lsu/compatibilita-qualifiche.xml", one<read_lsu_compatibility>, false, "",
         "aggiornata=\""},
        {"lep-catalogo", "criteria/lep/catalogo-dm4-2018.xml", one<read_lep_catalogue>, false, "", ""},
        {"lep-parametri", "criteria/lep/parametri-dlgs150-2015.xml", one<read_lep_parameters>, false,
         "fonte=\"PATR-150\">", "<valore dal=\""},
        {"servizi-erogati", "fixtures/services/demo/erogati.xml",
         batch<services::ServiceEvent, read_servizi_erogati>, true, "", "data_evento=\""},
        {"servizi-eventi", "fixtures/services/demo/eventi.xml",
         batch<services::PersonFacts, read_servizi_eventi>, true, "", "<did data=\""},
        {"mirato-iscritti", "fixtures/mirato/torino-iscritti.xml", mirato_iscritti, true, "<percentuale>", "<nascita>"},
        {"mirato-adesioni", "fixtures/mirato/torino-adesioni.xml", mirato_adesioni, true, "", "<adesione data=\""},
        {"mirato-richieste", "fixtures/mirato/richieste/richieste.xml", batch<cm::Richiesta, read_richieste_bytes>, true,
         "<posti>", "<obbligo_dal>"},
    };
    return all;
}

}  // namespace gradus::xml::test
