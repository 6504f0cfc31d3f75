#pragma once

#include "gradus/art16/graduatoria.hpp"

#include <optional>
#include <string>

namespace gradus::report {

// Where one candidatura stands in a graduatoria: its index among the candidature, found by
// protocol number or by codice fiscale (the person's counted application when there are several).
std::optional<std::size_t> find_candidatura(const art16::Graduatoria& g, const std::string& protocol,
                                            const std::string& codice_fiscale);

// The full computation for one candidatura, in plain Italian: position and score, every step with
// its rule, source, inputs and value, the record it came from (file, line), and the key that puts
// the candidate below the one above and above the one below; or the exclusion with its reason.
std::string explain_text(const art16::Graduatoria& g, std::size_t candidatura);

// The same, as XML (namespace urn:gradus:spiegazione:1).
std::string explain_xml(const art16::Graduatoria& g, std::size_t candidatura);

}  // namespace gradus::report
