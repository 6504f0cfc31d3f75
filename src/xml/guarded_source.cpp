#include "guarded_source.hpp"

#include <xercesc/util/BinInputStream.hpp>

namespace gradus::xml::detail {

namespace {

class GuardedStream final : public xercesc::BinInputStream {
public:
    GuardedStream(xercesc::BinInputStream* inner, InputGuard& guard) : m_inner(inner), m_guard(guard) {}

    XMLFilePos curPos() const override { return m_inner->curPos(); }
    const XMLCh* getContentType() const override { return m_inner->getContentType(); }

    XMLSize_t readBytes(XMLByte* const to_fill, const XMLSize_t max_to_read) override {
        if (m_guard.refusal()) {
            return 0;
        }
        const XMLSize_t count = m_inner->readBytes(to_fill, max_to_read);
        if (count == 0) {
            m_guard.finish();
            return 0;
        }
        return m_guard.check(to_fill, count);
    }

private:
    std::unique_ptr<xercesc::BinInputStream> m_inner;
    InputGuard& m_guard;
};

}  // namespace

GuardedSource::GuardedSource(std::unique_ptr<xercesc::InputSource> inner, InputGuard guard)
    : m_inner(std::move(inner)), m_guard(std::move(guard)) {
    setSystemId(m_inner->getSystemId());
}

xercesc::BinInputStream* GuardedSource::makeStream() const {
    xercesc::BinInputStream* inner = m_inner->makeStream();
    return inner == nullptr ? nullptr : new GuardedStream(inner, m_guard);
}

}  // namespace gradus::xml::detail
