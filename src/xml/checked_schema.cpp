#include "gradus/xml/sax_parser.hpp"

#include <system_error>
#include <utility>

namespace gradus::xml {

CheckedSchema::CheckedSchema(Schema schema) : m_schema(std::move(schema)) {
    std::error_code ec;
    if (!std::filesystem::is_regular_file(m_schema.xsd, ec)) {
        throw ConfigError("schema not found: " + m_schema.xsd.string());
    }
    m_version = std::filesystem::last_write_time(m_schema.xsd, ec);
}

}  // namespace gradus::xml
