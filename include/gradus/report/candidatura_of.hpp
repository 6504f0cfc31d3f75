#pragma once

#include "gradus/art16/graduatoria.hpp"

#include <cstddef>

namespace gradus::report {

// The application a ranked or excluded entry points to; throws InternalError when the index is
// outside Graduatoria::candidature.
const art16::Candidatura& candidatura_of(const art16::Graduatoria& graduatoria, std::size_t index);

}  // namespace gradus::report
