#include "gradus/cm/avviamento_terms.hpp"

#include "../l68/data_lines.hpp"

#include "gradus/core/errors.hpp"

#include <charconv>

namespace gradus::cm {
namespace {

[[noreturn]] void bad_line(const std::string& name, std::size_t line, const std::string& message) {
    throw ConfigError(name + ":" + std::to_string(line) + ": " + message);
}

long parse_days(const std::string& text, const std::string& name, std::size_t line) {
    long days = 0;
    const auto [end, error] = std::from_chars(text.data(), text.data() + text.size(), days);
    if (text.empty() || error != std::errc() || end != text.data() + text.size() || days <= 0) {
        bad_line(name, line, "giorni must be a positive whole number, not '" + text + "'");
    }
    return days;
}

}  // namespace

AvviamentoTerms AvviamentoTerms::parse(std::string_view text, const std::string& name) {
    AvviamentoTerms table;
    for (const auto& line : l68::detail::data_lines(text, name, 6)) {
        if (line.fields[0] != "termine_assunzione") bad_line(name, line.number, "unknown parametro '" + line.fields[0] + "'");
        if (line.fields[5].empty()) bad_line(name, line.number, "stato is missing");
        try {
            TermRow row{Date::parse_iso(line.fields[1]),
                        line.fields[2].empty() ? std::nullopt : std::optional<Date>(Date::parse_iso(line.fields[2])),
                        parse_days(line.fields[3], name, line.number), line.fields[4], line.fields[5]};
            if (row.to && *row.to < row.from) bad_line(name, line.number, "al is before dal");
            for (const TermRow& other : table.m_rows) {
                if ((!other.to || row.from <= *other.to) && (!row.to || other.from <= *row.to)) {
                    bad_line(name, line.number, "period overlaps another row");
                }
            }
            table.m_rows.push_back(std::move(row));
        } catch (const ParseError& e) {
            bad_line(name, line.number, e.what());
        }
    }
    return table;
}

const TermRow* AvviamentoTerms::in_force(const Date& day) const {
    for (const TermRow& row : m_rows) {
        if (row.from <= day && (!row.to || day <= *row.to)) return &row;
    }
    return nullptr;
}

}  // namespace gradus::cm
