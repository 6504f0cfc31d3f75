#include "gradus/xml/rettifiche_reader.hpp"

#include "attributes.hpp"
#include "element_path.hpp"
#include "values.hpp"

#include "gradus/xml/sax_parser.hpp"

namespace gradus::xml {
namespace {

using detail::attribute;
using detail::to_bool;
using detail::to_date;
using detail::to_decimal;
using detail::to_int;

// Builds the decisions from the parser's events; the first problem refuses the file.
class RettificheHandler final : public Handler {
public:
    art16::Rettifiche& result() { return m_result; }

    void start_element(std::string_view name, const std::vector<Attribute>& attributes,
                       const SourcePosition& where) override {
        try {
            if (name == "rettifiche") {
                m_result.avviso_id = attribute(attributes, "avviso");
                m_result.published = to_date(attribute(attributes, "pubblicazione"));
            } else if (name == "rettifica") {
                m_current = {};
                m_current.protocol = attribute(attributes, "protocollo");
                m_current.origin = {where.file, where.line, 0};
            } else if (name == "decisione") {
                m_current.decision = attribute(attributes, "riferimento");
                m_current.decision_date = to_date(attribute(attributes, "data"));
            } else if (name == "annulla_esclusione") {
                m_current.change = art16::AnnulExclusion{attribute(attributes, "motivo")};
            } else if (name == "esclusione") {
                m_current.change = art16::Exclude{attribute(attributes, "motivo")};
            } else if (name == "isee") {
                m_isee = {};
                m_isee.origin = {where.file, where.line, 0};
            }
        } catch (const ParseError& e) {
            fail(where, name, "valore", e.what());
        }
        m_path.push(name);
    }

    void end_element(std::string_view name, std::string&& text, const SourcePosition& where) override {
        try {
            assign(std::string(m_path.parent()), name, text);
        } catch (const ParseError& e) {
            fail(where, name, "valore", e.what());
        }
        m_path.pop();
    }

    void validation_error(const SourcePosition& where, std::string message) override {
        fail(where, m_path.current(), "xsd", std::move(message));
    }

private:
    void assign(const std::string& parent, std::string_view name, const std::string& text) {
        if (name == "rettifica") {
            m_result.items.push_back(m_current);
        } else if (parent == "rettifica") {
            if (name == "richiesta") m_current.request_date = to_date(text);
            else if (name == "did") m_current.change = art16::NewDid{to_date(text)};
            else if (name == "isee") m_current.change = art16::NewIsee{m_isee};
            else if (name == "familiare") m_current.change = art16::AddDependant{m_dependant};
        } else if (parent == "isee") {
            if (name == "valore") m_isee.value = to_decimal(text);
            else if (name == "rilascio") m_isee.attestation = to_date(text);
            else if (name == "scadenza") m_isee.expiry = to_date(text);
            else if (name == "difformita") m_isee.omissions = to_bool(text);
        } else if (parent == "familiare") {
            if (name == "relazione") m_dependant.relationship = text;
            else if (name == "nascita") m_dependant.birth = to_date(text);
            else if (name == "invalidita") m_dependant.invalidity_pct = to_int(text);
        }
    }

    [[noreturn]] void fail(const SourcePosition& where, std::string_view field, std::string rule,
                           std::string message) const {
        throw InputError(InputIssue{where, m_current.protocol, std::string(field), std::move(rule), std::move(message)});
    }

    art16::Rettifiche m_result;
    art16::Rettifica m_current{};
    art16::Isee m_isee;
    art16::Dependant m_dependant;
    detail::ElementPath m_path;
};

}  // namespace

art16::Rettifiche read_rettifiche_bytes(std::string_view bytes, const std::string& name,
                                        const std::filesystem::path& schema_dir) {
    const Schema schema{schema_dir / rettifiche_schema_file, std::string(rettifiche_namespace)};
    RettificheHandler handler;
    parse_buffer(bytes, name, schema, handler);
    return std::move(handler.result());
}

}  // namespace gradus::xml
