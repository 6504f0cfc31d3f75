#include "gradus/xml/prospetto_reader.hpp"

#include "element_path.hpp"
#include "plain_scanner.hpp"
#include "prospetto_shape.hpp"
#include "shape_check.hpp"
#include "prospetto_values.hpp"
#include "values.hpp"

#include "gradus/xml/sax_parser.hpp"

namespace gradus::xml {
namespace {

using detail::to_date;
using detail::trimmed;
using namespace detail::unipi;

bool is_workforce(std::string_view name) {
    return name == "disabili" || name == "centralinisti" || name == "massofisioterapisti" || name == "telelavoro" ||
           name == "lavoratoridisabilisomministrati" || name == "lavoratoridisabiliconv12bis14";
}

bool is_staff(std::string_view parent) {
    return parent == "personaledipendente" || parent == "personalenondipendente";
}

// Builds the one Prospetto of a document; the first problem refuses it.
class ProspettoHandler final : public Handler {
public:
    void start_element(std::string_view name, const std::vector<Attribute>& attributes,
                       const SourcePosition& where) override {
        const std::string_view parent = m_path.current();  // valid until the push() below
        if (m_path.depth() == 0) {
            read_attributes(attributes);
        } else if (name == "quadro2") {
            m_p.provinces.emplace_back();
        } else if (is_workforce(name) && is_staff(parent)) {
            m_workforce = &workforce(name);
        } else if (name == "parttime" || name == "dettaglioparttime" || name == "dettagliointermittenti") {
            m_group = {};
        } else if (name == "categorieescluse") {
            m_excluded = {};
        } else if (name == "postilavoro") {
            province().posts.emplace_back().line = where.line;
        } else if (name == "compensazioni") {
            m_compensation = {};
        } else if (name == "sospensioni") {
            province().suspension.emplace();
        } else if (name == "esoneri" && parent == "quadro2") {
            province().exemption.emplace();
        } else if (name == "esoneri60permille") {
            province().self_certified.emplace();
        } else if (name == "riepilogonazionale") {
            m_p.declared_national.emplace();
        } else if (name == "elencoriepilogativoprovinciale") {
            m_p.declared_provinces.emplace_back();
        }
        m_path.push(name);
    }

    void end_element(std::string_view name, std::string&& text, const SourcePosition& where) override {
        const std::string_view parent = m_path.parent();  // pop() leaves the parent's name in place
        m_path.pop();
        if (m_issue) return;
        try {
            if (!close_container(name, parent)) assign(parent, name, text);
        } catch (const ParseError& e) {
            note(where, name, "valore", e.what());
        }
    }

    void validation_error(const SourcePosition& where, std::string message) override {
        note(where, m_path.current(), "xsd", std::move(message));
    }

    bool stopped() const { return m_issue.has_value(); }

    void stop(InputIssue issue) {
        if (issue.record.empty()) issue.record = m_p.codice_comunicazione;
        if (!m_issue) m_issue = std::move(issue);
    }

    // The prospetto, or its first problem.
    std::optional<l68::Prospetto> finish(IssueLog& issues, const std::string& name) {
        if (!m_issue) check_links(name);
        if (m_issue) {
            issues.add(std::move(*m_issue));
            return std::nullopt;
        }
        return std::move(m_p);
    }

private:
    void note(const SourcePosition& where, std::string_view field, std::string rule, std::string message) {
        if (!m_issue) m_issue = InputIssue{where, m_p.codice_comunicazione, std::string(field), std::move(rule), std::move(message)};
    }

    void read_attributes(const std::vector<Attribute>& attributes) {
        for (const Attribute& a : attributes) {
            if (a.name == "codicecomunicazione") m_p.codice_comunicazione = a.value;
            else if (a.name == "codicecomunicazioneprecedente") m_p.codice_precedente = a.value;
            else if (a.name == "dataInvio") m_p.data_invio = a.value;
        }
        try {
            m_p.data_invio_day = to_date(std::string_view(m_p.data_invio).substr(0, 10));
        } catch (const ParseError& e) {
            note({}, "dataInvio", "valore", e.what());
        }
    }

