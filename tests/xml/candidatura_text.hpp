#pragma once

#include "gradus/art16/candidatura.hpp"

#include <string>
#include <vector>

namespace gradus::xml::test {

// Every field of a candidatura as one line, to compare whole results.
inline std::string describe(const art16::Candidatura& c) {
    std::string text = c.protocol + "|" + c.submitted_at.str() + "|" + c.submission_date.to_iso() + "|" + c.codice_fiscale.str() +
                       "|" + c.surname + "|" + c.name + "|" + c.sex + "|" + c.birth.to_iso() + "|" +
                       c.residence_belfiore + "|" + (c.did_date ? c.did_date->to_iso() : "-") + "|" +
                       c.status.value_or("-") + "|";
    if (c.isee) {
        text += c.isee->value.to_string() + "," + c.isee->attestation.to_iso() + "," + c.isee->expiry.to_iso() + "," +
                (c.isee->omissions ? "omissions" : "clean") + "@" + c.isee->origin.to_string();
    }
    for (const art16::Dependant& d : c.dependants) {
        text += "|" + d.relationship + "," + d.birth.to_iso() + "," + std::to_string(d.invalidity_pct);
    }
    text += std::string("|") + (c.scuola_obbligo ? "obbligo" : "-") + (c.general_requirements ? "+generali" : "-");
    for (const std::string& r : c.reserve_claims) {
        text += "|riserva " + r;
    }
    for (const std::string& f : c.flags) {
        text += "|flag " + f;
    }
    text += "|" + (c.unemployment_months ? std::to_string(*c.unemployment_months) : std::string("-"));
    return text + "@" + c.origin.to_string();
}

inline std::vector<std::string> describe(const std::vector<art16::Candidatura>& all) {
    std::vector<std::string> lines;
    for (const art16::Candidatura& c : all) {
        lines.push_back(describe(c));
    }
    return lines;
}

}  // namespace gradus::xml::test
