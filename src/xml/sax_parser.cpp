#include "gradus/xml/sax_parser.hpp"

#include "gradus/xml/hashed_file.hpp"

#include "guarded_source.hpp"
#include "hashed_file_source.hpp"
#include "reader_pool.hpp"
#include "utf16.hpp"
#include "xerces_adapter.hpp"

#include <xercesc/framework/LocalFileInputSource.hpp>
#include <xercesc/framework/MemBufInputSource.hpp>
#include <xercesc/sax/SAXException.hpp>
#include <xercesc/util/XMLException.hpp>

#include <optional>
#include <system_error>

namespace gradus::xml {

namespace {

namespace xc = xercesc;

using detail::input_error;
using detail::to_utf8;
using detail::XercesAdapter;

void parse_source(std::unique_ptr<xc::InputSource> input, const std::string& name, const CheckedSchema& schema,
                  Handler& handler, const Limits& limits) {
    detail::GuardedSource source(std::move(input), detail::InputGuard(name, limits.max_file_bytes));
    source.setEncoding(u"UTF-8");  // both formats are UTF-8 only, whatever the declaration says
    XercesAdapter adapter(name, schema.schema(), handler, limits, source.refusal());
    detail::ReaderPool::Lease lease(detail::ReaderPool::instance(), schema, adapter);
    try {
        lease.reader().parse(source);
    } catch (const xc::XMLException& e) {
        throw input_error(adapter.position(), "xml", to_utf8(e.getMessage()));
    } catch (const xc::SAXException& e) {
        throw input_error(adapter.position(), "xml", to_utf8(e.getMessage()));
    }
    lease.keep();
    if (source.refusal()) {
        throw *source.refusal();
    }
}

void check_size(std::uintmax_t size, const std::string& name, const Limits& limits) {
    if (size > limits.max_file_bytes) {
        throw input_error(SourcePosition{name, 0, 0}, "limit",
                          "file of " + std::to_string(size) + " bytes exceeds the limit of " +
                              std::to_string(limits.max_file_bytes));
    }
}

}  // namespace

void parse_file(const std::filesystem::path& file, const Schema& schema, Handler& handler, const Limits& limits) {
    ensure_runtime();
    const std::string name = file.string();
    std::error_code ec;
    const std::uintmax_t size = std::filesystem::file_size(file, ec);
    if (ec) {
        throw input_error(SourcePosition{name, 0, 0}, "file", "cannot read: " + ec.message());
    }
    check_size(size, name, limits);
    const std::optional<std::u16string> path = detail::to_utf16(name);
    if (!path) {
        throw input_error(SourcePosition{name, 0, 0}, "file", "the file name is not valid UTF-8");
    }
    parse_source(std::make_unique<xc::LocalFileInputSource>(path->c_str()), name, CheckedSchema(schema), handler,
                 limits);
}

void parse_file(HashedFile& file, const Schema& schema, Handler& handler, const Limits& limits) {
    ensure_runtime();
    check_size(file.size(), file.name(), limits);
    parse_source(std::make_unique<detail::HashedFileSource>(file), file.name(), CheckedSchema(schema), handler, limits);
}

void parse_buffer(std::string_view bytes, const std::string& name, const Schema& schema, Handler& handler,
                  const Limits& limits) {
    parse_buffer(bytes, name, CheckedSchema(schema), handler, limits);
}

void parse_buffer(std::string_view bytes, const std::string& name, const CheckedSchema& schema, Handler& handler,
                  const Limits& limits) {
    ensure_runtime();
    check_size(bytes.size(), name, limits);
    // The name only labels messages; Xerces keeps it as the document's system id.
    const std::u16string id = detail::to_utf16(name).value_or(u"document");
    parse_source(std::make_unique<xc::MemBufInputSource>(reinterpret_cast<const XMLByte*>(bytes.data()),
                                                         bytes.size(), id.c_str()),
                 name, schema, handler, limits);
}

}  // namespace gradus::xml
