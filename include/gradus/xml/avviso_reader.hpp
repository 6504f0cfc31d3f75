#pragma once

#include "gradus/art16/avviso.hpp"

#include <filesystem>
#include <string>
#include <string_view>

namespace gradus::xml {

inline constexpr std::string_view avviso_namespace = "urn:gradus:avviso:1";
inline constexpr std::string_view avviso_schema_file = "avviso-1.xsd";

// Reads one avviso (format: docs/formats.md), validated against `schema_dir`/avviso-1.xsd.
// An avviso is a single record: any problem throws InputError naming file, line, column,
// element and rule ("xsd", "valore", "partita_iva", "coerenza").
art16::Avviso read_avviso(const std::filesystem::path& file, const std::filesystem::path& schema_dir);

// The same for an avviso held in memory (a stored run's copy); `name` stands for the file in messages.
art16::Avviso read_avviso_bytes(std::string_view bytes, const std::string& name,
                                const std::filesystem::path& schema_dir);

}  // namespace gradus::xml
