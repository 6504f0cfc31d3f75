#pragma once

#include "gradus/art16/rettifica.hpp"

#include <filesystem>
#include <string>
#include <string_view>

namespace gradus::xml {

inline constexpr std::string_view rettifiche_namespace = "urn:gradus:rettifiche:1";
inline constexpr std::string_view rettifiche_schema_file = "rettifiche-1.xsd";

// Reads a file of riesame decisions (schemas/rettifiche-1.xsd). The file is one act: any problem
// refuses it whole with an InputError naming file, line, column and field.
art16::Rettifiche read_rettifiche_bytes(std::string_view bytes, const std::string& name,
                                        const std::filesystem::path& schema_dir);

}  // namespace gradus::xml
