#pragma once

#include "gradus/xml/hashed_file.hpp"

#include <xercesc/sax/InputSource.hpp>

namespace gradus::xml::detail {

// Hands the scanner a HashedFile's bytes straight into its own buffer, as it asks for them.
// The file outlives the source and is finished by its owner.
class HashedFileSource final : public xercesc::InputSource {
public:
    explicit HashedFileSource(HashedFile& file);
    xercesc::BinInputStream* makeStream() const override;

private:
    HashedFile& m_file;
};

}  // namespace gradus::xml::detail
