#pragma once

#include "input_guard.hpp"

#include <xercesc/sax/InputSource.hpp>

#include <memory>
#include <optional>

namespace gradus::xml::detail {

// An input source whose bytes pass through an InputGuard on their way to the scanner. After a
// refusal the scanner sees the input end just before the offending byte, and the refusal waits
// in refusal() for the parser to report instead of whatever the scanner makes of the early end.
class GuardedSource final : public xercesc::InputSource {
public:
    GuardedSource(std::unique_ptr<xercesc::InputSource> inner, InputGuard guard);
    xercesc::BinInputStream* makeStream() const override;
    const std::optional<InputError>& refusal() const { return m_guard.refusal(); }

private:
    std::unique_ptr<xercesc::InputSource> m_inner;
    mutable InputGuard m_guard;  // makeStream() is const in Xerces' interface; the stream feeds it
};

}  // namespace gradus::xml::detail