    void check_links(const std::string& name) {
        if (m_p.type != l68::CommunicationType::prospetto && m_p.codice_precedente.empty()) {
            note(SourcePosition{name, 0, 0}, "codicecomunicazioneprecedente", "collegamento",
                 "a rettifica or annullamento must name the communication it replaces");
        }
    }

    l68::ProvincialDetail& province() {
        if (m_p.provinces.empty()) throw ParseError("element outside quadro2");
        return m_p.provinces.back();
    }

    l68::Workforce& workforce(std::string_view name) {
        l68::ProvincialDetail& d = province();
        if (name == "disabili") return d.disabled;
        if (name == "centralinisti") return d.switchboard_blind;
        if (name == "massofisioterapisti") return d.physiotherapist_blind;
        if (name == "telelavoro") return d.telework;
        if (name == "lavoratoridisabilisomministrati") return d.agency_disabled;
        return d.convention_disabled;
    }

    // Ends of elements that hold others; false for a leaf.
    bool close_container(std::string_view name, std::string_view parent) {
        if (is_workforce(name) && is_staff(parent)) {
            m_workforce = nullptr;
        } else if (name == "parttime" && m_workforce) {
            m_workforce->part_time.push_back(m_group);
        } else if (name == "dettaglioparttime") {
            province().part_time.push_back(m_group);
        } else if (name == "dettagliointermittenti") {
            province().intermittent.push_back(m_group);
        } else if (name == "categorieescluse") {
            province().excluded.push_back(m_excluded);
        } else if (name == "compensazioni") {
            province().compensations.push_back(m_compensation);
        } else {
            return false;
        }
        return true;
    }

    void assign(std::string_view parent, std::string_view name, const std::string& text) {
        const std::string_view value = trimmed(text);
        if (parent == "prospetto" && name == "tipocomunicazione") {
            m_p.type = communication_type(value);
        } else if (parent == "datiprospetto") {
            if (name == "datariferimento") m_p.reference_date = to_date(value);
            else if (name == "nlavoratorinazionali") m_p.national_employees = count(value);
            else if (name == "categoriaazienda") m_p.declared_category = value.front();
        } else if (parent == "dichiarante") {
            if (name == "tipologiadichiarante") m_p.declarant_type = value.front();
            else if (name == "codicefiscale") m_p.codice_fiscale = std::string(value);
            else if (name == "denominazione") m_p.denominazione = std::string(value);
        } else if (parent == "sedelegale" && name == "comunesedelegale") {
            m_p.comune_sede_legale = std::string(value);
        } else if (parent == "datiprovinciali" && name == "provincia") {
            province().provincia = std::string(value);
        } else if (parent == "personaledipendente") {
            assign_staff(name, value);
        } else if (is_workforce(parent) && name == "nlavoratoritempopieno" && m_workforce) {
            m_workforce->full_time = count(value);
        } else if (parent == "parttime" || parent == "dettaglioparttime" || parent == "dettagliointermittenti") {
            assign_group(name, value);
        } else if (parent == "categorieescluse") {
            if (name == "categoria") m_excluded.code = std::string(value);
            else if (name == "numero") m_excluded.count = count(value);
        } else if (parent == "compensazioni") {
            assign_compensation(name, value);
        } else if (parent == "postilavoro") {
            job_post(province().posts.back(), name, value);
        } else if (parent == "sospensioni") {
            assign_suspension(name, value);
        } else if (parent == "esoneri") {
            assign_exemption(name, value);
        } else if (parent == "esoneri60permille") {
            auto& s = *province().self_certified;
            if (name == "dataautocertificazione") s.certified_on = to_date(value);
            else if (name == "numerolavoratori60permille") s.workers_60_per_mille = count(value);
            else if (name == "numerolavoratoriesonero") s.exempted = count(value);
        } else if (parent == "riepilogonazionale") {
            assign_summary(*m_p.declared_national, name, value);
        } else if (parent == "elencoriepilogativoprovinciale") {
            assign_summary(m_p.declared_provinces.back(), name, value);
        }
    }

    void assign_staff(std::string_view name, std::string_view value) {
        l68::ProvincialDetail& d = province();
        if (name == "nlavoratori") d.employees = count(value);
        else if (name == "categorieprotette") d.protected_category = count(value);
        else if (name == "dicuiinforzaal17012000") d.protected_in_service_17012000 = count(value);
    }

