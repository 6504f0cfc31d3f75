#include "gradus/l68/reference_data.hpp"

#include "data_lines.hpp"

#include "gradus/core/errors.hpp"

namespace gradus::l68 {
namespace {

[[noreturn]] void bad_line(const std::string& name, std::size_t line, const std::string& message) {
    throw ConfigError(name + ":" + std::to_string(line) + ": " + message);
}

AmountKind parse_kind(const std::string& text, const std::string& name, std::size_t line) {
    if (text == "contributo_esonerativo") return AmountKind::contributo_esonerativo;
    if (text == "multiplo_sanzione_scopertura") return AmountKind::multiplo_sanzione_scopertura;
    if (text == "sanzione_ritardo_base") return AmountKind::sanzione_ritardo_base;
    if (text == "sanzione_ritardo_giorno") return AmountKind::sanzione_ritardo_giorno;
    bad_line(name, line, "unknown voce '" + text + "'");
}

ExclusionScope parse_scope(const std::string& text, const std::string& name, std::size_t line) {
    if (text == "E") return ExclusionScope::both;
    if (text == "D") return ExclusionScope::art3_only;
    if (text == "C") return ExclusionScope::art18_only;
    bad_line(name, line, "ambito must be E, D or C, not '" + text + "'");
}

}  // namespace

ExcludedCategories ExcludedCategories::parse(std::string_view text, const std::string& name) {
    ExcludedCategories table;
    for (const auto& line : detail::data_lines(text, name, 5)) {
        const std::string& code = line.fields[0];
        if (code.size() != 4 || code.find_first_not_of("0123456789") != std::string::npos) {
            bad_line(name, line.number, "codice must be 4 digits, not '" + code + "'");
        }
        if (!table.m_scopes.emplace(code, parse_scope(line.fields[1], name, line.number)).second) bad_line(name, line.number, "codice " + code + " repeated");
    }
    return table;
}

std::optional<ExclusionScope> ExcludedCategories::scope_of(std::string_view code) const {
    const auto found = m_scopes.find(code);
    if (found == m_scopes.end()) return std::nullopt;
    return found->second;
}

Amounts Amounts::parse(std::string_view text, const std::string& name) {
    Amounts table;
    for (const auto& line : detail::data_lines(text, name, 6)) {
        try {
            AmountRow row{parse_kind(line.fields[0], name, line.number), Date::parse_iso(line.fields[1]),
                          line.fields[2].empty() ? std::nullopt : std::optional<Date>(Date::parse_iso(line.fields[2])),
                          Decimal::parse(line.fields[3]), line.fields[4], line.fields[5]};
            for (const AmountRow& other : table.m_rows) {
                const bool overlap = other.kind == row.kind && (!other.to || row.from <= *other.to) &&
                                     (!row.to || other.from <= *row.to);
                if (overlap) bad_line(name, line.number, "period overlaps another row of " + line.fields[0]);
            }
            table.m_rows.push_back(std::move(row));
        } catch (const ParseError& e) {
            bad_line(name, line.number, e.what());
        }
    }
    return table;
}

const AmountRow* Amounts::in_force(AmountKind kind, const Date& day) const {
    for (const AmountRow& row : m_rows) {
        if (row.kind == kind && row.from <= day && (!row.to || day <= *row.to)) return &row;
    }
    return nullptr;
}

Comuni Comuni::parse(std::string_view text, const std::string& name) {
    Comuni table;
    for (const auto& line : detail::data_lines(text, name, 4)) {
        if (line.fields[0].size() != 4 || line.fields[1].size() != 3) {
            bad_line(name, line.number, "expected a 4-character Belfiore code and a 3-digit province");
        }
        table.m_provinces.emplace(line.fields[0], line.fields[1]);
    }
    return table;
}

std::optional<std::string> Comuni::provincia_of(std::string_view belfiore) const {
    const auto found = m_provinces.find(belfiore);
    if (found == m_provinces.end()) return std::nullopt;
    return found->second;
}

}  // namespace gradus::l68
