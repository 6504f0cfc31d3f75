#include "hashed_file_source.hpp"

#include "utf16.hpp"

#include <xercesc/util/BinInputStream.hpp>

namespace gradus::xml::detail {

namespace {

class HashedFileStream final : public xercesc::BinInputStream {
public:
    explicit HashedFileStream(HashedFile& file) : m_file(file) {}

    XMLFilePos curPos() const override { return m_position; }
    const XMLCh* getContentType() const override { return nullptr; }

    XMLSize_t readBytes(XMLByte* const to_fill, const XMLSize_t max_to_read) override {
        const std::size_t count = m_file.read(to_fill, max_to_read);
        m_position += count;
        return count;
    }

private:
    HashedFile& m_file;
    XMLFilePos m_position = 0;
};

}  // namespace

HashedFileSource::HashedFileSource(HashedFile& file) : m_file(file) {
    // The name only labels messages; Xerces keeps it as the document's system id.
    setSystemId(to_utf16(file.name()).value_or(u"document").c_str());
}

xercesc::BinInputStream* HashedFileSource::makeStream() const { return new HashedFileStream(m_file); }

}  // namespace gradus::xml::detail