    void assign_group(std::string_view name, std::string_view value) {
        if (name == "nlavoratoriparttime" || name == "numero") m_group.count = count(value);
        else if (name == "orariosettimanalecontrattuale") m_group.contractual = weekly_minutes(value);
        else m_group.part_time = weekly_minutes(value);
    }

    void assign_compensation(std::string_view name, std::string_view value) {
        l68::Compensation& c = m_compensation;
        if (name == "provincia") c.provincia = std::string(value);
        else if (name == "categoriacomp") c.kind = compensation_kind(value);
        else if (name == "numero") c.count = count(value);
        else if (name == "categoriasogg") c.beneficiary = value == "D" ? l68::Beneficiary::disabled : l68::Beneficiary::protected_category;
        else if (name == "codicefiscaleaziendagruppo") c.group_company = std::string(value);
    }

    void assign_suspension(std::string_view name, std::string_view value) {
        l68::Suspension& s = *province().suspension;
        if (name == "stato") s.state = approval(value);
        else if (name == "causale") s.cause = std::string(value);
        else if (name == "datafinesospensione") s.ends = to_date(value);
        else if (name == "numerolavoratori") s.workers = count(value);
    }

    void assign_exemption(std::string_view name, std::string_view value) {
        l68::Exemption& e = *province().exemption;
        if (name == "stato") e.state = approval(value);
        else if (name == "finoal") e.until = to_date(value);
        else if (name == "percentuale") e.percent = count(value);
        else if (name == "numerolavoratori") e.workers = count(value);
    }

    std::optional<InputIssue> m_issue;
    l68::Prospetto m_p;
    detail::ElementPath m_path;
    l68::Workforce* m_workforce = nullptr;
    l68::PartTimeGroup m_group;
    l68::ExcludedCount m_excluded;
    l68::Compensation m_compensation;
};

}  // namespace

CheckedSchema prospetto_schema(const std::filesystem::path& schema_dir) {
    return CheckedSchema(Schema{schema_dir / unipi_schema_file, std::string(unipi_namespace)});
}

std::optional<l68::Prospetto> read_prospetto_bytes(std::string_view bytes, const std::string& name,
                                                   const std::filesystem::path& schema_dir, IssueLog& issues) {
    return read_prospetto_bytes(bytes, name, prospetto_schema(schema_dir), issues);
}

namespace {

// The first reading: scan_plain() and ProspettoShape, without Xerces. The prospetto when they
// vouched for the whole document and every value converted; otherwise nothing, and the document
// must be read by Xerces, validating.
std::optional<l68::Prospetto> read_vouched(std::string_view bytes, const std::string& name) {
    ProspettoHandler handler;
    detail::ProspettoShape shape(handler);
    try {
        if (!detail::scan_plain(bytes, name, unipi_namespace, shape, Limits{}) || handler.stopped()) return std::nullopt;
    } catch (const detail::OutsideShape&) {
        return std::nullopt;
    } catch (const ParseError&) {
        return std::nullopt;
    } catch (const OverflowError&) {
        return std::nullopt;
    }
    IssueLog issues;
    return handler.finish(issues, name);
}

}  // namespace

std::optional<l68::Prospetto> read_prospetto_bytes(std::string_view bytes, const std::string& name,
                                                   const CheckedSchema& schema, IssueLog& issues, SchemaCheck check) {
    if (check == SchemaCheck::shape_first && detail::shape_fits(schema, prospetto_shape_schema_sha256)) {
        if (auto vouched = read_vouched(bytes, name)) return vouched;
    }
    ProspettoHandler handler;
    try {
        parse_buffer(bytes, name, schema, handler);
    } catch (const InputError& e) {
        handler.stop(e.issue());
    }
    return handler.finish(issues, name);
}

bool prospetto_shape_vouches(std::string_view bytes, const std::filesystem::path& schema_dir) {
    const CheckedSchema schema = prospetto_schema(schema_dir);
    return detail::shape_fits(schema, prospetto_shape_schema_sha256) && read_vouched(bytes, "document").has_value();
}

}  // namespace gradus::xml
