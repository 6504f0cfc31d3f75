#pragma once

#include "gradus/lsu/rules.hpp"

#include <filesystem>
#include <string>
#include <string_view>

namespace gradus::xml {

inline constexpr std::string_view lsu_rules_namespace = "urn:gradus:lsu-regole:1";
inline constexpr std::string_view lsu_rules_schema_file = "lsu-regole-1.xsd";

// Reads one regime's rule set (format: docs/lsu.md), validated against
// `schema_dir`/lsu-regole-1.xsd, then checked: a value is present exactly when its stato is not
// N, and every fonte names a source of the file. Throws ConfigError naming the file, line,
// column and element of every problem; `name` stands for the file in messages.
lsu::RuleSet read_lsu_rules(std::string_view bytes, const std::string& name, const std::filesystem::path& schema_dir);

// Reads the office's table of compatible qualifiche and mansioni, with the same schema.
lsu::CompatibilityTable read_lsu_compatibility(std::string_view bytes, const std::string& name,
                                               const std::filesystem::path& schema_dir);

}  // namespace gradus::xml
